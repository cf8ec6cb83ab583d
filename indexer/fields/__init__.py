"""Fields stage: clean text -> raw field strings (title, date lines, byline, dateline, credits, body).

The text is read as a head (everything above the dateline: site chrome, title, date lines,
photo caption, byline), a body (from the dateline on) and a tail (closing credits, sign-off,
site chrome), which is cut off the body. Nothing here parses dates or detects language:
RawFields carries strings to normalize.py.

One module per concern, each built only on those listed before it: patterns.py and
head_patterns.py (the regexes and limits, no logic), record.py (RawFields, Dateline),
dates.py, byline.py, dateline_parts.py, dateline_tag.py, dateline.py, credits.py, tail.py,
title.py, head_lines.py, head.py. This module wires them (extract_fields) and names what the
rest of the library uses.
"""
from __future__ import annotations

from .. import cjk
from .byline import names_the_masthead, parse_byline, split_names, without_masthead, _is_role_word as is_role_word
from .credits import _lead_agencies, _lead_news_agency, header_credit, is_caption, parse_credits, photo_credit
from .dateline import MIN_ROUNDUP_PARTS, lead_bare_dateline, parse_dateline, roundup_cities
from .dates import classify_date_line, date_line_language, day_first_dates, lead_date
from .head import _read_head
from .head_lines import byline_then_date, date_then_byline, dated_byline, page_foot_date
from .byline import slash_signatures
from .head_patterns import CONTROL_MARK_RE, HEADER_LABEL_RE, LIVE_BLOG_RE, SENTENCE_RE, WIRE_HEADER_RE, WIRE_SLUG_RE
from .patterns import BYLINE_RE, CLOCK_RE, CREDIT_OPEN_RE, LEAD_CREDIT_CHARS, SENT_STAMP_RE, WIRE_STAMP_RE
from .record import Dateline, RawFields
from .tail import _join_body, _read_tail, source_line_agencies
from .title import strip_agency_label

__all__ = [
    "extract_fields", "RawFields", "Dateline",
    # one line at a time, for the format readers' own header fields (formats/)
    "parse_dateline", "lead_bare_dateline", "roundup_cities", "MIN_ROUNDUP_PARTS", "parse_byline", "names_the_masthead",
    "without_masthead", "split_names", "parse_credits", "photo_credit", "is_caption", "is_role_word",
    "header_credit", "source_line_agencies",
    "classify_date_line", "dated_byline", "byline_then_date", "date_then_byline", "slash_signatures",
    # what the pipeline asks of the raw fields before normalizing their dates
    "lead_date", "page_foot_date", "date_line_language", "day_first_dates", "strip_agency_label",
    # header and sentence patterns the format readers test lines with
    "CONTROL_MARK_RE", "WIRE_HEADER_RE", "WIRE_SLUG_RE", "WIRE_STAMP_RE", "SENT_STAMP_RE",
    "SENTENCE_RE", "HEADER_LABEL_RE", "CREDIT_OPEN_RE", "CLOCK_RE", "BYLINE_RE",
]


LIVE_MARK_LINES = 12     # a live page's mark ("EN DIRECTO", "Live updates") stands in its head


def live_page(head: list[str]) -> bool:
    """Whether a page's head marks it as a live blog (vocab.LIVE_BLOG_WORDS)."""
    return any(LIVE_BLOG_RE.search(line) for line in head if line.strip())


def first_entry_dateline(body_lines: list[str]) -> Dateline | None:
    """A live blog's first entry, last on the page, opens on the agency's dateline the head
    gives none of ("Madrid, 21 feb (EFE).- ..." under the newest entries): the dateline of the
    last paragraph opening with one that names its place and its agency.

    >>> first_entry_dateline(["Crowds grew by noon.", "", "LYON, 3 mai (AFP) - Les premiers cortèges partent."]).cities
    ['Lyon']
    """
    for line in reversed(body_lines):
        s = line.strip()
        dl = parse_dateline(s, after_title=True) if s[:1].isupper() and "(" in s[:60] else None
        if dl and dl.cities and dl.agencies:
            return dl
    return None


def extract_fields(text: str, mail: bool = False) -> RawFields:
    """Split a story's clean text into raw fields (``mail``: the text is a mail's body).

    >>> f = extract_fields("Talks resume\\nBy Jo Park\\nSEOUL (Reuters) - Talks resumed.\\n"
    ...                    "(Reporting by Jo Park; Editing by Al Day)\\nAdvertisement")
    >>> f.title, f.dateline.text, f.byline_names, f.credits["editors"], f.body
    ('Talks resume', 'SEOUL (Reuters) -', ['Jo Park'], ['Al Day'], 'SEOUL (Reuters) - Talks resumed.')
    """
    out = RawFields(mail=mail)
    lines = text.split("\n")
    in_cjk = cjk.has_cjk(text)     # Chinese, Japanese and Korean copy's own lines are read too
    body_start = _read_head(lines, out, in_cjk)
    body_lines = _read_tail(lines[body_start:], out, in_cjk)
    if out.dateline is None and out.agencies and body_start < len(lines):
        out.dateline = lead_bare_dateline(lines[body_start:])
    if out.dateline is None and body_lines and live_page(lines[:LIVE_MARK_LINES]):
        out.dateline = first_entry_dateline(body_lines)
    out.body = _join_body(body_lines)
    if out.dateline is None and not out.agencies:
        out.lead_agencies = _lead_agencies(out.body[:LEAD_CREDIT_CHARS])
    if not out.agencies and not out.lead_agencies and (out.dateline is None or not out.dateline.agencies):
        out.lead_agencies = _lead_news_agency(out.body[:LEAD_CREDIT_CHARS])   # "সংবাদ সংস্থা পিটিআই"
    return out
