"""Fields stage, the head: a story's lines -> title, date lines, byline, caption credits,
header credits and dateline (in RawFields), and the line the body starts at.

The head is everything above the dateline: site chrome, title, date lines, photo caption,
byline. Its lines are read top down until the dateline, the first prose or MAX_HEAD_LINES;
title.py then picks the headline among the lines none of the readers took.
"""
from __future__ import annotations

from .. import cjk, clean, envelope, normalize
from .patterns import (BARE_NAMES_JOINER_RE, BY_BRACKET_CREDIT_RE, MAX_BARE_NAMES_WORDS,
                       BYLINE_OF_RE, BYLINE_RE, COPYRIGHT_RE, CREDIT_OPEN_RE, DATE_BYLINE_RE,
                       DIGIT_RE, MAX_BYLINE_CHARS, MAX_DATE_LINE_CHARS, MAX_HEAD_CHARS,
                       MAX_HEAD_LINES, MAX_TITLE_CHARS, NAME_SPLIT_RE, PROSE_WORDS, SENTENCE_END_RE)
from .head_patterns import (BYLINE_DATE_RE, CONTROL_MARK_RE, CREDITED_DATE_RE, EDS_NOTE_RE,
                            FEED_LABEL_RE, HEADER_LABEL_RE, HEADER_SPLIT_RE, MAX_AGENCY_LINE_CHARS,
                            MAX_AGENCY_LINE_WORDS, MAX_RELATIVE_STAMP_CHARS, PLACE_BEFORE_DATE_RE,
                            RELATIVE_STAMP_RE, SECTION_PART_RE, SENTENCE_RE, SOURCE_DATE_RE,
                            TERMINAL_CODE_RE, TIME_ONLY_RE, URL_LINE_RE, WIRE_HEADER_LABEL_RE,
                            WIRE_HEADER_RE, WIRE_SLUG_RE, WORD_COUNT_RE)
from .record import Dateline, RawFields, _add
from .dates import _date_parts, classify_date_line
from .byline import _read_agency_line, byline_place, parse_byline, split_names
from .dateline import parse_dateline
from .credits import (NOTE_STARTS, _add_credits, _read_caption, _read_note, _read_slash_credit,
                      is_caption, parse_credits)
from .title import (_headline_like, _nav_line, _title_line, _wrapped_title_end,
                    _wrapped_title_start)


