"""XML of a root no story format names (an archive's own export: ``<archiv><zprava>``,
``<mti_export><hir>``, ``<pti_archive><story>``): its elements read as JSON records.

Each element is an object of its attributes and its children by their local names, so the
JSON reader's key vocabulary (jsonfeed.record_part, vocab.STORY_KEY_ALIASES) maps
``<titulek>``, ``<szoveg>`` or ``kiadva="..."`` as it maps the same names in JSON keys and
CSV columns. The stories are the outermost elements whose children or attributes name a
title or a text; the attributes of the elements around them (an export's
``<archiv zdroj="ČTK">``) come after each story's own. A document with no such element is
read as the plain text of its elements, one story.
"""
from __future__ import annotations

from typing import Iterator

from .base import Part, block_text, local

# HTML markup inside a text element: such an element's text is read as a page's block.
# (Only HTML's names: an export's own <byline> or <dateline> is a field, not markup.)
MARKUP_TAGS = frozenset({"p", "br", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
                         "blockquote", "pre", "table", "tr", "td", "hr", "b", "i", "em", "strong",
                         "a", "span", "u", "sup", "sub", "small"})
# A leaf's attribute that qualifies its time with a zone: <time zone="IST">15:42</time>
# (or its offset, in the feed's own language: LaPresse's <dataora fuso="+02:00">, Italian and
# Portuguese 'fuso orario'/'fuso horário', Spanish 'huso horario', French 'fuseau', German 'Zeitzone')
ZONE_ATTRIBUTES = ("zone", "timezone", "tz", "fuso", "fusoorario", "fusohorario", "huso", "husohorario",
                   "fuseau", "fuseauhoraire", "zeitzone")
MAX_DEPTH = 12          # a story sits a few levels down; deeper is no export of stories
# XMP's RDF containers around a property's values: <dc:title><rdf:Alt><rdf:li xml:lang=
# "x-default">...</rdf:li></rdf:Alt></dc:title> (one text in its languages), <rdf:Seq> (an
# ordered list: dc:creator's names), <rdf:Bag> (keywords): the value is the text or the list.
RDF_NS = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDF_CONTAINERS = frozenset(f"{{{RDF_NS}}}{name}" for name in ("Alt", "Seq", "Bag"))
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
# The namespaces of a photo's metadata (Photoshop's and IPTC's XMP schemas, EXIF's, TIFF's):
# an rdf:Description with a property in one describes a picture, whose dc:creator is the
# photographer, not a writer.
PHOTO_XMP_NAMESPACES = ("http://ns.adobe.com/photoshop/1.0/", "http://iptc.org/std/Iptc4xmpCore/",
                        "http://iptc.org/std/Iptc4xmpExt/", "http://ns.adobe.com/exif/1.0/",
                        "http://ns.adobe.com/tiff/1.0/")


def xml_record_parts(root) -> Iterator[Part]:
    """One Part per story element of ``root``; the document's text as one story when no
    element names a title or a text."""
    from .jsonfeed import record_part
    found = False
    for node, outer in _story_nodes(root, {}, 0):
        found = True
        head = _split_record_head(node)
        if head is not None:
            # a database's record (ProQuest's <RECORD>: <Obj> of the title, the date and the
            # author, the text in <TextInfo> beside it): one story of its parts
            record = _flat(node, xml_record(head), head)
        else:
            record = xml_record(node)
        if node.tag == f"{{{RDF_NS}}}Description" and "creator" in record and _photo_xmp(node):
            record["photographer"] = record.pop("creator")
        for k, v in outer.items():
            record.setdefault(k, v)
        yield record_part(record)
    if not found:
        text = "\n\n".join(_paragraphs(root, 0))
        if text.strip():
            yield Part(text=text)


