"""Fields stage, the head: a story's lines -> title, date lines, byline, caption credits,
header credits and dateline (in RawFields), and the line the body starts at.

The head is everything above the dateline: site chrome, title, date lines, photo caption,
byline. Its lines are read top down until the dateline, the first prose or MAX_HEAD_LINES.
head_lines.py reads the header lines that tell something (date lines, labelled and
"|"-joined headers, bare names); title.py then picks the headline among the lines none of
the readers took.
"""
from __future__ import annotations

import dataclasses
import re
from itertools import takewhile

from .. import cjk, clean, envelope, normalize, vocab
from ..formats.html import MAX_CREDIT_LABEL_CHARS, strip_site_name
from .patterns import (EMAIL_LINE_RE, WIRE_STAMP_RE, ACRONYM_RE, BY_BRACKET_CREDIT_RE, DASH_FRAMED_LINE_RE, BYLINE_OF_RE, BYLINE_RE, COPYRIGHT_RE, CREDIT_OPEN_RE,
                       DIGIT_RE, MAX_BYLINE_CHARS, MAX_HEAD_CHARS, MAX_HEAD_LINES, MAX_TITLE_CHARS, NAME_SPLIT_RE, PROSE_WORDS,
                       ROLE_WORDS_RE, SENTENCE_END_RE)
from .head_patterns import (AGENCY_PLACE_SEP_RE, BULLET_PARTS_RE, BULLET_SPLIT_RE, MAX_AGENCY_PLACE_CHARS,
                            MAX_CREDIT_PLACE_WORDS, CLIPPING_LINE_RE, CONTROL_MARK_RE,
                            CORRESPONDENT_LINE_RE, CORRESPONDENT_NAME_LINE_RE, CORRECTION_NOTE_RE, FAX_HEADER_RE, CLIENT_BANNER_RE, MENU_PATH_RE, MENU_YEAR_RE, CORRECTION_NOTE_MIN_WORDS, CITATION_DATE_RE, CITED_URL_RE, DESK_CREDIT_RE, EDS_NOTE_RE, EARLIER_SENT_RE, ADVANCE_RE, EMPHASIS_MARKS_RE,
                            FEED_LABEL_RE, HEADER_PART_SPLIT_RE, HEADER_SPLIT_RE, HEAD_SOURCE_RE, MAX_AGENCY_LINE_CHARS,
                            MAX_AGENCY_LINE_WORDS, MAX_BULLET_PART_WORDS, MAX_SLUG_TOPIC_WORDS,
                            MAX_CORRESPONDENT_LINE_CHARS, MAX_DESK_CREDIT_CHARS,
                            MAX_PHOTO_CREDIT_WORDS, MAX_RELATIVE_STAMP_CHARS, MAX_STAMP_TIME_CHARS,
                            OUTLET_REPORT_RE, PHOTO_CREDIT_MARK_RE, REFERENCE_LINE_RE, ISSUE_LINE_RE,
                            RELATIVE_STAMP_RE, RULE_LINE_RE, RULE_MARKS, SENTENCE_RE, SERVICE_REGION_RE,
                            SLUG_STAMP_HEADER_RE, SERVICE_STAMP_HEADER_RE, KEYED_STAMP_HEADER_RE, TELETYPE_HEADER_RE,
                            TERMINAL_CODE_RE, CJK_AGENCY_TITLE_PREFIX_RE, TIME_ONLY_RE, URL_LINE_RE, WIRE_HEADER_LABEL_RE,
                            WIRE_HEADER_RE, WIRE_SLUG_RE, WORD_COUNT_RE)
from .head_patterns import (RELEASE_WIRE_LABEL_RE, ADVANCE_NOTE_RE, BYLINE_DATE_JOINER_RE, MAX_CAPTION_CREDIT_WORDS, MAX_LONE_LABEL_WORDS,
                            MAX_ROLE_LINE_WORDS, RECORD_SKIP_LABEL_RE, SUMMARY_POINT_RE)
from .record import RawFields, _add
from .dates import _date_parts
from .dates import copyright_year, reader_stamp_date, sent_stamp_time, time_only_stamp, wire_stamp_time, yearless_date
from .byline import _read_agency_line, byline_place, is_desk_byline, parse_byline, split_names
from .byline import _is_role_word, _outlet_or_newsroom
from .dateline import parse_dateline
from .dateline_parts import SECTION_WORD_SET, _capitalised, _is_weekday_or_month, _section_place
from .credits import PHOTO_AGENCY_NAME_RE
from .patterns import INDIC_LETTERS, PHOTO_ORG_WORDS, SENT_STAMP_RE
from .credits import (NOTE_STARTS, _add_credits, byline_and_credits, credit_under_caption, _read_caption, _read_note, _read_slash_credit,
                      city_signoff, is_caption, parse_credits, role_signoff)
from .title import (video_slug_line, agency_masthead, broadcast_masthead, _bare_byline, colon_clause_over, _headline_like, _menu, _nav_line,
                    _title_line, _wrapped_title_end, _wrapped_title_start, strip_region_label)
from .head_lines import (_add_time, _bare_names, _credited_dates, date_source, _read_date_byline, read_name_then_stamp, _read_envelope,
                         _read_author_agency, _read_feed_label, _read_header_segments, _read_name_at_agency, _record_date_line)
