"""Table tests for correction marks over headlines, date lines that say their kind in other
scripts or say a print time, agency aliases, unlabelled reporters before an editor's role,
translators named with the source language, and caption copyright credits. Rows are
(input, expected, why); every line is invented."""
from __future__ import annotations

from indexer import cjk, fields, normalize
from indexer.fields.dates import _date_parts
from indexer.formats.html import line_agencies
from tablerows import rows as _rows


# (line, dateline text or None, why)
MARKED_HEADLINES = [
    ("RECTIFICATIF - Inondations dans le Gard: la route du col rouverte", None,
     "a French correction mark before the headline is no place"),
    ("KORREKTUR - Brücke über die Saale wieder frei", None, "German correction mark"),
    ("CORRECCIÓN - El tranvía de Zaragoza amplía su horario", None, "Spanish mark with its accent"),
    ("CORREZIONE - Treni regionali in ritardo a Bari", None, "Italian correction mark"),
    ("REFILE - Grain barges stuck on the lower river", None, "a refiled story's mark"),
    ("LYON (AFP) - La ligne de tram rouvre lundi.", "LYON (AFP) -", "a real place is still read"),
]


@_rows(MARKED_HEADLINES)
def test_correction_marks_are_no_dateline(text, expected, why):
    got = fields.parse_dateline(text)
    assert (got.text if got else None) == expected


# (line, [(kind, text)] or None, why)
DATE_LINES = [
    ("نشر في 3 أبريل 2023 الساعة 07:40 بتوقيت غرينتش",
     [("published", "نشر في 3 أبريل 2023 الساعة 07:40 بتوقيت غرينتش")],
     "an Arabic site's 'published on' label under the copy"),
    ("송고시간2023-09-14 16:05", [("published", "송고시간2023-09-14 16:05")],
     "Yonhap's label glued to the date, its 'time' word kept"),
    ("2023年9月14日 08:30（共同通信）", [("date", "2023年9月14日 08:30")],
     "a Japanese date and time, the agency in full-width brackets after it"),
    ("2023年09月14日 16:20　来源：中国新闻网", [("date", "2023年09月14日 16:20")],
     "a Chinese date line with its source label"),
    ("2019/11/3 07:45 （JST） 共同通信", [("date", "2019/11/3 07:45")],
     "a Japanese date line, the zone in brackets and the agency after it unbracketed"),
    ("Reuters   Printed 09/15/2023 08:12", None, "a print header's time is no date of the story"),
    ("Saved on March 5, 2024 at 9:12 PM", None, "a read-later app's time, the month by its name"),
    ("Accessed 5 March 2024", None, "a citation's date of access"),
    ("Abgerufen am 05.03.2024", None, "the German 'retrieved on'"),
    ("Consulté le 5 mars 2024", None, "the French 'consulted on'"),
    ("Data do recorte: 2019-08-21", None, "a note's Portuguese 'clip date' line is the clip's, not the story's"),
    ("Date clipped: 12 October 2022", None, "a clipper's English 'date clipped'"),
    ("Fecha de recorte: 03/02/2021", None, "the Spanish 'clip date'"),
    ("Ausgeschnitten am 04.07.2018", None, "the German 'clipped on'"),
    ("Added: 3/7/2016, 10:21:05 AM · Modified: 4/2/2016, 8:40:13 PM", None,
     "a reference manager's item line: when the item was added and edited, no date of the story's"),
]


@_rows(DATE_LINES)
def test_date_lines(text, expected, why):
    assert _date_parts(text) == expected


def test_a_bracketed_word_that_is_no_agency_keeps_the_line_out():
    assert cjk.date_parts("2023年9月14日 08:30（火曜日の朝）") is None


