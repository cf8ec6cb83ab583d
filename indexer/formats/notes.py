"""Note-app clippings: a story saved as Markdown by a clipper -> its text and the meta the
note's own head gives. Two heads are read:

Front matter (Obsidian's Web Clipper, Jekyll, Hugo), a block of ``key: value`` lines between
``---`` lines at the very top::

    ---
    title: "Ferry line runs all year"
    source: "https://news.example/ferry"      (the story's address)
    author:
      - "[[Jo Park]]"
    published: 2024-03-05                     (the story's date)
    created: 2024-03-07                       (the day it was clipped: not the story's)
    ---

Notion's Markdown export: the page's name as a ``# `` heading, then its properties, one
``Name: value`` line each (``Created: March 6, 2024 9:14 AM``, ``Tags: ...``, ``URL: ...``).
Notion's own times there are the clip's, never the story's: those lines are dropped (the first
is kept as the meta "saved", the day the copy was kept), the address is kept as a URL line
for the head's rules, and the story's text starts after them.

MarkDownload's default template: the page's ``<title>`` as a ``# `` heading (the site's name
after a separator dropped, as for a page), then the page's description as a ``> ## Excerpt``
quote and a ``---`` rule; the story's text follows the rule. The excerpt is the site's
blurb, neither the title nor the text.
"""
from __future__ import annotations

import re

from .base import Part, make_part, split_authors

FRONT_MATTER_FENCE = "---"
MAX_FRONT_MATTER_LINES = 60     # a clipper's head is a few dozen lines; a longer one is text
FRONT_MATTER_LINE_RE = re.compile(r"^(?P<key>[A-Za-z][\w -]{0,30}?)\s*:(?:\s+(?P<value>.*?))?\s*$")
FRONT_MATTER_ITEM_RE = re.compile(r"^\s+-\s+(?P<value>.*?)\s*$")
# Front-matter keys -> the meta they give (the rest, "created", "tags", "description", are
# the clipper's own).
FRONT_MATTER_KEYS = {"title": "title", "source": "url", "url": "url", "link": "url",
                     "canonical": "url", "published": "published", "date": "published",
                     "author": "reporters", "authors": "reporters", "lang": "language",
                     "language": "language", "updated": "updated", "modified": "updated",
                     # read-later apps' exports (Omnivore's "date_published", Readwise's and
                     # Matter's "Published Date:", their "Full Title:")
                     "date published": "published", "published date": "published",
                     "full title": "title"}
# A note's own keys, which a head of a writer's note (no clipper's) holds alone: "created:
# 2024-03-07 09:12", "tags: [...]" (Obsidian, Logseq, Foam). The note's times, never the story's.
NOTE_OWN_KEYS = frozenset({"created", "tags", "aliases", "cssclass", "cssclasses", "date saved"})
# Beside the note's own "created", its "updated" / "modified" are the note's edits too (Joplin
# writes "updated: 2024-02-10 09:12:44Z" over "created: 2024-02-10 09:12:31Z"), not the story's.
NOTE_EDIT_KEYS = frozenset({"updated", "modified"})
# A read-later app's own day: when the story was saved (Omnivore's "date_saved", Readwise's
# "Saved Date"), a year-less dateline's year as a note's "created" is.
SAVED_KEYS = ("created", "date saved", "saved date", "saved")
# YAML's block scalars: the value on the indented lines below its key ("title: >-")
BLOCK_SCALAR_MARKS = frozenset((">", ">-", ">+", "|", "|-", "|+"))
# Joplin's own note fields: its front matter's "author" is the note's owner, no writer of the story.
JOPLIN_KEYS = frozenset({"latitude", "longitude", "altitude"})
# A note's own furniture above a story pasted into it: its headings ("# Notes for chapter 3",
# "## Article") and callouts ("> [!note] Check the figures").
NOTE_HEAD_LINE_RE = re.compile(r"^(?:#{1,6}[ \t]+\S.*|>[ \t]*\[![\w-]+\].*|>.*)$")
# Notion's property lines under the page's heading: "Created: ...", "Tags: a, b".
NOTION_HEADING_RE = re.compile(r"^#[ \t]+(?P<title>\S.*?)\s*$")
NOTION_PROPERTY_RE = re.compile(r"^(?P<key>[A-Z][\w ]{0,30}?)\s*:\s+(?P<value>\S.*?)\s*$")
# Notion's properties that hold the clip's times, not the story's.
NOTION_CLIP_KEYS = frozenset({"created", "created time", "last edited", "last edited time",
                              "date added", "saved", "clipped"})