def _paragraphs(node, depth: int) -> Iterator[str]:
    """The texts of an element's leaves and blocks of markup, one paragraph each.

    >>> from lxml import etree
    >>> list(_paragraphs(etree.fromstring("<a><k>Head</k><m><p>One <b>two</b>.</p></m></a>"), 0))
    ['Head', 'One two.']
    """
    kids = [c for c in node if isinstance(c.tag, str)]
    if not kids or depth >= MAX_DEPTH or (node.text or "").strip() \
            or any(local(c.tag).lower() in MARKUP_TAGS for c in kids):
        text = _leaf_text(node) if not kids else block_text(node)
        if text.strip():
            yield text.strip()
        return
    for child in kids:
        yield from _paragraphs(child, depth + 1)


def _split_record_head(node):
    """The part of a record that names its title when the record sets its title and its text
    in parts of different names (ProQuest's <Obj> and <TextInfo>), else None; the parts of an
    export of several stories share one name (<story>, <story>)."""
    from .jsonfeed import TEXT_KEYS, HTML_KEYS, _key
    parts = [c for c in node if isinstance(c.tag, str) and len(c)]
    if len(parts) < 2 or len({c.tag for c in parts}) < len(parts):
        return None
    named = [c for c in parts if _names_story(c) or any(_names_story(g) for g in c if isinstance(g.tag, str))]
    if len(named) < 2:
        return None
    head = named[0]
    if not _names_story(head) or _names_text(xml_record(head)):
        return None
    texts = [k for c in named[1:] for k in _flat(c, {})]
    return head if any(_key(k) in TEXT_KEYS or _key(k) in HTML_KEYS for k in texts) else None


def _story_nodes(node, outer: dict, depth: int) -> Iterator[tuple[object, dict]]:
    """(element, its ancestors' attributes) for the outermost story elements under ``node``."""
    if _names_story(node) or _split_record_head(node) is not None:
        yield node, outer
        return
    if depth >= MAX_DEPTH:
        return
    attrs = dict(outer)
    for k, v in node.attrib.items():
        attrs.setdefault(local(k), v)
    for child in node:
        if isinstance(child.tag, str) and len(child):
            yield from _story_nodes(child, attrs, depth + 1)


def _names_story(node) -> bool:
    """An element whose children or attributes name a title or a text that holds something.

    >>> from lxml import etree
    >>> _names_story(etree.fromstring("<hir><cim>A new dock</cim><x/></hir>"))
    True
    >>> _names_story(etree.fromstring("<export><hir><cim>A new dock</cim></hir></export>"))
    False
    >>> _names_story(etree.fromstring("<archive><story><headline>A</headline><text>B.</text></story></archive>"))
    False
    """
    from .jsonfeed import STORY_KEYS, _key
    for child in node:
        if isinstance(child.tag, str) and _key(local(child.tag)) in STORY_KEYS:
            value = _value(child)       # a text, not an element of fields (<story><headline>...)
            if value and (isinstance(value, str)
                          or isinstance(value, list) and all(isinstance(x, str) for x in value)):
                return True
    return any(_key(local(k)) in STORY_KEYS and v.strip() for k, v in node.attrib.items())


def xml_record(node) -> dict:
    """An element as a JSON object: its attributes, then its children by local name (a name
    repeated is a list).

    >>> from lxml import etree
    >>> xml_record(etree.fromstring('<hir kiadva="2020-01-02"><cim>T</cim><szoveg><bekezdes>A.</bekezdes>'
    ...                             '<bekezdes>B.</bekezdes></szoveg><time zone="IST">15:42</time></hir>'))
    {'kiadva': '2020-01-02', 'cim': 'T', 'szoveg': ['A.', 'B.'], 'time': '15:42 IST'}
    """
    record: dict = {local(k): v for k, v in node.attrib.items() if v.strip()}
    repeated: set[str] = set()
    for child in node:
        if not isinstance(child.tag, str):
            continue
        name, value = local(child.tag), _value(child)
        if value in (None, "", [], {}):
            continue
        if name in repeated:
            held = record[name]
            record[name] = (held if isinstance(held, list) else [held]) + [value]
        else:
            record[name] = value        # (a child's value over its parent's attribute of the name)
            repeated.add(name)
    return record


