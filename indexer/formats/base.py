"""Shared pieces of the readers: the Document record, part labels, safe XML, HTML fragments,
and the helpers that turn a format's author, language and date values into Story meta."""
from __future__ import annotations

import datetime as dt
import html as htmllib
import re
from dataclasses import dataclass, field
from typing import Iterable, Iterator

from .. import vocab
from ..errors import ReadError, fail  # noqa: F401 (fail: re-exported for the readers)

MAX_FILE_BYTES = 64 * 1024 * 1024   # larger files are not stories; refusing them bounds memory
MAX_NAME_CHARS = 80                  # an "author" longer than this is a sentence or a blurb
MAX_CITY_WORDS = 4                   # a "located" value longer than this is not a place name

# The labels a page's or a clip's title sets around the headline its text shows: a site's
# name, a section, a kicker, a date ("CNN - Dikes raised after wet autumn - October 13,
# 1998", "Landtag: Deiche werden erhöht | ZEIT ONLINE", "...義務を拡大｜京都新聞デジタル"). They
# stand apart by a dash or a bar between spaces, a colon after a word, or a full-width bar;
# an old CMS's double colon between spaces ("KPL Lao News Agency :: headline").
TITLE_LABEL_SEP = r"(?:\s+(?:--?|::|[|–—·•»›])\s+|:\s+|\s*｜\s*)"
TITLE_LABEL_SEP_RE = re.compile(TITLE_LABEL_SEP)
TITLE_LABELS_BEFORE_RE = re.compile(rf"^(?P<labels>.+?){TITLE_LABEL_SEP}$")
TITLE_LABELS_AFTER_RE = re.compile(rf"^{TITLE_LABEL_SEP}(?P<labels>.+)$")
MAX_TITLE_LABEL_WORDS = 4      # "Verkehr", "derStandard.at › Panorama", "October 13, 1998"
MAX_TITLE_LABEL_CHARS = 40     # ...and short in a script without spaces ("京都新聞デジタル")
MAX_TITLE_SCAN_LINES = 40      # the headline stands near the top, under a menu at most


@dataclass
class Document:
    """One story's text as found in a source, before parsing."""
    path: str                       # label shown to users: file, file#N, archive.zip!inner
    key: str                        # what the id is made from (absolute label)
    text: str = ""
    meta: dict = field(default_factory=dict)   # Story fields the format states outright


@dataclass
class Part:
    """A story (text and meta) or a failure (error) inside one file, before it is labelled."""
    text: str = ""
    meta: dict = field(default_factory=dict)
    error: str | None = None


def label_parts(parts: Iterable[Part], path: str, key: str) -> Iterator[Document | ReadError]:
    """Documents and errors with their labels: ``path`` for a file's only story, else ``path#N``.

    N counts every part from 1, failed ones included, so a repaired record keeps its number.

    >>> [d.path for d in label_parts([Part("a")], "f.json", "/f.json")]
    ['f.json']
    >>> [d.path for d in label_parts([Part("a"), Part(error="bad")], "f.jsonl", "/f.jsonl")]
    ['f.jsonl#1', 'f.jsonl#2']
    """
    it = iter(parts)
    first = next(it, None)
    if first is None:
        return
    second = next(it, None)
    if second is None:
        yield _item(first, path, key)
        return
    yield _item(first, f"{path}#1", f"{key}#1")
    yield _item(second, f"{path}#2", f"{key}#2")
    for n, part in enumerate(it, 3):
        yield _item(part, f"{path}#{n}", f"{key}#{n}")


def _item(part: Part, label: str, key: str) -> Document | ReadError:
    if part.error is not None:
        return fail(label, part.error)
    return Document(path=label, key=key, text=part.text, meta=part.meta)


def headline_in_title(title: str | None, lines: Iterable[str]) -> str | None:
    """The story's own headline line that a page's or a clip's title holds with only short
    labels around it (its site's name, a section, a kicker, a date), or None. A note's
    Markdown heading marks ("# ") are no part of the line.

    >>> headline_in_title("CNN - Dikes raised after wet autumn - October 13, 1998",
    ...                   ["WORLD > EUROPE", "Dikes raised after wet autumn"])
    'Dikes raised after wet autumn'
    >>> headline_in_title("Landtag: Deiche werden erhöht | ZEIT ONLINE", ["Landtag", "# Deiche werden erhöht"])
    'Deiche werden erhöht'

    What stands around the line must be labels: a line that is only the title's start
    before more of the headline's words is no headline of its own.

    >>> headline_in_title("Ports reopen - unions say the strike is over for now", ["Ports reopen"]) is None
    True
    >>> headline_in_title("Ports reopen in Lisbon - Business", ["reopen in Lisbon"]) is None
    True
    """
    if not title or not TITLE_LABEL_SEP_RE.search(title):
        return None
    title = " ".join(title.split())
    best = None
    for n, line in enumerate(lines):
        if n >= MAX_TITLE_SCAN_LINES:
            break
        h = " ".join(line.lstrip("#").split())
        if len(h) * 3 < len(title) or h == title or (best and len(h) <= len(best)):
            continue
        at = title.find(h)
        if at >= 0 and _title_labels(title[:at], TITLE_LABELS_BEFORE_RE) \
                and _title_labels(title[at + len(h):], TITLE_LABELS_AFTER_RE):
            best = h
    return best


def _title_labels(part: str, labels_re: re.Pattern) -> bool:
    """Nothing, or short labels set apart from the headline and each other by separators."""
    if not part:
        return True
    m = labels_re.match(part)
    return bool(m) and all(0 < len(p.split()) <= MAX_TITLE_LABEL_WORDS and len(p) <= MAX_TITLE_LABEL_CHARS
                           for p in TITLE_LABEL_SEP_RE.split(m["labels"]))