NOTION_URL_KEYS = frozenset({"url", "source", "link"})
MAX_NOTION_PROPERTIES = 12
# MarkDownload's excerpt block: "> ## Excerpt", then "> " lines
EXCERPT_HEADING_RE = re.compile(r"^>[ \t]*#{1,6}[ \t]*Excerpt[ \t]*$", re.IGNORECASE)
# A read-later app's own sections in its export (Readwise, Matter, Omnivore): the story's
# metadata as a list, the reader's highlights and notes; the story's text is elsewhere.
METADATA_SECTION_NAMES = frozenset(("metadata", "metadaten", "métadonnées", "metadatos", "metadati",
                                    "метаданные", "метадані", "元数据", "メタデータ"))
HIGHLIGHT_SECTION_NAMES = ("highlights", "my highlights", "notes", "my notes", "annotations",
                           "hervorhebungen", "markierungen", "notizen", "surlignages", "destacados",
                           "subrayados", "notas", "evidenziazioni", "выделенное", "цитаты", "заметки",
                           "виділене", "нотатки", "öne çıkanlar", "notlar", "标注", "高亮", "划线",
                           "笔记", "ハイライト", "メモ", "하이라이트")
NOTE_SECTION_HEADING_RE = re.compile(r"^(?P<hashes>#{1,6})[ \t]+(?P<name>" + "|".join(
    re.escape(n) for n in sorted(METADATA_SECTION_NAMES | set(HIGHLIGHT_SECTION_NAMES), key=len, reverse=True))
    + r")[ \t]*#*[ \t]*$", re.IGNORECASE | re.MULTILINE)
MD_HEADING_RE = re.compile(r"^(?P<hashes>#{1,6})[ \t]+\S")
# A metadata list's item: "- URL: https://...", "* Author: [[Reuters]]"
METADATA_ITEM_RE = re.compile(r"^[ \t]*[-*+][ \t]+(?P<key>[^\W\d_][\w ]{0,30}?)[ \t]*:[ \t]*(?P<value>\S.*?)\s*$")
MD_LINK_TARGET_RE = re.compile(r"\[[^\]\n]*\]\((?P<url>https?://[^)\s]+)\)")
# A line of a note's head that is one link alone ("[Read Original](https://...)"), or the
# app's tags ("#Omnivore", "#articles #ferry").
NOTE_LINK_LINE_RE = re.compile(r"^\[(?P<label>[^\]\n]{1,60})\]\((?P<url>https?://[^)\s]+)\)$")
NOTE_TAG_LINE_RE = re.compile(r"^#[^\s#]+(?:[ \t]+#[^\s#]+)*$")
WIKILINK_RE = re.compile(r"\[\[(?:[^\]|]*\|)?(?P<name>[^\]]*)\]\]")
# The Markdown a clipper writes around the story's own lines: an image alone on its line,
# bold ("**CITY, Province** – ..."), a line in italics (a caption: "*Farmers unload sacks
# ... (PNA photo by Jo Roe)*"), a link's text with its address.
MD_IMAGE_LINE_RE = re.compile(r"^\s*!\[[^\]\n]*\]\([^)\n]*\)\s*$")
MD_STRONG_RE = re.compile(r"(\*\*|__)(?=\S)(?P<text>[^\n]+?)(?<=\S)\1")
MD_EMPHASIS_LINE_RE = re.compile(r"^(?P<mark>[*_])(?=[^\s*_])(?P<text>.+?)(?<=[^\s*_])(?P=mark)$")
MD_LINK_RE = re.compile(r"(?<!!)\[(?P<text>[^\[\]\n]+)\]\((?:https?://|/)[^)\s]*\)")


def note_part(text: str) -> Part | None:
    """The story of a clipped note, or None when the text has neither head (cheap: the
    first characters tell).

    >>> p = note_part('---\\ntitle: "Dam opens"\\nsource: "https://news.example/dam"\\n'
    ...               'author:\\n  - "[[Jo Park]]"\\npublished: 2024-03-05\\ncreated: 2024-03-07\\n---\\n'
    ...               '# Dam opens\\n\\nLIMA (Reuters) - A dam opened.\\n')
    >>> p.text
    'Dam opens\\n\\nLIMA (Reuters) - A dam opened.'
    >>> sorted(p.meta.items())
    [('published', '2024-03-05'), ('reporters', ['Jo Park']), ('saved', '2024-03-07'), ('title', 'Dam opens'), ('url', 'https://news.example/dam')]
    >>> note_part("Dam opens\\n\\nLIMA (Reuters) - A dam opened.") is None
    True
    """
    if text.startswith(FRONT_MATTER_FENCE):
        return _front_matter_part(text)
    if text.startswith("# "):
        return _notion_part(text) or _markdownload_part(text) or _read_later_part(text)
    return None


