"""NewsML-G2 reader: each text <newsItem> -> one story (contentMeta headline, creator and
contributor roles, by and creditline, dateline / located, firstCreated and versionCreated, language, the body
in contentSet's inlineXML (NITF or XHTML) or inlineData)."""
from __future__ import annotations

from typing import Iterator

from .base import (Part, agencies_in, block_text, byline_people, children, date_value,
                   dateline_meta, find_all, find_first, html_fragment_to_text, language_code,
                   local, looks_like_html, make_part, picture_photographers, split_authors,
                   text_of)
from .nitf import XML_LANG, nitf_part

G2_ROOTS = frozenset({"newsMessage", "newsItem", "packageItem", "knowledgeItem",
                      "conceptItem", "planningItem", "catalog"})
# itemClass qcodes of items that hold no story text.
NON_TEXT_CLASSES = ("picture", "graphic", "video", "audio", "animated", "package", "composite")
HEADLINE_ROLES_SKIPPED = ("sub", "short", "alt", "teaser", "kicker")
FIRST_VERSION = "1"     # an item's version attribute as first sent


def newsml_parts(root) -> Iterator[Part]:
    """One Part per newsItem that carries text (pictures and videos are skipped)."""
    items = [root] if local(root.tag) == "newsItem" else find_all(root, "newsItem")
    for item in items:
        part = newsml_item(item)
        if part is not None:
            yield part


def _first_child(node, name: str):
    found = children(node, name) if node is not None else []
    return found[0] if found else None


def newsml_item(item) -> Part | None:
    item_meta = _first_child(item, "itemMeta")
    content_meta = _first_child(item, "contentMeta")
    content_set = _first_child(item, "contentSet")
    item_class = _first_child(item_meta, "itemClass")
    cls = (item_class.get("qcode") or item_class.get("uri") or "") if item_class is not None else ""

    body, inner = _body(content_set)
    if not body and any(w in cls.lower() for w in NON_TEXT_CLASSES):
        return None

    def dated(parent, name: str) -> str | None:
        e = _first_child(parent, name)
        return date_value(text_of(e)) if e is not None else None

    meta: dict = {
        "published": dated(item_meta, "firstCreated") or dated(content_meta, "contentCreated"),
        "updated": dated(item_meta, "versionCreated") or dated(content_meta, "contentModified"),
        "reporters": [], "editors": [], "translators": [], "photographers": [], "agencies": []}
    if meta["updated"] and meta["updated"] == meta["published"]:
        meta["updated"] = None
    if meta["published"] is None and item.get("version", "").strip() == FIRST_VERSION:
        # <newsItem version="1"> with no firstCreated: its versionCreated is when the story
        # first ran, and nothing has changed it since
        meta["published"], meta["updated"] = meta["updated"], None

    lang = _first_child(content_meta, "language")
    meta["language"] = language_code(lang.get("tag") if lang is not None else None) \
        or language_code(item.get(XML_LANG)) or inner.get("language")

    for tag in ("creator", "contributor"):
        for person in children(content_meta, tag) if content_meta is not None else []:
            # its name in <name> (the standard's form), in literal, or as its own text when it
            # has no child elements (<contributor role="editor">Jo Roe</contributor>)
            name = text_of(_first_child(person, "name")) or person.get("literal") \
                or (text_of(person) if not len(person) else "") or ""
            field = _role_field(person.get("role") or "", "reporters")
            people, agencies = split_authors(name)
            if not people and not agencies:
                agencies = agencies_in(person.get("qcode"))
            _extend(meta[field], people)
            _extend(meta["agencies"], agencies)
    # <by> is the byline as written, in the story's language ("Von Sabine Krüger, dpa",
    # "Par Jean Dupont (AFP)"); dpa and AFP send it instead of <creator> or beside it.
    for by in children(content_meta, "by") if content_meta is not None else []:
        people, agencies = byline_people(text_of(by))
        _extend(meta["reporters"], people)
        _extend(meta["agencies"], agencies)
    for credit in children(content_meta, "creditline") if content_meta is not None else []:
        _extend(meta["agencies"], agencies_in(text_of(credit)))
    provider = _first_child(item_meta, "provider")
    if provider is not None:
        _extend(meta["agencies"], agencies_in(text_of(_first_child(provider, "name")),
                                              provider.get("literal"), provider.get("qcode")))
    for source in children(content_meta, "infoSource") if content_meta is not None else []:
        _extend(meta["agencies"], agencies_in(text_of(_first_child(source, "name")),
                                              source.get("literal"), source.get("qcode")))
    if item_meta is not None:
        _extend(meta["photographers"], _link_photographers(item_meta))
        # the item's own page, as an agency's feed links it: <link rel="canonical" href="https://...">
        page = next((link.get("href") for link in children(item_meta, "link")
                     if (link.get("rel") or "").strip().lower() in CANONICAL_RELS
                     and (link.get("href") or "").startswith(("http://", "https://"))), None)
        if page:
            meta["url"] = page.strip()
    for fld in ("reporters", "agencies", "photographers"):
        if not meta[fld]:
            meta[fld] = inner.get(fld, [])

    dateline = text_of(_first_child(content_meta, "dateline"))
    located = _first_child(content_meta, "located")
    place = text_of(_first_child(located, "name")) or (located.get("literal") if located is not None else "")
    dl = dateline_meta(dateline or place, body)
    if dl and place and dateline:
        from .. import normalize
        dl["cities"] = [normalize.normalize_city(place)]
    _extend(meta["agencies"], dl.pop("agencies", []))
    meta.update(dl or {k: inner[k] for k in ("dateline", "cities", "region") if k in inner})

    title = _headline(content_meta) or inner.get("title") \
        or text_of(_first_child(content_meta, "slugline"))
    return make_part(title, body, meta)


