"""Wires the stages: file -> raw text (read) -> clean text (clean) -> fields -> typed Story."""
from __future__ import annotations

import datetime as dt
import os
import re
from typing import Callable, Iterable, Iterator

from . import clean, fields, normalize, read, unwrap, vocab
from .fields.dates import with_year
from .fields.record import _add
from .errors import ReadError
from .paths import path_label
from .story import Story, make_id


def walk_files(paths: Iterable[str]) -> Iterator[str]:
    """Every story file under the paths (folders recursively, hidden entries skipped)."""
    return read.walk_files(paths)


def iter_parse(path: str) -> Iterator[Story | ReadError]:
    """Every story in one file, and a ReadError item for each part that cannot be read.

    Never raises ReadError: a file that cannot be read at all, or holds no story, gives one
    ReadError item naming it. A broken member of a zip or a bad line of a JSON Lines file
    gives a ReadError whose ``.path`` is the part's label (``a.zip!b.xml``, ``f.jsonl#3``)
    and the other parts are still parsed.
    """
    found = failed = False
    for item in build_stories(read.iter_documents(path)):
        if isinstance(item, ReadError):
            failed = True
        else:
            found = True
        yield item
    if not found and not failed:
        yield read.fail(path, "no story found")


def part_documents(path: str, data: bytes, part: int = 0, parts: int = 1
                   ) -> tuple[list[read.Document], list[ReadError]]:
    """The documents of one file (from its bytes) whose stories are to be built, and the
    parts that could not be read; ``part`` (from 0) of ``parts``: the documents whose place
    in the file is ``part`` modulo ``parts`` (a file built by several processes).

    A document is kept only if no later one has its id (a file's last story of an id
    wins, as index.worker.parse_parts keeps it). Every part reads the whole file, cheap next to
    building its stories (a JSON Lines record: ~0.06 ms against ~0.35), so that parts
    built by different processes agree without talking; the errors go with part 0 alone.
    Stories are built from the documents after (build_stories), as many at a time as the
    caller wants: a file's documents weigh about its size, its stories some five times
    that.
    """
    mine, last, place, failed = [], {}, 0, []
    for item in read.read_bytes(data, path_label(path), os.path.abspath(path)):
        if isinstance(item, ReadError):
            if part == 0:
                failed.append(item)
            continue
        last[item.key] = place
        if place % parts == part:
            mine.append((place, item))
        place += 1
    return [doc for place, doc in mine if last[doc.key] == place], failed


def build_stories(items: Iterable[read.Document | ReadError]) -> Iterator[Story | ReadError]:
    """The documents' stories; a ReadError item for each document the parser fails on."""
    for item in items:
        if isinstance(item, ReadError):
            yield item
            continue
        try:
            yield build_story(item)
        except Exception as e:  # a parser bug on one story must not lose the file's others
            yield read.fail(item.path, f"parser failed: {type(e).__name__}: {' '.join(str(e).split())}")


def parse_file(path: str, on_error: Callable[[ReadError], None] | None = None) -> list[Story]:
    """All stories in one file (several for feeds, mailboxes and archives).

    Raises ReadError naming the file when it cannot be read or holds no story. When some
    stories are read, the parts that failed go to ``on_error`` (or are dropped without one).
    """
    stories, errors = [], []
    for item in iter_parse(path):
        (errors if isinstance(item, ReadError) else stories).append(item)
    if not stories:
        raise no_story(path, errors)
    for err in errors if on_error else ():
        on_error(err)
    return stories


def no_story(path: str, errors: list[ReadError]) -> ReadError:
    """Why a file gave no story: nothing found, its one error, or how many parts failed."""
    if not errors:
        return read.fail(path, "no story found")
    return errors[0] if len(errors) == 1 else read.fail(
        path, f"no story read; {len(errors)} parts failed, first: {errors[0]}")


