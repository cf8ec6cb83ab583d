"""Per-stage table tests for the dates of archive copy and the pages that rerun it: dates
given without their year (dated by the agency's copyright notice), old wire stamps and
sign-offs, an update in brackets, a date shown twice, a newspaper page's running head.
(input, expected, why) rows; a new row for every bug fixed. Every line and story is invented."""
from __future__ import annotations

from indexer import normalize
from indexer.fields.dates import _date_parts, copyright_year, with_year, yearless_date
from indexer.pipeline import parse_text
from tablerows import rows as _rows, parsed_fields as _fields


# (line, is a year-less date line, why)
YEARLESS_LINES = [
    ("Wednesday Apr 9 3:15 PM Eastern Time", True, "Yahoo's stamp over Reuters copy"),
    ("Thu Nov 8, 9:05 AM ET", True, "the short weekday and month, a zone"),
    ("Sat Jun 2 11 a.m.", True, "a time with its half of the day only"),
    ("Apr 9, 2003 3:15 PM", False, "a year: an ordinary date line"),
    ("Wednesday Apr 9", False, "no time of day: a weekday and a day may be a kicker"),
    ("Voters queue from May 22 at 7:30 AM in the rain", False, "a sentence around a date"),
]


@_rows(YEARLESS_LINES)
def test_yearless_date_line(text, expected, why):
    assert yearless_date(text) == expected


# (notice, year, why): the year of a copyright notice that names an agency
COPYRIGHT_YEARS = [
    ("(C) Reuters 2006. All rights reserved.", 2006, "Reuters' notice, the year last"),
    ("Copyright 2004 Reuters Limited. All rights reserved.", 2004, "Reuters' notice of the early 2000s"),
    ("Copyright © 2007 The Associated Press. All rights reserved.", 2007, "AP's notice"),
    ("© 2024 The Harbour Gazette. All rights reserved.", None, "a site's own notice is the page's year"),
    ("Copyright 1996-2008 Reuters", None, "a span of years names no one year"),
]


@_rows(COPYRIGHT_YEARS)
def test_copyright_year(text, expected, why):
    assert copyright_year(text) == expected


def test_with_year_puts_the_year_after_the_day():
    assert with_year("Thu Nov 8, 9:05 AM ET", 2007) == "Thu Nov 8, 2007, 9:05 AM ET"
    assert normalize.parse_date(with_year("Thu Nov 8, 9:05 AM ET", 2007), "en") == "2007-11-08T09:05:00-05:00"


REUTERS_2003 = ("Canal tolls to rise for the largest ships\n\nBy Tomas Ferreyra\n\n"
                "PANAMA CITY, April 9 (Reuters) - The canal authority will raise tolls for the largest "
                "container ships by a tenth from October, it said on Wednesday.\n\n"
                "Shipping lines said the rise had been expected.\n\n")
# (story, {field: value}, why): a day without its year, dated by the copyright notice
YEARLESS_STORIES = [
    ("Wednesday Apr 9 3:15 PM Eastern Time\n\n" + REUTERS_2003
     + "Copyright 2003 Reuters Limited. All rights reserved.\n",
     {"published": "2003-04-09T15:15:00-04:00", "title": "Canal tolls to rise for the largest ships"},
     "Yahoo's stamp over the headline, the year from Reuters' notice, the zone by name"),
    ("World - Reuters\nWednesday April 9 3:15 PM ET\n\n" + REUTERS_2003
     + "Copyright (c) 2003 Reuters Limited. All rights reserved.\n",
     {"published": "2003-04-09T15:15:00-04:00", "cities": ["Panama City"]},
     "Yahoo's world section and its source over the stamp: the stamp still dated, no city 'World'"),
    (REUTERS_2003 + "(C) Reuters 2003. All rights reserved.\n",
     {"published": "2003-04-09"}, "the dateline's day in the notice's year"),
    (REUTERS_2003 + "© 2003 The Isthmus Ledger\n",
     {"published": None}, "a site's own notice dates nothing"),
    ("Monday Apr 9 3:15 PM Eastern Time\n\n" + REUTERS_2003
     + "Copyright 2003 Reuters Limited. All rights reserved.\n",
     {"published": None}, "the weekday says another year: not dated"),
    ("Ferry strike strands island commuters\n\nBy JANE ROWAN, Associated Press Writer Thu Nov 8, 9:05 AM ET"
     "\n\nSEATTLE - Ferry crews walked off the job on Thursday, stranding thousands of island commuters."
     "\n\nThe union said the strike would last a day.\n\nCopyright © 2007 The Associated Press. "
     "All rights reserved.\n",
     {"published": "2007-11-08T09:05:00-05:00", "reporters": ["Jane Rowan"], "agencies": ["AP"],
      "title": "Ferry strike strands island commuters"},
     "a byline and its year-less date on one line"),
]


