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
                     "language": "language", "updated": "updated", "modified": "updated"}
# A note's own keys, which a head of a writer's note (no clipper's) holds alone: "created:
# 2024-03-07 09:12", "tags: [...]" (Obsidian, Logseq, Foam). The note's times, never the story's.
NOTE_OWN_KEYS = frozenset({"created", "tags", "aliases", "cssclass", "cssclasses"})
# Beside the note's own "created", its "updated" / "modified" are the note's edits too (Joplin
# writes "updated: 2024-02-10 09:12:44Z" over "created: 2024-02-10 09:12:31Z"), not the story's.
NOTE_EDIT_KEYS = frozenset({"updated", "modified"})
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
        return _notion_part(text) or _markdownload_part(text)
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
    for line in lines[1:end]:
        m = FRONT_MATTER_LINE_RE.match(line)
        if m and not line[:1].isspace():
            written.append(m["key"].strip())
            key = m["key"].strip().casefold()
            values.setdefault(key, [])
            if m["value"]:
                values[key].append(_unquote(m["value"]))
            continue
        item = FRONT_MATTER_ITEM_RE.match(line)
        if item and key is not None:
            values[key].append(_unquote(item["value"]))
        elif line.strip():
            return None             # not the flat key: value head clippers write
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
    if values.get("created"):
        meta["saved"] = values["created"][0]    # the clip's day: a year-less dateline's year
    rest = "\n".join(lines[end + 1:])
    # MarkDownload's front matter names no title: its heading and excerpt follow, as without one
    clip = None if meta.get("title") else _markdownload_split(rest.lstrip("\n"))
    if clip:
        return make_part(clip[0], plain_markdown(clip[1]), meta)
    body = _drop_heading(rest, meta.get("title")) if meta.get("title") else _drop_note_head(rest)
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


def _drop_note_head(body: str) -> str:
    """A writer's note without a title in its head: its own headings and callouts above
    the story pasted into it go, so the story's headline heads the text.

    >>> _drop_note_head("# Notes\\n\\n> [!note] check\\n\\n## Article\\n\\n**Dam opens**\\n\\nLIMA - A dam opened.")
    '**Dam opens**\\n\\nLIMA - A dam opened.'
    """
    lines = body.split("\n")
    i = 0
    while i < len(lines) and (not lines[i].strip() or NOTE_HEAD_LINE_RE.match(lines[i].strip())):
        i += 1
    return "\n".join(lines[i:]) if i and any(lines[k].lstrip()[:1] == "#" for k in range(i)) else body


def _unquote(value: str) -> str:
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        value = value[1:-1].replace('\\"', '"')
    return value.strip()