def parse_text(text: str, path: str = "-", key: str | None = None) -> Story:
    """One story from its text; `key` makes the id (defaults to the path, or the text for stdin).

    >>> s = parse_text("Talks resume\\nSEOUL (Reuters) - Talks resumed on Thursday in the capital.")
    >>> s.title, s.cities, s.agencies
    ('Talks resume', ['Seoul'], ['Reuters'])
    """
    if key is None:
        key = "stdin:" + text if path == "-" else os.path.abspath(path)
    return build_story(read.Document(path=path, key=key,
                                     text=clean.decode_entities(clean.repair_text(text))))


def _same_stamp(shown: str, stamp: str | None) -> bool:
    """A stamp read off the page names the moment ``stamp`` does, as far as it goes (the
    wall clock's day and minute: a page shows its local time without the zone).

    >>> _same_stamp("2016-07-21T12:30:00", "2016-07-21T12:30:00+02:00"), _same_stamp("2016-07-21", "2016-07-22")
    (True, False)
    """
    n = min(len(shown), len("2016-07-21T12:30"))
    return bool(stamp) and shown[:n] == stamp[:n]


DAY_CHARS = len("2024-03-05")   # an ISO stamp of the day alone, no time
WEEKDAY_RE = re.compile(r"\b(mon|tue|wed|thu|fri|sat|sun)[a-z]*\b", re.IGNORECASE)


def _copyright_dated(raw: fields.RawFields) -> str | None:
    """The day (and time) a year-less head date or the dateline's day gives, in the year of
    the agency's copyright notice; None when its weekday ("Tue") says another year."""
    year = raw.copyright_year
    if raw.yearless_line:
        stamp = _yearless_stamp(raw.yearless_line, year)
        if stamp is not False:
            return stamp
    if raw.dateline and raw.dateline.month_day:
        month, day = raw.dateline.month_day
        try:
            return dt.date(year, month, day).isoformat()
        except ValueError:
            return None
    return None


# The two-letter weak openers (vocab.BYLINE_WEAK_OPENERS) with their space, as a name
# keeps them: "Ni Jo Roe", "Na Jo Roe"
WEAK_OPENER_PREFIXES = frozenset(w.capitalize() + " " for w in vocab.BYLINE_WEAK_OPENERS if len(w) == 2)
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def _yearless_stamp(line: str, year: int) -> str | None | bool:
    """The day (and time) of a year-less head date in ``year``; None when its weekday ("Tue")
    says another year; False when it reads as no date.

    >>> _yearless_stamp("Sun Jul 20, 11:04 PM ET", 2008), _yearless_stamp("Sun Jul 20, 11:04 PM ET", 2007)
    ('2008-07-20T23:04:00-04:00', None)
    """
    stamp = normalize.parse_date(with_year(line, year), "en")
    if not stamp:
        return False
    named = WEEKDAY_RE.search(line)
    if named and dt.date.fromisoformat(stamp[:10]).weekday() != WEEKDAYS.index(named[1].lower()):
        return None
    return stamp


def _fallback_year_dated(line: str, fallback: str) -> str | None:
    """A year-less head date ("By Jo Roe AFP - Sun Jul 20, 11:04 PM ET") in the year of the
    page's markup stamp, when that stamp's day is the line's or the next or previous one (a
    stamp in UTC, the line in local time) and its weekday agrees: the line's own time.

    >>> _fallback_year_dated("Sun Jul 20, 11:04 PM ET", "2008-07-21")
    '2008-07-20T23:04:00-04:00'
    >>> _fallback_year_dated("Sun Jul 20, 11:04 PM ET", "2008-09-02") is None
    True
    """
    try:
        day = dt.date.fromisoformat(fallback[:DAY_CHARS])
    except ValueError:
        return None
    stamp = _yearless_stamp(line, day.year)
    if not stamp or abs((dt.date.fromisoformat(stamp[:DAY_CHARS]) - day).days) > 1:
        return None
    return stamp


