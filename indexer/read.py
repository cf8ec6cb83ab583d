"""Read stage: files and formats -> Documents (raw text plus the metadata the format itself gives).

`read_bytes` picks a reader by content first and by extension second, so a feed saved as
.txt is still read as a feed; the readers live in `indexer.formats`, one module per form.
`iter_documents` yields a `ReadError` item for each part it cannot read (a broken member of a
zip, a bad line of a JSON Lines file) and goes on with the rest; it never raises ReadError.
"""
from __future__ import annotations

import os
import re
import stat
import sys
from typing import Callable, Iterator

from . import clean, guard
from .errors import ReadError
from .paths import path_label
from .walk import INDEX_MARKER, is_index_dir, walk_files
# The format modules import lxml, trafilatura and friends only inside their readers; the
# XML story formats (NewsML, NITF, RSS, Reuters Corpus), which need no sniffer, load with the first XML file.
from .formats import archive, base, chat, csvtable, exports, html, jsonfeed, mail, notes, rtf, sgm, subtitles, trec, wirefeed
from .formats.base import MAX_FILE_BYTES, Document, fail

__all__ = ["Document", "fail", "walk_files", "is_index_dir", "INDEX_MARKER", "iter_documents", "read_documents", "read_bytes",
           "MAX_FILE_BYTES"]

SNIFF_CHARS = 4096    # enough of a file's start to see a doctype, a root tag or mail headers
Reader = Callable[..., Iterator["Document | ReadError"]]


def iter_documents(path: str) -> Iterator[Document | ReadError]:
    """The Documents in one file (`-` reads stdin), with a ReadError item for each unreadable
    part; a file that cannot be read at all gives a single ReadError item."""
    try:
        if path == "-":
            data = sys.stdin.buffer.read()
            key = "stdin:" + clean.decode_bytes(data)[:4096]
        else:
            data, key = file_bytes(path), os.path.abspath(path)
    except ReadError as e:
        yield e
        return
    # The label goes into messages, JSON and the index: one line of valid UTF-8.
    yield from read_bytes(data, path if path == "-" else path_label(path), key)


def read_documents(path: str) -> Iterator[Document]:
    """The Documents in one file; raises the first ReadError met (`iter_documents` goes on)."""
    for item in iter_documents(path):
        if isinstance(item, ReadError):
            raise item
        yield item


def file_bytes(path: str) -> bytes:
    """A story file's bytes (ReadError naming it if it is not a regular file, is larger
    than MAX_FILE_BYTES or cannot be read)."""
    try:
        st = os.stat(path)
        if not stat.S_ISREG(st.st_mode):  # a FIFO or a device would block or never end
            raise fail(path, "not a regular file")
        if st.st_size > MAX_FILE_BYTES:
            raise fail(path, f"file too large ({st.st_size // 2**20} MB; the limit is "
                             f"{MAX_FILE_BYTES // 2**20} MB)")
        with open(path, "rb") as fh:
            return fh.read(MAX_FILE_BYTES + 1)  # it may have grown since the stat
    except OSError as e:
        raise fail(path, e.strerror or str(e)) from None


def read_bytes(data: bytes, path: str, key: str, *, depth: int = 0,
               name: str | None = None) -> Iterator[Document | ReadError]:
    """Documents and ReadError items from one file's bytes; never raises ReadError.

    ``path`` labels what is found, ``key`` makes ids, ``name`` (default ``path``) is what the
    extension is read from (``story.html`` for ``story.html.gz``), ``depth`` counts archive nesting.
    """
    form = "its form"
    try:
        if not data.strip():
            raise fail(path, "empty file")
        form, reader = pick_reader(data, (name or path).lower(), path)
        if reader in CONTAINERS:
            items = reader(data, path, key, depth)
        else:
            items = reader(data, path, key)
        yield from items
    except ReadError as e:
        if not hasattr(e, "path"):
            e.path, e.reason = path, str(e)
        yield e
    except RecursionError:
        yield fail(path, "nested too deeply to read")
    except Exception as e:  # a reader bug or a library's odd exception must not stop the run
        yield fail(path, f"could not read as {form}: {type(e).__name__}: {' '.join(str(e).split())[:200]}")


# ---------------------------------------------------------------- choosing the reader

HEAD_SKIP_RE = re.compile(r"^(?:\s+|<\?xml[^>]*\?>|<!--.*?-->|<!DOCTYPE[^>\[]*(?:\[.*?\])?\s*>)*", re.S)
XML_ROOT_RE = re.compile(r"<(?:[\w.-]+:)?([\w.-]+)")
# Markup has a declaration, a doctype or a closing tag near its start; wire copy that opens
# with a company tag ("<CINRAM LTD> 4TH QTR NET", Reuters-21578) has none of them.
MARKUP_RE = re.compile(r"^<[?!]|</[A-Za-z][\w:.-]*\s*>|/>")