def _names_text(record: dict) -> bool:
    from .jsonfeed import TEXT_KEYS, HTML_KEYS, _key
    return any(_key(k) in TEXT_KEYS or _key(k) in HTML_KEYS for k in record)


def _flat(element, out: dict, skip=None, depth: int = 0) -> dict:
    """``out`` with the leaves under ``element`` (but ``skip``'s) by their own names, a name
    once (the first kept).

    >>> from lxml import etree
    >>> root = etree.fromstring("<R><Obj><Title>T</Title></Obj><P><Title>Src</Title></P><TextInfo><Text>A.</Text></TextInfo></R>")
    >>> _flat(root, {"Title": "T"}, root[0])
    {'Title': 'T', 'Text': 'A.'}
    """
    for child in element:
        if not isinstance(child.tag, str) or child is skip:
            continue
        kids = [c for c in child if isinstance(c.tag, str)]
        if kids and depth < MAX_DEPTH and not any(local(c.tag).lower() in MARKUP_TAGS for c in kids):
            _flat(child, out, None, depth + 1)
            continue
        value = _value(child)
        if value not in (None, "", [], {}):
            out.setdefault(local(child.tag), value)
    return out


def _photo_xmp(node) -> bool:
    """An XMP rdf:Description of a picture: an attribute or a child in a photo schema's
    namespace (PHOTO_XMP_NAMESPACES)."""
    names = [k for k in node.attrib] + [c.tag for c in node if isinstance(c.tag, str)]
    return any(n.startswith("{" + ns) for n in names for ns in PHOTO_XMP_NAMESPACES)


def _rdf_items(container):
    """An RDF container's value: rdf:Alt's default language's text (or its first), the texts
    of rdf:Seq's or rdf:Bag's items (one alone as its text).

    >>> from lxml import etree
    >>> rdf = 'xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"'
    >>> _value(etree.fromstring(f'<t {rdf}><rdf:Alt><rdf:li xml:lang="de">Hafen</rdf:li>'
    ...                         f'<rdf:li xml:lang="x-default">Port</rdf:li></rdf:Alt></t>'))
    'Port'
    >>> _value(etree.fromstring(f'<c {rdf}><rdf:Seq><rdf:li>Jo Roe</rdf:li><rdf:li>Al Poe</rdf:li></rdf:Seq></c>'))
    ['Jo Roe', 'Al Poe']
    """
    items = [li for li in container if isinstance(li.tag, str)]
    if container.tag.endswith("}Alt"):
        items = [li for li in items if li.get(XML_LANG) == "x-default"] or items[:1]
    texts = [t for t in (_leaf_text(li) for li in items) if t]
    return texts[0] if len(texts) == 1 else texts


def _value(node):
    """An element's value: the text of a leaf (its zone attribute after it) or of a block of
    markup, the texts of a run of like leaves (paragraphs), or an object of its children."""
    kids = [c for c in node if isinstance(c.tag, str)]
    if len(kids) == 1 and kids[0].tag in RDF_CONTAINERS:
        return _rdf_items(kids[0])
    if not kids:
        text = _leaf_text(node)
        zone = next((node.get(a) for a in ZONE_ATTRIBUTES if node.get(a)), None)
        if text and zone:
            return f"{text} {zone.strip()}"
        if not text and node.attrib:
            return {local(k): v for k, v in node.attrib.items()}     # <link href="..."/>
        return text
    if any(local(c.tag).lower() in MARKUP_TAGS for c in kids) or (node.text or "").strip():
        return block_text(node)
    if len({local(c.tag) for c in kids}) == 1 and not any(len(c) for c in kids):
        return [t for t in (_leaf_text(c) for c in kids) if t]       # <odstavec>, <bekezdes>
    return xml_record(node)


def _leaf_text(node) -> str:
    """A leaf's text, each line trimmed, blank lines kept between paragraphs."""
    raw = "".join(node.itertext())
    if "\n" not in raw:
        return raw.strip()
    return "\n".join(line.strip() for line in raw.strip().splitlines())