@_rows(YEARLESS_STORIES)
def test_a_day_without_its_year(text, expected, why):
    assert _fields(text, expected) == expected


OLD_LEAD = ("Grain board lifts floor price\n\n    PERTH, April 12 - The grain board said it would lift its "
            "floor price for wheat by two dollars a tonne from next month.\n"
            "    Brokers said the move had been expected.\n")
# (closing lines, {field: value}, why): old wire copy's stamps and sign-offs
OLD_STAMPS = [
    (" REUTER JPM\n1415 GMT 12-APR-87\n",
     {"published": "1987-04-12T14:15:00+00:00", "agencies": ["Reuters"]},
     "Reuters' sign-off with the desk's initials, the time before the day"),
    ("0905 GMT 3 JUN 81\n", {"published": "1981-06-03T09:05:00+00:00"},
     "a teletype's closing stamp, time first, its day spaced"),
    ("upi 04-12-88 11:20 jrb\n", {"published": "1988-04-12T11:20:00", "agencies": ["UPI"]},
     "UPI's closing stamp, month first, no zone"),
    ("NATO BASE\n", {"published": None}, "capitals that name no agency are no sign-off"),
    ("AAP ch/jw\n\nAAP 120918 AEST Apr 87\n", {"published": "1987-04-12T09:18:00+10:00", "agencies": ["AAP"]},
     "AAP's teletype stamp: day, hour and minute run together, the zone, the month and a short year"),
    ("ABC 120918 AEST Apr 87\n", {"published": None}, "...the same shape without an agency's name dates nothing"),
    ("AP-WX-03-09-01 0817EST\n", {"published": "2001-03-09T08:17:00-05:00", "agencies": ["AP"]},
     "AP's transmission stamp names the agency whose copy it closes"),
    ("03-09-01 0817ET\n", {"published": "2001-03-09T08:17:00-05:00", "agencies": []},
     "...the same stamp without AP's prefix names none"),
    ("TANJUG 217 120918 APR 87\n", {"published": "1987-04-12T09:18:00", "agencies": ["Tanjug"]},
     "a day-time group after the item's number, no zone"),
    ("PETRA 0918 GMT 12/04/1987\n", {"published": "1987-04-12T09:18:00+00:00", "agencies": ["Petra"]},
     "the agency, the time and zone, then the day in numbers"),
]


def test_a_closing_stamp_over_the_end_mark_keeps_its_own_line_in_wrapped_copy():
    story = parse_text(
        "ZCZC QNA0212 ECO\nQNA 212\nDOHA PORT OPENS NEW CONTAINER YARD\n\nDOHA, MARCH 3 (QNA) - QATAR OPENED A NEW "
        "CONTAINER YARD AT ITS\nMAIN PORT TODAY, RAISING ITS CAPACITY BY A THIRD, THE TRANSPORT\nMINISTER SAID "
        "AT THE OPENING CEREMONY ATTENDED BY SHIPPING AGENTS.\nTHE YARD CAN HOLD 40,000 CONTAINERS AND HAS "
        "SIX NEW CRANES\nBOUGHT FROM FINLAND, HE SAID, ADDING THAT A SECOND PHASE WOULD\nFOLLOW IN TWO YEARS "
        "IF TRADE KEPT GROWING AT THE PRESENT PACE.\nQNA 1105 GMT 03/03/1991\nNNNN\n")
    assert story.published == "1991-03-03T11:05:00+00:00"