from .head_lines import (RUNNING_HEAD_BAR_RE, RUNNING_HEAD_GAP_BAR_RE, RUNNING_HEAD_PAGE_RE,
                         _read_byline_then_date, _read_dated_byline, _read_running_head, _read_stamp_place, _read_time_stamp,
                         _read_transmission_header, placed_date_parts, read_monitor_source, read_paper_head, read_time_label,
                         running_head_line,
                         time_before_place,
                         timed_running_head)


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
    time_stamps: list[str] = []          # "Updated 15:10": a time whose day is the head's date
    clipping = None                      # text lines above a clipping service's last header line
    ruled = None                         # text lines above the last rule line ("-----")
    noted: set[int] = set()              # a correction note's hard-wrapped lines after its first
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
        elif s[:2] == "--" and s[-2:] == "--":
            framed = DASH_FRAMED_LINE_RE.match(s)
            if framed:    # "--- Von Jo Roe, dpa-AFX ---" over the copy, as dpa-AFX frames its byline
                s = raw = framed["inner"]
        if not s or env and i in env.skip or i in noted:
            continue
        if s[:5].upper() == "(END)" and text_lines:
            break         # "(END) Dow Jones Newswires": the copy ended above; below is the tail's stamp
        # A page's menu ("World", "Business") is many lines of a word or two above the
        # story: they count against MAX_HEAD_CHARS, not against MAX_HEAD_LINES.
        seen += not _nav_line(s)
        chars += len(s)
        if seen > MAX_HEAD_LINES or chars > MAX_HEAD_CHARS:
            break
        if envelope.is_advisory(s) or envelope.is_share_mark(s) or envelope.is_no_reply_notice(s):
            continue      # "ATTENTION - UPDATES toll ///", "URGENT", "Forwarded from X", "... do not reply": no title
        if not text_lines and s[-1:].isdigit() and ("/" in s and MENU_PATH_RE.match(s) or CLIENT_BANNER_RE.match(s)):
            year = MENU_YEAR_RE.search(s) if "/" in s else None
            if year:      # "Asia-Pacific News/Kyodo/1993-11/931102.03": the archive's folder of the year
                out.copyright_year = out.copyright_year or int(year["year"])
            furniture.add(i)
            continue      # "Internet Gopher Information Client v1.12", the menu's path: no title, no place
        fax = FAX_HEADER_RE.match(raw.strip()) if "  " in raw and s[:1].isalnum() and s[-1:].isdigit() else None
        if fax:           # "MAR-06-1996 09:14   FROM EAST DESK   TO ...   P.01/02": when the fax went
            day = fax["day"].replace("-", " ") if fax["day"][:1].isalpha() else fax["day"]
            # (its day alone: the time is the fax's, not the story's)
            out.envelope_date = out.envelope_date or day
            furniture.add(i)
            continue
        if s[:3] == s[-3:] and s[:3] in BANNER_FRAMES and len(s) > 6:
            continue      # "*** FAX TRANSMISSION -- FOR LIBRARY FILE ***": a banner, no title nor dateline
        banner = broadcast_masthead(s) if seen <= 2 and not text_lines and (
            " -" in s or " | " in s or len(s) <= MAX_BANNER_ALONE_CHARS and s.isupper()) else None
        if banner:
            _add(out.agencies, [banner])
            furniture.add(i)
            continue      # "AFP AUDIO - SERVICE RADIO FRANCOPHONE": a script's service banner, no title
        if s[0] in RULE_MARKS and RULE_LINE_RE.match(s):
            ruled = len(text_lines)
            continue      # "-----" between a newsletter's parts: no title
        slug = video_slug_line(s) if seen <= 2 and not text_lines and "-" in s[2:7] else None
        if slug:
            _add(out.agencies, [slug[0]])
            headline = headline or slug[1]
            _record_date_line(slug[2], "date", out)
            furniture.add(i)
            if first_date_at is None:
                first_date_at = len(text_lines)
            continue      # "AP-APTN-0915: Floods Close Border Crossing Tuesday, 3 March 1998": a video item's index line
        if "/" in s and "," in s:
            _read_slash_credit(s, out)    # BTA's dateline: "Пловдив, 5 март /Мария Петкова, БТА/"
        if s[:1].isalpha() and ("- " in s or "– " in s or "— " in s or "• " in s or "· " in s
                                or BYLINE_DATE_JOINER_RE.search(s)) \
                and _read_dated_byline(s, out):
            furniture.add(i)
            if first_date_at is None:
                first_date_at = len(text_lines)   # a date line: the headline is above it
            continue      # "By Bernama - June 4, 2025 @ 9:12am": no dateline "By Bernama -"
        if "|" in s[:8] and s[:1].isdigit():
            time_before_place(s, out)     # "12:48 | Lima, Jul. 28.": the time of the date above
        dl = parse_dateline(raw, after_title=bool(text_lines) or seen > 1)
        if dl and not dl.agencies and (s.isupper() or dl.month_day is None and dl.date is None
                                       and _capitalised_rest(s, dl.text)) and _slug_line(s, dl.text):
            dl = None     # "KRAGUJEVAC - FABRIKA": a teletype's place and topic slug over the headline;
            # "Regione Emilia-Romagna - Ufficio Stampa": a press office's masthead, its desk's name
        if dl and dl.cities and not dl.agencies and dl.date is None and dl.month_day is None \
                and _credited_person(dl.cities, out):
            dl = None     # "JO ROE: It's six in the morning ...": a transcript's speaker the credits name, no place
        if dl and (dl.cities and not dl.agencies or dl.agencies and not dl.cities) and agency_masthead(s):
            dl = None     # "AIP - Agence Ivoirienne de Presse": the agency's masthead, its short name no place
            # (nor an agency's lead: "NNA - The minister ..." opens the copy, "NAN - News Agency of Nigeria" none)
        if dl and dl.cities and dl.agencies and text_lines and dl.text == s.strip() \
                and _names_masthead(dl.cities, lines[text_lines[0]]):
            dl = dataclasses.replace(dl, cities=[], region=None)
            # "هسبريس - و.م.ع" alone under a page headed "هسبريس": the site running the agency's copy, no
            # place ("Bremen (dpa) - Die Stadt ..." under a regional page's "Bremen" runs on into the copy)
        if dl and (text_lines or len(s) > MAX_TITLE_CHARS or seen > 1 or len(s.split()) > 12
                   or dl.certain):
            title_at = first_date_at - 1 if first_date_at else 0
            above = [clean.squash(lines[j]) for j in text_lines[title_at + 1:]]
            # (a summary's points are sentences too, no story's start: "- The panel reports in May.")
            if any(SENTENCE_RE.search(t) and not SUMMARY_POINT_RE.match(t) for t in above) \
                    and not _standfirst_above(dl, above):
                part = _ruled_part(lines, text_lines, ruled, first_date_at)
                if part is None:
                    break        # the story began above: a dateline-like line here is inside it
                # "Prepared for our clients. Not for redistribution." over a rule, then the
                # headline and the dateline: a mailed newsletter's masthead and its part's story
                clipping, first_date_at = ruled, None
            out.dateline = dl
            body_start = i
            _read_name_above_dateline(lines, text_lines, i, out)
            _read_date_under_dateline(lines, i, s, out)
            break
        if s[:1].isalpha() and clean.is_quote_box_stamp(s):
            continue      # "After hours: $3.50   Nov 13, 2024 7:58 PM ET": a quote box's time, no page head
        saved = reader_stamp_date(s) if s[:1].isalpha() and DIGIT_RE.search(s) else None
        if saved:
            out.saved_date = out.saved_date or saved
            furniture.add(i)
            continue      # "Saved on March 5, 2024": when a reader kept the page, not when it ran
        if running_head_line(raw) and DIGIT_RE.search(s) and _read_running_head(raw, out):
            furniture.add(i)
            if first_date_at is None and timed_running_head(raw):
                # "Redazione ANSA   ROMA   19 novembre 2020   13:05": a site's stamp, its time
                # last, is the story's date line with the headline above it (a paper's page
                # head has no time; a terminal's "04-Mar-2024 09:12:03 GMT   RTRS" opens on it)
                first_date_at = len(text_lines)
            continue      # "THE DAILY COURIER      TUESDAY, MARCH 5, 2024      A7": a paper's page head
        if ", " in s and s[-1:].isalnum() and DIGIT_RE.search(s) and not (
                s[:2].isupper() and placed_date_parts(s)) and read_paper_head(s, out):
            furniture.add(i)
            continue      # "A7 THE LEADER-POST, Regina, Thursday, November 14, 1991": OCR of a page head
            # (not "CHENNAI, February 9, 2016": a known city, a paper's dateline over the copy)
        stamped = SLUG_STAMP_HEADER_RE.match(raw.strip()) if "  " in raw and s[-3:-2] == ":" else None
        if stamped is None and "  " in raw and (s[:2].isupper() and s[2:3].isupper() or s[:2].isdigit()):
            stamped = SERVICE_STAMP_HEADER_RE.match(raw.strip())
        if stamped is None and s[:1] == "<" and DIGIT_RE.search(s):
            stamped = KEYED_STAMP_HEADER_RE.match(s)    # "<GO>  BN 2024-06-11 07:55:31 NEWS  Page 1/2"
        if stamped:       # "HHHHH NEWS Ferry Storm  14/02/2006  15:06": PA's header, the story's filing time
            parts = stamped.groupdict()                       # "RTRS  07.08.2002  08:43 GMT  [DE]  SLUG"
            day, time = parts["day"] or parts.get("day2"), parts["time"] or parts.get("time2")
            zone = parts.get("zone") or parts.get("zone2") or ""
            _record_date_line(f"{day} {time} {zone}".strip(), "date", out)
            furniture.add(i)
            if first_date_at is None:
                first_date_at = len(text_lines)
            continue
        if "   " in raw and _repeated_below(lines, i, s):
            furniture.add(i)
            continue      # "TRADE MONITOR - DIGEST      May 2003": a PDF's page header, set again on each page
        url = URL_LINE_RE.match(s) if "://" in s else None     # no "://", no URL line
        if url:
            out.url = out.url or url["url"]
            continue
        cited = CITED_URL_RE.search(s) if "://" in s and not out.url else None
        if cited:         # a reader's citation over the clip: "... Recuperado de http://..."
            out.url = cited["url"] or cited["url2"]
            day = CITATION_DATE_RE.search(s, 0, cited.start()) if cited["url"] and "(" in s else None
            if day:      # ...and its author-date day: "Agencia EFE (2009, 14 de mayo). ..."
                _record_date_line(f"{day['day']} {day['year']}", "date", out)
        if len(s) <= MAX_AGENCY_PLACE_CHARS and " " in s and _read_agency_and_place(raw.strip(), out, bool(text_lines)):
            furniture.add(i)
            continue      # "EUROPA PRESS | VALLADOLID", "EFE  Toledo": the agency and its desk's place
        if ("|" in s or "║" in s) and DIGIT_RE.search(s) and RUNNING_HEAD_PAGE_RE.search(s) \
                and _read_running_head(s, out, RUNNING_HEAD_BAR_RE):
            furniture.add(i)
            continue      # "Rheinische Abendpost | Mittwoch, 03.11.2004 | Seite 5": an e-paper's page head
        if ("|" in s and HEADER_SPLIT_RE.search(s) and _read_header_segments(s, out)
                or "|" not in s and ("·" in raw or "•" in raw or "\u3000" in raw) and DIGIT_RE.search(s)
                and HEADER_PART_SPLIT_RE.search(raw.strip())
                and _read_header_segments(raw.strip(), out, HEADER_PART_SPLIT_RE)):
            furniture.add(i)
            if first_date_at is None and (out.published_line or out.updated_line or out.date_lines):
                first_date_at = len(text_lines)   # "Published ... | Updated ...": the headline is above
            continue
        if "|" in s and "   " in raw and DIGIT_RE.search(s) \
                and _read_running_head(raw.strip(), out, RUNNING_HEAD_GAP_BAR_RE):
            furniture.add(i)
            continue      # "OIL NOTES        Issue 12-044 | Friday 3 May 2013": a newsletter's issue line
        label = FEED_LABEL_RE.match(s)
        if label:
            headline = _read_feed_label(label["label"].upper(), label["value"].strip(), out) or headline
            continue
        advance = ADVANCE_RE.match(s) if s[:3] in ("ADV", "Adv") else None
        if advance and normalize.month_day_match(advance["when"]):
            out.release_day = out.release_day or advance["when"]
            furniture.add(i)
            continue      # "ADVANCE FOR SUNDAY, JULY 12": the day the advance runs, no headline
        release = RELEASE_WIRE_LABEL_RE.match(s) if s[:1] in "ED" and "-" in s[:5] else None
        if release:       # "EQS-News: Acme AG / Schlagwort(e): ...": the wire carrying the release
            _add(out.agencies, [vocab.RELEASE_WIRE_LABELS[release["wire"]]])
            furniture.add(i)
            continue
        if WIRE_SLUG_RE.match(s) or EDS_NOTE_RE.match(s) or ":" in s[:12] and WIRE_HEADER_LABEL_RE.match(s) \
                or ":" in s and REFERENCE_LINE_RE.match(s):
            earlier = EARLIER_SENT_RE.search(s) if "arlier" in s and EDS_NOTE_RE.match(s) else None
            if earlier:   # "Eds: CORRECTS ... An earlier version, moved at 11:05 a.m. ET, ...": when it ran first
                out.earlier_sent = out.earlier_sent or f"{earlier['time']} {earlier['tz'] or ''}".strip()
            continue      # "BC-US--Budget-Showdown, 3rd Ld-Writethru", "Eds: UPDATES with ...", "RNS Number : 4821X"
        issue = ISSUE_LINE_RE.match(s) if s[-1:] in ")0123456789" else None
        if issue and all(w[:1].isupper() or w.casefold() in normalize.NAME_PARTICLES for w in issue["name"].split()):
            furniture.add(i)
            continue      # "Biuletyn Informacyjny KAI nr 45 (2012)": a bulletin's issue, no headline
        note = _bracket_note_end(lines, i) if s[:1] == "[" and "]" not in s and not text_lines else None
        if note is not None:
            noted.update(range(i + 1, note + 1))
            continue      # "[Teletype copy, ... Transcribed from ...]": an archivist's note over the copy
        note = _correction_note_end(lines, i, s) if ":" in s[:16] and CORRECTION_NOTE_RE.match(s) else None
        if note is not None:
            noted.update(range(i + 1, note + 1))
            continue      # "CORRECTION: An earlier version of this story gave ...": a note over the copy
        teletype = TELETYPE_HEADER_RE.match(s) if s[:2].isupper() and len(s) <= 48 and DIGIT_RE.search(s) else None
        if teletype and teletype["desk"] and not teletype["desk"].isupper():
            teletype = None   # (the desk's word is in capitals: "TT EKONOMI  27.05.96  14.12")
        agency = normalize.normalize_agency(teletype["agency"], credit=True) if teletype else None
        if agency:        # "TASS 217", "ADN 0217  14.09.76  1205": the message's header, no title
            _add(out.agencies, [agency])
            filed = _teletype_filed(teletype, agency)
            if filed:
                _record_date_line(filed, "date", out)
                furniture.add(i)
                if first_date_at is None:
                    first_date_at = len(text_lines)
            continue
        wire = WIRE_STAMP_RE.match(s) if s[:3] == "AP-" and len(s) <= 28 else None
        if wire:          # "AP-NR-03-12-87 1423EST" over the copy, as under it: the transmission's
            # time, the date of last resort (as the tail reads it), no title
            out.closing_date = out.closing_date or wire_stamp_time(wire)
            _add(out.agencies, ["AP"])
            furniture.add(i)
            continue
        sent = SENT_STAMP_RE.match(s) if len(s) <= 40 and s[:1].isalnum() and s[-1:].isdigit() else None
        # (the agency is named, or the stamp is the header's own line: "TASS 217" above "051432 MAR 82")
        stamp = sent_stamp_time(sent) if sent and (sent["agency"] or not text_lines) else None
        if stamp:         # "AFP 121432 GMT OCT 96" over the copy, as it is at its end: the filing time
            _record_date_line(stamp, "date", out)
            _add(out.agencies, [a for a in [normalize.normalize_agency(sent["agency"] or "", credit=True)] if a])
            furniture.add(i)
            if first_date_at is None:
                first_date_at = len(text_lines)
            continue
        if WIRE_HEADER_RE.match(s):
            if DIGIT_RE.search(s):
                _read_transmission_header(s, out)    # "ZCZC BRU0218 4 FIN 03/11/87": its year
            continue      # "ZCZC SAB0412 3 GEN", "AFP0123 4 I 0345 FRA /AFP-UA12": no title
        if s[:5] in NOTE_STARTS and _read_note(s, out):
            furniture.add(i)
            continue      # "This article was translated from Swedish by ..."
        if clean.is_boilerplate(s) and not is_caption(s):
            if COPYRIGHT_RE.search(s):      # "Copyright 1989 U.P.I.", above a feed's story
                _add(out.agencies, normalize.find_agencies(s))
                out.copyright_year = out.copyright_year or copyright_year(s)
            continue
        if len(s) <= MAX_RELATIVE_STAMP_CHARS and RELATIVE_STAMP_RE.match(s):
            furniture.add(i)
            continue      # "2 hours ago" under the headline: no date, no title
        if TIME_ONLY_RE.match(s) and _add_time(s, out):
            furniture.add(i)
            continue      # Factiva: "8 February 2006", then "13:52 GMT" on a line of its own
        if ":" in s[:9] and read_time_label(s, out):
            furniture.add(i)
            continue      # "Time: 14:32" under a record's "Date: 19/05/2008": its time, no title
        stamp = s if len(s) <= MAX_STAMP_TIME_CHARS else None
        if "|" in s and len(s) <= 2 * MAX_STAMP_TIME_CHARS:
            # "Updated 11:40 am | Updated 3:45 pm": a page's updates of the day, the last the latest
            times = [p.strip() for p in s.split("|")]
            stamp = times[-1] if all(map(time_only_stamp, times)) else None
        if stamp and DIGIT_RE.search(stamp) and time_only_stamp(stamp):
            time_stamps.append(stamp)     # "aktualisiert 15.10 Uhr", above or below the date line
            furniture.add(i)
            if first_date_at is None:
                first_date_at = len(text_lines)
            continue
        if WORD_COUNT_RE.match(s):
            # Factiva: headline, author (no "By"), "412 words", date, time, source
            above = clean.squash(lines[text_lines[-1]]) if len(text_lines) > 1 else ""
            name = normalize.normalize_name(above) if len(above.split()) <= 4 else None
            if name:
                _add(out.byline_names, [name])
                text_lines.pop()
            continue
        filed = cjk.filed_place(s) if in_cjk and len(s) <= MAX_FILED_PLACE_LINE_CHARS else None
        if filed:        # "2024年5月2日 10:15 発信地：カイロ/エジプト": the place, then the date is read
            out.header_city = out.header_city or filed
            s = cjk.before_filed_place(s)
            if not s:
                furniture.add(i)
                continue
        if in_cjk:
            credits = cjk.read_credit_line(s, in_body=False)
            if credits is not None:     # "来源：新华社", "（共同通信記者 山田太郎）", a photo's credit
                _add_credits(credits, out)
                continue
        if ("gmt" in s or "GMT" in s or "utc" in s or "UTC" in s) and read_monitor_source(s, out):
            furniture.add(i)
            if first_date_at is None:
                first_date_at = len(text_lines)
            continue      # "Source: Kyodo News, Tokyo, in English 0714 gmt 14 Jun 05": a monitor's source line
        if DIGIT_RE.search(s) and _read_date_byline(s, out):
            furniture.add(i)
            if first_date_at is None:
                first_date_at = len(text_lines)
            continue      # "Published on 10/05/2022 - 16:05 By Bruno Taveira - ..."
        if text_lines and DIGIT_RE.search(s) and read_name_then_stamp(s, out):
            furniture.add(i)
            if first_date_at is None:
                first_date_at = len(text_lines)
            continue      # "Faraz Qureshi Published March 12, 2024 Updated ...": Dawn's byline and stamps
        dates = _credited_dates(s, out) or _date_parts(s) \
            or s[:2].isupper() and placed_date_parts(s)
        if dates:
            for kind, part in dates:
                _record_date_line(part, kind, out)
            lead = s.find(dates[0][1])
            if lead > 0 and len(dates) > 1 and not DIGIT_RE.search(s[:lead]):
                by = parse_byline(s[:lead].strip(" ,;|–—-"))    # "Por AFP Publicado em ... / Atualizado em ..."
                if by:
                    _add(out.byline_names, by[0])
                    _add(out.agencies, by[1])
            if s[:1].isupper():
                _read_stamp_place(s, out)    # "ISTANBUL Nov 13, 2024 - 10:36 am", "Lyon, 3 mai 2002": the place too
            if ":" in s:
                _add(out.agencies, date_source(s))    # "14/09/15 - 16u42  Bron: Belga": the source too
            if in_cjk:                 # "2024-03-05 14:32:00 来源：新华网"
                _add(out.agencies, cjk.source_agencies(s))
            if first_date_at is None and not (env and i in env.dated):   # "Date:" among "Outlet:", "Page:"
                if len(text_lines) > 1 and text_lines[-1] == _previous_line(lines, i):
                    names = _bare_names(clean.squash(lines[text_lines[-1]]))
                    if names:       # "Jo Roe and Al Day", then the date line
                        _add(out.byline_names, names)
                        furniture.add(text_lines.pop())
                    elif _read_author_agency(clean.squash(lines[text_lines[-1]]), out):
                        furniture.add(text_lines.pop())     # "BSS", then the date line
                first_date_at = len(text_lines)
            furniture.add(i)
            continue
        if s[:1] in "AaEeFfHh" and ADVANCE_NOTE_RE.match(s):
            furniture.add(i)
            continue      # "ADVANCE FOR SUNDAY, JULY 12": an advance's release line, no headline
        if is_caption(s):
            labelled = parse_credits(s) if ":" in s[:MAX_CREDIT_LABEL_CHARS] and CREDIT_OPEN_RE.match(s) else None
            if labelled and labelled[0].get("reporters"):
                _add_credits(labelled, out)   # "Text: Jo Roe/TT Foto: Al Day/TT": the writer's credit
                # first, the photo's label after it (read as a caption's, below)
            _read_caption(s, out)
            captioned = i
            furniture.add(i)
            if text_lines and text_lines[-1] == i - 1 and len(s.split()) <= MAX_CAPTION_CREDIT_WORDS \
                    and SENTENCE_RE.search(clean.squash(lines[i - 1])):
                furniture.add(text_lines.pop())   # "1 of 2. A worker inspects ..." over "Credit:
                # Reuters/Jo Roe": the sentence right over a photo's credit is its caption, no copy
            continue
        above = _previous_line(lines, i) if "/" in s and i else None
        credit = credit_under_caption(clean.squash(lines[above]), s) if above is not None else None
        if credit:
            _add(out.photographers, [credit[0]])
            _add(out.caption_agencies, [credit[1]])
            furniture.update((above, i))
            if text_lines and text_lines[-1] == above:
                text_lines.pop()    # the caption over it: no headline, no copy
            continue    # "Crews clear the road (Lena KORVALD)" / "Lena KORVALD / AFP" (Yahoo)
        if captioned == i - 1 and len(s.split()) < PROSE_WORDS and (
                SENTENCE_END_RE.search(s[-1]) or _photo_credit_mark(clean.squash(lines[i - 1]))):
            furniture.add(i)
            continue    # "Foto: Name/dpa", then the caption's words on the next line; "© Provided by
            # AFP" (MSN) over a caption that closes no sentence ("The deal still needs approval")
        credits = parse_credits(s) if CREDIT_OPEN_RE.match(s) or s[:1] == "(" \
            and BY_BRACKET_CREDIT_RE.match(s) else None
        if credits:                          # "Editor: Wang Lei", "Con información de AP"
            _add_credits(credits, out)
            furniture.add(i)
            if credits[1] and not any(credits[0].values()):
                credited = i                 # an agency's desk alone: "Redazione ANSA"
            continue
        if len(s) <= 3 and _text_size_control(lines, i):
            continue    # "AA" between "Share" and "Follow us": the page's text-size button
        if len(s) <= MAX_DESK_CREDIT_CHARS and (DESK_CREDIT_RE.match(s)
                                                or text_lines and OUTLET_REPORT_RE.match(s)) \
                and not normalize.normalize_agency(s):   # "City News Service" is an agency's name
            furniture.add(i)
            continue      # "Staff and wire reports", "Arab News report": no one named, no title
        source = HEAD_SOURCE_RE.match(s) if ":" in s[:9] else None
        if source and _read_sources(source["agencies"], out):
            furniture.add(i)
            continue      # "Sources: AFP, Reuters" under the byline
        if len(s) <= MAX_AGENCY_LINE_CHARS and (_read_agency_line(s, out) or s[-1:] == ")" and _read_agency_line(
                SERVICE_REGION_RE.sub("", s), out)):   # "AAP General News (Australia)": a service line
            credited = i
            furniture.add(i)
            _read_names_over_credit(lines, text_lines, i, out)
            continue
        if ("•" in s or "·" in s) and _read_place_and_agency(s, out):
            furniture.add(i)
            continue      # "Київ • УНН" over the time: the place and the agency, no headline
        if len(s) <= MAX_CORRESPONDENT_LINE_CHARS and text_lines and _read_correspondent_line(s, out):
            furniture.add(i)
            continue      # "De notre correspondant à Bruxelles": the place, no headline
        if text_lines and " " in s and _read_name_at_agency(s, out):
            furniture.add(i)
            continue      # "Jo Roe - La Presse canadienne à Québec": a byline, no headline
        if credited is not None and _after_credit(lines, credited, i) and s.isupper() \
                and len(s.split()) <= 3 and not SENTENCE_END_RE.search(s):
            # "Redazione ANSA", then "FIRENZE": the desk's place, the story's city when no
            # dateline names one (a place's words, a date under it or a known city); not a
            # headline
            if _desk_place(lines, i, s):
                out.header_city = out.header_city or normalize.normalize_city(s)
            continue
        if text_lines and bylined is None and s[-1:].islower() and _read_capitals_name_and_role(s, out):
            furniture.add(i)
            bylined = i
            continue      # "IAIN ROE Industry Correspondent" under the headline: a paper's byline box
        if text_lines or len(s.split()) <= 10:
            by, credits = byline_and_credits(s)    # "By Agency Edited By: Jo Roe": and the editor
            if by and (by[0] or text_lines):
                if not by[0] and by[1] and len(s) <= MAX_AGENCY_LINE_CHARS:
                    _read_names_over_credit(lines, text_lines, i, out)   # "Jo Roe" over "Da Agência Estado"
                _add(out.byline_names, by[0])
                _add(out.agencies, by[1])
                if credits:
                    _add_credits(credits, out)
                out.header_city = out.header_city or byline_place(s)
                furniture.add(i)
                bylined = i
                continue
            if by is None and DIGIT_RE.search(s) and _read_byline_then_date(s, out):
                furniture.add(i)    # "By JO ROE, Associated Press Writer Tue Mar 6, 2:32 PM ET"
                bylined = i
                if first_date_at is None:
                    first_date_at = len(text_lines)
                continue
        if out.yearless_line is None and DIGIT_RE.search(s) and yearless_date(s):
            out.yearless_line = s   # "Tuesday May 22 2:32 PM Eastern Time": dated by its copyright
            furniture.add(i)
            continue
        if bylined is not None and s[:1] in "OoFf" and _after_credit(lines, bylined, i):
            of = BYLINE_OF_RE.match(s)
            found = normalize.find_agencies(of["aff"]) if of else []
            if found and len(of["aff"].split()) <= MAX_AGENCY_LINE_WORDS:
                _add(out.agencies, found)       # "By Jo Roe" / "Of DOW JONES NEWSWIRES"
                furniture.add(i)
                continue
        if bylined == i - 1 and len(s.split()) <= MAX_ROLE_LINE_WORDS and (
                _is_role_word(s.split()[0]) or _is_role_word(s.split()[-1]) and len(s.split()) <= MAX_STAFF_TITLE_WORDS
                and all(w[:1].isupper() for w in s.split())) \
                and not SENTENCE_END_RE.search(s[-1]):
            # (or the paper's staff title, its role last: "By Jo Roe" / "Sentinel Staff Writer")
            furniture.add(i)
            continue      # "Por Ana Ruiz" / "Corresponsal jefa en Venezuela": the byline's role, no headline
        if text_lines and ("," in s or " | " in s) and len(s) <= MAX_BYLINE_CHARS and _read_head_signoff(
                lines, i, s, first_date_at is not None, out):
            furniture.add(i)
            continue      # "Olena Roe, Kyiv" under the headline and the date, above the copy
        if DIGIT_RE.search(s) and CLIPPING_LINE_RE.search(s):
            furniture.add(i)
            clipping = len(text_lines)
            continue      # "General News, page 17 - 212.45 cm²": a clipping's header, the headline under it
        if s[-1] in ":：" and len(s.split()) <= MAX_LONE_LABEL_WORDS and not colon_clause_over(lines, i):
            continue      # "Author of the article:" over the byline's lines: a label, no headline
        if (":" in s[:24] or "：" in s[:8]) and RECORD_SKIP_LABEL_RE.match(s):
            continue      # "Rubrika: Jižní Morava": a record's label no rule above read (not "Words: Jo Roe")
        if "@" in s and EMAIL_LINE_RE.match(s):
            furniture.add(i)
            _read_name_over_address(lines, text_lines, i, s, out)
            continue      # "jroe@example.com" under the byline: the writer's address, no headline
        text_lines.append(i)
        if len(text_lines) > 1 and len(s.split()) >= PROSE_WORDS and (
                first_date_at is not None or not _dated_below(lines, i)) and not _credit_below(lines, i):
            break                               # prose: the story began without a dateline
    for stamp in time_stamps:
        _read_time_stamp(stamp, out)
    if clipping and clipping < len(text_lines):
        # the paper's name and place above a clipping's header lines ("Daily Telegraph, Sydney")
        # are its masthead: the headline is among the lines under the header
        text_lines = text_lines[clipping:]
        first_date_at = first_date_at - clipping if first_date_at is not None and first_date_at > clipping else None
    # Title: a feed's labelled headline, else the line _title_line picks.
    if headline:
        if out.url and ("|" in headline or " - " in headline or "–" in headline or "—" in headline):
            # a read-later export's "Title: Ports reopen | Reuters" (the page's <title>) over
            # "URL: https://www.reuters.com/...": the site's name after the headline
            headline = strip_site_name(headline, [], [], out.url) or headline
        out.title = headline
        text_lines = [i for i in text_lines if clean.squash(lines[i]) != headline]
    elif text_lines and (t := _title_line(lines, text_lines, first_date_at, out, furniture)) is None:
        text_lines = [i for i in text_lines if not _menu(lines[i], clean.squash(lines[i]))]   # no title, no menu
    elif text_lines:
        if env and env.subject:
            t = _subject_line(lines, text_lines, t, env.subject)
        first = _wrapped_title_start(lines, t, text_lines)
        candidate = " ".join(clean.squash(lines[j]) for j in range(first, t + 1))
        if candidate[:1] == "^" or candidate.endswith(" ="):
            candidate = CONTROL_MARK_RE.sub("", candidate).strip()
        elif candidate[:1] == "(" or candidate[:3] == "RTR" or candidate[:1] == "（":
            candidate = TERMINAL_CODE_RE.sub("", candidate)   # "(BN) Poland's Central Bank Holds ...", "RTRS-..."
            candidate = CJK_AGENCY_TITLE_PREFIX_RE.sub("", candidate)   # "(新华社)天津港...": the wire's own name
        elif candidate[:3] == "DJ " and any("Dow Jones" in line for line in lines):
            candidate = candidate[3:].lstrip()    # Dow Jones' terminal code over its own copy: "DJ MÄRKTE ..."
        elif ": " in candidate[2:7] and candidate[:2].isupper():
            candidate = strip_region_label(candidate)    # "NSW: Teachers reject pay offer"
        elif candidate[:1] in "*_~":
            bold = EMPHASIS_MARKS_RE.match(candidate)       # "*Ports reopen*": WhatsApp's bold
            candidate = bold["text"] if bold and bold["mark"][0] not in bold["text"] else candidate
        elif candidate[:1] >= "\u2190" and (mark := clean.LINE_MARKERS_RE.match(candidate)):
            candidate = candidate[mark.end():]     # "🔴 Ports reopen", "🇰🇪 Floods ...": a post's marker
        if candidate[:1] == "#" and (tag := HASHTAG_LABEL_RE.match(candidate)):
            candidate = candidate[tag.end():]      # "#BREAKING | Ports reopen": a post's label
        # (a mail's subject that is the line itself says where the headline ends: "Frost hits
        # crops" over "Farmers ask for aid", its deck, is no headline wrapped onto two lines)
        wrapped = None if env and env.subject and candidate.casefold() == " ".join(env.subject.split()).casefold() \
            else _wrapped_title_end(lines, t, candidate, text_lines, first)
        if wrapped:
            candidate = f"{candidate} {clean.squash(lines[wrapped])}"
            t = wrapped
        code = CATEGORY_PREFIX_RE.match(candidate) if ":" in candidate[:9] else None
        if code and any(re.search(r"(?i:category|cat|desk|slug|section)\s*:\s*" + re.escape(code["code"]) + r"\b",
                                  lines[k]) for k in range(first)):
            candidate = candidate[code.end():]    # "Category: FED" over "FED: Rail study back": the feed's desk code
        if out.url:
            # an app's or a browser's shared link: "Ports reopen - Focus Taiwan" over
            # https://focustaiwan.tw/...: the site's name after the headline, as a page's <title>
            candidate = strip_site_name(candidate, [], [], out.url)
        if len(candidate) <= MAX_TITLE_CHARS:
            out.title = candidate
            text_lines = [i for i in text_lines if i > t and i not in furniture]   # a byline _title_line read
    if env and env.subject and (out.title is None or not _headline_like(out.title, False)
                                or SENTENCE_RE.match(out.title)):
        out.title = env.subject     # a mail whose story has no headline: its subject is one
    if body_start is None:
        body_start = text_lines[0] if text_lines else _after_last_head_line(lines, out)
    return body_start