def _release_dated(release: str, sent: str | None, year: int | None) -> str | None:
    """The day of an advance's release line, in the year it was sent (``sent``'s, else the
    copyright notice's); None when no day can be read.

    >>> _release_dated("SUNDAY, JULY 12", "1992-07-08T11:22:00-04:00", None)
    '1992-07-12'
    >>> _release_dated("FRIDAY, JAN. 3", "1996-12-30", None)
    '1997-01-03'
    """
    year = int(sent[:4]) if sent else year
    day = normalize.parse_date(with_year(release, year), "en")
    if day and sent and day[:DAY_CHARS] < sent[:DAY_CHARS]:
        day = normalize.parse_date(with_year(release, year + 1), "en")
    return day[:DAY_CHARS] if day else None
MAX_MAIL_LAG_DAYS = 7   # a daily or weekly digest mails its stories within a week of their dateline


def _dateline_day_before(published: str, mail_day: str, month_day: tuple[int, int]) -> str:
    """The dateline's day, when the story's date is only the day of the mail it came in
    and the dateline names an earlier day, within MAX_MAIL_LAG_DAYS; else ``published``.

    >>> _dateline_day_before("2025-03-05", "2025-03-05T06:15:00+00:00", (3, 4))
    '2025-03-04'
    >>> _dateline_day_before("2025-01-02T08:00:00", "2025-01-02T08:00:00", (12, 31))
    '2024-12-31'
    >>> _dateline_day_before("2025-03-05", "2025-03-05", (3, 5))     # the mail's own day
    '2025-03-05'
    >>> _dateline_day_before("2025-03-05", "2025-03-05", (2, 4))     # a month before: another story's day
    '2025-03-05'
    """
    if published[:10] != mail_day[:10]:
        return published
    day = _day_before(mail_day, month_day, MAX_MAIL_LAG_DAYS)
    return day if day and day != mail_day[:DAY_CHARS] else published


#: A reader keeps a story within a month of its running (Instapaper's "Saved 3/9/2008", a
#: Notion clip's "Created"): a year-less dateline's day further back may be a year older.
MAX_SAVE_LAG_DAYS = 31


def _day_before(anchor: str, month_day: tuple[int, int], max_days: int) -> str | None:
    """The day ``month_day`` names on or before ``anchor``'s day (an ISO stamp), at most
    ``max_days`` before it; else None.

    >>> _day_before("2008-03-09", (3, 4), 31), _day_before("2021-01-03", (12, 30), 31)
    ('2008-03-04', '2020-12-30')
    >>> _day_before("2008-03-09", (3, 10), 31) is None   # a day after the anchor
    True
    """
    anchored = dt.date.fromisoformat(anchor[:DAY_CHARS])
    for year in (anchored.year, anchored.year - 1):
        try:
            day = dt.date(year, *month_day)
        except ValueError:
            continue
        if 0 <= (anchored - day).days <= max_days:
            return day.isoformat()
    return None


def _mailed_headline(subject: str | None, title: str | None) -> bool:
    """Whether a mail's subject is the story's headline (spaces and case aside)."""
    return bool(subject and title) and " ".join(subject.split()).casefold() == " ".join(title.split()).casefold()


def _recased(names: list[str]) -> list[str]:
    """The names with a family name in capitals recased (normalize.recase_family_capitals),
    each once."""
    out: list[str] = []
    _add(out, [normalize.recase_family_capitals(n) for n in names])
    return out


# The tags a note app's user sets before a clipped story's title: "【保存】" ('saved'), "【要確認】".
NOTE_TAG_PREFIX_RE = re.compile(r"\s*(?:【[^】\n]{1,8}】\s*)+")