# (story, {field: value}, why): an advance's release line over copy sent days before
ADVANCES = [
    ("BC-Weekender-Canal Boats, Adv05,0540\nADVANCE FOR SUNDAY, OCT. 5\nCanal Boats Draw Retirees\nBy LENA HOLM\n"
     "Associated Press Writer\n\n   SYRACUSE, N.Y. (AP) - Retired couples are buying old canal boats.\n\n"
     "END ADV FOR SUNDAY, OCT. 5\nAP-NY-10-01-97 1412EDT\n",
     {"published": "1997-10-05", "title": "Canal Boats Draw Retirees"},
     "the advance runs on its release day, in the year of the transmission stamp"),
    ("BC-Holiday-Lights, Adv03,0410\nADV FOR USE FRIDAY, JAN. 3\nTowns Keep Holiday Lights Up\n\n"
     "   BANGOR, Maine (AP) - Several towns will keep their lights up into January.\n\n"
     "AP-NY-12-30-96 1005EST\n",
     {"published": "1997-01-03"},
     "...a release day in January after a December transmission falls in the next year"),
]


@_rows(ADVANCES)
def test_advance_release_day(text, expected, why):
    assert _fields(text, expected) == expected


@_rows(OLD_STAMPS)
def test_old_stamps_and_signoffs(text, expected, why):
    story = parse_text(OLD_LEAD + text)
    assert {k: getattr(story, k) for k in expected} == expected
    assert story.body.endswith("had been expected.") == (expected["published"] is not None)


# (line, parts, why): head lines of dates
DATE_LINES = [
    ("3 luglio 2023 (modifica il 4 luglio 2023 | 09:40)",
     [("published", "3 luglio 2023"), ("updated", "modifica il 4 luglio 2023 | 09:40")],
     "Corriere's update in brackets after the day"),
    ("14 Aug 2023 10:05AM (Updated: 14 Aug 2023 01:30PM)",
     [("published", "14 Aug 2023 10:05AM"), ("updated", "Updated: 14 Aug 2023 01:30PM")],
     "an English update in brackets"),
    ("3 luglio 2023 (ore 09:40)", [("date", "3 luglio 2023 (ore 09:40)")],
     "a bracket without an update's word: one date"),
    ("Göteborgs-Posten, 2001-10-17", [("date", "Göteborgs-Posten, 2001-10-17")],
     "a press archive's export: the paper's name, a comma, the issue's day in ISO form"),
    ("Aamulehti, 17.10.2001", [("date", "Aamulehti, 17.10.2001")], "...the day written with dots"),
    ("Prices fell, 17 Oct 2001", None, "words, a comma and a day with its month's name, no time: no date line"),
]


@_rows(DATE_LINES)
def test_date_lines(text, expected, why):
    assert _date_parts(text) == expected


# (text, date, why)
GLUED_DATES = [
    ("Published On 12 Jan 202312 Jan 2023", "2023-01-12", "a page's date shown twice, glued"),
    ("May 22, 2001 2:32 PM Eastern Time", "2001-05-22T14:32:00-04:00", "a US zone by name, in summer"),
    ("Jan 16, 2001 2:32 PM Pacific Time", "2001-01-16T14:32:00-08:00", "a US zone by name, in winter"),
]


@_rows(GLUED_DATES)
def test_parse_date_shapes(text, expected, why):
    assert normalize.parse_date(text, "en") == expected


