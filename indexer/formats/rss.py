"""RSS 2.0 / RDF and Atom reader: each <item> or <entry> -> one story."""
from __future__ import annotations

import re
from typing import Iterator

from .. import vocab
from .base import (Part, agencies_in, block_text, children, date_value, html_fragment_to_text,
                   language_code, local, make_part, rfc822_date, split_authors, text_of)

# (an Atom Entry Document, RFC 4287 5.1: one <entry> as the root, with no <feed> around it)
RSS_ROOTS = frozenset({"rss", "RDF", "feed", "entry"})
# Media RSS (<media:content url="...jpg">) names an item's picture or video "content" too:
# it is never the item's text, and its <media:credit> is no paragraph of the story.
MEDIA_RSS_NS = "{http://search.yahoo.com/mrss/}"
MEDIA_PHOTO_ROLES = frozenset(("photographer", "photo"))


# Where a channel's title names its section after the feed's name: "Télam - Sociedad",
# "Reuters | World News", "AFP: Sports".
CHANNEL_TITLE_SPLIT_RE = re.compile(r"\s+[-–—|:]\s+|:\s+")
# A creator of dash-separated parts, a signature: "Ana Lima - Repórter da Agência Brasil"
SIGNATURE_PARTS_RE = re.compile(r"\S\s+[-–—]\s+\S")


def rss_parts(root) -> Iterator[Part]:
    feed_lang = language_code(root.get("{http://www.w3.org/XML/1998/namespace}lang"))
    if local(root.tag) == "entry":      # an entry document: no channel, its own title is the story's
        yield _entry_part(root, feed_lang)
        return
    channel = next((e for e in root.iter() if local(e.tag) in ("channel", "feed")), root)
    feed_lang = language_code(_child_text(channel, "language")) or feed_lang
    feed_agencies = channel_agencies(_child_text(channel, "title"), _channel_link(channel))
    feed_names = channel_names(_child_text(channel, "title"), _channel_link(channel))
    entries = [e for e in root.iter() if local(e.tag) in ("item", "entry")]
    for entry in entries:
        yield _entry_part(entry, feed_lang, feed_agencies, feed_names)


MIN_SITE_LABEL_CHARS = 3   # a host's name, not a stray short part of it
# A country's second-level domain under which sites take their names ("bbc.co.uk", "abc.net.au").
SECOND_LEVEL_LABELS = frozenset(("co", "com", "org", "net", "gov", "ac", "edu", "or", "ne", "go", "gv", "nic"))


def channel_names(title: str, link: str) -> frozenset[str]:
    """The feed's own names, folded: its channel's title and that title's first part
    ("Sahel Matin - Économie"), and its address's host names ("sahelmatin" of
    "https://fr.sahelmatin.com"). An item whose author is one of them, or opens on a host's
    name ("Sahelmatin FR"), is the site's own copy: no reporter.

    >>> sorted(channel_names("Sahel Matin - Économie", "https://fr.sahelmatin.com"))
    ['sahel matin', 'sahel matin - économie', 'sahelmatin']
    >>> sorted(channel_names("", "https://jo.substack.com")), sorted(channel_names("", "http://www.ex.co.uk"))
    (['substack'], [])
    """
    from .html import URL_HOST_RE
    title = " ".join(title.split()).casefold()
    names = {title, CHANNEL_TITLE_SPLIT_RE.split(title, maxsplit=1)[0]} if title else set()
    m = URL_HOST_RE.match(link)
    labels = m["host"].casefold().split(".")[:-1] if m else []
    while labels and labels[-1] in SECOND_LEVEL_LABELS:
        labels.pop()            # "news.example.co.uk": the site's name is "example"
    # (only the site's own name: "jo.substack.com" is Jo's page on a host, not a site "jo")
    if labels and len(labels[-1]) >= MIN_SITE_LABEL_CHARS:
        names.add(labels[-1])
    return frozenset(names)


def _site_author(name: str, feed_names: frozenset[str]) -> bool:
    """A feed item's author that is the feed itself ("Sahel Matin", "Sahelmatin FR")."""
    folded = name.casefold()
    return folded in feed_names or folded.split(" ", 1)[0] in feed_names


def channel_agencies(title: str, link: str) -> list[str]:
    """The agency whose own feed this is, named by the channel's title or its first part
    ("Kenya News Agency", "Télam - Sociedad") or by its address's host (an agency's own site,
    vocab.AGENCY_SITE_DOMAINS): its items run the agency's copy, so it credits them when their
    text credits no one (as an agency's own page does). [] for any other feed.

    >>> channel_agencies("Télam - Sociedad", ""), channel_agencies("Noticias del Norte", "")
    (['Télam'], [])
    >>> channel_agencies("Habari", "https://www.kenyanews.go.ke")
    ['Kenya News Agency']
    """
    from .. import normalize
    from .html import site_agency
    first = CHANNEL_TITLE_SPLIT_RE.split(title.strip(), maxsplit=1)[0] if title.strip() else ""
    agency = normalize.normalize_agency(first) if first else None
    agency = agency or (site_agency(link) if link else None)
    return [agency] if agency else []