def make_part(title: str | None, body: str | None, meta: dict, *, head: str = "",
              tail: str = "") -> Part:
    """A story from a format that names its title: text is ``title + "\\n\\n" + body``, so the
    wire-copy rules never take the body's first line for the title; empty meta values dropped.
    ``head`` (a page's date, byline and caption lines) goes between the title and the body,
    where the wire-copy rules read such lines.

    >>> p = make_part("Talks resume", "SEOUL (Reuters) - Talks resumed.", {"url": None})
    >>> p.text, p.meta
    ('Talks resume\\n\\nSEOUL (Reuters) - Talks resumed.', {'title': 'Talks resume'})
    """
    title = " ".join((title or "").split()) or None
    body = (body or "").strip()
    if not title and not body:
        return Part(error="no title or text in this story")
    if title and body:
        # A page's or a clip's title with its site's name around the headline the body
        # shows ("Ports reopen - The Hindu" over "Ports reopen"): the body's headline
        title = headline_in_title(title, body.split("\n", MAX_TITLE_SCAN_LINES)) or title
        # The body repeating the headline as its first line (common in scraped text).
        first, _, rest = body.partition("\n")
        if " ".join(first.split()).casefold() == title.casefold():
            body = rest.strip()
    text = "\n\n".join(x for x in (title, head.strip(), body, tail.strip()) if x)
    meta = dict(meta, title=title)
    meta = {k: v for k, v in meta.items() if v not in (None, "", [], {})}
    return Part(text=text, meta=meta)


# ---------------------------------------------------------------- XML, safely

XML_ENTITY_RE = re.compile(rb"&([A-Za-z][A-Za-z0-9]{1,31});")
XML_PREDEFINED = frozenset({b"amp", b"lt", b"gt", b"quot", b"apos"})


def parse_xml(data: bytes, label: str):
    """An lxml root from XML bytes with no DTD, no network and no entity expansion (no XML bombs).

    HTML entity names that NITF files use without their DTD (``&eacute;``) become characters.
    """
    from lxml import etree

    def _entity(m: re.Match) -> bytes:
        name = m.group(1)
        if name in XML_PREDEFINED:
            return m.group(0)
        char = htmllib.entities.html5.get(name.decode("ascii") + ";")
        return f"&#{ord(char[0])};".encode() if char and len(char) == 1 else m.group(0)

    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        from .. import clean
        text = re.sub(r"^\s*<\?xml[^>]*\?>", "", clean.decode_bytes(data))
        data = text.encode("utf-8")
    data = XML_ENTITY_RE.sub(_entity, data)
    opts = dict(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False,
                remove_comments=True, remove_pis=True)
    try:
        root = etree.fromstring(data, etree.XMLParser(**opts))
    except etree.XMLSyntaxError as e:
        # Feeds are often slightly broken (a stray "&", a cut-off end); take what parses.
        try:
            root = etree.fromstring(data, etree.XMLParser(recover=True, **opts))
        except etree.XMLSyntaxError:
            root = None
        if root is None or not len(root):
            raise fail(label, f"not well-formed XML ({e})") from None
    for ent in list(root.iter(etree.Entity)):   # entities left unexpanded: drop, keep the tail
        _drop_keep_tail(ent)
    return root


def _drop_keep_tail(node) -> None:
    parent = node.getparent()
    if parent is None:
        return
    if node.tail:
        prev = node.getprevious()
        if prev is not None:
            prev.tail = (prev.tail or "") + node.tail
        else:
            parent.text = (parent.text or "") + node.tail
    parent.remove(node)


def local(tag) -> str:
    """An element's tag without its namespace ("" for comments and the like)."""
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def find_all(node, name: str) -> list:
    """Descendants of ``node`` named ``name`` in any namespace, in document order."""
    return [e for e in node.iter() if local(e.tag) == name]


def find_first(node, *names: str):
    """The first descendant with one of the names (earlier names win), or None."""
    for name in names:
        for e in node.iter():
            if local(e.tag) == name:
                return e
    return None


def children(node, name: str) -> list:
    return [e for e in node if local(e.tag) == name]


def text_of(node) -> str:
    """An element's text, whitespace collapsed ("" for None)."""
    if node is None:
        return ""
    return " ".join("".join(node.itertext()).split())


BLOCK_TAGS = frozenset({"p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr",
                        "blockquote", "pre", "table", "ul", "ol", "section", "article",
                        "hl1", "hl2", "block", "dd", "dt", "figcaption", "header", "footer",
                        "tagline", "note", "hr", "body.end", "dateline", "byline"})
SKIP_TAGS = frozenset({"script", "style", "noscript", "template", "iframe", "svg", "head",
                       "media", "object", "embed", "form", "button"})


# A <time> element's machine-readable stamp when it gives a time of day, not only the day.
TIME_OF_DAY_RE = re.compile(r"^\s*\d{4}-\d\d-\d\d[T ]\d\d:\d\d")


def block_text(node, *, times: bool = False) -> str:
    """The text of a body element with one line per paragraph (blank line between paragraphs).

    With ``times``, a ``<time>`` element is a paragraph of its own, written as its
    ``datetime`` stamp when that has a time of day (the visible text is often the day only,
    or a local time without its zone).
    """
    out: list[str] = []

    def walk(e) -> None:
        name = local(e.tag).lower()
        if name in SKIP_TAGS:
            if e.tail:
                out.append(e.tail)
            return
        if times and name == "time" and TIME_OF_DAY_RE.match(e.get("datetime") or ""):
            out.append(f"\n\n{e.get('datetime').strip()}\n\n{e.tail or ''}")
            return
        block = name in BLOCK_TAGS or (times and name == "time")
        # (a <time> of the day only, its time in a span of its own after it: "<time>الثلاثاء
        # ... 22 نوفمبر 2022</time> <span class="time">06:15 م</span>", one stamp)
        block_end = " " if times and name == "time" and _time_span_after(e) else "\n\n"
        if block:
            out.append("\n\n")
        elif times and name == "span" and _glued_span(e):
            out.append(_stamp_joiner(e.getprevious().text_content().strip(), e.text.strip()) or ", ")
        if e.text and name:
            out.append(e.text)
        for child in e:
            walk(child)
        if block:
            out.append(block_end)
        if e.tail:
            out.append(e.tail)

    if node.text:
        out.append(node.text)
    for child in node:
        walk(child)
    paras = [" ".join(p.split()) for p in re.split(r"\n\s*\n", "".join(out))]
    return "\n\n".join(p for p in paras if p)