BRIDGE_COPY = ("\n\nSTOCKHOLM (AP) — The city will close its oldest bridge to cars for two years "
               "of repairs, officials said on Monday.\n\nBuses will still cross.\n")
# (story, {field: value}, why): date lines in the head
HEAD_DATES = [
    ("Home  News  Sport  Weather\nWORLD\nStockholm to shut old bridge to cars\nLena Holmqvist\n"
     "Associated Press\nPublished 9:10 a.m. CT May 6, 2024 | Updated 1:15 p.m. CT May 6, 2024\n"
     "Comments (3)" + BRIDGE_COPY,
     {"title": "Stockholm to shut old bridge to cars", "reporters": ["Lena Holmqvist"],
      "published": "2024-05-06T09:10:00-05:00", "updated": "2024-05-06T13:15:00-05:00"},
     "a name over its agency's line, then a barred date line: the headline is above them"),
    ("THE NORTHERN TRIBUNE              MONDAY, MAY 6, 2024              B3\n\n"
     "Stockholm to shut old bridge to cars" + BRIDGE_COPY,
     {"published": "2024-05-06", "title": "Stockholm to shut old bridge to cars"},
     "a newspaper page's running head dates the story"),
    ("２０１１年（平成２３年）６月１４日　火曜日　　　　　東　洋　日　報　　　　　　４\n\n"
     "市営バス、深夜便を試験運行\n\n【仙台共同】仙台市交通局は１３日、深夜の市営バスを来月から試験的に"
     "運行すると発表した。\n　利用状況を見て本格運行を判断する。\n",
     {"published": "2011-06-14"},
     "...a Japanese paper's too: full-width gaps, the era's year in brackets after the common era's"),
    ("Stockholm to shut old bridge to cars\n\nNovember 3, 1997\nWeb posted at: 9:41 a.m. EST (1441 GMT)"
     + BRIDGE_COPY, {"published": "1997-11-03T09:41:00-05:00"},
     "a 1990s page's time under its day: the zone, then the time in GMT in brackets"),
    ("B4 THE EVENING STAR, Bangor, Wednesday, October 9, 1985\n\nStockholm to shut old bridge to cars" + BRIDGE_COPY,
     {"published": "1985-10-09", "title": "Stockholm to shut old bridge to cars"},
     "a microfilmed page head in OCR: the page, the paper in capitals, its town, the issue's day"),
    ("THE MORNING HERALD, TUESDAY, APRIL 11, 1939                          PRICE TWO CENTS\n\n"
     "Stockholm to shut old bridge to cars" + BRIDGE_COPY,
     {"published": "1939-04-11", "title": "Stockholm to shut old bridge to cars"},
     "a page head closed by the copy's price across a wide gap: the issue's day"),
    ("LE PETIT JOURNAL, MARDI 4 MARS 1952 PRIX : 15 FRANCS\n\nStockholm to shut old bridge to cars"
     + BRIDGE_COPY, {"published": "1952-03-04"}, "...a French head and its price"),
    ("Archived page. Captured April 20, 1997.\n\nFerry fares rise on the island routes\n\nBy LENA PORTER\n"
     "Associated Press Writer\n\nHALIFAX, Nova Scotia (April 14, 1997 10:42 a.m. EDT http://www.harbornews.example) "
     "-- Fares on the island ferries will rise by a fifth next month, the operator said Monday.\n\nThe crossing "
     "carries about 200,000 passengers a year.\n",
     {"published": "1997-04-14T10:42:00-04:00", "cities": ["Halifax"], "title": "Ferry fares rise on the island routes"},
     "a 1990s web edition's dateline bracket with the date, time and site: the story's date, not the capture's"),
    ("File: WIRE.112    Captured: 11-04-95 03:40    Area: [2] State\n\n^Grain Elevator Fire Burns Into Night<\n\n"
     "   SALINA, Kan. (AP) -- A fire at a grain elevator burned into the night on Friday, and crews kept "
     "trucks away from the tracks beside it.\n   No one was hurt.\n\nAP-NY-11-03-95 1544EST<\n",
     {"published": "1995-11-03T15:44:00-05:00", "title": "Grain Elevator Fire Burns Into Night"},
     "a bulletin board's capture stamp in its file line is no story date: the AP tail's is"),
    ("Page 12 THE VALLEY NEWS, Lebanon, N.H., Friday, May 3, 1974\n\nStockholm to shut old bridge to cars"
     + BRIDGE_COPY, {"published": "1974-05-03"}, "...the page written out, a town and its state"),
    ("Nordkurier Abendblatt | Ausgabe Süd | Freitag, 07.06.2002 | Seite 9 | Kultur\n\n"
     "Stockholm to shut old bridge to cars" + BRIDGE_COPY,
     {"published": "2002-06-07", "title": "Stockholm to shut old bridge to cars"},
     "an e-paper's text export: paper, edition, day, page and section between bars"),
    ("Zeeuwse Ochtendbode — vrijdag 7 juni 2002 — pagina 3 — Binnenland\n\n"
     "Stockholm to shut old bridge to cars" + BRIDGE_COPY,
     {"published": "2002-06-07", "title": "Stockholm to shut old bridge to cars"},
     "...between dashes, the page before the section"),
    ("Jahrbuch 2002 | Seite 9 | Kultur\n\nStockholm to shut old bridge to cars" + BRIDGE_COPY,
     {"title": "Stockholm to shut old bridge to cars", "published": None},
     "a page's bar with a year and no day gives no date"),
    ("Stockholm to shut old bridge to cars\n\nSTOCKHOLM, Sweden, Monday, May 6, 2024 (AP) — The city will "
     "close its oldest bridge to cars.\n", {"title": "Stockholm to shut old bridge to cars"},
     "a dateline in capitals with its day is no page head"),
    ("Local\n\nHarbour ferry to run\nall winter\n\nOSAKA – A ferry operator said\nTuesday it will keep its\n"
     "harbour boat running all\nwinter for the first time.\n\nTHE KANSAI POST  WEDNESDAY, MARCH 4, 2009      7\n"
     "\x0cThe boat carries about\n300 people a day.\n", {"published": "2009-03-04"},
     "a printed page's foot between a column's parts in a PDF's text: the paper, a gap, the issue's day"),
    ("Harbour ferry to run all winter\n\nOSAKA – A ferry operator said Tuesday it will keep its harbour boat "
     "running all winter.\n\nFARES  WILL RISE BY 2 PERCENT IN 2009\n", {"published": None},
     "a line in capitals and a year with no day is no page's foot"),
]


@_rows(HEAD_DATES)
def test_head_dates(text, expected, why):
    assert _fields(text, expected) == expected


# (story, {field: value}, why): Xinhua's archive export of the 1990s, its labels in
# lenticular brackets with full-width spaces lining them up
BRACKET_LABEL_RECORDS = [
    ("【稿件类别】国内新闻·经济\n【标　　题】港口集装箱吞吐量创新高\n【发稿时间】1997-03-05 10:20\n【字　　数】300\n"
     "【正　　文】\n　　新华社宁波3月5日电（记者王立新）宁波港今年前两个月集装箱吞吐量比去年同期增长两成。\n"
     "　　港口负责人说，新码头投入使用后装卸效率明显提高。（完）\n【责任编辑】李文华\n",
     {"title": "港口集装箱吞吐量创新高", "editors": ["李文华"], "agencies": ["Xinhua"], "cities": ["宁波"]},
     "the bracketed title label is no part of the headline; the bracketed editor's role credits the editor"),
]


@_rows(BRACKET_LABEL_RECORDS)
def test_bracket_label_records(text, expected, why):
    assert _fields(text, expected) == expected