def _read_head(lines: list[str], out: RawFields, in_cjk: bool = False) -> int:
    """Fill title, dates, byline, caption credits and dateline from the head; return the body's first line."""
    text_lines: list[int] = []           # unclassified lines: title candidates, then prose
    chars = 0
    seen = 0
    first_date_at = None
    body_start = None
    credited = None                      # the last agency line's index
    headline = None                      # a feed's labelled headline
    captioned = None                     # the last caption credit line's index
    bylined = None                       # the last byline's index
    furniture: set[int] = set()          # date, byline, caption, credit and agency lines
    # A forwarded mail's headers and note, a feed item's labels, a cookie banner: skipped,
    # with what they tell kept (a subject, a feed's headline and author, the mail's date).
    env = envelope.read_envelope(lines)
    if env:
        _read_envelope(env, out)
        headline = env.title
    for i, raw in enumerate(lines):
        s = clean.squash(raw)
        if s and (s[0] == "^" or s.endswith(" =")):
            s = raw = CONTROL_MARK_RE.sub("", s).strip()   # "^Residents begin cleanup<", "^By X="
        if not s or env and i in env.skip:
            continue
        # A page's menu ("World", "Business") is many lines of a word or two above the
        # story: they count against MAX_HEAD_CHARS, not against MAX_HEAD_LINES.
        seen += not _nav_line(s)
        chars += len(s)
        if seen > MAX_HEAD_LINES or chars > MAX_HEAD_CHARS:
            break
        if envelope.is_advisory(s):
            continue      # "ATTENTION - UPDATES toll ///", "URGENT": no dateline, no title
        if "/" in s and "," in s:
            _read_slash_credit(s, out)    # BTA's dateline: "Пловдив, 5 март /Мария Петкова, БТА/"
        dl = parse_dateline(raw, after_title=bool(text_lines) or seen > 1)
        if dl and (text_lines or len(s) > MAX_TITLE_CHARS or seen > 1 or len(s.split()) > 12
                   or dl.certain):
            title_at = first_date_at - 1 if first_date_at else 0
            if any(SENTENCE_RE.search(clean.squash(lines[j])) for j in text_lines[title_at + 1:]):
                break            # the story began above: a dateline-like line here is inside it
            out.dateline = dl
            body_start = i
            break
        url = URL_LINE_RE.match(s) if "://" in s else None     # no "://", no URL line
        if url:
            out.url = out.url or url["url"]
            continue
        if "|" in s and HEADER_SPLIT_RE.search(s) and _read_header_segments(s, out):
            furniture.add(i)
            continue
        label = FEED_LABEL_RE.match(s)
        if label:
            headline = _read_feed_label(label["label"], label["value"].strip(), out) or headline
            continue
        if WIRE_SLUG_RE.match(s) or EDS_NOTE_RE.match(s) or WIRE_HEADER_RE.match(s) \
                or ":" in s[:12] and WIRE_HEADER_LABEL_RE.match(s):
            continue      # "BC-US--Budget-Showdown, 3rd Ld-Writethru", "Eds: UPDATES with ..."
        if s[:5] in NOTE_STARTS and _read_note(s, out):
            furniture.add(i)
            continue      # "This article was translated from Swedish by ..."
        if clean.is_boilerplate(s) and not is_caption(s):
            if COPYRIGHT_RE.search(s):      # "Copyright 1989 U.P.I.", above a feed's story
                _add(out.agencies, normalize.find_agencies(s))
            continue
        if len(s) <= MAX_RELATIVE_STAMP_CHARS and RELATIVE_STAMP_RE.match(s):
            furniture.add(i)
            continue      # "2 hours ago" under the headline: no date, no title
        if TIME_ONLY_RE.match(s) and _add_time(s, out):
            furniture.add(i)
            continue      # Factiva: "8 February 2006", then "13:52 GMT" on a line of its own
        if WORD_COUNT_RE.match(s):
            # Factiva: headline, author (no "By"), "412 words", date, time, source
            above = clean.squash(lines[text_lines[-1]]) if len(text_lines) > 1 else ""
            name = normalize.normalize_name(above) if len(above.split()) <= 4 else None
            if name:
                _add(out.byline_names, [name])
                text_lines.pop()
            continue
        if in_cjk:
            credits = cjk.read_credit_line(s, in_body=False)
            if credits is not None:     # "来源：新华社", "（共同通信記者 山田太郎）", a photo's credit
                _add_credits(credits, out)
                continue
        if DIGIT_RE.search(s) and _read_date_byline(s, out):
            furniture.add(i)
            continue      # "Published on 10/05/2022 - 16:05 By Bruno Taveira - ..."
        dates = _credited_dates(s, out) or _date_parts(s)
        if dates:
            for kind, part in dates:
                _record_date_line(part, kind, out)
            if in_cjk:                 # "2024-03-05 14:32:00 来源：新华网"
                _add(out.agencies, cjk.source_agencies(s))
            if first_date_at is None:
                if len(text_lines) > 1 and text_lines[-1] == _previous_line(lines, i):
                    names = _bare_names(clean.squash(lines[text_lines[-1]]))
                    if names:       # "Jo Roe and Al Day", then the date line
                        _add(out.byline_names, names)
                        furniture.add(text_lines.pop())
                first_date_at = len(text_lines)
            furniture.add(i)
            continue
        if is_caption(s):
            _read_caption(s, out)
            captioned = i
            furniture.add(i)
            continue
        if captioned == i - 1 and len(s.split()) < PROSE_WORDS and SENTENCE_END_RE.search(s[-1]):
            furniture.add(i)
            continue    # "Foto: Name/dpa", then the caption's words on the next line
        credits = parse_credits(s) if CREDIT_OPEN_RE.match(s) or s[:1] == "(" \
            and BY_BRACKET_CREDIT_RE.match(s) else None
        if credits:                          # "Editor: Wang Lei", "Con información de AP"
            _add_credits(credits, out)
            furniture.add(i)
            continue
        if len(s) <= MAX_AGENCY_LINE_CHARS and _read_agency_line(s, out):
            credited = i
            furniture.add(i)
            continue
        if credited is not None and _after_credit(lines, credited, i) and s.isupper() \
                and len(s.split()) <= 3 and not SENTENCE_END_RE.search(s):
            continue    # "Redazione ANSA", then "FIRENZE": the desk's place, not a headline
        dated = BYLINE_DATE_RE.match(s)
        if dated and BYLINE_RE.match(s):
            # "By A and B - Mar 3, 2012 2:01 AM GMT": a byline, then its date
            kind, by = classify_date_line(dated["date"]), parse_byline(dated["by"])
            if kind and by:
                _record_date_line(dated["date"], kind, out)
                _add(out.byline_names, by[0])
                _add(out.agencies, by[1])
                furniture.add(i)
                continue
        if text_lines or len(s.split()) <= 10:
            by = parse_byline(s)
            if by and (by[0] or text_lines):
                _add(out.byline_names, by[0])
                _add(out.agencies, by[1])
                out.header_city = out.header_city or byline_place(s)
                furniture.add(i)
                bylined = i
                continue
        if bylined is not None and s[:1] in "OoFf" and _after_credit(lines, bylined, i):
            of = BYLINE_OF_RE.match(s)
            found = normalize.find_agencies(of["aff"]) if of else []
            if found and len(of["aff"].split()) <= MAX_AGENCY_LINE_WORDS:
                _add(out.agencies, found)       # "By Jo Roe" / "Of DOW JONES NEWSWIRES"
                furniture.add(i)
                continue
        text_lines.append(i)
        if len(text_lines) > 1 and len(s.split()) >= PROSE_WORDS:
            break                               # prose: the story began without a dateline
    # Title: a feed's labelled headline, else the line _title_line picks.
    if headline:
        out.title = headline
        text_lines = [i for i in text_lines if clean.squash(lines[i]) != headline]
    elif text_lines:
        t = _title_line(lines, text_lines, first_date_at, out, furniture)
        first = _wrapped_title_start(lines, t, text_lines)
        candidate = " ".join(clean.squash(lines[j]) for j in range(first, t + 1))
        if candidate[:1] == "^" or candidate.endswith(" ="):
            candidate = CONTROL_MARK_RE.sub("", candidate).strip()
        elif candidate[:1] == "(":
            candidate = TERMINAL_CODE_RE.sub("", candidate)   # "(BN) Poland's Central Bank Holds ..."
        wrapped = _wrapped_title_end(lines, t, candidate, text_lines)
        if wrapped:
            candidate = f"{candidate} {clean.squash(lines[wrapped])}"
            t = wrapped
        if len(candidate) <= MAX_TITLE_CHARS:
            out.title = candidate
            text_lines = [i for i in text_lines if i > t]
    if env and env.subject and (out.title is None or not _headline_like(out.title, False)
                                or SENTENCE_RE.match(out.title)):
        out.title = env.subject     # a mail whose story has no headline: its subject is one
    if body_start is None:
        body_start = text_lines[0] if text_lines else _after_last_head_line(lines, out)
    return body_start