# A link's relation naming the item's own page ("canonical", as a web page's <link> says it)
CANONICAL_RELS = frozenset(("canonical", "irel:canonical"))
# A link's child that names the linked picture's photographer: <by> (AFP), an agency's own
# <photographer> or <creator> in its namespace (ANP's <anp:photographer>), or the picture's
# <creditline> ("Jo Roe / AFP": its agency is no person, split off)
PICTURE_BY_NAMES = frozenset(("by", "photographer", "creator", "byline", "creditline"))
# ...and the children holding its caption, whose closing credit names the photographer
PICTURE_CAPTION_NAMES = frozenset(("description", "caption"))


def _link_photographers(item_meta) -> list[str]:
    """The photographers of the pictures the item links to (``<link contenttype="image/jpeg">``
    in itemMeta): the link's by or photographer child, else its caption's credit."""
    names: list[str] = []
    for link in children(item_meta, "link"):
        if not (link.get("contenttype") or "").strip().lower().startswith("image/"):
            continue
        kids = [(local(c.tag).lower(), text_of(c)) for c in link if isinstance(c.tag, str)]
        _extend(names, picture_photographers([t for n, t in kids if n in PICTURE_BY_NAMES],
                                             [t for n, t in kids if n in PICTURE_CAPTION_NAMES]))
    return names


def _extend(seq: list, items) -> None:
    """Add the new items; a name met before in other capitals is not new (<creator> gives
    "Élise Marchand", <by> "Par Élise MARCHAND (AFP)")."""
    for x in items:
        if x and x.casefold() not in {y.casefold() for y in seq}:
            seq.append(x)


def _role_field(role: str, default: str) -> str:
    """The Story field for a creator or contributor role qcode ("crol:editor", "ctrol:photographer")."""
    r = role.lower()
    if "photo" in r or "camera" in r:
        return "photographers"
    if "transl" in r:
        return "translators"
    if "edit" in r or "sub" in r:
        return "editors"
    return default


def _headline(content_meta) -> str:
    heads = children(content_meta, "headline") if content_meta is not None else []
    for h in heads:
        if not any(w in (h.get("role") or "").lower() for w in HEADLINE_ROLES_SKIPPED):
            return text_of(h)
    return text_of(heads[0]) if heads else ""


def _body(content_set) -> tuple[str, dict]:
    """(body text, meta of an inner NITF document) from contentSet: inlineXML before inlineData."""
    if content_set is None:
        return "", {}
    for inline in children(content_set, "inlineXML"):
        nitf = find_first(inline, "nitf")
        if nitf is not None:
            part = nitf_part(nitf)
            title = part.meta.get("title")
            text = part.text
            if title and text.startswith(title):
                text = text[len(title):].lstrip()
            return text, part.meta
        body = find_first(inline, "body")
        text = block_text(body if body is not None else inline)
        if text:
            return text, {}
    for inline in children(content_set, "inlineData"):
        raw = "".join(inline.itertext()).strip()
        if raw:
            return (html_fragment_to_text(raw) if looks_like_html(raw) else raw), {}
    return "", {}