def _time_span_after(e) -> bool:
    """Whether the element after ``e`` (a <time>), with only blanks between, is a span that
    holds a time of day alone: the rest of the stamp the <time> gives the day of."""
    after = e.getnext()
    return (after is not None and not (e.tail or "").strip() and local(after.tag).lower() == "span"
            and SPAN_TIME_RE.match((after.text_content() or "").strip()) is not None)


def _glued_span(e) -> bool:
    """A <span> right after another, nothing between them: a page's parts of one line set
    apart by its style sheet (``<span class="author">Jo Park</span><span class="source">AFP
    </span>``), read as a list rather than glued into one word."""
    prev = e.getprevious()
    return (prev is not None and local(prev.tag).lower() == "span" and not prev.tail
            and bool(prev.text_content().strip())
            and bool((e.text or "").strip()) and prev.text_content().strip()[-1:].isalnum())


# One stamp split over spans of their own (xinhuanet: "<span class="year">2025</span><span
# class="day">10/09</span><span class="time">17:36:20</span>"): the year, the month and day
# with their separator, the time.
SPAN_YEAR_RE = re.compile(r"^(?:19|20)\d\d$")
SPAN_MONTH_DAY_RE = re.compile(r"^[01]?\d(?P<sep>[/.-])[0-3]?\d$")
# (The time maybe with its half of the day: "6:15 PM"; Arabic's "٠٦:١٥ م", p.m., in its own
# digits, which \d takes.)
SPAN_TIME_RE = re.compile(r"^\d{1,2}:\d\d(?::\d\d)?(?:\s*(?:[ap]\.?m\.?|[صم]))?$", re.IGNORECASE)


def _stamp_joiner(before: str, span: str) -> str | None:
    """What joins two adjacent spans that are parts of one stamp, so that it reads as one
    date: the month and day's own separator after a year, a space before a time; None for
    other spans (a list's ", ").

    >>> _stamp_joiner("2025", "10/09"), _stamp_joiner("10/09", "17:36:20"), _stamp_joiner("Jo Park", "AFP")
    ('/', ' ', None)
    """
    if not (before[-1:].isdigit() and span[:1].isdigit()):
        return None
    month_day = SPAN_MONTH_DAY_RE.match(span)
    if month_day and SPAN_YEAR_RE.match(before):
        return month_day["sep"]
    if SPAN_TIME_RE.match(span) and SPAN_MONTH_DAY_RE.match(before):
        return " "
    return None


HTML_TAG_RE = re.compile(r"<(?:p|br|div|span|a|b|i|em|strong|h[1-6]|ul|li|img|figure|table)\b[^>]*>",
                         re.IGNORECASE)


def html_fragment_to_text(fragment: str) -> str:
    """Story text from an HTML fragment (a feed's body_html): paragraphs on their own lines.

    >>> html_fragment_to_text("<p>SEOUL (Reuters) - Talks <b>resumed</b>.</p><p>More&nbsp;to come.</p>")
    'SEOUL (Reuters) - Talks resumed.\\n\\nMore to come.'
    """
    if not HTML_TAG_RE.search(fragment):
        return htmllib.unescape(fragment).strip()
    import lxml.html
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except Exception:  # lxml raises several types on odd fragments; fall back to stripping tags
        return " ".join(htmllib.unescape(re.sub(r"<[^>]+>", " ", fragment)).split())
    return block_text(root).replace("\u00a0", " ")


def looks_like_html(text: str) -> bool:
    return bool(HTML_TAG_RE.search(text[:2000]))


# ---------------------------------------------------------------- authors, agencies, places

# A paper's label for its own correspondent before the name, in an author field: Italian "dal
# nostro corrispondente Name", "dal nostro inviato", "dalla nostra inviata", "dalla nostra
# redazione"; French "de notre correspondant", "de notre envoyée spéciale"; Spanish "de nuestro
# corresponsal", "del enviado especial"; Portuguese "do nosso correspondente"; German "von
# unserem Korrespondenten"; English "from our correspondent". The label, no part of the name
# (one that goes on to the place, "... a Bruxelles", is left whole).
CORRESPONDENT_OPENER = (
    r"(?:dal(?:la)?|dall['’])\s*(?:nostr[oa]\s+)?(?:corrispondente|inviat[oa](?:\s+special[ei])?|redazione)"
    r"|del?\s+(?:(?:notre|nuestr[oa])\s+)?(?:correspondante?|envoyée?(?:\s+spéciale?)?|corresponsal|enviad[oa](?:\s+especial)?)"
    r"|d[oa]\s+(?:noss[oa]\s+)?(?:correspondente|enviad[oa](?:\s+especial)?)"
    r"|von\s+unser(?:em|er)\s+korrespondent(?:en|in)?"
    r"|(?:from|by)\s+(?:our|an?)\s+(?:own\s+|special\s+)?(?:correspondent|reporter)")
# (and in an author field, where no sentence stands, the openers that are also a word of
# prose: Malay and Indonesian "Oleh Bernama", Hebrew "מאת", Khmer "ដោយ", Hausa "Daga"; not
# "na" nor "ni", a family name as well as a word; Irish "le" in lower case only, as a
# French paper's "Le Parisien" is no byline's opener)
AUTHOR_OPENER_RE = re.compile(r"^\s*(?:by|par|von|por|di|door|av|af|" + "|".join(
    w for w in vocab.BYLINE_WEAK_OPENERS if w not in ("na", "ni", "le")) + r"|(?-i:le)|" + CORRESPONDENT_OPENER
    + r")\s*:?\s+(?!(?:a|à|in|en|em|no|na|da|aus|at)\s)", re.IGNORECASE)
