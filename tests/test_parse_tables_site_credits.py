"""Per-stage table tests for the credits of sites that rerun agency copy: closing notes of
the agencies a story draws on, credits closing a caption, outlets in bylines, page chrome in
the head, closing credits bracketed twice or cut by a wrap. (input, expected, why) rows; a
new row for every bug fixed. Every line and story is invented."""
from __future__ import annotations

import pytest

from indexer import fields
from indexer.fields.byline import _outlet_desk
from indexer.pipeline import parse_text
from tablerows import rows as _rows, parsed_fields as _fields


# (closing line, agencies, why): notes of the agencies a site's story draws on
AGENCY_SOURCE_NOTES = [
    ("With inputs from PTI", ["PTI"], "an Indian or Gulf site's closing note"),
    ("(With inputs from agencies and IANS)", ["IANS"], "a generic word beside the agency"),
    ("Some information for this report came from Reuters and Agence France-Presse.", ["Reuters", "AFP"],
     "VOA's closing note"),
    ("Material from The Associated Press was used in this report.", ["AP"], "material used"),
    ("With inputs from residents and traders", [], "people, no agency"),
    ("SBS/Reuters", ["Reuters"], "the outlet's acronym, then its agency"),
    ("ABC/XYZ", [], "two acronyms, neither an agency"),
]


@_rows(AGENCY_SOURCE_NOTES)
def test_closing_notes_of_agencies(text, expected, why):
    story = parse_text("Rail fares frozen\n\nThe transport authority froze rail fares for a year on "
                       "Monday, saying commuters needed relief.\n\nThe freeze starts in July.\n\n"
                       + text + "\n")
    assert story.agencies == expected
    assert (text in story.body) == (not expected)


# (caption, (photographer, agency), why): credits closing a caption
CLOSING_PHOTO_CREDITS = [
    ("Fishing boats idle in the harbour at dawn [Omar Haddad/Al Jazeera]", ("Omar Haddad", None),
     "the outlet's square brackets"),
    ("Fishing boats idle in the harbour. [File: Omar Haddad/Reuters]", ("Omar Haddad", "Reuters"),
     "a file picture in square brackets"),
    ("The river is expected to crest on Sunday. (ABC News: Petra Lindgren)", ("Petra Lindgren", None),
     "the ABC's bracket: the outlet's desk, a colon, the name"),
    ("Ash falls on a village near the volcano. File Photo by Dana Whitlock/UPI", ("Dana Whitlock", "UPI"),
     "'Photo by' and any agency"),
    ("Ash over the village. Photograph: Marco Benítez/AFP/Getty Images", ("Marco Benítez", "AFP"),
     "the Guardian's credit: the distributor after the agency is no photographer"),
    ("Des pêcheurs sur le quai du Vieux-Port, mardi soir. Photo Hélène Garrigues", ("Hélène Garrigues", None),
     "a French paper's credit after the caption's sentence, no colon"),
    ("PHOTO MATHIEU BÉLANGER, AGENCE FRANCE-PRESSE", ("Mathieu Bélanger", "AFP"),
     "La Presse's credit in capitals: the name, a comma, the agency"),
    ("PHOTO MATHIEU BÉLANGER, LA PRESSE", ("Mathieu Bélanger", None),
     "La Presse's credit naming the paper, no agency"),
    ("PHOTO FOURNIE PAR LA MUNICIPALITÉ, ARCHIVES", (None, None), "a handout's credit names no one"),
    ("Le maire a visité le chantier. Photo DR", (None, None), "'droits réservés': no name"),
    ("The council met (UN: food aid)", (None, None), "a bracket in prose"),
    ("Il lungolago deserto ad Ascona. Keystone/Ti-Press/Luca Brenni", ("Luca Brenni", None),
     "a Swiss picture agency between the agency and the photographer"),
    ("Boten in de haven van Vlissingen. ANP / Hollandse Hoogte", (None, "ANP"),
     "a Dutch picture agency of two words after the agency is no photographer"),
    ("Prices were mixed [high/low]", (None, None), "lower-case words in square brackets"),
]


@_rows(CLOSING_PHOTO_CREDITS)
def test_closing_photo_credit(text, expected, why):
    assert fields.photo_credit(text) == expected


# (byline line, (names, agencies), why): outlets in bylines
OUTLET_BYLINES = [
    ("By Megan Pryce, BBC Scotland", (["Megan Pryce"], []), "the outlet's acronym and its region"),
    ("By Fraser Lennox, PA Scotland", (["Fraser Lennox"], ["PA"]), "an agency's short name and its region's desk"),
    ("By Ines Okafor, Reuters Africa", (["Ines Okafor"], ["Reuters"]), "...a continent after the agency"),
    ("By Dana Wirth and AP Sharma", (["Dana Wirth", "AP Sharma"], []),
     "two initials that spell an agency, then a surname: a person"),
    ("By ROSS DUNN, CBC News", (["Ross Dunn"], []), "an outlet's news desk"),
    ("Yle Uutiset | STT", ([], ["STT"]), "an outlet's news desk and its agency, no person"),
    ("Heikki Roe | STT", (["Heikki Roe"], ["STT"]), "a person and the agency"),
    ("By Gulf Herald and news agencies", ([], []), "an outlet credits itself with the agencies"),
    ("By Tom Ashby and agencies", (["Tom Ashby"], []), "a person and the agencies, as the Guardian writes it"),
    ("Par Le Courrier picard (avec AFP)", ([], ["AFP"]), "a paper credits itself with the agency in brackets"),
    ("Par Lucie Brunet (avec AFP)", (["Lucie Brunet"], ["AFP"]), "a person with the agency in brackets"),
    ("By Herald Zimbabwe", ([], []), "a newspaper's name in the byline names no one"),
    ("By Kofi Mensah, Daily Graphic", (["Kofi Mensah"], []), "a person and the paper: the paper is no reporter"),
]