# A post's hashtag set as a label before its headline: "#ÚLTIMAHORA | ...", "#BREAKING: ..."
HASHTAG_LABEL_RE = re.compile(r"#[^\s#|:]{2,30}[ \t]*[|:][ \t]+(?=\S)")


def _ruled_part(lines: list[str], text_lines: list[int], ruled: int | None, first_date_at: int | None) -> bool | None:
    """Whether the head's sentences all stand above a rule line ("-----", a mailed
    newsletter's divider) with a line that is no sentence, its headline, between the rule
    and the dateline: the lines above the rule are the newsletter's, not the story's.
    None when they are not (the story began above the dateline).
    """
    if ruled is None or ruled >= len(text_lines) or first_date_at is not None and first_date_at > ruled:
        return None
    below = [clean.squash(lines[j]) for j in text_lines[ruled:]]
    if any(SENTENCE_RE.search(t) for t in below) or not any(len(t.split()) >= MIN_RULED_TITLE_WORDS for t in below):
        return None
    return True


MAX_BANNER_ALONE_CHARS = 40  # a broadcast service's banner alone on its line: "REUTER RADIO NEWS SERVICE"
MIN_RULED_TITLE_WORDS = 4   # a headline under the rule, not a section's label alone ("TODAY'S LEAD")