# (the label's colon may be Ethiopic's word colon, with a dash, or its preface colon: "ዘጋቢ፡- Name")
AUTHOR_LABEL_RE = re.compile(r"^\s*(?:" + "|".join(map(re.escape, vocab.AUTHOR_FIELD_LABELS)) + r")\s*(?::|፡-?|፦)?\s+(?=\S)",
                             re.IGNORECASE)
# Another role's label later in an author value, a word and its colon ("Foto:", "Grafik:",
# "Kamera:"), as a page's byline bar runs its credits together: no name holds one.
LATER_LABEL_RE = re.compile(r"\s[^\W\d_][\w'’]*\s?:(?:\s|$)")
# Several credits in one author string: "Jane Roe and Tom Ward", "Le Figaro avec AFP", "AFP/dpa".
AUTHOR_SPLIT_RE = re.compile(
    r"\s*(?:[,;|/&+]|\s(?:and|et|und|y|e|i|avec|with|mit|con|com|with)\s)\s*", re.IGNORECASE)
# Desk and publication credits that are no one's name.
NOT_A_PERSON_RE = re.compile(
    r"\b(?:staff|newsroom|redaktion|rédaction|redacción|redação|redazione|desk|team|"
    r"editorial|editors?|agenc(?:y|ies|e|ia|ias)|agentur(?:en)?|wires?|correspondents?|"
    r"news|press|media|online|digital|service|bureau|admin|webmaster|"
    r"journal|times|gazette|zeitung|tribune|herald|daily|magazine|today)\b"
    # an outlet's name after the English article: "DPA/The Local" (no person's name opens so)
    r"|^the\s", re.IGNORECASE)
# An outlet's initials alone, as an author field sets them after the reporter ("Miriam Roe;
# SWR", "Jo Roe, CNN"): no one's name (a person's name in capitals has two words).
OUTLET_INITIALS_RE = re.compile(r"[A-Z]{2,6}")
# A name with its affiliation in brackets, an agency among the outlets there: VietnamPlus's
# "Jo Roe (TTXVN/Vietnam+)". What the bracket holds is no one's name.
AUTHOR_AFFILIATION_RE = re.compile(r"^(?P<name>[^()]+?)\s*\((?P<aff>[^()]+)\)$")
LAST_FIRST_RE = re.compile(r"^(?P<last>[^\W\d_][\w'’-]+),\s*(?P<first>[^\W\d_][\w'’-]+\.?)$")
URLISH_RE = re.compile(r"https?://|www\.|\.\w{2,4}/|@")


MAX_INITIALS = 6    # an agency's initials as an author value: "BSS", "ANA-MPA"
ORGANISATION_KINDS = ("organization", "organisation")   # schema.org's Organization, NewsMediaOrganization...


def organisation_authors(values) -> bool:
    """Whether a format's author values are organisations alone (schema.org's typed objects):
    a site or an agency signed the story ({"@type": "Organization", "name": "MTI-Hungary Today"}),
    so no other reader's guess at the author names a person.

    >>> organisation_authors({"@type": "NewsMediaOrganization", "name": "X"}), organisation_authors("Jo Roe")
    (True, False)
    """
    items = values if isinstance(values, (list, tuple)) else [values]
    return bool(items) and all(
        isinstance(v, dict) and any(k in str(v.get("@type") or v.get("type") or "").casefold()
                                    for k in ORGANISATION_KINDS) for v in items)


def person_name(raw: str) -> str | None:
    """A person's name from a format's author field, or None when it names no one.

    >>> person_name("JANE ROE"), person_name("李明"), person_name("Newsroom Staff"), person_name("SWR")
    ('Jane Roe', '李明', None, None)

    A desk's credit in the byline's own words (vocab.BYLINE_ROLE_WORDS, DESK_BYLINE_WORDS)
    names no one either: "Haber Merkezi" ('news centre'), "Our Correspondent".

    >>> person_name("Haber Merkezi"), person_name("Our Correspondent"), person_name("Lena Haber")
    (None, None, 'Lena Haber')

    A role word after a name in a script without capitals ends it: "박서준 기자 기자 페이지" (the
    byline and its reporter-page link's text, joined by an extractor) names "박서준".

    >>> person_name("박서준 기자 기자 페이지"), person_name("山田 太郎 記者")
    ('박서준', '山田 太郎')
    """
    from .. import fields, normalize
    s = AUTHOR_OPENER_RE.sub("", raw)
    if _newsroom_sign(s):
        return None     # "Mwandishi Wetu" ('our writer'), whose first word is also a label's
    s = " ".join(AUTHOR_LABEL_RE.sub("", s).split()).strip(" ,;:.|")
    if not s or len(s) > MAX_NAME_CHARS or URLISH_RE.search(s) or NOT_A_PERSON_RE.search(s) \
            or OUTLET_INITIALS_RE.fullmatch(s) or fields.byline.is_desk_byline(s):
        return None
    if " " in s and not s.isascii():
        words = s.split()
        role = next((k for k, w in enumerate(words) if k and w in CJK_ROLE_WORD_SET), None)
        if role:        # "김민재 기자 기자 페이지": a byline's name before its role word, and a link's text after
            s = " ".join(words[:role])
    name = normalize.normalize_name(s)
    if name:
        return name
    # Scripts without capitals (Chinese, Japanese, Arabic, Hebrew, Thai...): keep the name as written.
    letters = [c for c in s if c.isalpha()]
    if letters and not any(c.isupper() or c.islower() for c in letters) \
            and not re.search(r"\d", s) and len(s.split()) <= 4 \
            and normalize.LABEL_NOT_NAME_WORDS.isdisjoint(w.casefold() for w in s.split()) \
            and s.casefold() not in STAMP_LABEL_SET:
        return s        # (not a page's label: "פורסם", 'published', beside the date in the author's span)
    return None


# The role words after a name in a byline of a script without capitals, set apart by a space
# ("김민재 기자", "山田 太郎 記者"): the name ends before them.
CJK_ROLE_WORD_SET = frozenset(vocab.KO_REPORTER_WORDS + vocab.JA_REPORTER_WORDS + vocab.ZH_REPORTER_WORDS)