def _front_matter_part(text: str) -> Part | None:
    lines = text.split("\n")
    if lines[0].strip() != FRONT_MATTER_FENCE:
        return None
    end = next((i for i in range(1, min(len(lines), MAX_FRONT_MATTER_LINES))
                if lines[i].strip() == FRONT_MATTER_FENCE), None)
    if end is None or end == 1:
        return None
    values: dict[str, list[str]] = {}
    written: list[str] = []
    key = None
    block: list[str] | None = None     # the lines of a block scalar's value, while in one
    for line in lines[1:end]:
        if block is not None and (line[:1].isspace() or not line.strip()):
            block.append(line.strip())
            continue
        m = FRONT_MATTER_LINE_RE.match(line)
        if m and not line[:1].isspace():
            if block is not None:
                _end_block(values, key, block)
                block = None
            written.append(m["key"].strip())
            key = _front_matter_key(m["key"])
            values.setdefault(key, [])
            if m["value"] in BLOCK_SCALAR_MARKS:
                block = []
            elif m["value"]:
                values[key].append(_unquote(m["value"]))
            continue
        item = FRONT_MATTER_ITEM_RE.match(line)
        if item and key is not None:
            values[key].append(_unquote(item["value"]))
        elif line.strip():
            return None             # not the flat key: value head clippers write
    if block is not None:
        _end_block(values, key, block)
    # (a wire system's capitalised header lines between rules, "SERVICE: WIR", are no note)
    if not any(k in FRONT_MATTER_KEYS or k in NOTE_OWN_KEYS for k in values) or any(k.upper() == k for k in written):
        return None
    meta: dict = {}
    for k, field in FRONT_MATTER_KEYS.items():
        found = [v for v in values.get(k, []) if v]
        if not found or field in meta or k in NOTE_EDIT_KEYS and "created" in values \
                or field == "reporters" and JOPLIN_KEYS & values.keys():
            continue
        if field == "reporters":
            names = [WIKILINK_RE.sub(r"\g<name>", v) for v in found]
            meta["reporters"], meta["agencies"] = split_authors(names)
        elif field == "url":
            if found[0].startswith(("http://", "https://")):
                meta["url"] = found[0]
        else:
            meta[field] = found[0]
    saved = next((values[k][0] for k in SAVED_KEYS if values.get(k)), None)
    if saved:
        meta["saved"] = saved    # the clip's day: a year-less dateline's year
    rest = "\n".join(lines[end + 1:])
    if NOTE_SECTION_HEADING_RE.search(rest):
        rest = _read_later_sections(rest, meta)
    # MarkDownload's front matter names no title: its heading and excerpt follow, as without one
    clip = None if meta.get("title") else _markdownload_split(rest.lstrip("\n"))
    if clip:
        return make_part(clip[0], plain_markdown(clip[1]), meta)
    body = _drop_heading(rest, meta.get("title")) if meta.get("title") else rest
    body = _drop_note_head(body, meta)
    return make_part(meta.pop("title", None), plain_markdown(body), meta)


def _notion_part(text: str) -> Part | None:
    lines = text.split("\n")
    heading = NOTION_HEADING_RE.match(lines[0])
    if not heading:
        return None
    i = 1
    while i < len(lines) and not lines[i].strip():
        i += 1
    props = []
    while i < len(lines) and len(props) < MAX_NOTION_PROPERTIES:
        m = NOTION_PROPERTY_RE.match(lines[i])
        if not m:
            break
        props.append((m["key"].casefold(), m["value"]))
        i += 1
    if not any(k in NOTION_CLIP_KEYS for k, _ in props) or (i < len(lines) and lines[i].strip()):
        return None                 # no Notion property block under the heading
    # The address stays as a URL line, where the head's rules read it.
    kept = [f"URL: {v}" for k, v in props if k in NOTION_URL_KEYS]
    body = "\n".join(kept + [""] + lines[i:]) if kept else "\n".join(lines[i:])
    saved = next((v for k, v in props if k in NOTION_CLIP_KEYS), None)
    return make_part(heading["title"], plain_markdown(body), {"saved": saved})


def _markdownload_part(text: str) -> Part | None:
    """A MarkDownload clipping: heading, excerpt quote, rule, text; None for any other note.

    >>> p = note_part("# Dam opens | Reuters\\n\\n> ## Excerpt\\n> A blurb.\\n\\n---\\n"
    ...               "LIMA (Reuters) - A dam opened.\\n")
    >>> p.text, p.meta
    ('Dam opens\\n\\nLIMA (Reuters) - A dam opened.', {'title': 'Dam opens'})
    """
    clip = _markdownload_split(text)
    return make_part(clip[0], plain_markdown(clip[1]), {}) if clip else None