def _credited_person(cities: list[str], out: RawFields) -> bool:
    """Whether a dateline's place is a person the head's byline or credits name."""
    named = {normalize.fold(n) for n in out.byline_names}
    named |= {normalize.fold(n) for names in out.credits.values() for n in names}
    return any(normalize.fold(c) in named for c in cities)


# A feed's desk code before the headline, in capitals with a colon ("FED: Rail study back on
# table"), which the feed's header also names ("Category: FED"): no part of the headline.
CATEGORY_PREFIX_RE = re.compile(r"^(?P<code>[A-Z]{2,6}):\s+(?=\S)")


def _photo_credit_mark(s: str) -> bool:
    """A photo's credit on its own line, over its caption: "©" and a few words, no year.

    >>> _photo_credit_mark("© Provided by AFP"), _photo_credit_mark("© 2024 Reuters. All rights reserved")
    (True, False)
    """
    m = PHOTO_CREDIT_MARK_RE.match(s)
    return bool(m) and len(m["credit"].split()) <= MAX_PHOTO_CREDIT_WORDS


def _capitalised_rest(s: str, dateline: str) -> bool:
    """Every word after the line's place capitalised, as a name is ("Ufficio Stampa"), the
    place not in capitals: a dateline runs into its story's sentence ("Bologna – Via libera
    della giunta"), and a place in capitals ("ROMA – Il Governo", wrapped) is the wire's."""
    rest = s[s.find(dateline) + len(dateline):].split() if dateline in s else []
    return bool(rest) and all(w[:1].isupper() for w in rest) and not dateline.isupper()