def head_text(data: bytes) -> str:
    """The file's first characters as text, BOM and leading blanks dropped (for sniffing only)."""
    raw = data[:SNIFF_CHARS * 2]
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = raw[:len(raw) // 2 * 2].decode("utf-16", "replace")
    elif guard.looks_utf16(raw):     # UTF-16 without a BOM
        text = raw[:len(raw) // 2 * 2].decode("utf-16-le" if raw[1::2].count(0) >= raw[0::2].count(0)
                                              else "utf-16-be", "replace")
    else:
        text = raw.decode("utf-8", "replace")
    return text.lstrip("\ufeff \t\r\n")[:SNIFF_CHARS]


def xml_root(head: str) -> str | None:
    """The root element's local name when the text is XML-like markup, else None.

    >>> xml_root('<?xml version="1.0"?>\\n<!-- feed --><newsMessage xmlns="x">')
    'newsMessage'
    """
    if not head.startswith("<"):
        return None
    m = XML_ROOT_RE.match(head, HEAD_SKIP_RE.match(head).end())
    return m.group(1) if m else None


def pick_reader(data: bytes, lower_name: str, label: str) -> tuple[str, Reader]:
    """(form name, reader) for a file: content first, extension second, plain text last."""
    for form, sniff, reader in BYTE_SNIFFERS:
        if sniff(data):
            return form, reader
    head = head_text(data)
    if sgm.sniff_sgm(head):
        return "Reuters-21578 SGML", sgm.read_sgm
    if trec.sniff_trec(head):
        return "TREC SGML", trec.read_trec
    if jsonfeed.sniff_json(head):
        return "JSON", jsonfeed.read_json
    # (every branch of MARKUP_RE holds "<" or "/>": plain text skips the regex's pass)
    root = xml_root(head) if ("<" in head or "/>" in head) and MARKUP_RE.search(head) else None
    if root:
        if root.lower() == "html" or (html.sniff_html(head) and not head.startswith("<?xml")):
            return "HTML", html.read_html
        return "XML", read_xml
    if rtf.sniff_rtf(data):
        return "RTF", read_rtf
    if mail.sniff_mbox(head) or mail.sniff_eml(head):
        return "e-mail", mail.read_mail
    if csvtable.sniff_csv(head, lower_name):
        return "CSV", csvtable.read_csv
    for suffixes, form, reader in EXTENSIONS:
        if lower_name.endswith(suffixes):
            return form, reader
    if lower_name.endswith(UNREAD_EXTENSIONS):
        raise fail(label, f"{os.path.splitext(lower_name)[1]} files are not read "
                          "(save the story as text, HTML or JSON)")
    if b"\x00" in data[:4096] and not guard.looks_utf16(data):
        raise fail(label, guard.refuse_bytes(data) or "binary file, not text")
    return "text", read_plain


def read_plain(data: bytes, path: str, key: str) -> Iterator[Document]:
    """A plain-text story file: one story, or one per item of a wire-feed capture or per
    document of a database export (Factiva, LexisNexis, Nexis Uni) that holds several,
    labelled ``file#N``."""
    # A capture's framing controls (SOH, STX, ETX, EOT) are kept for its splitter only when
    # the bytes show some framing at all: an ordinary story is decoded as it always was.
    # A day of a feed is larger than any one story: its size is checked once it is split.
    framed = wirefeed.sniff_capture(data)
    reason = guard.refuse_bytes(data, MAX_FILE_BYTES if framed else guard.MAX_STORY_BYTES)
    if reason:
        raise fail(path, reason)
    # (entities left in text pasted from a page: "&amp;", "&#8217;"; an HTML file's reader
    # decodes its own, and a file of markup never comes here)
    # (and its no-break spaces as plain ones, before a splitter or a note's reader looks for
    # its markers: "-----\u00a0begin -----")
    raw = clean.plain_spaces(clean.decode_entities(clean.decode_bytes(data, keep_framing=framed)))
    text = clean.CONTROL_RE.sub("", raw) if framed else raw
    if "\x00" in text or _looks_binary(text):
        raise fail(path, "binary file, not text")
    reason = guard.refuse_text(text)
    if reason:
        raise fail(path, reason)
    stories = wirefeed.split_capture(raw) if framed else None
    if stories is None:          # no capture ([]: one whose items were all service messages)
        if len(data) > guard.MAX_STORY_BYTES:
            raise fail(path, guard.too_large(len(data)))
        stories = exports.split_export(clean.drop_leading_blank_lines(text))
    # a reply saved as text (a list post, a mail copied out): the story it quotes, unquoted
    if len(stories) == 1 and "\n>" in stories[0]:
        stories = [mail.reply_story(stories[0]) or stories[0]]
    # a note app's clipping: its head (front matter, Notion's properties) gives the meta
    # (or a chat copy: the pasted story's message alone, with the day it was passed on)
    # (or a bulletin's subtitle file: its cues' text run together, its item's label the headline)
    note = (notes.note_part(stories[0]) or chat.chat_part(stories[0])
            or subtitles.subtitle_part(stories[0])) if len(stories) == 1 else None
    parts = [note] if note else (base.Part(text=t) for t in stories)
    yield from base.label_parts(parts, path, key)


def read_rtf(data: bytes, path: str, key: str) -> Iterator[Document]:
    """An RTF file: its text, read as a plain-text story."""
    yield from read_plain(rtf.rtf_text(data, path).encode("utf-8"), path, key)


def _looks_binary(text: str) -> bool:
    """More than a tenth of the first 4,096 characters are replacement characters or
    controls other than newline, tab and form feed.

    >>> _looks_binary("plain text\\n"), _looks_binary("\\x00\\x01\\x02 ab"), _looks_binary("\\r" * 9 + "a")
    (False, True, True)
    """
    sample = text[:4096]
    return len(_BINARY_CHARS.findall(sample)) > len(sample) * 0.1


#: What _looks_binary counts: controls but \t \n \f (9, 10, 12), and U+FFFD.
_BINARY_CHARS = re.compile("[\x00-\x08\x0b\x0d-\x1f\ufffd]")


def read_xml(data: bytes, path: str, key: str) -> Iterator[Document | ReadError]:
    """An XML file, read by its root: NITF, NewsML 1, NewsML-G2, SportsML, RSS / Atom, Reuters Corpus
    (RCV1/RCV2), a Google News sitemap, an Evernote export, XHTML, or NITF found inside; any other root's
    elements as records of story keys (formats/xmlrecords.py)."""
    from .formats import enex, newsml, newsml1, nitf, rcv, rss, sitemap, sportsml, xmlrecords
    root = base.parse_xml(data, path)
    name = base.local(root.tag)
    if name == "html":
        yield from html.read_html(data, path, key)
        return
    if name in newsml.G2_ROOTS:
        parts = newsml.newsml_parts(root)
    elif name in newsml1.NEWSML1_ROOTS:
        # The envelope's NewsLines and metadata with the NITF, XHTML or text it carries;
        # NITF found some other way inside is read on its own.
        parts = list(newsml1.newsml1_parts(root)) or nitf.nitf_parts(root)
    elif name in sportsml.SPORTSML_ROOTS:
        # (before NITF found inside: a recap's NITF takes the document's date and publisher)
        parts = sportsml.sportsml_parts(root)
    elif name == "nitf" or base.find_all(root, "nitf"):
        parts = nitf.nitf_parts(root)            # NITF, or NITF inside another envelope
    elif name in rss.RSS_ROOTS:
        parts = rss.rss_parts(root)
    elif rcv.sniff_rcv(name):
        parts = rcv.rcv_parts(root)
    elif name in sitemap.SITEMAP_ROOTS:
        parts = sitemap.sitemap_parts(root)
    elif name in enex.ENEX_ROOTS:
        parts = enex.enex_parts(root)
    elif base.find_all(root, "newsItem"):
        parts = newsml.newsml_parts(root)
    else:
        # An archive's own export (<archiv><zprava>, <mti_export><hir>): its elements read
        # by the JSON reader's key names, or its text as one story.
        parts = xmlrecords.xml_record_parts(root)
    found = False
    for item in base.label_parts(parts, path, key):
        found = True
        yield item
    if not found:
        raise fail(path, f"no story in this XML file (root <{name}>)")


# (form, test on the raw bytes, reader): containers and formats with a magic number.
BYTE_SNIFFERS: list[tuple[str, Callable[[bytes], bool], Reader]] = [
    ("gzip/bzip2/xz", archive.sniff_compressed, archive.read_compressed),
    ("zip", archive.sniff_zip, archive.read_zip),
    ("tar", archive.sniff_tar, archive.read_tar),
]
CONTAINERS = frozenset({archive.read_compressed, archive.read_zip, archive.read_tar})


# (suffixes, form, reader) when the content did not tell.
EXTENSIONS: list[tuple[tuple[str, ...], str, Reader]] = [
    ((".html", ".htm", ".xhtml", ".shtml", ".php", ".asp", ".aspx"), "HTML", html.read_html),
    ((".json", ".jsonl", ".ndjson", ".jsonlines", ".ldjson"), "JSON", jsonfeed.read_json),
    ((".xml", ".nitf", ".newsml", ".g2", ".rss", ".atom", ".enex"), "XML", read_xml),
    ((".eml", ".mbox", ".mbx", ".msg.txt"), "e-mail", mail.read_mail),
    ((".rtf",), "RTF", read_rtf),
    ((".sgm", ".sgml"), "Reuters-21578 SGML", sgm.read_sgm),
    ((".zip",), "zip", archive.read_zip),
    ((".tar", ".tgz", ".tar.gz"), "tar", archive.read_tar),
]
UNREAD_EXTENSIONS = (".pdf", ".doc", ".docx", ".odt", ".xls", ".xlsx", ".ppt", ".pptx",
                     ".epub", ".jpg", ".jpeg", ".png", ".gif", ".webp", ".mp3", ".mp4", ".exe")
