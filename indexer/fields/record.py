"""Fields stage, its records: RawFields (what a story's text gives, as strings, for
normalize.py), Dateline (what a dateline gives), and _add, which every reader records with."""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Dateline:
    text: str                       # as written, e.g. "SEOUL (Reuters) -"
    cities: list[str]
    region: str | None
    agencies: list[str]
    house_style: str | None = None  # the agency whose house style the dateline follows
    date: str | None = None         # a full date it gives, e.g. "12 mars 2024"
    month_day: tuple[int, int] | None = None   # the (month, day) it gives, e.g. (6, 5)
    reporters: list[str] = field(default_factory=list)   # "(서울=연합뉴스) 홍길동 기자 ="
    # its form alone marks it, wherever it stands in the head ("新华社北京3月5日电")
    certain: bool = False


@dataclass
class RawFields:
    title: str | None = None
    published_line: str | None = None
    updated_line: str | None = None
    date_lines: list[str] = field(default_factory=list)   # undated-keyword lines, in order
    dateline: Dateline | None = None
    byline_names: list[str] = field(default_factory=list)
    credits: dict[str, list[str]] = field(default_factory=dict)
    photographers: list[str] = field(default_factory=list)
    agencies: list[str] = field(default_factory=list)     # byline, credits, sign-off, copyright
    caption_agencies: list[str] = field(default_factory=list)
    lead_agencies: list[str] = field(default_factory=list)   # "..., Ukrinform reports."
    closing_date: str | None = None                      # "(APA, 1.2.2015)"
    closing_time: str | None = None                      # "14:53 LOCAL TIME 11:53 GMT": a time, no day
    header_city: str | None = None                       # "COPENHAGEN | By Jo Roe"
    url: str | None = None
    body: str = ""
    ended: bool = False                                  # an end-of-story marker was met
    mail: bool = False                                   # the story came in a mail (or forwarded in one)
    envelope_date: str | None = None                     # that mail's own date: the last resort
    envelope_subject: str | None = None                  # ...its subject
    envelope_agencies: list[str] = field(default_factory=list)   # ...and the agencies its sender names
    # A date in the head without its year ("Tuesday May 22 2:32 PM Eastern Time", as Yahoo
    # ran wire copy), and the year an agency's copyright notice names ("(C) Reuters 2008") or
    # an archive's folder of the year does ("News/Kyodo/1993-11/931102.03", a Gopher menu's path):
    # together, or with the dateline's day, they date old copy that gives no other date.
    yearless_line: str | None = None
    copyright_year: int | None = None
    # An advance's release day above its headline ("ADVANCE FOR SUNDAY, JULY 12"): the day
    # the story runs, in the year of its transmission.
    release_day: str | None = None
    # A writethru's note to editors naming the time its earlier version moved ("An earlier
    # version, moved at 11:05 a.m. ET, misspelled it"): that time, with its zone, as written.
    earlier_sent: str | None = None
    # A reader's or clipper's stamp of the day it kept the copy ("Saved 3/9/2008"), as written
    # after its word: no date of the story's, but a year-less dateline's day falls shortly
    # before it.
    saved_date: str | None = None


def _add(seq: list, items) -> None:
    for x in items:
        if x and x not in seq:
            seq.append(x)
