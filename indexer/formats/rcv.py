"""Reuters Corpus reader (RCV1 English, RCV2 other languages): one <newsitem> per file -> one
story (headline, byline, dateline place, date / dc.date.created, xml:lang, Reuters from the
dc.source / dc.publisher / copyright credits, body from <text>).

The corpus gives every story in the same shape::

    <newsitem itemid="..." id="root" date="1996-08-20" xml:lang="en">
      <title>PHILIPPINES: Peso slips.</title> <headline>Peso slips.</headline>
      <byline>By Jane Roe</byline> <dateline>MANILA 1996-08-20</dateline>
      <text><p>...</p></text> <copyright>(c) Reuters Limited 1996</copyright>
      <metadata><codes .../><dc element="dc.date.created" value="1996-08-20"/>...</metadata>
    </newsitem>
"""
from __future__ import annotations

import re
from typing import Iterator

from .base import (Part, agencies_in, block_text, byline_people, children, dateline_meta,
                   find_all, language_code, local, make_part, text_of)
from .nitf import XML_LANG

RCV_ROOT = "newsitem"     # lower case: NewsML-G2's <newsItem> is another format
MAX_TITLE_CODE_CHARS = 40   # "BOSNIA-HERZEGOVINA: " is long; a capitals run past this is headline
# <dateline> is the place, then the day the corpus dates the story: "MANILA 1996-08-20",
# "SAO PAULO 1997-03-02"; sometimes the place alone or nothing.
RCV_DATELINE_DATE_RE = re.compile(r"[\s,]*\d{4}-\d\d-\d\d\s*$")
# The desk's contact line closing the text: "-- Manila newsroom (632) 841-8935",
# "-- Jane Roe, London Newsroom +44 171 542 0000". Not story text.
RCV_CONTACT_RE = re.compile(
    r"^-{1,2}\s*(?:(?P<who>[^,]{3,60}),\s*)?[^,]*\b(?:newsroom|bureau|desk|rédaction|"
    r"redaktion|redacción|redazione)\b.*$", re.IGNORECASE)


def sniff_rcv(name: str) -> bool:
    """An XML root that is a Reuters Corpus story (the root's local name, case kept)."""
    return name == RCV_ROOT


def rcv_parts(root) -> Iterator[Part]:
    """One Part per <newsitem> at or under root (the corpus has one per file)."""
    items = [root] if local(root.tag) == RCV_ROOT else find_all(root, RCV_ROOT)
    for item in items:
        yield rcv_part(item)


def rcv_part(item) -> Part:
    dc = _dublin_core(item)
    body, contact = _body(_child(item, "text"))

    title = _headline_stop(text_of(_child(item, "headline"))
                           or _title_without_codes(text_of(_child(item, "title"))))

    meta: dict = {
        "published": dc.get("dc.date.created") or item.get("date") or dc.get("dc.date.published"),
        "language": language_code(item.get(XML_LANG) or dc.get("dc.language")),
        "reporters": [], "agencies": []}
    reporters, agencies = byline_people(text_of(_child(item, "byline")))
    _extend(meta["reporters"], reporters)
    if contact:
        _extend(meta["reporters"], byline_people(contact)[0])
    _extend(meta["agencies"], agencies)
    _extend(meta["agencies"], agencies_in(dc.get("dc.source"), dc.get("dc.publisher"),
                                          text_of(_child(item, "copyright"))))

    written = text_of(_child(item, "dateline"))
    place = RCV_DATELINE_DATE_RE.sub("", written) or dc.get("dc.creator.location", "")
    dl = dateline_meta(place, body)
    if dl:
        dl["dateline"] = written or place
        _extend(meta["agencies"], dl.pop("agencies", []))
        meta.update(dl)
    return make_part(title, body, meta)


def _child(node, name: str):
    found = children(node, name)
    return found[0] if found else None


def _extend(seq: list, items) -> None:
    for x in items:
        if x and x not in seq:
            seq.append(x)


def _dublin_core(item) -> dict[str, str]:
    """The <metadata>'s ``<dc element="dc.x" value="..."/>`` pairs (the first of each element)."""
    out: dict[str, str] = {}
    for dc in find_all(item, "dc"):
        name, value = (dc.get("element") or "").strip().lower(), " ".join((dc.get("value") or "").split())
        if name and value and name not in out:
            out[name] = value
    return out


def _title_without_codes(title: str) -> str:
    """<title> without the country codes it puts before the headline.

    >>> _title_without_codes("USA: MEXICO: Peso firms."), _title_without_codes("ESPAÑA: Sube el paro.")
    ('Peso firms.', 'Sube el paro.')
    >>> _title_without_codes("UPDATE 1: Peso firms.")
    'UPDATE 1: Peso firms.'
    """
    while True:
        code, sep, rest = title.partition(": ")
        if not (sep and rest and code.isupper() and len(code) <= MAX_TITLE_CODE_CHARS
                and not any(c.isdigit() for c in code)):
            return title
        title = rest.lstrip()


def _headline_stop(title: str) -> str:
    """The headline without the corpus' closing full stop.

    >>> _headline_stop("Peso slips as jitters spread."), _headline_stop("Clinton to visit U.S.")
    ('Peso slips as jitters spread', 'Clinton to visit U.S.')
    """
    last = title.rsplit(" ", 1)[-1]
    if title.endswith(".") and not title.endswith("..") and last.count(".") == 1:
        return title[:-1]
    return title


def _body(text_node) -> tuple[str, str | None]:
    """(body, who the closing contact line names) from <text>; the contact line is dropped."""
    if text_node is None:
        return "", None
    paras = block_text(text_node).split("\n\n")
    who = None
    if paras:
        m = RCV_CONTACT_RE.match(paras[-1])
        if m:
            paras.pop()
            who = m["who"]
    return "\n\n".join(paras), who