def _channel_link(channel) -> str:
    """The channel's own address (RSS <link>'s text, Atom's <link href>), not an item's."""
    for e in children(channel, "link"):
        href = e.get("href") or text_of(e)
        if href and e.get("rel") in (None, "alternate"):
            return href
    return ""


def _child_text(node, *names: str) -> str:
    for name in names:
        found = children(node, name)
        if found and text_of(found[0]):
            return text_of(found[0])
    return ""


def _content(entry) -> str:
    """The fullest text an entry gives: content:encoded / Atom content, Yandex.News's
    yandex:full-text (the whole story, as Russian sites' feeds carry it), then description /
    summary."""
    for name in ("encoded", "content", "full-text", "description", "summary"):
        for e in children(entry, name):
            if str(e.tag).startswith(MEDIA_RSS_NS):
                continue
            if e.get("type") == "xhtml" or len(e):
                return block_text(e)
            raw = (e.text or "").strip()
            if raw:
                return html_fragment_to_text(raw)
    return ""


def _check_language(declared: str, text: str) -> str | None:
    from .html import _check_language as check      # (html.py's rule for a page's lang attribute)
    return check(declared, text)


def _entry_part(entry, feed_lang: str | None, feed_agencies: list[str] = (),
                feed_names: frozenset[str] = frozenset()) -> Part:
    title = _child_text(entry, "title")
    body = _content(entry)
    if not title and not body:
        return Part(error="feed item has no title or text")
    link = ""
    for e in children(entry, "link"):
        href = e.get("href") or text_of(e)
        if href and e.get("rel") in (None, "alternate"):
            link = href
            break
    # (a FeedBurner feed's <link> is its redirector's; <feedburner:origLink> is the story's own)
    orig = _child_text(entry, "origLink")
    if orig.startswith(("http://", "https://")):
        link = orig
    authors = [text_of(_first(e, "name")) or text_of(e) for e in children(entry, "author")]
    authors += [text_of(e) for e in children(entry, "creator")]
    # RSS <author> is "jane@example.com (Jane Roe)": the name is in the parentheses.
    authors = [a[a.find("(") + 1:a.rfind(")")] if "@" in a and "(" in a else a for a in authors]
    reporters, agencies = split_authors(authors)
    head = _signature_head(authors) if not reporters else ""
    # (dc:creator "Sahelmatin FR" on the feed of fr.sahelmatin.com: the site credits itself)
    reporters = [r for r in reporters if not _site_author(r, feed_names)]
    photographers = _media_photographers(entry)
    source = _child_text(entry, "source")
    agencies += [a for a in agencies_in(source) if a not in agencies]
    published = _child_text(entry, "pubDate", "published", "date", "issued")
    updated = _child_text(entry, "updated", "modified")
    meta = {"published": rfc822_date(published) if published and published[:1].isalpha()
            else date_value(published),
            "updated": date_value(updated),
            "reporters": reporters, "agencies": agencies, "photographers": photographers,
            "agencies_fallback": list(feed_agencies),
            # (the channel's language is a template's, as a page's lang attribute is: a long
            # item plainly in another language is read as that one, a Swahili item of an
            # en-US feed)
            "language": language_code(_child_text(entry, "language"))
            or (_check_language(feed_lang, f"{title}\n{body}") if feed_lang else None),
            "source": source if source and not agencies_in(source) else None,
            "url": link if link.startswith(("http://", "https://")) else None}
    if meta["updated"] == meta["published"]:
        meta["updated"] = None
    return make_part(title, body, meta, head=head)


def _media_photographers(entry) -> list[str]:
    """The people a Media RSS credit names as photographers (``<media:credit
    role="photographer">EFE/Jo Roe</media:credit>``); the picture's agency is not the story's."""
    credits = [e for e in entry.iter() if str(e.tag) == MEDIA_RSS_NS + "credit"
               and (e.get("role") or "photographer").casefold() in MEDIA_PHOTO_ROLES]
    if not credits:
        return []
    # "EFE/Archivo", "AP/File", "Foto: Archiv": the agency's picture archive, no one's name
    return [name for name in split_authors([text_of(e) for e in credits])[0]
            if not any(w.casefold() in PHOTO_ORG_NAME_WORDS for w in name.split())]


#: The words of an organisation's photo credit (vocab.PHOTO_ORG_WORDS) that no person's
#: name holds: its particles ("de", "of") are left out.
PHOTO_ORG_NAME_WORDS = frozenset(vocab.PHOTO_ORG_WORDS) - {"de", "of", "du", "der", "par"}


def _first(node, name: str):
    found = children(node, name)
    return found[0] if found else None


def _signature_head(authors: list[str]) -> str:
    """The creators the author rules find no name in that are signatures of parts (name,
    role, place: "Ana Lima - Repórter da Agência Brasil"), as lines to go above the text
    where the byline rules read them, as the JSON reader does; "" when there are none.

    >>> _signature_head(["Ana Lima - Repórter da Agência Brasil", "Reuters"])
    'Ana Lima - Repórter da Agência Brasil'
    """
    return "\n".join(a.strip() for a in authors
                     if a and SIGNATURE_PARTS_RE.search(a) and not split_authors([a])[0])