def build_story(doc: "read.Document") -> Story:
    # 0. no lone surrogate (a JSON escape, a mail header's bad byte): the story is kept
    # with U+FFFD in its place, not refused when it is indexed
    text = clean.mend_surrogates(doc.text)
    # (and no run of thousands of spaces, a page's padding: it made the field rules' regexes
    # take minutes)
    text = clean.shorten_space_runs(text)
    # (and no-break and other inline spaces, as plain ones: a page copied out as text keeps
    # its "SEOUL (Reuters)&nbsp;- ", where the field rules read a space)
    text = clean.drop_leading_blank_lines(clean.plain_spaces(text))
    if "\u00ad" in text:      # soft hyphens: invisible, but they split a word ("Chris\u00adtine")
        text = text.replace("\u00ad", "")
    # (and a hard-wrapped text's lines rejoined where its wrapper broke them: a caption's
    # "(Photo by Joseph" / "Kariuki / AFP)" or a dateline cut in two is read as one line)
    text = unwrap.unwrap_text(text)
    meta = {name: clean.mend_surrogates(value) for name, value in doc.meta.items()}
    # 1. raw fields from the text (title, head lines, dateline, credits, body)
    raw = fields.extract_fields(text, mail="mail_date" in meta) if text else fields.RawFields()
    # 2. language, from the format's word or the text itself
    body = raw.body or meta.get("body") or ""
    title = meta.get("title") or raw.title
    if title and title[:1] == "【" and raw.title and title != raw.title and title.endswith(raw.title) \
            and NOTE_TAG_PREFIX_RE.fullmatch(title[:-len(raw.title)]):
        # a note's title with the user's tag before the headline its text shows ("【保存】" 'saved',
        # "【要確認】" 'to check'): the text's headline
        title = raw.title
    if title and "/" in title[:fields.title.AGENCY_LABEL_MAX_CHARS]:
        title = fields.strip_agency_label(title)   # "Côte d’Ivoire-AIP/ Bouaké : ...": AIP's label
    language = meta.get("language") or normalize.detect_language(
        f"{title or ''}\n{body}" if body else (title or ""))
    if language is None and not body and text:
        # no body read (a head that took every line: Khmer's paragraphs, their words joined
        # by zero-width spaces, are no prose by their word count): the text still tells
        language = normalize.detect_language(text)
    # 3. dates: the format's own stamps first, then the page's header lines (numeric ones
    # day first where the page shows a day-first country, whatever their words' language)
    published = normalize.normalize_iso(meta.get("published")) if meta.get("published") else None
    updated = normalize.normalize_iso(meta.get("updated")) if meta.get("updated") else None
    day_first = fields.day_first_dates(raw, text or "", meta.get("url") or raw.url) or None
    mail_date = raw.envelope_date or meta.get("mail_date")   # the Date: of a mail the story came in
    # (in the mail program's words: "Envoyé : mardi 5 mars 2024 08:12", else English)
    mail_day = (normalize.parse_date(mail_date, language) or normalize.parse_date(mail_date, "en")) \
        if mail_date else None
    if published is None and raw.published_line:
        published = normalize.parse_date(raw.published_line,
                                         fields.date_line_language(raw.published_line) or language, day_first)
    if updated is None and raw.updated_line:
        updated = normalize.parse_date(raw.updated_line,
                                       fields.date_line_language(raw.updated_line) or language, day_first)
    if raw.date_lines:
        stamps = [normalize.parse_date(s, language, day_first) for s in raw.date_lines]
        stamps = [s for s in stamps if s]
        if len(stamps) > 1 and mail_day and stamps[0] == mail_day[:DAY_CHARS]:
            # "NORTHWIND ENERGY BRIEFING | Tuesday 14 February 2023" over the story's own
            # "February 13, 2023 4:52 PM GMT": a mailed digest's day (the mail's) is no
            # story's date
            stamps.pop(0)
        if published is None and len(stamps) > 1 and stamps[1][:DAY_CHARS] < stamps[0][:DAY_CHARS] \
                and raw.published_line is None and raw.updated_line is None:
            # "Tuesday, July 9, 2019 / 9:12 AM" (a OneNote page's own stamp), then Kyodo's "Jul
            # 8, 2019 - 14:05": an update never comes on an earlier day than the publication,
            # so the later stamp above is the clip's or the page's, not the story's
            stamps.pop(0)
        if published is None and stamps:
            published = stamps.pop(0)
        elif stamps and meta.get("published") and _same_stamp(stamps[0], published):
            stamps.pop(0)     # the page shows its markup's publication again: no update
        if stamps and published and len(published) == DAY_CHARS and stamps[0][:DAY_CHARS] == published:
            # "Datum: 03.05.1999" in an archive's record, then the wire's "sda  03.05.1999
            # 15:10" over the copy; a site's header "Miércoles, 22 de julio de 2009", then
            # the story's "22/07/2009 - 17:50": the same day, to the minute
            published = stamps.pop(0)
        # (a stamp the page shows twice, its meta bar's and its head's, is the publication's
        # both times: an update names another moment)
        stamps = [st for st in stamps if not (published and len(st) > DAY_CHARS and _same_stamp(st, published))]
        if updated is None and stamps and raw.published_line is None:
            updated = stamps[0]
    if raw.dateline and raw.dateline.month_day and not meta.get("published"):
        # "05/06/2023 04:12 PM" above "KUALA LUMPUR, June 5 (Bernama)": the dateline
        # says which number is the day
        published = normalize.swap_month_day(published, raw.dateline.month_day)
        updated = normalize.swap_month_day(updated, raw.dateline.month_day)
    if published is None and raw.closing_date:
        published = normalize.parse_date(raw.closing_date, language, day_first)
        if raw.dateline and raw.dateline.month_day:
            # Reuters' teletype tail "Reut11:27 03-12-97" under "AMSTERDAM, March 12 (Reuter)":
            # month first, as the dateline's day shows
            published = normalize.swap_month_day(published, raw.dateline.month_day)
    if published is None and raw.dateline and raw.dateline.date:
        published = normalize.parse_date(raw.dateline.date, language)
    if published is None and body:
        # "Abuja, March 5, 2024 (NAN) ...", "ABU DHABI, 5th March, 2024 (WAM) --": a dateline's
        # date the dateline parser did not take
        lead = fields.lead_date(body)
        if lead:
            published = normalize.parse_date(lead, language)
    if published is None and body and "  " in body:
        # "THE JAPAN TIMES  FRIDAY, OCTOBER 2, 2015   3" between a printed column's parts (a
        # PDF's text): the day of a page's head or foot, the paper's name apart by a gap
        foot = fields.page_foot_date(body)
        if foot:
            published = normalize.parse_date(foot, "en")
    if published is None and raw.copyright_year:
        # Old copy with a day and no year ("Tuesday May 22 2:32 PM Eastern Time", "LONDON,
        # March 5 (Reuters)"): the year its agency's copyright notice names
        published = _copyright_dated(raw)
    if published is None and mail_day:
        published = mail_day
    saved = meta.get("saved") or raw.saved_date
    if published is None and saved and raw.dateline and raw.dateline.month_day:
        # "TOKYO, March 4 Kyodo -" in a clipping "Saved 3/9/2008": the dateline's day, in the
        # year that puts it shortly before the day the copy was kept
        saved_day = normalize.parse_date(saved, language) or normalize.parse_date(saved, "en")
        if saved_day:
            published = _day_before(saved_day, raw.dateline.month_day, MAX_SAVE_LAG_DAYS)
    if published is None and updated is not None and len(updated) > DAY_CHARS and meta.get("published_fallback") \
            and meta["published_fallback"][:DAY_CHARS] == updated[:DAY_CHARS]:
        # "Desk | Mumbai | Updated: 08-03-2024 18:45 IST", the page's only stamp, and the
        # extractor's guess of its day alone: the stamp is when the story ran, to the minute
        published, updated = updated, None
    if published is None and raw.yearless_line and meta.get("published_fallback"):
        # "AFP - Sun Jul 20, 11:04 PM ET" over markup's "2008-07-21T03:04:00Z": the line's
        # day and time, in the year the markup gives
        published = _fallback_year_dated(raw.yearless_line, meta["published_fallback"])
    if published is None and meta.get("published_fallback"):   # a page's guess
        published = normalize.normalize_iso(meta["published_fallback"])
    if published and mail_day and raw.dateline and raw.dateline.month_day:
        # "MORNING DIGEST | Wednesday, March 5, 2025" over "HALIFAX, March 4 (Reuters) -": a
        # digest's day (the mail's) is not the day its stories ran
        published = _dateline_day_before(published, mail_day, raw.dateline.month_day)
    if published and len(published) == len("2024-03-13") and raw.closing_time:
        # "Riyadh, ..., March 13, 2024, SPA --" over a closing "14:53 LOCAL TIME 11:53 GMT":
        # the day's time the story was sent
        published = normalize.parse_date(f"{published} {raw.closing_time}") or published
    if published and len(published) == DAY_CHARS and meta.get("posted_time") and not raw.closing_time:
        # "dinsdag 15 april 2008" over a blog post, "Geplaatst door redactie om 15:47" under it
        published = normalize.parse_date(f"{published} {meta['posted_time']}") or published
    if published and len(published) == DAY_CHARS and raw.closing_date and not meta.get("published"):
        # "Mi, 03.Feb 2010" over APA's copy, "APA0412    2010-02-03/11:37" under it: the
        # closing stamp of the same day gives the time it was sent
        sent = normalize.parse_date(raw.closing_date, language, day_first)
        if sent and len(sent) > DAY_CHARS and sent[:DAY_CHARS] == published:
            published = sent
    if published and mail_day and len(published) == DAY_CHARS and len(mail_day) > DAY_CHARS \
            and mail_day[:DAY_CHARS] == published and not meta.get("published") \
            and (meta.get("mail_alert") or raw.envelope_agencies and _mailed_headline(raw.envelope_subject, title)):
        # An alert that mails one story under its headline ("Date: Tue, 10 May 2016 21:17:33
        # +0000" over "SANTIAGO, May 10 (Reuters) -"): the copy gives the day alone, the mail
        # the time of that day it went out, the only time of day the story has (a digest's
        # time is its own, after its stories'); so does a forwarded mail in which an agency
        # sent the story under its headline ("From: TASS <noreply@...>" / "Date: Fri, Nov 11,
        # 2022 at 3:40 PM" / "Subject: <the headline>")
        published = mail_day
    if raw.earlier_sent and published and len(published) > DAY_CHARS and updated is None:
        # "Wed Feb 9 2005 15:17:04 ET" over "Eds: ... An earlier version, moved at 11:05 a.m.
        # ET, ...": the stamp is the writethru's, the story ran first at the earlier time
        first = normalize.parse_date(f"{published[:DAY_CHARS]} {raw.earlier_sent}", "en")
        if first and len(first) > DAY_CHARS and first[:16] < published[:16]:
            published, updated = first, published
    if raw.release_day and (published or raw.copyright_year) and not meta.get("published"):
        # "ADVANCE FOR SUNDAY, JULY 12" over copy sent on July 8 ("AP-NY-07-08-92 1122EDT"):
        # the advance runs on its release day, in the transmission's year (the next one when
        # the day would come before it)
        published = _release_dated(raw.release_day, published, raw.copyright_year) or published
    if updated is not None and updated == published and (raw.published_line is not None or meta.get("published")
                                                         or raw.date_lines and raw.updated_line not in raw.date_lines):
        # "12.11.2020 - Güncelleme : 12.11.2020" (a site's bar printing its update field even
        # when nothing changed): an update at the very moment of its own publication stamp
        # names none (a page's only stamp, "Updated: ...", stays both: it is all there is)
        updated = None
    if published is None and updated is None:
        # "https://news.example/2023/12/12/slug": a site's address dates the story when
        # nothing else does (a day, never a time)
        published = normalize.date_in_url(meta.get("url") or raw.url)
    if published is None and updated is not None:
        # A page that shows only "Updated 3:05 PM EST, November 15, 2023" names no other
        # time: that one is the best evidence of when the story ran.
        published = updated
    # 4. people and agencies from every credit the text gives
    reporters = list(meta.get("reporters") or [])
    _add(reporters, raw.byline_names)
    if raw.dateline:
        _add(reporters, raw.dateline.reporters)   # "(서울=연합뉴스) 홍길동 기자 ="
    _add(reporters, raw.credits.get("reporters", []))
    if reporters and text:
        # "Par Jeune Afrique (avec AFP)" under the page's masthead "JEUNE AFRIQUE": the paper
        reporters = fields.without_masthead(reporters, text)
    if len(reporters) > 2:
        # {"author": "杨帆 周婷"} beside the dateline's "（记者杨帆、周婷）": a name that is only
        # other names found, joined by spaces, is those people, not one more
        reporters = [r for r in reporters if len(r.split()) < 2 or not all(p in reporters for p in r.split())]
    if len(reporters) > 1:
        # a page's author field keeps the weak opener the byline rules read as 'by' ("Ni Jo
        # Roe", Tagalog; "Na Jo Roe", Swahili): the name without it is the person
        reporters = [r for r in reporters if not (r[:3] in WEAK_OPENER_PREFIXES and r[3:] in reporters)]
    site = " ".join((meta.get("source") or "").split()).casefold()
    if site and reporters:
        # "Par Jeune Afrique (avec AFP)" on a page whose markup names the site "Jeune Afrique":
        # the site signs for no person (unless its markup gives that name as the author, as a
        # one-writer site may)
        reporters = [r for r in reporters if " ".join(r.split()).casefold() != site
                     or r in (meta.get("reporters") or [])]
    agencies = list(meta.get("agencies") or [])
    dl = raw.dateline
    if dl:
        _add(agencies, dl.agencies)
    _add(agencies, raw.agencies)
    if not agencies:
        _add(agencies, raw.lead_agencies)
    from_copy = bool(agencies)  # the copy's own lines credit an agency: its head was read
    if not agencies and not _own_outlet_story(meta, reporters, raw):
        _add(agencies, raw.caption_agencies)
    if not agencies:      # an agency's own site, named by its markup ("Algeria Press Service")
        _add(agencies, meta.get("agencies_fallback") or [])
    if dl is None and agencies and not from_copy and body:
        # copy credited only by a caption or by its site may open on a bare city in
        # capitals ("ISTANBUL"), read once the agency is known (a word in capitals alone
        # may be a kicker)
        dl = fields.lead_bare_dateline(body.split("\n"))
    # Reuters' 1980s house style is read only from raw feed copy, which carries no dated
    # header; modern copy with a timestamp names its agency when it has one.
    if not agencies and dl and dl.house_style and published is None:
        _add(agencies, [dl.house_style])
    if any(a in vocab.AGENCY_HOMONYMS for a in agencies):    # "(KNA)" under a Kenyan dateline
        agencies = normalize.resolve_homonyms(
            agencies, meta.get("region") or (dl.region if dl else None), text or "", language,
            dl.cities if dl else ())
    if len(agencies) > 1:
        agencies = _initials_of_named(agencies)   # "SHERMAN OAKS (CNS) -" over "-- City News Service"
    for merged in [a for a in agencies if a in vocab.AGENCY_MERGED_NAMES]:
        agencies = [a for a in agencies if a not in vocab.AGENCY_MERGED_NAMES[merged]]   # "(ats)" under "Keystone-ATS"
    editors = list(meta.get("editors") or [])
    _add(editors, raw.credits.get("editors", []))
    if editors and len(reporters) > 1 and any(r not in editors for r in reporters):
        # "Edited by Jo Roe/Al Day" under copy signed "By Ann Poe", on a page whose author is
        # Jo Roe (NAN's WordPress site): the page's author is the desk editor who posted the
        # story, no writer of it
        reporters = [r for r in reporters if r not in editors]
    translators = list(meta.get("translators") or [])
    _add(translators, raw.credits.get("translators", []))
    photographers = list(meta.get("photographers") or [])
    _add(photographers, raw.photographers)
    _add(photographers, raw.credits.get("photographers", []))
    cities = list(meta.get("cities") or (dl.cities if dl else [])
                  or ([raw.header_city] if raw.header_city else []))
    if not cities and agencies and text:
        cities = _lone_dateline_cities(text, agencies)
    if dl and dl.cities and body and "___" in body and not meta.get("cities"):
        # AP's roundup: each part under its "___" rule opens with its own dateline
        # (the story's own dateline opens the first part, its rule maybe left above the text)
        roundup = fields.roundup_cities(body, agencies, min_parts=fields.MIN_ROUNDUP_PARTS - 1)
        cities += [c for c in roundup if c not in cities]
    # "Claire ROE": the family name a byline sets in capitals, as a reader writes it
    reporters, editors, translators, photographers = (
        _recased(names) for names in (reporters, editors, translators, photographers))
    return Story(
        id=make_id(doc.key), path=doc.path, title=title, published=published, updated=updated,
        agencies=agencies, dateline=(meta.get("dateline") or (dl.text if dl else None)),
        cities=cities,
        region=meta.get("region") or (dl.region if dl else None),
        reporters=reporters, editors=editors, translators=translators,
        photographers=photographers, language=language,
        source=meta.get("source") or clean.find_source(text or ""),
        url=normalize.original_url(meta.get("url") or raw.url), body=body)