def _slug_line(s: str, dateline: str) -> bool:
    """A line read as a dateline that is a caps slug, a place and a topic of a word or
    two ("BELGRADE - ENERGIJA", "ZAGREB - SPORT"): after the dash only those words, no
    sentence, no figure; a dateline runs into its story's first sentence."""
    at = s.find(dateline)
    rest = s[at + len(dateline):].strip() if at >= 0 else ""
    return bool(rest) and len(rest.split()) <= MAX_SLUG_TOPIC_WORDS and not DIGIT_RE.search(rest) \
        and not SENTENCE_END_RE.search(rest[-1])


def _subject_line(lines: list[str], text_lines: list[int], t: int, subject: str) -> int:
    """The head's text line above ``t`` that repeats the mail's subject, else ``t``: a
    forwarded newsletter's headline ("Potash mine to add 300 jobs", as its subject has it)
    over its standfirst, which _title_line may take when the headline carries figures."""
    key = subject.casefold()
    return next((j for j in text_lines if j < t and clean.squash(lines[j]).casefold() == key), t)


def _read_name_above_dateline(lines: list[str], text_lines: list[int], i: int, out: RawFields) -> None:
    """A person's name alone on the line right above the dateline (line i), under a longer
    headline, is the byline, as a site's page pasted as text sets it ("Ana Roe" / "Madrid
    (EFE).- ..."), as _title_line reads a name right above the date line. Its line is no
    title candidate then."""
    if len(text_lines) < 2 or text_lines[-1] != _previous_line(lines, i) or out.byline_names \
            or text_lines[-2] != _previous_line(lines, text_lines[-1]):
        return        # (the name stands right under the headline, and the head named no one)
    s = clean.squash(lines[text_lines[-1]])
    if not _bare_byline(s, clean.squash(lines[text_lines[-2]])) or normalize.is_known_city(s) \
            or normalize.is_country(s) or BYLINE_RE.match(s) or ROLE_WORDS_RE.search(s) \
            or not s.isupper() and any(ACRONYM_RE.fullmatch(w) for w in s.split()):
        return        # "VOA News", "Staff Reporter", "BBC Wales": an outlet or a desk, no one's name;
        # "Na Bahia": an opener's line that parse_byline turned down (a place)
    if not _outlet_or_newsroom(s):
        _add(out.byline_names, [normalize.normalize_name(s)])
    # (else the outlet a news alert names over its story's snippet, "The Brussels Times":
    # no one's name, and no headline either)
    text_lines.pop()


