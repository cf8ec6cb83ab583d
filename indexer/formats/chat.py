"""Chat copies: a story pasted or forwarded into a messenger group and saved as text -> the
story's message alone, with the day it was passed on. Three shapes of sender-and-time prefix:

    [14/03/2022, 09:12] Ana Lima (desk): text...        WhatsApp on iOS, Signal
    14/03/2022, 09:12 - Ana Lima: text...               WhatsApp on Android
    Ana Lima, [06.06.2023 10:21]                        Telegram Desktop's copy (text below)

The story is the longest message; the others (the colleagues' "on it", "take it?") and
their stamps go. The stamps are the forwarder's, not the story's: the message's day is a
last resort for the published date, read as a mail's Date: is. A forward header ("[Forwarded
from Ukrinform]") credits the channel when it names an agency. Channel posts open lines with
markers ("🔴 Headline", "👉 https://..."): they go, so the headline and the link read as such.
"""
from __future__ import annotations

import re

from .. import clean
from .base import Part

CHAT_DATE = r"(?P<date>\d{1,4}[./-]\d{1,2}[./-]\d{2,4})"
# (a 12-hour clock's mark: "PM", "p. m." (Spanish), "م" / "ص" (Arabic))
CHAT_TIME = r"(?P<time>\d{1,2}:\d\d(?::\d\d)?(?:\s?[AaPp]\.?\s?[Mm]\.?|\s[\u0635\u0645])?)"
CHAT_SENDER = r"(?P<name>[^\n:\[\]]{1,60}?)"
# One prefix shape per messenger, each naming date, time and sender; the message's text
# follows on the prefix's line (WhatsApp, Signal) or below it (Telegram).
CHAT_PREFIX_RES = (
    re.compile(r"^\u200e?\[" + CHAT_DATE + r"[,\u060c]?\s+" + CHAT_TIME + r"\]\s+" + CHAT_SENDER + r":\s?(?P<text>.*)$"),
    re.compile(r"^\u200e?" + CHAT_DATE + r"[,\u060c]?\s+" + CHAT_TIME + r"\s+[-–]\s+" + CHAT_SENDER + r":\s?(?P<text>.*)$"),
    re.compile(r"^" + CHAT_SENDER + r",\s+\[" + CHAT_DATE + r"[,\u060c]?\s+" + CHAT_TIME + r"\]\s*(?P<text>)$"),
)
MAX_PREFIX_LINE = 2000     # the first line is all the test reads: never the whole story
MIN_CHAT_PREFIXES = 2      # one prefix line could be anything; two of one shape are a chat
# A forwarded post's header, in the messengers' interface languages.
FORWARD_LABELS = ("Forwarded from", "Forwarded message from", "Переслано від", "Переслано от",
                  "Пересланное сообщение от", "Weitergeleitet von", "Reenviado de",
                  "Transféré de", "Inoltrato da", "Doorgestuurd van", "Przekazano od",
                  "Przesłano od", "Encaminhado de")
FORWARD_RE = re.compile(r"^\s*\[?(?:" + "|".join(map(re.escape, FORWARD_LABELS))
                        + r")\s*:?\s+(?P<source>[^\]\n]{1,80}?)\]?\s*$", re.IGNORECASE)
FORWARD_TIME_RE = re.compile(r"\s*\(\s*\d{1,4}[./-]\d{1,2}[./-]\d{2,4},?\s+\d{1,2}:\d\d(?::\d\d)?\s*\)\s*$")
MAX_CHANNEL_LINE_CHARS = 120   # a channel's name (and its motto) over its posts
MAX_FORWARD_HEADER_LINE = 1    # the forward header opens the message (maybe under an empty line)
# Markers that open a channel post's lines: emoji, their joiners and selectors, arrows.
LINE_MARKERS_RE = clean.LINE_MARKERS_RE
# The US clock's mark, which tells month-first dates; "p. m." (Spanish), "pm" (Australia,
# Britain) and the Arabic marks are day-first countries'.
AM_PM_RE = re.compile(r"[AP]M")
MAX_SYSTEM_LINES = 4       # the notices atop an export: encryption, "X created group ...", "X added Y"
SYSTEM_LINE_RE = re.compile(r"^\u200e?\[?" + CHAT_DATE + r"[,\u060c]?\s+" + CHAT_TIME + r"\]?\s+(?:[-–]\s+)?[^:\n]{8,}$")
BARE_LINK_RE = re.compile(r"^https?://[^\s/]+\.[^\s/]+/\S+$")