@_rows(OUTLET_BYLINES)
def test_outlets_in_bylines(text, expected, why):
    assert fields.parse_byline(text) == expected


@pytest.mark.parametrize("part,expected", [("BBC Wales", True), ("ABC Riverland", True),
                                           ("JOHN SMITH", False), ("TJ Holmes", False),
                                           ("Megan Pryce", False)])
def test_outlet_desk(part, expected):
    assert _outlet_desk(part) == expected


BRIDGE_COPY = ("\n\nSTOCKHOLM (AP) — The city will close its oldest bridge to cars for two years "
               "of repairs, officials said on Monday.\n\nBuses will still cross.\n")
# (story, {field: value}, why): the head's chrome and what hides a name
HEAD_CHROME = [
    ("Stockholm to shut old bridge to cars\nShare\nAA\nFollow us" + BRIDGE_COPY,
     {"agencies": ["AP"], "title": "Stockholm to shut old bridge to cars"},
     "a text-size button among share buttons is no Anadolu credit"),
    ("Stockholm to shut old bridge to cars\n\tBy Lin\u00adnea Sj\u00f6berg\n\t6.5.2024 10:15 CEST" + BRIDGE_COPY,
     {"reporters": ["Linnea Sjöberg"], "title": "Stockholm to shut old bridge to cars"},
     "a soft hyphen inside a name, under a tab"),
    ("Lantern festival draws record crowd to Taipei riverside\n\nFrom: AFP\n"
     "Min-seo Park with Hugo Brandt in Tokyo\nFebruary 12, 2025\n\n"
     "Taipei (AFP) - More than half a million visitors crowded the riverside on Wednesday night "
     "for the lantern festival, organisers said.\n\nStalls stayed open until after midnight.\n",
     {"reporters": ["Min-seo Park", "Hugo Brandt"], "title": "Lantern festival draws record crowd to Taipei riverside"},
     "AFP's credit over the date: the writer 'with' a contributor 'in' a city, no headline"),
    ("Pesca artesanal pide ayudas tras la marea roja\n\n"
     "Lucía Herrera con Tomás Vidal en Lima\n12 de marzo de 2024\n\n"
     "Callao (AFP) - Los pescadores artesanales del puerto pidieron ayudas al Gobierno tras "
     "una semana sin poder faenar.\n\nLa marea roja cubre ya cuarenta kilómetros de costa.\n",
     {"reporters": ["Lucía Herrera", "Tomás Vidal"]},
     "the same credit in Spanish: 'con' and 'en'"),
]


@_rows(HEAD_CHROME)
def test_head_chrome(text, expected, why):
    assert _fields(text, expected) == expected


CREDIT_LEAD = ("Port strike ends\n\nROTTERDAM, May 6 (Reuters) - Dock workers ended a three-day strike "
               "on Monday after a pay deal.\n\nShipping lines said queues would clear by Friday.\n")
# (closing lines, {field: value}, why): closing credits in Reuters' trailers
TRAILER_CREDITS = [
    ("\n((Reporting by Anke Visser; Editing by Tom Hale; +31 20 555 0101; Reuters Messaging: "
     "anke.visser.reuters.com@reuters.net))\n",
     {"reporters": ["Anke Visser"], "editors": ["Tom Hale"]},
     "double brackets, a phone number and a messaging address"),
    ("Reporting by Anke Visser; Editing by Tom\nHale\nOur Standards: The Thomson Reuters Trust Principles.\n",
     {"reporters": ["Anke Visser"], "editors": ["Tom Hale"]},
     "a name cut at the line's end"),
    ("Reporting by Anke Visser; Editing by Tom Hale\nAmsterdam\n",
     {"reporters": ["Anke Visser"], "editors": ["Tom Hale"]},
     "a whole name takes nothing from the next line"),
]


@_rows(TRAILER_CREDITS)
def test_trailer_credits(text, expected, why):
    assert _fields(CREDIT_LEAD + text, expected) == expected


MARKET_COPY = ("Le marché central de Bamako rouvre après les travaux\n\n{byline}\n\n"
               "Le marché central de Bamako a rouvert lundi après huit mois de travaux de rénovation, "
               "a annoncé la mairie.\n\nLes commerçants ont retrouvé leurs étals.\n")
# (story, {field: value}, why): a byline naming the page's own paper, not a person
MASTHEAD_BYLINES = [
    ("L'ÉCHO DU SAHEL\n" + MARKET_COPY.format(byline="Par L'Écho du Sahel (avec AFP)"),
     {"reporters": [], "agencies": ["AFP"]}, "the page opens on the paper's name in capitals"),
    ("Le Quotidien du Mali\n" + MARKET_COPY.format(byline="Par Le Quotidien"),
     {"reporters": []}, "the masthead's first words, then a small word and the rest of its name"),
    ("Mali\n" + MARKET_COPY.format(byline="Par Sahel Matin") + "\n© Sahel Matin 2023, tous droits réservés\n",
     {"reporters": []}, "the copyright notice with its year names the paper"),
    ("Mali\n" + MARKET_COPY.format(byline="Par Awa Traoré") + "\n© Sahel Matin 2023\n",
     {"reporters": ["Awa Traoré"]}, "a person under another paper's notice stays"),
    ("Awa Traoré | AFP\n" + MARKET_COPY.format(byline="Par Awa Traoré"),
     {"reporters": ["Awa Traoré"]}, "a byline on the first line is no masthead"),
]


@_rows(MASTHEAD_BYLINES)
def test_a_byline_naming_the_masthead_is_no_reporter(text, expected, why):
    assert _fields(text, expected) == expected