# A headline runs to four words or more ('Storm cuts power to thousands'); a shorter line
# over the names may be a kicker or a section, not what marks them as the byline under it.
MIN_TITLE_WORDS_OVER_NAMES = 4
MAX_FILED_PLACE_LINE_CHARS = 80   # "2024年5月2日 10:15 発信地：カイロ/エジプト [ エジプト 中東・北アフリカ ]"


def _read_name_over_address(lines: list[str], text_lines: list[int], i: int, address: str, out: RawFields) -> None:
    """A person's name alone on the line right over their mail address (line i), under a
    longer headline, is the byline, as sites set their writer ("Jo Roe" / "jo@example.is"),
    when the address's local part holds a word of the name. Its line is no title candidate then.

    >>> out = RawFields()
    >>> lines = ["Trawler towed to port after engine failure", "Snorri Freyr Roe", "snorri@example.is"]
    >>> _read_name_over_address(lines, [0, 1], 2, lines[2], out), out.byline_names
    (None, ['Snorri Freyr Roe'])
    >>> out = RawFields(); _read_name_over_address(["Trawler towed to port", "Harbour Desk", "news@example.is"],
    ...                                           [0, 1], 2, "news@example.is", out), out.byline_names
    (None, [])
    """
    if len(text_lines) < 2 or out.byline_names or text_lines[-1] != _previous_line(lines, i):
        return
    s, above = clean.squash(lines[text_lines[-1]]), clean.squash(lines[text_lines[-2]])
    words = s.split()
    if not 2 <= len(words) <= 4 or len(above.split()) < MIN_TITLE_WORDS_OVER_NAMES \
            or not all(w[:1].isupper() for w in words) or any(not w.replace("-", "").replace("'", "").isalpha() for w in words):
        return
    local = normalize.fold(address.strip("() ").split("@", 1)[0])
    if not any(len(w) >= 3 and w in local for w in normalize.fold(s).split()):
        return        # "Harbour Desk" / "news@...": the desk's address, no one's name over it
    rejected: list[str] = []
    names, agencies = split_names(s, rejected)
    if len(names) != 1 or agencies or rejected or normalize.is_known_city(names[0]) or is_desk_byline(names[0]):
        return
    _add(out.byline_names, names)
    text_lines.pop()


def _read_names_over_credit(lines: list[str], text_lines: list[int], i: int, out: RawFields) -> None:
    """People's names alone on the line right over an agency's credit line (line i), under
    a longer headline, are the byline with no "By", as sites set agency copy in two lines
    ("Jo Roe" / "Australian Associated Press"; "ANA ROE, AL DAY and TOM ASH" / "Associated
    Press"). Their line is no title candidate then.

    >>> out = RawFields()
    >>> lines = ["Storm cuts power to thousands across the coast", "ANA ROE and AL DAY", "Associated Press"]
    >>> _read_names_over_credit(lines, [0, 1], 2, out), out.byline_names
    (None, ['Ana Roe', 'Al Day'])
    """
    if len(text_lines) < 2 or out.byline_names or text_lines[-1] != _previous_line(lines, i):
        return
    s, above = clean.squash(lines[text_lines[-1]]), clean.squash(lines[text_lines[-2]])
    words = s.split()
    if len(above.split()) < MIN_TITLE_WORDS_OVER_NAMES or SENTENCE_END_RE.search(s[-1]) \
            or ":" in s or any(c.isdigit() for c in s) \
            or any(ACRONYM_RE.fullmatch(w) for w in words) and any(w[:1].isupper() and not w.isupper() for w in words):
        return        # "BBC Wales" over "Reuters": an outlet, no one's name; "کد خبر: ۹۵۰۷۱۴" ('news
                      # id: ...') over ISNA's source line, a label and its number
    rejected: list[str] = []
    names, agencies = split_names(s, rejected)
    if not names or agencies or rejected or any(
            not 2 <= len(n.split()) <= 3 or normalize.is_known_city(n) or normalize.is_country(n)
            or is_desk_byline(n) for n in names):
        return        # "New South Wales", "Staff Reporter": a place or a desk, no person
    _add(out.byline_names, names)
    text_lines.pop()


def _read_head_signoff(lines: list[str], i: int, s: str, dated: bool, out: RawFields) -> bool:
    """A byline of a person's name, a comma and the place the story was filed from, set
    under the headline right above the copy (Ukrinform: "Olena Roe, Kyiv", as its closing
    line reads elsewhere): the reporter, and the place as the header's city; True if line
    i is one. The place is a known city, or any one capitalised word under the head's date
    line (the position alone marks a byline there: "Olena Roe, Uzhhorod").

    >>> out = RawFields()
    >>> _read_head_signoff(["Olena Roe, Uzhhorod", "", "The city opened a new shelter on Monday, officials said."],
    ...                    0, "Olena Roe, Uzhhorod", True, out), out.credits["reporters"], out.header_city
    (True, ['Olena Roe'], 'Uzhhorod')
    >>> out = RawFields()
    >>> _read_head_signoff(["Pema Roe | Paro", "", "The town opened a new school on Monday, officials said."],
    ...                    0, "Pema Roe | Paro", True, out), out.credits["reporters"], out.header_city
    (True, ['Pema Roe'], 'Paro')
    >>> out = RawFields(); _read_head_signoff(["Agencies, New Delhi", "The city"], 0, "Agencies, New Delhi", False, out), out.header_city
    (True, 'New Delhi')
    >>> _read_head_signoff(["Olena Roe, Uzhhorod", "The city opened a new shelter on Monday."], 0,
    ...                    "Olena Roe, Uzhhorod", False, RawFields())
    False
    """
    desk, _, place = s.rstrip(".।۔").partition(", ")
    if desk.casefold() in vocab.NEWSROOM_SIGN_WORDS and normalize.is_gazetteer_city(place):
        # "Agencies, New Delhi", "एजेंसी, नई दिल्ली।" (a Hindi e-paper): the wires unnamed and
        # the place the copy was filed from, no one's name, whatever the copy's first line
        out.header_city = out.header_city or normalize.normalize_city(place)
        return True
    after = next((clean.squash(line) for line in lines[i + 1:] if line.strip()), "")
    if not SENTENCE_RE.match(after):
        return False      # (the copy follows, a sentence: not a menu's names and places)
    if "," not in s:
        if s.count(" | ") != 1:
            return False
        name, _, place = s.partition(" | ")
        if _section_place(place) or any(w.casefold() in SECTION_WORD_SET for w in name.split()):
            return False  # "Top Stories | World", "Latest News | Sports": a menu's or a section's bar
        s = f"{name}, {place}"   # Kuensel's "Kinley Roe | Punakha": the bar in the comma's stead,
        dated = True             # a shape of its own right above the copy, as the date line makes the comma's
    found = city_signoff(s, any_place=dated)
    if not found:
        person = role_signoff(s)      # "Aroha Roe, Reporter": the role, no place
        if person:
            _add(out.credits.setdefault("reporters", []), [person])
        return bool(person)
    _add(out.credits.setdefault("reporters", []), [found[0]])
    out.header_city = out.header_city or normalize.normalize_city(found[1])
    return True


def _names_masthead(cities: list[str], first: str) -> bool:
    """Whether a dateline's one place repeats the page's first line, its masthead: the site
    crediting an agency's copy, "Hespress - MAP" under "Hespress", is no place. A known city
    stays one: a regional page headed "Hamburg" over "Hamburg (dpa) -" names the place twice.
    (Asked only of a line holding the dateline and nothing more.)

    >>> _names_masthead(["Hespress"], "Hespress"), _names_masthead(["Rabat"], "Hespress")
    (True, False)
    >>> _names_masthead(["Hamburg"], "Hamburg")
    False
    """
    return len(cities) == 1 and normalize.fold(cities[0]) == normalize.fold(clean.squash(first)) \
        and not normalize.is_known_city(cities[0])


INDIC_CREDIT_PLACE_RE = re.compile(r"^[" + INDIC_LETTERS + r"]+, [" + INDIC_LETTERS + r"]+(?: [" + INDIC_LETTERS + r"]+)?$")