# ((text, language), value, why)
ZONES = [
    (("Publié le 14/09/2023 à 16h05 (heure de Paris)", "fr"), "2023-09-14T16:05:00+02:00",
     "Paris time in summer"),
    (("Publié le 14/01/2023 à 16h05 (heure de Paris)", "fr"), "2023-01-14T16:05:00+01:00",
     "Paris time in winter"),
    (("14/08/2011 - 09:30 (hora canaria)", "es"), "2011-08-14T09:30:00+01:00",
     "the Canaries' time in summer, an hour behind the mainland"),
    (("14/02/2011 - 09:30 (hora canaria)", "es"), "2011-02-14T09:30:00+00:00",
     "the Canaries' time in winter"),
    (("05/05/2022 às 18h40 (horário de Brasília)", "pt"), "2022-05-05T18:40:00-03:00",
     "Brasília time, its accented 'horário'"),
]


@_rows(ZONES)
def test_local_time_names(text, expected, why):
    assert normalize.parse_date(*text) == expected


# (line, {field: names}, why)
CREDITS = [
    ("(Сергей Орлов. Редактор Ирина Белова)", {"reporters": ["Сергей Орлов"], "editors": ["Ирина Белова"]},
     "Reuters Russian: the reporter unlabelled, then the editor"),
    ("(Lucie Fabre, édité par Paul Garnier)", {"reporters": ["Lucie Fabre"], "editors": ["Paul Garnier"]},
     "Reuters French: the reporter unlabelled, then 'édité par'"),
    ("(Bericht von Jonas Reiter; Übersetzung aus dem Englischen: Mara Lenz)",
     {"reporters": ["Jonas Reiter"], "translators": ["Mara Lenz"]},
     "a translator labelled with the source language"),
    ("(Aus dem Englischen übersetzt von Mara Lenz)", {"translators": ["Mara Lenz"]},
     "German: translated from English by"),
    ("(Traduit de l'anglais par Hugo Marchal)", {"translators": ["Hugo Marchal"]},
     "French: translated from English by"),
    ("(Traducido del inglés por Inés Vidal)", {"translators": ["Inés Vidal"]},
     "Spanish: translated from English by"),
]


@_rows(CREDITS)
def test_credits(text, expected, why):
    assert fields.parse_credits(text)[0] == expected


def test_an_unlabelled_phrase_before_a_role_word_is_no_reporter():
    assert fields.parse_credits("(Im Hafen, editor sagte er)") is None
    # a desk named before the role is no reporter
    assert fields.parse_credits("(Lagos Newsroom, edited by Kemi Ade)") is None


# (line, agencies, why)
AGENCY_LINES = [
    ("Źródło: PAP", ["PAP"], "a Polish source label over the story"),
    ("Fonte: Ansa", ["ANSA"], "an Italian source label"),
    ("Source: our own reporting", [], "a source label that names no agency"),
]


@_rows(AGENCY_LINES)
def test_source_lines_above_the_story(text, expected, why):
    assert line_agencies(text) == expected


def test_reuters_in_russian():
    got = fields.parse_dateline("НОВОСИБИРСК, 4 июня (Рейтер) - Мост открыли в среду.")
    assert (got.cities, got.agencies) == (["Новосибирск"], ["Reuters"])


# (line, dateline text or None, why)
ROLE_LINES = [
    ("Marta Lima - Repórter da Agência Brasil", None, "a reporter and her agency, no place"),
    ("Wien – Der Schnee kam früh.", "Wien –", "a place then a sentence still reads"),
]


@_rows(ROLE_LINES)
def test_a_reporter_role_after_the_dash_is_no_place(text, expected, why):
    got = fields.parse_dateline(text)
    assert (got.text if got else None) == expected


# (caption, (photographer, agency), why)
PHOTOS = [
    ("The harbour wall after the storm - Copyright Tomás Reyes/AP", ("Tomás Reyes", "AP"),
     "a copyright word before the name and agency"),
    ("Copyright 2023 The Associated Press/AP", (None, None), "a year after the word is no name"),
]


@_rows(PHOTOS)
def test_copyright_photo_credit(text, expected, why):
    assert fields.photo_credit(text) == expected
