"""NITF 3.x reader: each <nitf> element -> one story (hl1, byline, dateline, date.issue, body.content).

Also reads the NITF that NewsML 1 envelopes and NewsML-G2 inlineXML carry.
"""
from __future__ import annotations

from typing import Iterator

from .base import (Part, agencies_in, block_text, byline_people, children, date_value,
                   dateline_meta, find_all, find_first, local, make_part, picture_photographers,
                   text_of)

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def nitf_parts(root) -> Iterator[Part]:
    """One Part per <nitf> element under (or at) root."""
    items = [root] if local(root.tag) == "nitf" else find_all(root, "nitf")
    for nitf in items:
        yield nitf_part(nitf)


def nitf_part(nitf) -> Part:
    head = find_first(nitf, "head")
    body = find_first(nitf, "body")
    body_head = find_first(body, "body.head") if body is not None else None
    content = find_first(body, "body.content") if body is not None else None
    text = block_text(content) if content is not None else ""
    if not text and body is not None and body_head is None:
        text = block_text(body)
    ending = find_first(body, "body.end") if body is not None else None
    tail = block_text(ending) if ending is not None else ""

    title = text_of(find_first(body_head, "hl1")) if body_head is not None else ""
    title = title or (text_of(find_first(head, "title")) if head is not None else "")

    docdata = find_first(head, "docdata") if head is not None else None
    published = _norm_date(docdata, "date.issue") or _norm_date(body_head, "story.date") \
        or _norm_date(docdata, "date.release")
    meta: dict = {"published": published, "updated": _meta_updated(head), "reporters": [],
                  "agencies": [], "language": _lang(nitf, body, head)}
    release = _norm_date(docdata, "date.release")
    if not meta["updated"] and release and published and release > published and _later_version(docdata):
        # a later version of the item (<du-key version="2">): its release stamp is when that
        # version went out, after the first issue's (Jiji's NITF, its tagline's time the same)
        meta["updated"] = release

    holder = find_first(docdata, "doc.copyright") if docdata is not None else None
    # every <distributor>: a story two agencies moved carries one element each
    distributors = [text_of(d) for d in find_all(body_head, "distributor")] \
        if body_head is not None else []
    meta["agencies"] = agencies_in(
        *distributors, holder.get("holder") if holder is not None else None)
    for byline in find_all(body_head, "byline") if body_head is not None else []:
        persons = [text_of(p) for p in find_all(byline, "person")]
        if persons:
            reporters, agencies = byline_people(", ".join(persons))
            agencies += agencies_in(*(text_of(t) for t in find_all(byline, "byttl")))
        else:
            # (its pieces apart: "By ERIN ROE<byttl>Associated Press Writer</byttl>" glued
            # would run the name into the title)
            reporters, agencies = byline_people(" ".join(" ".join(byline.itertext()).split()))
        _extend(meta["reporters"], reporters)
        _extend(meta["agencies"], agencies)

    dateline = find_first(body_head, "dateline") if body_head is not None else None
    if dateline is not None:
        meta.update(_dateline(dateline, text, meta["agencies"]))
    meta["photographers"] = _media_photographers(body) if body is not None else []
    return make_part(title, text, meta, tail=tail)


# <media media-type="image">: a picture, whose <media-producer> is its photographer (a video's
# or an audio's producer is no photographer)
PICTURE_MEDIA_TYPES = frozenset(("image", "photo", "picture"))


def _media_photographers(body) -> list[str]:
    """The photographers of the body's pictures: each picture's <media-producer>, else the
    credit closing its <media-caption>."""
    names: list[str] = []
    for media in find_all(body, "media"):
        if (media.get("media-type") or "").strip().lower() not in PICTURE_MEDIA_TYPES:
            continue
        _extend(names, picture_photographers([text_of(p) for p in children(media, "media-producer")],
                                             [text_of(c) for c in children(media, "media-caption")]))
    return names


def _meta_updated(head) -> str | None:
    """The update a <head>'s <meta> names, by the JSON reader's update keys after the
    agency's prefix: AFP's <meta name="afp:updated" content="2024-08-02T10:15:00Z"/> (NITF
    itself has no element for a later version's time)."""
    if head is None:
        return None
    from .jsonfeed import UPDATED_KEYS, _norm
    for m in children(head, "meta"):
        name = _norm((m.get("name") or "").rpartition(":")[2])
        if name in UPDATED_KEYS and m.get("content"):
            return date_value(m.get("content"))
    return None


def _extend(seq: list, items) -> None:
    for x in items:
        if x and x not in seq:
            seq.append(x)


def _norm_date(parent, name: str) -> str | None:
    if parent is None:
        return None
    e = find_first(parent, name)
    if e is None:
        return None
    return date_value(e.get("norm") or text_of(e))


def _later_version(docdata) -> bool:
    """Whether the item is a later version than its first (<du-key version="2">)."""
    key = find_first(docdata, "du-key") if docdata is not None else None
    version = (key.get("version") or "").strip() if key is not None else ""
    return version.isdigit() and int(version) > 1


def _lang(*nodes) -> str | None:
    from .base import language_code
    for n in nodes:
        if n is not None:
            code = language_code(n.get(XML_LANG) or n.get("lang"))
            if code:
                return code
    return None


def _dateline(dateline, body: str, agencies: list[str]) -> dict:
    """Dateline meta from <dateline>: its <location>/<city> when tagged, else its text."""
    written = text_of(dateline)
    city = find_first(dateline, "city")
    meta = dateline_meta(written, body)
    if not meta:
        return {}
    if city is not None and text_of(city):
        from .. import normalize
        meta["cities"] = [normalize.normalize_city(text_of(city))]
        region = next((text_of(e) for e in (find_first(dateline, "state"),
                                            find_first(dateline, "country")) if e is not None
                       and text_of(e)), None)
        meta.pop("region", None)
        if region:
            meta["region"] = region
    _extend(agencies, meta.pop("agencies", []))
    return meta