def chat_part(text: str) -> Part | None:
    """The story in a chat copy, or None when the text is no chat (cheap: its first line tells).

    >>> p = chat_part("[14/03/2022, 09:12] Ana Lima: take this?\\n[14/03/2022, 09:13] Ana Lima: "
    ...               "Dam opens\\n\\nLIMA (Reuters) - A dam opened on the river.\\n[14/03/2022, 09:20] Jo: ok\\n")
    >>> p.text, p.meta
    ('Dam opens\\n\\nLIMA (Reuters) - A dam opened on the river.', {'mail_date': '2022-03-14'})
    >>> chat_part("Dam opens\\n\\nLIMA (Reuters) - A dam opened.") is None
    True
    """
    first, _, rest = text[:MAX_PREFIX_LINE * 4].lstrip()[:MAX_PREFIX_LINE].partition("\n")   # (no copy of the whole text)
    shape = next((r for r in CHAT_PREFIX_RES if r.match(first)), None) if first[:1] else None
    lines = text.strip().split("\n")
    if shape is None and SYSTEM_LINE_RE.match(first):
        # WhatsApp's export opens with its notice, stamped but sent by no one ("... - Messages
        # and calls are end-to-end encrypted."): the shape is the next line's
        # (and its group's: "... - Ana created group \"Family\"", "... - Ana added Jo")
        for second in lines[1:1 + MAX_SYSTEM_LINES]:
            shape = next((r for r in CHAT_PREFIX_RES if r.match(second[:MAX_PREFIX_LINE])), None)
            if shape or not SYSTEM_LINE_RE.match(second[:MAX_PREFIX_LINE]):
                break
    if shape is None and len(first) <= MAX_CHANNEL_LINE_CHARS and rest.lstrip()[:1] == "[":
        # a Telegram copy of a channel's posts under the channel's name ("Harbour Watch | News"
        # over "[05.03.2024 10:02] Harbour Watch:"): the name is the channel's, no headline
        second = rest.lstrip().partition("\n")[0]
        shape = CHAT_PREFIX_RES[0] if CHAT_PREFIX_RES[0].match(second) else None
        lines = lines[1:]
    if shape is None:
        return None
    messages: list[tuple[re.Match, list[str]]] = []
    for line in lines:
        m = shape.match(line)
        if m:
            messages.append((m, [m["text"]] if m["text"] else []))
        elif messages:
            messages[-1][1].append(line)
    if len(messages) < MIN_CHAT_PREFIXES and not (
            messages and any(FORWARD_RE.match(x) for x in messages[0][1][:MAX_FORWARD_HEADER_LINE + 1])):
        return None      # (one message is a chat's when it passes on a post: "Forwarded from ...")
    at = max(range(len(messages)), key=lambda k: sum(len(x) for x in messages[k][1]))
    stamp, body = messages[at]
    meta: dict = {}
    if at:
        # the story's link, sent alone by its sender just before the story's text (as a phone
        # shares a page: the address, then the text copied from it)
        link, link_lines = messages[at - 1]
        link_text = " ".join(x.strip() for x in link_lines)
        if link["name"] == stamp["name"] and BARE_LINK_RE.match(link_text):
            from .html import site_agency
            meta["url"] = link_text
            # (an agency's own site runs its copy: it credits the story the text credits to no one)
            agency = site_agency(link_text)
            if agency:
                meta["agencies_fallback"] = [agency]
    kept = []
    for line in body:
        fwd = FORWARD_RE.match(line)
        if fwd and not kept:
            from .. import normalize
            # ("Forwarded from ایسنا | ISNA (11.08.2020 19:05)": the channel's names, the post's time)
            source = FORWARD_TIME_RE.sub("", fwd["source"]).strip()
            agency = next((a for a in (normalize.normalize_agency(p.strip(), credit=True)
                                       for p in [source, *source.split("|")]) if a), None)
            if agency:
                meta["agencies"] = [agency]
            continue
        kept.append(LINE_MARKERS_RE.sub("", line))
    # (a 12-hour clock tells the US's month first only in a chat written in Latin letters: an
    # Indian phone's export, "[08/02/24, 7:15:03 PM]" over Hindi messages, puts the day first)
    day = _chat_day(stamp["date"], [m["date"] for m, _ in messages],
                    any(AM_PM_RE.search(m["time"]) for m, _ in messages) and _latin_chat(messages))
    if day:
        meta["mail_date"] = day
    return Part(text="\n".join(kept).strip(), meta=meta)


MAX_SCRIPT_SAMPLE_CHARS = 2000   # the chat's first messages tell the script it is written in


def _latin_chat(messages: list) -> bool:
    """Whether the chat's messages are written mostly in Latin letters (no letters: True).

    >>> _latin_chat([(None, ["see you at 11"])]), _latin_chat([(None, ["मीटिंग कल 11 बजे है"])])
    (True, False)
    """
    text = "".join(x for _, lines in messages for x in lines)[:MAX_SCRIPT_SAMPLE_CHARS]
    letters = [c for c in text if c.isalpha()]
    return 2 * sum(c < "\u0250" for c in letters) >= len(letters)