MAX_LONE_DATELINE_CHARS = 40   # "ANTWERPEN 29/03 (BELGA)": the place, maybe the day, the agency
LONE_DATELINE_LINES = 40       # ...under the lead's first paragraphs, not further down


def _lone_dateline_cities(text: str, agencies: list[str]) -> list[str]:
    """The place of a dateline set alone on its line under the lead, as Belga's feed sets it
    ("ANTWERPEN 29/03 (BELGA)" under a lead opening "(Belga) ...") and sites copying TT's
    story do ("GOTHENBURG (TT)"): the whole line a dateline, its agency one the story
    credits; [] for a story without one.

    >>> _lone_dateline_cities("Ports busy\\n\\n(Belga) The port was busy.\\n\\nANTWERPEN 29/03 (BELGA)\\n\\nMore.", ["Belga"])
    ['Antwerpen']
    >>> _lone_dateline_cities("Ports busy\\n\\nThe port was busy.\\n\\nThe talks (AFP)\\n", ["AFP"])
    []
    """
    for line in text.split("\n", LONE_DATELINE_LINES)[:LONE_DATELINE_LINES]:
        s = line.strip()
        if not (s[-1:] == ")" and "(" in s and len(s) <= MAX_LONE_DATELINE_CHARS and s[:1].isupper()):
            continue
        dl = fields.parse_dateline(s)
        if dl and dl.cities and dl.text == s and dl.agencies and set(dl.agencies) <= set(agencies) \
                and s.split("(")[0].strip().isupper():
            return list(dl.cities)
    return []