# The words a page's stamp opens with ('published', 'updated'), which an extractor may take
# for the author where the two share a span.
STAMP_LABEL_SET = frozenset(w.casefold() for w in vocab.PUBLISHED_WORDS + vocab.UPDATED_WORDS)


SOURCE_LABEL_SET = frozenset(w.casefold() for w in vocab.SOURCE_LABELS if " " not in w)
# An author object's name in a CMS of another language: Drupal's {"nome": "...", "funcao": "..."}
AUTHOR_NAME_KEYS = ("nome", "nombre", "nom", "naam", "nimi", "navn", "namn", "jmeno", "jméno",
                    "név", "nev", "imie", "imię", "isim", "nama")


# A Korean author's role after the name, as a page's author field gives it ("김민재 기자",
# "이서윤 특파원": vocab.KO_REPORTER_WORDS); their last letters, a cheap test before the pattern
KO_ROLE_TAIL_RE = re.compile(r"(?<=[\uac00-\ud7a3])\s*(?:" + "|".join(
    sorted(vocab.KO_REPORTER_WORDS, key=len, reverse=True)) + r")$")
KO_ROLE_ENDS = frozenset(w[-1] for w in vocab.KO_REPORTER_WORDS)
# A Chinese character: an author value holding one may name its roles in Chinese (cjk.author_credit)
HAN_RE = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


# The word for "news" a portal's or a site's name ends with ("네이버 뉴스", "Yahoo!ニュース",
# "Example News"): its name without it is still the site's, no author's.
SITE_NEWS_WORDS = frozenset(("news", "뉴스", "ニュース", "新闻", "新聞", "noticias", "notícias", "nachrichten",
                             "actualités", "notizie", "nieuws", "haber", "berita", "tin tức", "ข่าว"))


def split_authors(values, publishers: Iterable[str] = ()) -> tuple[list[str], list[str]]:
    """(reporters, agencies) from author values: strings, ``{"name": ...}`` objects or lists.

    Agencies named as authors go to agencies; the publisher's own name is dropped.

    >>> split_authors(["Le Figaro avec AFP", {"@type": "Person", "name": "JANE ROE"}], ["Le Figaro"])
    (['Jane Roe'], ['AFP'])
    >>> split_authors("Ana Ruiz and Tom Ward, Reuters")
    (['Ana Ruiz', 'Tom Ward'], ['Reuters'])
    >>> split_authors("JANE ROE Associated Press")
    (['Jane Roe'], ['AP'])
    >>> split_authors("Συντάκτης Γιώργος Λαζαρίδης")   # a byline's label, its colon lost by the extractor
    (['Γιώργος Λαζαρίδης'], [])
    >>> split_authors("red, wien.ORF.at/Agenturen")      # the newsroom signs, no person
    ([], [])
    >>> split_authors("Text: Elin Roe/TT Foto: Jo Day/TT Grafik: Al Ek/TT")   # a byline bar's other roles
    (['Elin Roe'], ['TT'])
    >>> split_authors("Brenmoor Tools, Ltd.")   # a release's issuer, no person
    ([], [])
    >>> split_authors("박지훈 기자")   # a Korean author's role after the name
    (['박지훈'], [])
    >>> split_authors("연합뉴스 | 다음", ["다음 뉴스"])   # the portal's name, its news word left off
    ([], ['Yonhap'])
    >>> split_authors("연합뉴스 | 네이버")   # the portal's name, on a page naming no site
    ([], ['Yonhap'])
    """
    credits = _Credits({" ".join(p.split()).casefold() for p in publishers if p})
    credits.walk(values)
    return credits.reporters, credits.agencies


def _filed_from(piece: str) -> bool:
    """Whether the last part of an author value is the place its reporter files from: a city
    the project knows, or one word the gazetteer does ("Jo Roe, London", "Олена Коваленко, Одеса").

    >>> _filed_from("Одеса"), _filed_from("London"), _filed_from("Ana Lima")
    (True, True, False)
    """
    from .. import normalize
    piece = piece.strip(" .")
    return bool(piece) and (normalize.is_known_city(piece) or " " not in piece and normalize.is_gazetteer_city(piece))


def _newsroom_sign(s: str) -> bool:
    """Whether an author value is the newsroom's sign, no one's name (vocab.NEWSROOM_SIGN_WORDS:
    "Redaktion", "Mwandishi Wetu"), checked before a label's word ("mwandishi") is cut off it.

    >>> _newsroom_sign(" Mwandishi  Wetu."), _newsroom_sign("Mwandishi: Jo Roe")
    (True, False)
    """
    return " ".join(s.split()).strip(" ,;:.|").casefold() in vocab.NEWSROOM_SIGN_WORDS


def _cjk_agency_desk(s: str) -> str | None:
    """The agency whose name in Chinese, Japanese or Korean opens an author value written
    without a space, the rest its desk or site ("ロイター編集", 'Reuters editorial'; "路透中文网",
    'Reuters Chinese net'): no person's name opens with an agency's. None otherwise.

    >>> _cjk_agency_desk("ロイター編集"), _cjk_agency_desk("路透中文网"), _cjk_agency_desk("山田太郎")
    ('Reuters', 'Reuters', None)
    """
    from .. import cjk
    if not cjk.has_cjk(s):
        return None
    name = next((k for k in CJK_AGENCY_NAMES if s.startswith(k) and len(s) > len(k)), None)
    return vocab.AGENCY_ALIASES[name] if name else None


# (longest first: "共同通信社" before "共同通信")
CJK_AGENCY_NAMES = sorted((k for k in vocab.AGENCY_ALIASES
                           if not k.isascii() and any("\u3040" <= c <= "\u9fff" or "\uac00" <= c <= "\ud7af" for c in k)),
                          key=len, reverse=True)