def _previous_line(lines: list[str], i: int) -> int | None:
    """The index of the last non-blank line above line i."""
    return next((j for j in range(i - 1, -1, -1) if lines[j].strip()), None)


def _bare_names(s: str) -> list[str]:
    """The names of a line that is only names joined by a conjunction, with no "By"
    ("Jo Roe and Al Day", "JOANA ROE E RAFAEL DAY"), else [].

    >>> _bare_names("Tomás Roe and Rhea Day"), _bare_names("Rates and Prices")
    (['Tomás Roe', 'Rhea Day'], [])
    """
    if len(s.split()) > MAX_BARE_NAMES_WORDS or not BARE_NAMES_JOINER_RE.search(s) \
            or SENTENCE_END_RE.search(s[-1]):
        return []
    parts = [p.strip(" ,") for p in BARE_NAMES_JOINER_RE.split(s)]
    names = [normalize.normalize_name(p) for p in parts]
    if not all(names) or any(len(n.split()) < 2 or normalize.is_known_city(n) for n in names):
        return []
    return names


def _read_envelope(env: envelope.Envelope, out: RawFields) -> None:
    """What a story's envelope tells: a feed item's authors, the mail's own date."""
    out.mail = env.mail
    out.envelope_date = env.mail_date
    for value in env.authors:       # "Author: By KEVIN HOLLIS, Associated Press Writer"
        by = parse_byline(value) or split_names(value)
        _add(out.byline_names, by[0])
        _add(out.agencies, by[1])