def _markdownload_split(text: str) -> tuple[str, str] | None:
    """(title, text) of MarkDownload's heading, excerpt quote, rule and text; None when the
    text is not so laid out. The front matter its template may put above is read apart.

    >>> _markdownload_split("# Dam opens\\n\\n> ## Excerpt\\n> A blurb.\\n\\n---\\nLIMA (Reuters) - A dam opened.")
    ('Dam opens', 'LIMA (Reuters) - A dam opened.')
    """
    from .html import _strip_site
    lines = text.split("\n")
    heading = NOTION_HEADING_RE.match(lines[0])
    i = 1
    while i < len(lines) and not lines[i].strip():
        i += 1
    if not heading or i >= len(lines) or not EXCERPT_HEADING_RE.match(lines[i]):
        return None
    while i < len(lines) and lines[i].startswith(">"):
        i += 1
    while i < len(lines) and not lines[i].strip():
        i += 1
    if i < len(lines) and lines[i].strip() == FRONT_MATTER_FENCE:
        i += 1
    return _strip_site(heading["title"], [], []), "\n".join(lines[i:])


def plain_markdown(body: str) -> str:
    """A clipped note's text without the Markdown marks around its lines (images alone on
    their lines dropped, bold and a line in italics unwrapped, links to their text), as the
    page showed it: the field rules read "CITY, Province – ..." and a caption's credit there.

    >>> plain_markdown("![](https://x.example/a.jpg)\\n*Crews at work. (PNA photo by Jo Roe)*\\n\\n**MANILA** – It rained.")
    'Crews at work. (PNA photo by Jo Roe)\\n\\nMANILA – It rained.'
    >>> plain_markdown("- [Ports reopen](https://x.example/b)\\n* a list's item *")
    "- Ports reopen\\n* a list's item *"
    """
    if "*" not in body and "_" not in body and "[" not in body:
        return body
    out = []
    for line in body.split("\n"):
        if "![" in line and MD_IMAGE_LINE_RE.match(line):
            continue
        if "**" in line or "__" in line:
            line = MD_STRONG_RE.sub(r"\g<text>", line)
        if line[:1] in "*_":
            m = MD_EMPHASIS_LINE_RE.match(line.strip())
            line = m["text"] if m else line
        if "](" in line:
            line = MD_LINK_RE.sub(r"\g<text>", line)
        out.append(line)
    return "\n".join(out)


def _drop_heading(body: str, title: str | None) -> str:
    """The note's text without the Markdown heading that repeats its title."""
    stripped = body.lstrip("\n")
    first, _, rest = stripped.partition("\n")
    m = NOTION_HEADING_RE.match(first)
    if m and title and " ".join(m["title"].split()).casefold() == " ".join(title.split()).casefold():
        return rest
    return body


def _drop_note_head(body: str, meta: dict | None = None) -> str:
    """A note's own head above the story pasted into it: its headings and callouts, a
    read-later app's tag line ("#Omnivore") and links ("[Read on Omnivore](...)") go, so the
    story's headline (or its first line) heads the text. A link labelled as the story's
    address ("[Read Original](https://...)") gives ``meta`` its url when it has none.

    >>> _drop_note_head("# Notes\\n\\n> [!note] check\\n\\n## Article\\n\\n**Dam opens**\\n\\nLIMA - A dam opened.")
    '**Dam opens**\\n\\nLIMA - A dam opened.'
    >>> m = {}
    >>> _drop_note_head("#Pocket\\n[Read Original](https://n.example/a)\\n\\n## Content\\n\\nLIMA - A dam opened.", m), m
    ('LIMA - A dam opened.', {'url': 'https://n.example/a'})
    """
    lines = body.split("\n")
    i = 0
    links = []
    while i < len(lines):
        line = lines[i].strip()
        if line[:1] == "[" and NOTE_LINK_LINE_RE.match(line):
            links.append(NOTE_LINK_LINE_RE.match(line))
        elif line and not NOTE_HEAD_LINE_RE.match(line) and not (line[:1] == "#" and NOTE_TAG_LINE_RE.match(line)):
            break
        i += 1
    if not (i and any(lines[k].lstrip()[:1] == "#" for k in range(i))):
        return body
    if meta is not None and "url" not in meta:
        from ..fields.head_patterns import URL_LINE_RE
        url = next((m["url"] for m in links if URL_LINE_RE.match(f"{m['label']}: {m['url']}")), None)
        if url:
            meta["url"] = url
    return "\n".join(lines[i:])