class _Credits:
    """split_authors' walk over author values and the names it finds. A class, not nested
    functions: a recursive closure is a reference cycle, left for the garbage collector
    at every call (a feed's records made ~6 KB of it each while a build holds automatic
    collection off)."""

    def __init__(self, skip: set[str]):
        self.skip = skip
        self.reporters: list[str] = []
        self.agencies: list[str] = []

    @staticmethod
    def add(seq: list, x) -> None:
        if x and x not in seq:
            seq.append(x)

    def one(self, s: str, split: bool = True) -> None:
        from .. import fields, normalize
        s = AUTHOR_OPENER_RE.sub("", s)
        labelled = AUTHOR_LABEL_RE.match(s)
        if labelled and _newsroom_sign(s):
            return        # "Mwandishi Wetu" ('our writer'): a label's word opens the sign, no one's name
        s = " ".join(s[labelled.end():].split() if labelled else s.split()).strip(" ,;:.|")
        later = LATER_LABEL_RE.search(s) if ":" in s else None
        if later:       # "Elin Roe/TT Foto: Jo Day/TT Grafik: ...": the next role's label ends the writer's
            s = s[:later.start()].strip(" ,;:.|")
        if not s or s.casefold() in self.skip or s.casefold() in vocab.NEWSROOM_SIGN_WORDS \
                or s.casefold() in vocab.NEWS_PORTAL_NAMES:
            return        # (the newsroom signing: "red", "Redaktion", no one's name; nor the portal)
        if self.skip and any(site.startswith(s.casefold() + " ") and site[len(s) + 1:] in SITE_NEWS_WORDS
                             for site in self.skip):
            return        # "연합뉴스 | 네이버" on "네이버 뉴스": the portal's own name, its news word left off
        if "," in s and s.rpartition(",")[2].strip(" .").casefold() in normalize.COMPANY_FORM_WORDS:
            return        # "Acme Therapeutics, Inc.": the issuing company, a release's creator, no one's name
        if s[-1:] in KO_ROLE_ENDS and (role := KO_ROLE_TAIL_RE.search(s)):
            s = s[:role.start()]        # "김민재 기자": a Korean author's role after the name, no part of it
        if not s.isascii() and HAN_RE.search(s):
            from .. import cjk
            zh = cjk.author_credit(s)
            if zh is not None:          # "记者 王五 赵六", "撰文：王五 攝影：赵六", "李四 报道": the roles' words
                for name in zh:         # no part of the names, the other roles' names no writer's
                    self.add(self.reporters, name)
                return
        label, _, rest = s.partition(" ")
        if rest and label.rstrip(":：").casefold() in SOURCE_LABEL_SET:
            # "Sumber: ANTARA" (an extractor gives "Sumber ANTARA"), "Source: Reuters": the
            # story's source in the author's place, an agency or nothing, never a person
            for a in normalize.find_agencies(rest) or [normalize.normalize_agency(rest, credit=True)]:
                self.add(self.agencies, a)
            return
        # An author field holding initials alone ("BSS", "SANA") credits an agency, as a
        # dateline's bracket does, even where the short name is also an ordinary word; so
        # does a short name after the field's label ("Autor: Hina"), and one word of a
        # script without capitals, where a name cannot stand out by case ("भाषा", PTI's
        # Hindi service; "واج", APS's Arabic initials).
        agency = normalize.normalize_agency(s, credit=bool(labelled) or s.isupper() and len(s) <= MAX_INITIALS
                                            or _caseless_word(s))
        if agency:
            self.add(self.agencies, agency)
            return
        desk = _cjk_agency_desk(s) if " " not in s and not s.isascii() else None
        if desk:                        # "ロイター編集", "路透中文网": the agency's desk or site, no one
            self.add(self.agencies, desk)
            return
        joined = normalize.hyphened_agencies(s) if "-" in s else None
        if joined:                      # "TT-AFP": two agencies, no one's name
            for a in joined:
                self.add(self.agencies, a)
            return
        bracket = AUTHOR_AFFILIATION_RE.match(s) if s[-1:] == ")" else None
        if bracket:
            outlets = [normalize.normalize_agency(p, credit=True) for p in AUTHOR_SPLIT_RE.split(bracket["aff"])]
            if any(outlets):            # "Jo Roe (TTXVN/Vietnam+)": the agencies, the name before
                for a in outlets:
                    self.add(self.agencies, a)
                # (VNA joins two writers with a bare hyphen: "Minh Thu-Hoàng Nam (TTXVN)")
                for name in fields.byline.hyphen_joined(bracket["name"].strip(), [a for a in outlets if a]):
                    self.one(name, split)
                return
        outlet = fields.patterns.OUTLET_CREDIT_RE.match(s) if split and " " in s else None
        if outlet:      # "Le Monde avec AFP": a site running an agency's copy, its agencies alone
            names, ags = fields.split_names(s)
            if not names and ags:
                for a in ags:
                    self.add(self.agencies, a)
                return
        m = LAST_FIRST_RE.match(s)
        if split and m and not credited_agencies(s):   # "Doe, Jane" (library-style metadata)
            s = f"{m['first']} {m['last']}"
        elif split and AUTHOR_SPLIT_RE.search(s):
            pieces = AUTHOR_SPLIT_RE.split(s)
            # (after a mark, not a word: "Jo Roe and Sydney" may be two people)
            place = not any(c.isalpha() for c in list(AUTHOR_SPLIT_RE.finditer(s))[-1].group()) \
                and _filed_from(pieces[-1])
            for i, piece in enumerate(pieces):
                if i and i == len(pieces) - 1 and place:
                    continue    # "Jo Roe, Одеса": the place the reporter files from, no one's name
                self.one(piece, split=False)
            return
        found = credited_agencies(s)
        if found:                       # "Reuters Staff", "AFP Photo", "Agence Reuters"
            for a in found:
                self.add(self.agencies, a)
            # "RUTH ROE Associated Press": the name before the agency, as in a byline
            for name in fields.split_names(s)[0]:
                for one in fields.byline.hyphen_joined(name, found):   # VNA's "Minh Thu-Hoàng Nam TTXVN"
                    self.add(self.reporters, person_name(one))
            return
        self.add(self.reporters, person_name(s))

    def walk(self, v) -> None:
        from .. import normalize
        if v is None:
            return
        if isinstance(v, str):
            self.one(v)
        elif isinstance(v, (list, tuple)):
            for x in v:
                self.walk(x)
        elif isinstance(v, dict):
            # "by": ninjs and the AP Media API, {"by": "By JANE ROE", "title": "..."}
            # "author": a list entry around the author object, Yahoo's content API's
            # [{"author": {"displayName": "Jo Roe"}}]
            name = v.get("name") or v.get("value") or v.get("displayName") or v.get("literal") \
                or v.get("by") or v.get("author") \
                or next((v[k] for k in AUTHOR_NAME_KEYS if v.get(k)), None)
            if isinstance(name, (list, dict)):
                self.walk(name)
                return
            if not isinstance(name, str):
                given, family = v.get("givenName"), v.get("familyName")
                name = " ".join(x for x in (given, family) if isinstance(x, str)) or None
            if not name:
                return
            kind = str(v.get("@type") or v.get("type") or "").casefold()
            if any(k in kind for k in ORGANISATION_KINDS):
                a = normalize.normalize_agency(name) or (normalize.find_agencies(name) or [None])[0]
                self.add(self.agencies, a)
            else:
                self.one(name)


