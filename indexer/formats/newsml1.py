"""NewsML 1.x reader: each <NewsItem> with text -> one story (NewsLines HeadLine, ByLine,
DateLine, CreditLine; AdministrativeMetadata Provider / Creator; DescriptiveMetadata
Language and Location; NewsManagement FirstCreated / ThisRevisionCreated; the body from the
first text ContentItem's DataContent: NITF, XHTML or plain text).

The NITF inside supplies what the envelope leaves out (AFP puts the byline in NewsLines and
only paragraphs in the NITF; others put everything in the NITF).
"""
from __future__ import annotations

from typing import Iterator

from .base import (Part, agencies_in, block_text, byline_people, children, date_value,
                   dateline_meta, find_all, find_first, html_fragment_to_text, language_code,
                   local, looks_like_html, make_part, picture_photographers, text_of)
from .nitf import nitf_part

NEWSML1_ROOTS = frozenset({"NewsML", "NewsItem"})   # capitals: NewsML-G2 writes "newsItem"
# MediaType / MimeType values of components that are no story text.
NON_TEXT_MEDIA = ("photo", "picture", "image", "graphic", "video", "audio", "jpeg", "png")


def newsml1_parts(root) -> Iterator[Part]:
    """One Part per <NewsItem> that carries text (photo-only items are skipped)."""
    items = [root] if local(root.tag) == "NewsItem" else find_all(root, "NewsItem")
    for item in items:
        part = newsml1_item(item)
        if part is not None:
            yield part


def newsml1_item(item) -> Part | None:
    content = _text_content(item)
    if content is None:
        return None
    body, inner = _body(content)
    # The component holding the text, then its ancestors: the nearest NewsLines win.
    comps = [e for e in content.iterancestors() if local(e.tag) == "NewsComponent"]

    def nearest(name: str):
        for comp in comps:
            for block in children(comp, "NewsLines") + children(comp, "AdministrativeMetadata") \
                    + children(comp, "DescriptiveMetadata"):
                found = children(block, name)
                if found:
                    return found
        return []

    management = find_first(item, "NewsManagement")
    first = find_first(management, "FirstCreated") if management is not None else None
    revised = find_first(management, "ThisRevisionCreated") if management is not None else None
    published = date_value(text_of(first)) or inner.get("published")
    updated = date_value(text_of(revised))
    meta: dict = {"published": published,
                  "updated": updated if updated and updated != published else None,
                  "reporters": list(inner.get("reporters", [])),
                  "agencies": list(inner.get("agencies", []))}

    for line in nearest("ByLine"):
        people, agencies = byline_people(text_of(line))
        _extend(meta["reporters"], people)
        _extend(meta["agencies"], agencies)
    for creator in nearest("Creator"):
        for party in children(creator, "Party"):
            people, agencies = byline_people(party.get("FormalName") or "")
            _extend(meta["reporters"], people)
            _extend(meta["agencies"], agencies)
    _extend(meta["agencies"], agencies_in(
        *(text_of(e) for e in nearest("CreditLine")),
        *(p.get("FormalName") for e in nearest("Provider") + nearest("Source")
          for p in children(e, "Party"))))

    lang = nearest("Language")
    meta["language"] = (language_code(lang[0].get("FormalName")) if lang else None) \
        or inner.get("language")

    dateline = " ".join(text_of(e) for e in nearest("DateLine")[:1])
    city = next((p.get("Value") for loc in nearest("Location") for p in children(loc, "Property")
                 if (p.get("FormalName") or "").lower() == "city" and p.get("Value")), None)
    dl = dateline_meta(dateline or city, body)
    if dl and city and dateline and not dl.get("cities"):
        from .. import normalize
        dl["cities"] = [normalize.normalize_city(city)]
    _extend(meta["agencies"], dl.pop("agencies", []))
    meta.update(dl or {k: inner[k] for k in ("dateline", "cities", "region") if k in inner})

    meta["photographers"] = _picture_photographers(item, comps) or list(inner.get("photographers", []))

    heads = nearest("HeadLine")
    title = (text_of(heads[0]) if heads else "") or inner.get("title")
    return make_part(title, body, meta)


# A component's Role or MediaType naming a picture: its NewsLines credit its photographer.
PICTURE_MEDIA = ("photo", "picture", "image")


def _picture_photographers(item, text_comps: list) -> list[str]:
    """The photographers of the item's picture components (<Role FormalName="Photo"> or a
    ContentItem of MediaType Photo): their NewsLines' ByLine or CreditLine ("AFP PHOTO/Jo
    Roe"), its agency no person. The text's own components and their NewsLines are not read."""
    names: list[str] = []
    for comp in find_all(item, "NewsComponent"):
        if comp in text_comps:
            continue
        kinds = " ".join((e.get("FormalName") or "").lower() for e in children(comp, "Role")
                         + [m for c in children(comp, "ContentItem") for m in children(c, "MediaType")])
        if not any(w in kinds for w in PICTURE_MEDIA):
            continue
        credits = [text_of(e) for block in children(comp, "NewsLines")
                   for name in ("ByLine", "CreditLine") for e in children(block, name)]
        _extend(names, picture_photographers(credits, []))
    return names


def _extend(seq: list, items) -> None:
    for x in items:
        if x and x.casefold() not in {y.casefold() for y in seq}:
            seq.append(x)


def _text_content(item):
    """The first ContentItem with text in its DataContent, or None."""
    for content in find_all(item, "ContentItem"):
        kinds = " ".join((e.get("FormalName") or "").lower() for name in ("MediaType", "MimeType")
                         for e in children(content, name))
        data = children(content, "DataContent")
        if not data or any(w in kinds for w in NON_TEXT_MEDIA):
            continue
        if len(data[0]) or (data[0].text or "").strip():
            return content
    return None


def _body(content) -> tuple[str, dict]:
    """(body text, meta of an inner NITF) from a ContentItem's DataContent."""
    data = children(content, "DataContent")[0]
    nitf = find_first(data, "nitf")
    if nitf is not None:
        part = nitf_part(nitf)
        if part.error:
            return "", {}
        title = part.meta.get("title")
        text = part.text
        if title and text.startswith(title):
            text = text[len(title):].lstrip()
        return text, part.meta
    if len(data):
        body = find_first(data, "body")
        return block_text(body if body is not None else data), {}
    raw = (data.text or "").strip()
    return (html_fragment_to_text(raw) if looks_like_html(raw) else raw), {}