def _chat_day(date: str, all_dates: list[str], am_pm: bool) -> str | None:
    """The ISO day of a chat stamp. A messenger writes its phone's order: day first, unless a
    stamp of the file shows month first ("3/14/22") or the clock is a 12-hour one (the US).

    >>> _chat_day("14/03/2022", [], False), _chat_day("3/4/22", ["3/14/22"], True), _chat_day("06.06.2023", [], False)
    ('2022-03-14', '2022-03-04', '2023-06-06')
    >>> _chat_day("2021-02-14", [], False)
    '2021-02-14'
    """
    parts = [int(x) for x in re.split(r"[./-]", date)]
    if parts[0] > 31:
        y, mo, d = parts
    else:
        nums = [[int(x) for x in re.split(r"[./-]", s)] for s in all_dates + [date]]
        month_first = any(n[1] > 12 for n in nums if n[0] <= 12) or (
            am_pm and not any(n[0] > 12 for n in nums) and "." not in date)
        mo, d = (parts[0], parts[1]) if month_first else (parts[1], parts[0])
        y = parts[2] + (2000 if parts[2] < 100 else 0)
    if not (1 <= mo <= 12 and 1 <= d <= 31):
        return None
    return f"{y:04d}-{mo:02d}-{d:02d}"


# Telegram Desktop's HTML export: its pages are all titled so ("Exported Data"), each message
# a <div class="message default"> in the <div class="history">, its text in <div class="text">;
# a channel's post sets its headline in bold as the text's first line ("<strong>Headline</strong>
# <br><br>MOSCOW, ..."), maybe after a marker emoji.
TELEGRAM_EXPORT_XPATH = ('//div[contains(concat(" ", @class, " "), " history ")]'
                         '//div[contains(concat(" ", @class, " "), " message ")]//div[@class="text"]')
MIN_HEADLINE_WORDS, MAX_HEADLINE_WORDS = 3, 25


def telegram_export_headline(tree) -> str | None:
    """The headline of the story a Telegram Desktop HTML export holds: the bold first line of
    its longest message's text; None for any other page, or a message with no such line.

    >>> import lxml.html
    >>> page = ('<html><body><div class="history"><div class="message default"><div class="body">'
    ...         '<div class="text">🔴<strong>Ferry pier to close for repairs</strong><br><br>LISBON (AP) - '
    ...         'The pier shuts for a month.</div></div></div></div></body></html>')
    >>> telegram_export_headline(lxml.html.fromstring(page))
    'Ferry pier to close for repairs'
    >>> telegram_export_headline(lxml.html.fromstring(page.replace('🔴<strong>', '<strong>⛴ ')))
    'Ferry pier to close for repairs'
    >>> telegram_export_headline(lxml.html.fromstring('<html><body><div class="text"><b>A b c</b> d</div></body></html>')) is None
    True
    """
    texts = tree.xpath(TELEGRAM_EXPORT_XPATH)
    if not texts:
        return None
    longest = max(texts, key=lambda e: len(e.text_content()))
    first = next(iter(longest), None)
    if first is None or first.tag not in ("strong", "b") or LINE_MARKERS_RE.sub("", (longest.text or "").strip() + "x") != "x":
        return None      # (the text opens with prose, or with more than a marker before the bold)
    nxt = first.getnext()
    if nxt is not None and nxt.tag != "br" or (first.tail or "").strip():
        return None      # the bold run is not a line of its own
    # (a marker inside the bold run: "<strong>⛴ Headline</strong>")
    headline = LINE_MARKERS_RE.sub("", " ".join(first.text_content().split()))
    return headline if MIN_HEADLINE_WORDS <= len(headline.split()) <= MAX_HEADLINE_WORDS else None



# Telegram Desktop's JSON export of one chat (its result.json): {"name": ..., "type":
# "public_channel" | "personal_chat" | ..., "messages": [...]}, each message {"type":
# "message" | "service", "date": "2022-12-21T16:05:33", "edited": ..., "from": ...,
# "forwarded_from": ..., "text": a string, or a list of strings and entity objects
# {"type": "bold" | "link" | "text_link" | "hashtag" ..., "text": ..., "href": ...}}.
# A channel's posts are its stories, one each (``file#N``), stamped with the post's time and
# its edit's; a conversation is a chat copy as the text exports are: the longest message is
# the story, its day a last resort.
TELEGRAM_CHANNEL_TYPES = frozenset(("public_channel", "private_channel"))
TELEGRAM_CHAT_TYPES = frozenset(("personal_chat", "private_group", "private_supergroup",
                                 "public_supergroup", "saved_messages", "bot_chat"))
TELEGRAM_DATE_RE = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d(?::\d\d)?$")