def picture_photographers(producers: Iterable[str], captions: Iterable[str]) -> list[str]:
    """The photographers of a story's picture: the people its producer or by elements name
    (NITF's <media-producer>, a NewsML-G2 picture link's <by>), else those its captions'
    credits name ("... EFE/Jo Roe", "MTI Fotó: Jo Roe"); its agency is not the story's.

    >>> picture_photographers(["Jo Roe"], ["A dock. EFE/Ana Ruiz"]), picture_photographers([], ["A dock. EFE/Ana Ruiz"])
    (['Jo Roe'], ['Ana Ruiz'])
    """
    from ..fields.credits import photo_credit
    names = split_authors([p for p in producers if p])[0]
    if not names:
        for caption in captions:
            name = photo_credit(caption)[0] if caption else None
            if name and name not in names:
                names.append(name)
    return names


def _caseless_word(s: str) -> bool:
    """One word in a script without capitals (Devanagari, Arabic, Bengali...).

    >>> _caseless_word("भाषा"), _caseless_word("Petra"), _caseless_word("सुधीर कालरा")
    (True, False, False)
    """
    return " " not in s and any(c.isalpha() for c in s) and not any(c.isupper() or c.islower() for c in s)


SHORT_AGENCY_WORD = 4   # "Ana", "Efe", "Tass" in a name are names; agencies write these in capitals


def credited_agencies(s: str) -> list[str]:
    """Agencies named inside a credit, ignoring short agency words that are part of a name.

    >>> credited_agencies("Ana Ruiz"), credited_agencies("AFP Photo"), credited_agencies("Reuters Staff")
    ([], ['AFP'], ['Reuters'])
    """
    from .. import normalize
    out: list[str] = []
    for m in normalize.AGENCY_WORD_RE.finditer(s):
        word = m.group(0)
        name = normalize.normalize_agency(word)
        if name and (len(word) > SHORT_AGENCY_WORD or word.isupper() or word == name) \
                and name not in out:
            out.append(name)
    return out


def agencies_in(*values) -> list[str]:
    """Agencies named by credit-like values (a provider, a copyright holder, a source).

    >>> agencies_in("Agence France-Presse", None, "nprov:REUTERS", "Le Monde")
    ['AFP', 'Reuters']
    """
    from .. import normalize
    out: list[str] = []
    for v in values:
        if isinstance(v, dict):
            # ({"displayName": "AFP"}: Yahoo's content API's provider)
            v = v.get("name") or v.get("literal") or v.get("qcode") or v.get("displayName") or ""
        if not isinstance(v, str) or not v.strip():
            continue
        v = v.split(":", 1)[1] if re.match(r"^[a-z]+:\w", v) else v   # IPTC qcodes: "nprov:AFP"
        for a in [normalize.normalize_agency(v)] if normalize.normalize_agency(v) \
                else normalize.find_agencies(v):
            if a not in out:
                out.append(a)
    return out


def dateline_meta(text: str | None, body: str = "") -> dict:
    """Meta for a dateline the format gives apart from the body ("PARIS, Nov 9 (AFP) -", "Paris"),
    unless the body opens with a dateline of its own.

    >>> dateline_meta("KYIV, Ukraine (AP)")
    {'dateline': 'KYIV, Ukraine (AP)', 'cities': ['Kyiv'], 'region': 'Ukraine', 'agencies': ['AP']}
    >>> dateline_meta("Lisbon")
    {'dateline': 'Lisbon', 'cities': ['Lisbon']}
    """
    from .. import fields, normalize
    s = " ".join((text or "").split()).strip()
    if not s or fields.parse_dateline(body.lstrip().partition("\n")[0]):
        return {}        # the body opens with its own dateline: the wire-copy rules read it there
    meta: dict = {"dateline": s}
    dl = fields.parse_dateline(s) or fields.parse_dateline(s.rstrip(" -–—") + " -")
    if dl and dl.cities:
        meta["cities"] = dl.cities
        if dl.region:
            meta["region"] = dl.region
        if dl.agencies:
            meta["agencies"] = dl.agencies
        return meta
    place = s.split(",")[0].strip(" -–—")
    if place and len(place.split()) <= MAX_CITY_WORDS and not re.search(r"\d", place):
        city = normalize.normalize_city(place)
        if city:
            meta["cities"] = [city]
    return meta


# ---------------------------------------------------------------- language and dates