def _read_date_byline(s: str, out: RawFields) -> bool:
    """A date line and a byline on one line ("Published on 10/05/2022 - 16:05 By Bruno
    Taveira - Agência Brasil reporter - Rio de Janeiro"): both recorded; True if it was one."""
    m = DATE_BYLINE_RE.match(s) if len(s) <= 2 * MAX_DATE_LINE_CHARS + MAX_BYLINE_CHARS else None
    if not m:
        return False
    dates, by = _date_parts(m["date"]), parse_byline(m["by"])
    if not dates or not by or not by[0]:
        return False
    for kind, part in dates:
        _record_date_line(part, kind, out)
    _add(out.byline_names, by[0])
    _add(out.agencies, by[1])
    out.header_city = out.header_city or byline_place(m["by"])
    return True


def _credited_dates(s: str, out: RawFields) -> list[tuple[str, str]] | None:
    """A date line after the agency's or site's credit: "KYODO NEWS - Mar 5, 2024 - 14:32",
    "AGI - Milano, 5 marzo 2024 - 14:32", "Ouest-France avec AFP. Publié le 05/03/2024 à
    14h32": its dates, the agencies and the place recorded; None when it is not one."""
    if not DIGIT_RE.search(s):
        return None
    source = SOURCE_DATE_RE.match(s) if ":" in s[:9] else None
    if source:                  # "Source: Kyodo News, 22 April 2012"
        agencies = [normalize.normalize_agency(p) for p in NAME_SPLIT_RE.split(source["credit"]) if p]
        dates = _date_parts(source["date"]) if agencies and all(agencies) else None
        if dates:
            _add(out.agencies, agencies)
            return dates
    m = CREDITED_DATE_RE.match(s)
    if not m:
        return None
    rest = m["rest"].split(" | ")[0]
    dates = _date_parts(rest)
    if not dates or not _read_agency_line(m["credit"].strip(), out):
        return None
    place = PLACE_BEFORE_DATE_RE.match(rest)
    if place and not normalize.month_names().get(normalize.fold(place["place"])):
        out.header_city = out.header_city or normalize.normalize_city(place["place"])
    return dates


def _read_feed_label(label: str, value: str, out: RawFields) -> str | None:
    """A labelled header line of a database export (LexisNexis: "HEADLINE:", "BYLINE:",
    "DATELINE:", "SECTION:"): what it gives recorded; the headline returned."""
    label = label.upper()
    if label == "HEADLINE":
        return value or None
    if label == "BYLINE":
        by = parse_byline(value) or (split_names(value) if value else None)
        if by:
            _add(out.byline_names, by[0])
            _add(out.agencies, by[1])
    elif label == "DATELINE" and value and out.dateline is None:
        city = normalize.normalize_city(value.split(",")[0])
        if city and len(value) <= 40:
            region = value.split(",", 1)[1].strip() if "," in value else None
            out.dateline = Dateline(value, [city], region or None, [])
    return None


