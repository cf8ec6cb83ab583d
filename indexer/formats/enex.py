"""Evernote export reader: each ``<note>`` of an ``<en-export>`` (.enex) -> one story.

A clipped story sits in the note's ``<content>``: an ENML document (``<en-note>``, HTML
with Evernote's own root) inside CDATA. The note's ``<title>`` is the story's title and
``<source-url>`` its address; ``<created>`` and ``<updated>`` are when it was clipped and
edited, not the story's times, so they are not read. The story's own date, dateline and
credits are in its text, where the wire-copy rules read them.
"""
from __future__ import annotations

import re
from typing import Iterator

from .base import Part, children, find_first, html_fragment_to_text, make_part, text_of

ENEX_ROOTS = frozenset({"en-export"})
# the ENML document's own prologue, before its <en-note> root
ENML_PROLOGUE_RE = re.compile(r"^\s*(?:<\?xml[^>]*\?>\s*)?(?:<!DOCTYPE[^>]*>\s*)?")
ENML_ROOT_RE = re.compile(r"</?en-note\b[^>]*>")


def enex_parts(root) -> Iterator[Part]:
    """One Part per ``<note>``."""
    for note in children(root, "note"):
        yield _note_part(note)


def _note_part(note) -> Part:
    content = find_first(note, "content")
    enml = content.text or "" if content is not None else ""
    body = ""
    if enml.strip():
        html = ENML_ROOT_RE.sub("", ENML_PROLOGUE_RE.sub("", enml, count=1))
        body = html_fragment_to_text(f"<div>{html}</div>")
    url = text_of(find_first(note, "source-url"))
    meta = {"url": url if url.startswith(("http://", "https://")) else None}
    return make_part(text_of(find_first(note, "title")), body, meta)