LANGUAGE_CODE_RE = re.compile(r"^([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]+)*$")
# ISO 639-2 codes feeds write instead of ISO 639-1.
LANGUAGE_3 = {"eng": "en", "fra": "fr", "fre": "fr", "deu": "de", "ger": "de", "spa": "es",
              "ita": "it", "por": "pt", "nld": "nl", "dut": "nl", "rus": "ru", "zho": "zh",
              "chi": "zh", "jpn": "ja", "kor": "ko", "ara": "ar", "tur": "tr", "pol": "pl",
              "swe": "sv", "dan": "da", "nor": "no", "nob": "no", "fin": "fi", "ces": "cs",
              "cze": "cs", "hun": "hu", "ell": "el", "gre": "el", "ukr": "uk", "heb": "he",
              "hin": "hi", "ind": "id", "vie": "vi", "tha": "th", "ron": "ro", "rum": "ro",
              "cat": "ca", "fas": "fa", "per": "fa", "fil": "tl", "nno": "nn",
              # Kurdish, and its Central (Sorani), Northern (Kurmanji) and Southern varieties
              "kur": "ku", "ckb": "ku", "kmr": "ku", "sdh": "ku"}
#: Codes one language goes by, as the language identifier names it: Norwegian Bokmål is
#: "no" (py3langid's code for it; its stemmer and stop words are filed there), and the
#: codes ISO withdrew that Java locales still write (iw_IL, in_ID, ji, jw).
LANGUAGE_SAME = {"nb": "no", "iw": "he", "in": "id", "ji": "yi", "jw": "jv"}
LANGUAGE_NAMES = {"english": "en", "french": "fr", "français": "fr", "german": "de",
                  "deutsch": "de", "spanish": "es", "español": "es", "italian": "it",
                  "portuguese": "pt", "dutch": "nl", "russian": "ru", "chinese": "zh",
                  "japanese": "ja", "arabic": "ar"}


def language_code(value) -> str | None:
    """ISO 639-1 code from what formats write: "fr-FR", "en_US", "fre", "English".

    >>> [language_code(x) for x in ("fr-FR", "en_US", "fre", "English", "x-default", None)]
    ['fr', 'en', 'fr', 'en', None, None]
    >>> [language_code(x) for x in ("nb-NO", "nob", "nn", "iw_IL", "in-ID")]
    ['no', 'no', 'nn', 'he', 'id']
    """
    if isinstance(value, dict):
        value = value.get("alternateName") or value.get("name") or value.get("@value")
    if isinstance(value, list):
        value = value[0] if value else None
    if not isinstance(value, str):
        return None
    s = value.strip()
    if s.casefold() in LANGUAGE_NAMES:
        return LANGUAGE_NAMES[s.casefold()]
    m = LANGUAGE_CODE_RE.match(s)
    if not m:
        return None
    code = m.group(1).lower()
    if len(code) == 3:
        return LANGUAGE_3.get(code)
    return None if code in ("xx", "zz") else LANGUAGE_SAME.get(code, code)


EPOCH_MS = 10 ** 11   # a Unix stamp above this counts milliseconds (year 5138 in seconds)


def date_value(value) -> str | None:
    """A feed's date value as something normalize_iso reads: ISO strings pass, Unix stamps convert.

    >>> date_value(1699524960), date_value("2023-11-09T10:16:00Z"), date_value({"$date": 1699524960000})
    ('2023-11-09T10:16:00+00:00', '2023-11-09T10:16:00Z', '2023-11-09T10:16:00+00:00')
    >>> date_value(0), date_value(0.0), date_value([{"value": "1699524960"}])
    (None, None, '2023-11-09T10:16:00+00:00')
    """
    if isinstance(value, list) and len(value) == 1:
        value = value[0]          # Drupal's REST export: every field a list, {"created": [{"value": ...}]}
    if isinstance(value, dict):   # MongoDB exports: {"$date": ...}
        value = value.get("$date") or value.get("value")
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, str) and re.fullmatch(r"\d{9,13}(?:\.\d+)?", value.strip()):
        value = float(value)
    if isinstance(value, (int, float)):
        if value <= 0:
            return None     # a reader's "updated": 0, a zero stamp for "none", no day in 1970
        secs = value / 1000 if value > EPOCH_MS else value
        try:
            return dt.datetime.fromtimestamp(secs, dt.timezone.utc).isoformat()
        except (OverflowError, OSError, ValueError):
            return None
    if isinstance(value, str) and value.strip():
        return value.strip()
    return None


def rfc822_date(value: str | None) -> str | None:
    """ISO 8601 from an e-mail or RSS date ("Thu, 09 Nov 2023 10:16:00 +0100"), else the value.

    >>> rfc822_date("Thu, 09 Nov 2023 10:16:00 +0100")
    '2023-11-09T10:16:00+01:00'
    """
    import email.utils
    if not value or not value.strip():
        return None
    try:
        stamp = email.utils.parsedate_to_datetime(value.strip())
    except (TypeError, ValueError, IndexError):
        return value.strip()
    return stamp.isoformat() if stamp else value.strip()


# The agency in brackets after the names: "Par Jean Dupont (AFP)", "Sabine Krüger (dpa)".
BYLINE_PAREN_AGENCY_RE = re.compile(r"\s*\((?P<agency>[^()]{2,40})\)\s*$")


def byline_people(text: str, publishers: Iterable[str] = ()) -> tuple[list[str], list[str]]:
    """(reporters, agencies) from a byline as written ("By Jane Roe, AFP"): the wire-copy
    byline rule first, the author splitter when that rule does not take the line.

    >>> byline_people("By JANE ROE and TOM WARD, Associated Press Writers")
    (['Jane Roe', 'Tom Ward'], ['AP'])
    >>> byline_people("Par Jean Dupont (AFP)")
    (['Jean Dupont'], ['AFP'])
    """
    from .. import fields
    s = " ".join((text or "").split())
    if not s:
        return [], []
    agency = BYLINE_PAREN_AGENCY_RE.search(s)
    if agency and credited_agencies(agency["agency"]):
        s = f"{s[:agency.start()]}, {agency['agency']}"
    got = fields.parse_byline(s)
    if got:
        return list(got[0]), list(got[1])
    return split_authors(s, publishers)