def _read_agency_and_place(s: str, out: RawFields, under_title: bool = True) -> bool:
    """A paper's credit line for agency copy, the agency and its desk's place (Spanish papers:
    "EUROPA PRESS | VALLADOLID", "EFE  Toledo", El País's "EFE Madrid"): the agency, and the
    place as the header's city; True if it is one. After a space alone the place must be a
    known city; after a bar, a slash, a bullet or a wide gap, a place's capitalised words
    that are no section, country, agency or photo source ("EFE | Economía", "AFP / Getty
    Images" are none), under the headline only (over it, "Укрінформ | Регіони" is the site's
    name and section).

    >>> out = RawFields()
    >>> _read_agency_and_place("EUROPA PRESS | SEGOVIA", out), out.agencies, out.header_city
    (True, ['Europa Press'], 'Segovia')
    >>> _read_agency_and_place("EFE | Economía", RawFields()), _read_agency_and_place("EFE Toledano", RawFields())
    (False, False)
    >>> out = RawFields()
    >>> _read_agency_and_place("LIMA | REUTERS", out), out.agencies, out.header_city
    (True, ['Reuters'], 'Lima')
    >>> out = RawFields()
    >>> _read_agency_and_place("पीटीआय, नागपूर", out), out.agencies, out.header_city
    (True, ['PTI'], 'नागपूर')
    """
    parts = AGENCY_PLACE_SEP_RE.split(s)
    if len(parts) == 1 and ", " in s and INDIC_CREDIT_PLACE_RE.match(s):
        # (an Indian paper's credit in its own script, the agency and its desk's place set
        # apart by a comma: Marathi "पीटीआय, मुंबई" over the copy; its script has no capitals)
        credit, _, place = s.partition(", ")
        splits = [(credit, place, True)]
    elif len(parts) == 2:
        splits = [(parts[0], parts[1], True)]
    elif len(parts) == 1:
        words = s.split()
        splits = [(" ".join(words[:k]), " ".join(words[k:]), False) for k in range(1, min(3, len(words)))]
    else:
        return False
    if len(parts) == 2 and (parts[0].isupper() or normalize.is_gazetteer_city(parts[0])):
        # Folha's "BUENOS AIRES | REUTERS": the place first, in capitals or a known city (a
        # name first, "Ana Roe | Reuters", is a byline)
        splits.append((parts[1], parts[0], True))
    for credit, place, apart in splits:
        agency = normalize.normalize_agency(credit, credit=True)
        if not agency or not place:
            continue
        if not normalize.is_gazetteer_city(place) and (
                not apart or not under_title or len(place.split()) > MAX_CREDIT_PLACE_WORDS
                or not (_capitalised(place.split()) or INDIC_CREDIT_PLACE_RE.match(s))
                or _section_place(place) or normalize.is_country(place) or _is_weekday_or_month(place)
                or normalize.normalize_agency(place, credit=True) or normalize.find_agencies(place)
                or PHOTO_AGENCY_NAME_RE.search(place)
                or any(w.casefold() in PHOTO_ORG_WORDS for w in place.split())):
            return False
        _add(out.agencies, [agency])
        out.header_city = out.header_city or normalize.normalize_city(place)
        return True
    return False


def _read_place_and_agency(s: str, out: RawFields) -> bool:
    """A head line of a place and an agency set apart by a bullet, as news pages head a
    story ("Київ • УНН", "Lagos · NAN"): the agency, and the place as the header's city;
    True if it is one. A section and its topic ("Sport • Football") are not.

    >>> out = RawFields()
    >>> _read_place_and_agency("Lagos • NAN", out), out.agencies, out.header_city
    (True, ['NAN'], 'Lagos')
    >>> _read_place_and_agency("Sport • Football", RawFields())
    False
    """
    parts = BULLET_SPLIT_RE.split(s.strip()) if BULLET_PARTS_RE.match(s.strip()) else []
    if len(parts) != 2:
        return False
    place, credit = (part.strip() for part in parts)
    agency = normalize.normalize_agency(credit, credit=True)
    if not agency or normalize.normalize_agency(place, credit=True) \
            or len(place.split()) > MAX_BULLET_PART_WORDS or not place[:1].isupper():
        return False
    _add(out.agencies, [agency])
    out.header_city = out.header_city or normalize.normalize_city(place)
    return True


def _desk_place(lines: list[str], i: int, s: str) -> bool:
    """Whether line i, ``s`` in capitals under an agency's desk, names the desk's place: a
    place's words with a date on the next line ("FIRENZE", then "05 marzo 2024"), or a known
    city; not a page's button ("+ FOLLOW").

    >>> _desk_place(["Redazione ANSA", "FIRENZE", "05 marzo 2024"], 1, "FIRENZE")
    True
    >>> _desk_place(["AFP", "+ FOLLOW", "Share"], 1, "+ FOLLOW")
    False
    """
    if not all(word.isalpha() for word in re.split(r"[\s'’-]+", s) if word):
        return False
    after = next((line for line in lines[i + 1:] if line.strip()), "")
    return bool(DIGIT_RE.search(after)) or normalize.is_known_city(s)


def _read_correspondent_line(s: str, out: RawFields) -> bool:
    """A head line naming the correspondent who filed from a place (CORRESPONDENT_LINE_RE):
    the place as the header's city when it is named, the agency when one is; True if it is
    one (never a headline). The correspondent's name, when it follows, is left: languages
    give it in their grammar's case ("Του ανταποκριτή ... Νίκου Παπαδάκη", the genitive); but a
    woman's after Greek "Από την ανταποκρίτρια" ('from the correspondent') is as she signs it.

    >>> out = RawFields()
    >>> _read_correspondent_line("Dal corrispondente dell'ANSA a Bruxelles", out), out.header_city, out.agencies
    (True, 'Bruxelles', ['ANSA'])
    >>> out = RawFields()
    >>> _read_correspondent_line("From our correspondent in the capital", out), out.header_city
    (True, None)
    """
    m = CORRESPONDENT_LINE_RE.match(s)
    if m is None:
        return _read_correspondent_name(s, out)
    named = next((m[g] for g in ("agency_en", "agency_fr", "agency_it", "agency_es", "agency_el") if m[g]), None)
    agency = normalize.normalize_agency(named, credit=True) if named else None
    if named and not agency:
        return False
    _add(out.agencies, [agency] if agency else [])
    words = list(takewhile(lambda w: w[:1].isupper(), m["place"].split()))
    if not words:
        return True      # "From our correspondent in the capital": no place named
    # the longest known city the capitalised words start with, else the first word
    # ("in New York on Monday", "στις Βρυξέλλες Νίκου Παπαδάκη")
    place = next((" ".join(words[:k]) for k in range(len(words), 1, -1)
                  if normalize.is_gazetteer_city(" ".join(words[:k]))), words[0])
    out.header_city = out.header_city or normalize.normalize_city(place)
    if m["from_her"]:
        # "Από την ανταποκρίτρια ... στις Βρυξέλλες Μαρία Ρήγα": her name as she signs it
        rest = s[m.start("place") + len(place):].strip()
        name = normalize.normalize_name(rest) if 2 <= len(rest.split()) <= 3 else None
        if name and not normalize.is_known_city(name):
            _add(out.byline_names, [name])
    return True


# The runs of marks that frame a banner line over the copy ("*** FAX TRANSMISSION ***",
# "### NOT FOR RESALE ###"). (A monitoring template's "=== PRESS MONITOR: ... ===" is its
# own header, read as such.)
BANNER_FRAMES = ("***", "###")
MAX_STAFF_TITLE_WORDS = 4    # "Evening Sentinel Staff Writer" under a byline

# A byline box with no "By" and no comma: the name in capitals, then the staff title in
# title case ending on a role's word ("IAIN McROE Industry Correspondent", "JO ROE Political
# Editor"), as British papers' archives set it under the headline.
CAPITALS_NAME_ROLE_RE = re.compile(
    r"^(?P<name>(?:(?:Mc|Mac|O['’])?[A-Z][A-Z'’-]+\s+){1,3}(?:Mc|Mac|O['’])?[A-Z][A-Z'’-]+)"
    r"\s+(?P<role>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,3})$")


def _read_capitals_name_and_role(s: str, out: RawFields) -> bool:
    """A byline box of a name in capitals and a staff title (CAPITALS_NAME_ROLE_RE): the name
    recorded as the byline's; True if the line is one.

    >>> out = RawFields(); _read_capitals_name_and_role("IAIN McROE Industry Correspondent", out), out.byline_names
    (True, ['Iain McRoe'])
    >>> _read_capitals_name_and_role("STORM HITS Coastal Towns", RawFields())
    False
    """
    m = CAPITALS_NAME_ROLE_RE.match(s)
    if not m or not _is_role_word(m["role"].split()[-1]):
        return False
    name = normalize.normalize_name(m["name"])
    if not name or normalize.normalize_agency(m["name"], credit=True) or normalize.is_gazetteer_city(name):
        return False
    _add(out.byline_names, [name])
    return True


def _read_correspondent_name(s: str, out: RawFields) -> bool:
    """A head line naming the paper's or agency's correspondent with no place, the name after
    the label (CORRESPONDENT_NAME_LINE_RE: "Dal nostro inviato GINO ROSSI"): the name as the
    byline's, when every word of it is capitalised and it is no place; True if it is one.

    >>> out = RawFields()
    >>> _read_correspondent_name("Dal nostro inviato GINO ROSSI", out), out.byline_names
    (True, ['Gino Rossi'])
    >>> _read_correspondent_name("De notre envoyé spécial à Lyon", RawFields())
    False
    """
    if s[:1] not in "DdFfBbVv":
        return False
    m = CORRESPONDENT_NAME_LINE_RE.match(s)
    words = m["name"].split() if m else []
    if not words or not all(w[:1].isupper() for w in words):
        return False
    name = normalize.normalize_name(m["name"])
    if not name or normalize.is_known_city(name) or normalize.is_known_city(words[0]):
        return False
    _add(out.byline_names, [name])
    return True