def _add_time(s: str, out: RawFields) -> bool:
    """A time on a line of its own joins the date line just read; True if there was one."""
    if out.date_lines:
        out.date_lines[-1] += " " + s
    elif out.published_line:
        out.published_line += " " + s
    else:
        return False
    return True


def _after_credit(lines: list[str], credited: int, i: int) -> bool:
    """Whether line i comes right after line ``credited`` (blank lines between)."""
    return all(not lines[j].strip() for j in range(credited + 1, i))


def _record_date_line(s: str, kind: str, out: RawFields) -> None:
    if kind == "published" and out.published_line is None:
        out.published_line = s
    elif kind == "updated" and out.updated_line is None:
        out.updated_line = s
    else:
        out.date_lines.append(s)


def _read_header_segments(line: str, out: RawFields) -> bool:
    """A header line of "|"-joined parts: "Source: Xinhua | 2023-08-07 21:05:33 | Editor: Wang
    Lin", "Mehmet Yılmaz |05.03.2024 - Güncelleme : 05.03.2024".

    Taken only when every part is a date, a byline (or a bare name beside a date), a
    labelled credit, or a section or place first; returns whether it was.
    """
    parts = [p.strip() for p in HEADER_SPLIT_RE.split(line) if p.strip()]
    found = []
    for n, part in enumerate(parts):
        dates = _date_parts(part)
        if dates:
            found.extend(("date", kind, text) for kind, text in dates)
            continue
        label = HEADER_LABEL_RE.match(part)
        if label:
            found.append(("label", label["label"].casefold(), label["value"]))
            continue
        named = [normalize.normalize_agency(a) for a in part.split("/")]
        if all(named):                       # "Reuters | 04 March 2024", "Lusa/EFE | ..."
            found.append(("agency", named, part))
            continue
        if TIME_ONLY_RE.match(part) and found and found[-1][0] == "date":
            found[-1] = ("date", found[-1][1], f"{found[-1][2]} {part}")   # "... | 8:15 am"
            continue
        by = parse_byline(part)
        if by:
            found.append(("byline", by, part))
            continue
        if found and found[-1][0] == "agency" and SECTION_PART_RE.match(part):
            found.append(("place", None, part))   # "AFP | Guwahati | Updated: ..."
            continue
        if n == 0 and SECTION_PART_RE.match(part):
            # "Business | Tue Sep 8, 2015 4:19am EDT", "COPENHAGEN | By Jo Roe": a section
            # or the desk's place first
            found.append(("place" if part.isupper() else "section", None, part))
            continue
        return False
    kinds = {f[0] for f in found}
    if "date" not in kinds and not ("byline" in kinds and "place" in kinds):
        return False      # (an agency and a date make a header; an agency alone does not)
    for what, kind, value in found:
        if what == "date":
            _record_date_line(value, kind, out)
        elif what == "byline":
            _add(out.byline_names, kind[0])
            _add(out.agencies, kind[1])
        elif what == "agency":
            _add(out.agencies, kind)
        elif what == "place":
            out.header_city = normalize.normalize_city(value)
        elif what == "section" and "date" in kinds and sum(f[0] != "date" for f in found) == 1:
            # "Mehmet Yılmaz |05.03.2024": a name beside the date is the author
            name = normalize.normalize_name(value)
            if name and len(value.split()) > 1:
                _add(out.byline_names, [name])
        elif kind in ("source", "quelle", "fuente", "fonte", "agency", "agence", "agentur"):
            _add(out.agencies, normalize.find_agencies(value))
        elif kind in ("editor", "éditeur", "redakteur", "editor responsable"):
            _add(out.credits.setdefault("editors", []), split_names(value)[0])
        elif kind in ("author", "auteur", "autor"):
            names, agencies = split_names(value)
            _add(out.byline_names, names)
            _add(out.agencies, agencies)
    return True


def _after_last_head_line(lines: list[str], out: RawFields) -> int:
    # No dateline and no prose line: the body is whatever follows the title.
    if out.title is None:
        return 0
    for i, raw in enumerate(lines):
        if clean.squash(raw) == out.title:
            return i + 1
    return 0