def _own_outlet_story(meta: dict, reporters: list[str], raw) -> bool:
    """Whether a story is the outlet's own, so that the agency a picture's caption credits is
    the picture's alone: its page names its outlet (the site, no agency), its own reporter
    signs it and the caption credits a photographer ("Af Jo Roe" over "Foto: Al Day/Ritzau
    Scanpix" on berlingske.dk). An agency's own page names no other outlet: its caption's
    agency credits the copy too."""
    site = meta.get("source")
    if not (site and reporters and (raw.photographers or meta.get("photographers"))):
        return False
    name = site.split(".")[0] if "." in site and " " not in site else site
    return not normalize.normalize_agency(name, credit=True) and not normalize.find_agencies(site)


INITIALS_SKIP_WORDS = frozenset(("of", "the", "and", "for"))


def _initials_of_named(agencies: list[str]) -> list[str]:
    """The agencies without a short form in capitals that is the initials of another one
    credited by its full name: a dateline's "(CNS)" and the closing "-- City News Service"
    are one agency, named as the copy spells it out (initials shared by several agencies
    are left in the vocabulary as written, so the full name settles which one it is).

    >>> _initials_of_named(["CNS", "City News Service"]), _initials_of_named(["AP", "Reuters"])
    (['City News Service'], ['AP', 'Reuters'])
    """
    full = {"".join(w[0] for w in a.replace("-", " ").split() if w.casefold() not in INITIALS_SKIP_WORDS).upper()
            for a in agencies if " " in a}
    return [a for a in agencies if not (a.isupper() and a.isalpha() and a in full)]