def telegram_json_parts(value) -> list[Part] | None:
    """The stories of a Telegram Desktop JSON export of one chat, or None when ``value`` is
    none (a dict with a "messages" list of messages and a chat type).

    >>> post = {"id": 7, "type": "message", "date": "2024-03-05T10:02:11", "edited": "2024-03-05T10:30:00",
    ...         "from": "Reuters", "text": [{"type": "bold", "text": "🔴 Ferry pier to close"},
    ...         "\\n\\nLISBON (Reuters) - The pier shuts for a month."]}
    >>> [(p.text, p.meta) for p in telegram_json_parts({"name": "Reuters", "type": "public_channel", "messages": [post]})]
    [('Ferry pier to close\\n\\nLISBON (Reuters) - The pier shuts for a month.', {'published': '2024-03-05T10:02:11', 'updated': '2024-03-05T10:30:00', 'agencies': ['Reuters']})]
    >>> telegram_json_parts({"name": "x", "type": "public_channel", "items": []}) is None
    True
    """
    if not isinstance(value, dict) or value.get("type") not in TELEGRAM_CHANNEL_TYPES | TELEGRAM_CHAT_TYPES:
        return None
    msgs = value.get("messages")
    if not isinstance(msgs, list) or not all(isinstance(m, dict) and "date" in m for m in msgs):
        return None
    posts = [(m, _telegram_text(m.get("text"))) for m in msgs if m.get("type") == "message"]
    posts = [(m, t) for m, t in posts if t]
    channel = value["type"] in TELEGRAM_CHANNEL_TYPES
    if not channel and posts:
        # a conversation: the story is its longest message, the day it was passed on a last resort
        m, t = max(posts, key=lambda p: len(p[1]))
        stamp = m.get("date")
        meta = {"mail_date": stamp[:10]} if isinstance(stamp, str) and TELEGRAM_DATE_RE.match(stamp) else {}
        posts, channel_agency = [(m, t, meta)], None
    else:
        name = value.get("name")
        channel_agency = _agency(name) if isinstance(name, str) else None
        posts = [(m, t, {k: m[f] for k, f in (("published", "date"), ("updated", "edited"))
                         if isinstance(m.get(f), str) and TELEGRAM_DATE_RE.match(m[f])}) for m, t in posts]
    parts = []
    for m, text, meta in posts:
        link = _closing_link(m.get("text")) if channel else None
        if link:
            meta["url"] = link
        # (a post forwarded from an agency's channel credits that agency; a channel's own
        # posts, the channel's when its name is an agency's)
        fwd = m.get("forwarded_from")
        agency = _agency(fwd) if isinstance(fwd, str) else channel_agency
        if agency:
            meta["agencies"] = [agency]
        parts.append(Part(text=text, meta=meta))
    return parts


def _agency(name: str) -> str | None:
    """The agency a channel's name names ("ТАСС", "Anadolu Ajansı", "Ukrinform | News"), or None."""
    from .. import normalize
    name = name.strip()
    return next((a for a in (normalize.normalize_agency(p.strip(), credit=True)
                             for p in [name, *name.split("|")] if p.strip()) if a), None)


def _closing_link(v) -> str | None:
    """The address a channel's post closes with (its last entity of type "link", the address
    written out, with no prose after it: only a short line may follow, "Subscribe | Telegram"):
    the story's own page.

    >>> _closing_link(["Text.\\n\\nMore: ", {"type": "link", "text": "https://a.example/1"}, "\\n\\nJoin us"])
    'https://a.example/1'
    >>> _closing_link([{"type": "link", "text": "https://a.example/1"}, " said the ministry, which ..." * 3]) is None
    True
    """
    if not isinstance(v, list):
        return None
    at = next((i for i in range(len(v) - 1, -1, -1) if isinstance(v[i], dict) and v[i].get("type") == "link"), None)
    if at is None or not str(v[at].get("text", "")).startswith(("http://", "https://")):
        return None
    after = "".join(x if isinstance(x, str) else str(x.get("text", "")) if isinstance(x, dict) else "" for x in v[at + 1:])
    return v[at]["text"] if len(after.strip()) <= MAX_CHANNEL_LINE_CHARS // 2 else None


def _telegram_text(v) -> str:
    """A Telegram message's text (a string, or a list of strings and entities) as plain text,
    its lines' markers dropped ("🔴 Headline", "👉 https://...").

    >>> _telegram_text(["Read: ", {"type": "link", "text": "https://a.example/1"}, "\\n\\n👉 more"])
    'Read: https://a.example/1\\n\\nmore'
    """
    if isinstance(v, list):
        v = "".join(x if isinstance(x, str) else x.get("text", "") if isinstance(x, dict)
                    and isinstance(x.get("text"), str) else "" for x in v)
    if not isinstance(v, str):
        return ""
    return "\n".join(LINE_MARKERS_RE.sub("", line) for line in v.split("\n")).strip()