def _read_later_part(text: str) -> Part | None:
    """A read-later app's Markdown export with no front matter (Readwise's): the title as
    a ``# `` heading, the app's "## Metadata" list, its highlights, then the story's text;
    None for any other note.

    >>> p = note_part("# Dam opens\\n\\n## Metadata\\n- Author: [[Reuters]]\\n- URL: https://n.example/dam\\n"
    ...               "- Published Date: 2024-03-05\\n\\n## Highlights\\n- A dam opened.\\n\\n## Full Document\\n\\n"
    ...               "LIMA (Reuters) - A dam opened.")
    >>> p.text, sorted(p.meta.items())
    ('Dam opens\\n\\nLIMA (Reuters) - A dam opened.', [('agencies', ['Reuters']), ('published', '2024-03-05'), ('title', 'Dam opens'), ('url', 'https://n.example/dam')])
    """
    heading = NOTION_HEADING_RE.match(text.partition("\n")[0])
    if not heading:
        return None
    rest = text.partition("\n")[2]
    meta: dict = {}
    body = _read_later_sections(rest, meta)
    if body is rest or not meta:
        return None
    title = meta.pop("title", None) or heading["title"]
    return make_part(title, plain_markdown(_drop_note_head(body, meta)), meta)


def _read_later_sections(body: str, meta: dict) -> str:
    """A read-later export's text without the app's sections: its "## Metadata" list (read
    into ``meta`` where it has no value yet: title, address, date, author) and the reader's
    "## Highlights" and notes, each up to the next heading of its level or above; ``body``
    itself when it has no such section.

    >>> m = {}
    >>> _read_later_sections("## Metadata\\n* URL: [https://n.example/a](https://n.example/a)\\n\\n"
    ...                      "## Highlights\\n> It rained.\\n\\n## Text\\nIt rained.", m), m
    ('## Text\\nIt rained.', {'url': 'https://n.example/a'})
    """
    lines = body.split("\n")
    out: list[str] = []
    i, found = 0, False
    while i < len(lines):
        m = NOTE_SECTION_HEADING_RE.match(lines[i]) if lines[i][:1] == "#" else None
        if not m:
            out.append(lines[i])
            i += 1
            continue
        found = True
        level, metadata = len(m["hashes"]), m["name"].casefold() in METADATA_SECTION_NAMES
        i += 1
        while i < len(lines) and not (lines[i][:1] == "#" and MD_HEADING_RE.match(lines[i])
                                      and len(MD_HEADING_RE.match(lines[i])["hashes"]) <= level):
            item = METADATA_ITEM_RE.match(lines[i]) if metadata else None
            if item:
                _metadata_item(item["key"].strip().casefold(), item["value"], meta)
            i += 1
    return "\n".join(out).lstrip("\n") if found else body


def _metadata_item(key: str, value: str, meta: dict) -> None:
    """One "Key: value" item of a read-later export's metadata list, into ``meta``."""
    field = FRONT_MATTER_KEYS.get(key) or ("saved" if key in SAVED_KEYS else None)
    if not field or field in meta:
        return
    link = MD_LINK_TARGET_RE.fullmatch(value.strip())
    value = link["url"] if link else value.strip()
    if field == "url":
        if value.startswith(("http://", "https://")):
            meta["url"] = value
    elif field == "reporters":
        names = [WIKILINK_RE.sub(r"\g<name>", v).strip() for v in value.split("]],")] if "[[" in value else [value]
        reporters, agencies = split_authors([n.strip("[] ") for n in names if n.strip("[] ")])
        if reporters:
            meta["reporters"] = reporters
        if agencies:
            meta["agencies"] = agencies
    else:
        meta[field] = value


def _front_matter_key(key: str) -> str:
    """A front-matter key as FRONT_MATTER_KEYS names it: lower-case, "_" and "-" as spaces.

    >>> _front_matter_key("date_published"), _front_matter_key("Title")
    ('date published', 'title')
    """
    return " ".join(key.replace("_", " ").replace("-", " ").split()).casefold()


def _end_block(values: dict, key: str | None, block: list[str]) -> None:
    """A block scalar's value: its lines joined (folded or literal alike: a field is one line)."""
    if key is not None:
        text = " ".join(x for x in block if x)
        if text:
            values[key].append(_unquote(text))


def _unquote(value: str) -> str:
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        value = value[1:-1].replace('\\"', '"')
    return value.strip()