def _read_sources(text: str, out: RawFields) -> bool:
    """The agencies a head's source line names, recorded when every one it names is one."""
    parts = [p for p in NAME_SPLIT_RE.split(text.strip(" .")) if p]
    found = [normalize.normalize_agency(p) for p in parts]
    if not found or not all(found):
        return False
    _add(out.agencies, found)
    return True


def _repeated_below(lines: list[str], i: int, s: str) -> bool:
    """Whether head line ``i`` (``s``, squashed), its parts set apart by wide gaps, stands
    again further down the text: a page header that a PDF's text repeats after each page
    break (a digest's name and issue), no headline."""
    return any(clean.squash(line) == s for line in lines[i + 1:] if "   " in line)


def _credit_below(lines: list[str], i: int) -> bool:
    """Whether the next line under a paragraph is a line crediting only agencies ("Le Monde
    avec AFP" under a page's standfirst, its date line below): the paragraph is the page's
    summary and the head goes on."""
    below = next((clean.squash(x) for x in lines[i + 1:] if x.strip()), "")
    return 0 < len(below) <= MAX_AGENCY_LINE_CHARS and not SENTENCE_END_RE.search(below[-1]) \
        and _read_agency_line(below, RawFields())


MAX_STANDFIRST_CHARS = 400      # a page's summary under the headline: a sentence or two


def _standfirst_above(dl, above: list[str]) -> bool:
    """Whether the one sentence between the headline and a dateline is a page's standfirst,
    the story opening below it: the dateline names a place and an agency in brackets ("ZURICH
    (Reuters) -"), the shape only a story's first paragraph takes, and the summary is one line."""
    return len(above) == 1 and len(above[0]) <= MAX_STANDFIRST_CHARS and bool(dl.cities) \
        and bool(dl.agencies) and "(" in dl.text and not dl.house_style


MAX_DATELINE_ALONE_WORDS = 6    # a place and a credit on a line of their own: "ISTANBUL – Anadolu Agency"


def _read_date_under_dateline(lines: list[str], i: int, s: str, out: RawFields) -> None:
    """The date line right under a dateline set on a line of its own, its place and credit
    and no sentence ("ISTANBUL – Anadolu Agency", then "October 08 2025 12:47:00"), when
    the head gave no date: the story's stamp, set below its dateline."""
    if out.published_line or out.updated_line or out.date_lines or len(s.split()) > MAX_DATELINE_ALONE_WORDS \
            or SENTENCE_END_RE.search(s[-1]):
        return
    j = next((j for j in range(i + 1, len(lines)) if lines[j].strip()), None)
    below = clean.squash(lines[j]) if j is not None else ""
    dates = _date_parts(below) if DIGIT_RE.search(below) else None
    for kind, part in dates or ():
        _record_date_line(part, kind, out)


MAX_LINES_TO_DATE = 3    # a standfirst's credit and reading time, then the date line


def _dated_below(lines: list[str], i: int) -> bool:
    """Whether a long line under the headline is its standfirst, not the copy's first
    paragraph: a date line follows within MAX_LINES_TO_DATE short lines (Le Monde: the
    headline, a summary of two sentences, "Le Monde avec AFP", then "Publié le 14 mars
    2019 à 11h02 - Mis à jour le ..."), before any other prose."""
    below = (j for j in range(i + 1, len(lines)) if lines[j].strip())
    for _, j in zip(range(MAX_LINES_TO_DATE), below):
        s = clean.squash(lines[j])
        if len(s.split()) >= PROSE_WORDS:
            return False
        if DIGIT_RE.search(s) and _date_parts(s):
            return True
    return False


def _previous_line(lines: list[str], i: int) -> int | None:
    """The index of the last non-blank line above line i."""
    return next((j for j in range(i - 1, -1, -1) if lines[j].strip()), None)


def _text_size_control(lines: list[str], i: int) -> bool:
    """Line i is a page's text-size button, one letter twice or more ("AA", "A A": the
    same short form as Anadolu's), set among the page's chrome: a line right above or
    below it is a share, follow or sign-in button."""
    letters = clean.squash(lines[i]).replace(" ", "").casefold()
    if len(letters) < 2 or not letters.isalpha() or len(set(letters)) != 1:
        return False
    above = _previous_line(lines, i)
    below = next((j for j in range(i + 1, len(lines)) if lines[j].strip()), None)
    return any(j is not None and clean.is_boilerplate(clean.squash(lines[j])) for j in (above, below))


def _after_credit(lines: list[str], credited: int, i: int) -> bool:
    """Whether line i comes right after line ``credited`` (blank lines between)."""
    return all(not lines[j].strip() for j in range(credited + 1, i))


def _after_last_head_line(lines: list[str], out: RawFields) -> int:
    # No dateline and no prose line: the body is whatever follows the title.
    if out.title is None:
        return 0
    for i, raw in enumerate(lines):
        if clean.squash(raw) == out.title:
            return i + 1
    return 0


MAX_NOTE_LINES = 4   # a correction note over the copy, hard-wrapped: this many lines at most


def _correction_note_end(lines: list[str], i: int, s: str) -> int | None:
    """The last line of the correction note that line ``i`` (``s``, squashed) opens, when it
    runs on to a sentence of CORRECTION_NOTE_MIN_WORDS words or more, maybe hard-wrapped over
    the lines under it ("Berichtigung: Im dritten Absatz muss es richtig heißen: 340 Betten" /
    "(nicht: 430 Betten)."); None for a headline ("Correction: Farm bill story").

    >>> _correction_note_end(["CORRECTION: An earlier version gave the", "wrong fare."], 0,
    ...                      "CORRECTION: An earlier version gave the")
    1
    >>> _correction_note_end(["Correction: Farm bill story", "", "By Jo Roe"], 0, "Correction: Farm bill story")
    """
    words, end = len(s.split()), i
    while not SENTENCE_END_RE.search(s[-1]):
        end += 1
        if end >= len(lines) or end - i >= MAX_NOTE_LINES or not lines[end].strip():
            return None
        s = CONTROL_MARK_RE.sub("", clean.squash(lines[end])).strip() or " "
        words += len(s.split())
    return end if words >= CORRECTION_NOTE_MIN_WORDS else None


def _bracket_note_end(lines: list[str], i: int) -> int | None:
    """The last line of a bracketed note that line ``i`` opens with "[" and that closes with
    "]" at the end of a later line, within MAX_NOTE_LINES: an archive's note on where the copy
    came from ("[Microfilm reel 12, frames 3-4. The Evening Star," / "May 2, 1951. Transcribed
    by ...]"), hard-wrapped; None when no such line closes it (a headline's "[Update]" closes on
    its own line).

    >>> _bracket_note_end(["[Teletype copy, Boston bureau,", " filed March 3, 1961.]", "", "HEADLINE"], 0)
    1
    >>> _bracket_note_end(["[Teletype copy, Boston bureau", "", "HEADLINE"], 0)
    """
    for end in range(i + 1, min(len(lines), i + MAX_NOTE_LINES)):
        s = lines[end].strip()
        if not s:
            return None
        if s.endswith(("]", "].", "])")):
            return end
    return None


# Agencies whose teletype wrote a day month first ("UPI 0412 03/06/81": March 6); the
# others' European copy writes the day first ("ANOP  0412  03/06/81  1110": 3 June).
MONTH_FIRST_AGENCIES = frozenset(("AP", "UPI", "CP"))


def _teletype_filed(m: re.Match, agency: str) -> str | None:
    """The day and time a teletype header's stamp gives (TELETYPE_HEADER_RE's match), as a
    date line: "1976-09-14 12:05"; None without one, or when it is no day.

    >>> _teletype_filed(TELETYPE_HEADER_RE.match("ADN 0217  14.09.76  1205"), "ADN")
    '1976-09-14 12:05'
    >>> _teletype_filed(TELETYPE_HEADER_RE.match("UPI 0412 03/06/81 1110"), "UPI")
    '1981-03-06 11:10'
    >>> _teletype_filed(TELETYPE_HEADER_RE.match("TT EKONOMI  27.05.96  14.12"), "TT")
    '1996-05-27 14:12'
    """
    if not m["d"]:
        return None
    day, month = int(m["d"]), int(m["m"])
    if agency in MONTH_FIRST_AGENCIES and m["sep"] != ".":
        day, month = month, day
    year = int(m["y"])
    year = year if year > 99 else year + (1900 if year >= 70 else 2000)
    if not (1 <= month <= 12 and 1 <= day <= 31) or int(m["H"]) > 23:
        return None
    return f"{year}-{month:02d}-{day:02d} {m['H']}:{m['M']}"
