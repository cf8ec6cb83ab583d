"""Table tests for the copy of sports, culture and science desks: a live blog's intro over
its entries, a sports rubric over the headline, a site's one-line stamp with its place and
time, dates stated in a sentence or after an agency's feed label. One row per shape; every
story is invented."""
from __future__ import annotations

from tablerows import check_story, rows

# (story text, {field: value}, why)
DESK_HEADS = [
    ("ATS - Agence Télégraphique Suisse\nServizio di base italiano\n3 aprile 2016, 08:40\n\nFinito lo scavo "
     "della nuova galleria\n\nAirolo (ats) I minatori hanno abbattuto sabato l'ultimo diaframma della nuova "
     "galleria. I lavori sono leggermente in anticipo sul programma.\n",
     {"title": "Finito lo scavo della nuova galleria", "published": "2016-04-03T08:40:00"},
     "the agency's service named under its masthead, over the date: the headline is below them"),
    ("epd - Evangelischer Pressedienst\n\nLandesdienst Nord | 02.09.2018 | 11:20 Uhr\n\nDiakonie sucht mehr "
     "Pflegekräfte\n\nHamburg (epd) Die Diakonie sucht für ihre Heime in der Stadt dringend neues Personal. "
     "Rund 300 Stellen seien derzeit unbesetzt.\n",
     {"reporters": [], "published": "2018-09-02T11:20:00"},
     "a wire service's name beside the day in a header bar is no author"),
    ("LIVE\nLive updates | Rugby World Cup: Fiji edge Georgia in Pool C\n\nBy The Associated Press\n"
     "Updated 9:15 AM EDT, September 30, 2023\n\nThe Latest from the Rugby World Cup in France:\n\n___\n\n"
     "9:05 a.m.\n\nFiji have beaten Georgia 17-12 in Bordeaux after a late try in the corner.\n",
     {"title": "Live updates | Rugby World Cup: Fiji edge Georgia in Pool C"},
     "a live blog's intro closing on a colon is no entry's headline: the blog's headline stays the title"),
    ("LIVE\nLive updates | Rugby World Cup: Fiji edge Georgia in Pool B\n\nBy The Associated Press\n"
     "Updated 9:15 AM EDT, September 30, 2023\n\nShare    Copy link\n\nThe Latest from the Rugby World Cup:"
     "\n\n___\n\n9:05 a.m.\n\nFiji have beaten Georgia 17-12 in Bordeaux after a late try in the corner.\n",
     {"title": "Live updates | Rugby World Cup: Fiji edge Georgia in Pool B"},
     "a row of share buttons under the date is no entry's headline"),
    ("Hockey sur glace – National League\n\nFribourg bat Zoug et conforte sa première place\n\n"
     "Publié: 11.03.2023, 22h35\n\nFribourg (ats) - Fribourg-Gottéron a battu Zoug 3-1 samedi et compte "
     "désormais six points d'avance en tête du classement.\n",
     {"title": "Fribourg bat Zoug et conforte sa première place", "published": "2023-03-11T22:35:00"},
     "a sports desk's rubric (the sport, a dash, the league) over the headline is no headline"),
    ("Eishockey – Deutsche Eishockey Liga\n\nMannheim gewinnt das Spitzenspiel gegen München klar\n\n"
     "11.03.2023, 21:50 Uhr\n\nMannheim (dpa) - Die Adler Mannheim haben das Spitzenspiel gegen den EHC "
     "München mit 5:2 gewonnen.\n",
     {"title": "Mannheim gewinnt das Spitzenspiel gegen München klar"},
     "...in German too"),
    ("Cyclisme - Critérium du Dauphiné - 5e étape de montagne\n\nCyclisme: le Belge Vandermeulen s'empare "
     "du maillot jaune au sommet du mont Brouilly\n\nMont Brouilly (France), 9 juin 2022 (AFP) - Le Belge "
     "Pieter Vandermeulen a pris mercredi la tête de la course au terme d'une arrivée en côte disputée sous "
     "la pluie.\n\njd/ab\n",
     {"title": "Cyclisme: le Belge Vandermeulen s'empare du maillot jaune au sommet du mont Brouilly"},
     "a rubric of three parts (the sport, the race, the stage opening on a figure) is no headline"),
    ("Atletismo - Mundial en pista cubierta - 60 metros vallas\n\nAtletismo: la cubana Reyes "
     "gana el oro y rebaja su propio récord nacional en Glasgow\n\nGlasgow, 3 mar 2024 (AFP) - La cubana "
     "Daylin Reyes se colgó este domingo el oro de los 60 metros vallas con una marca que mejora su récord "
     "nacional.\n",
     {"title": "Atletismo: la cubana Reyes gana el oro y rebaja su propio récord nacional en Glasgow"},
     "...in Spanish, each part a short label opening on a capital"),
    ("ANSA.it  >  Cultura  >  Libri\n\nA Torino il salone del libro chiude con un record di visite\n\n"
     "Redazione ANSA   TORINO   22 maggio 2023   19:40\n\nIl pubblico in fila all'ingresso del Lingotto "
     "© ANSA\n\n(ANSA) - TORINO, 22 MAG - Il salone del libro ha chiuso con oltre duecentomila visitatori, "
     "un record per la manifestazione.\n",
     {"title": "A Torino il salone del libro chiude con un record di visite",
      "published": "2023-05-22T19:40:00"},
     "a site's stamp on one line with wide gaps (desk, place, day, time): the time is read and the "
     "headline above it is the title, not the caption under it"),
    ("Gletscher in den Alpen schmelzen schneller\n\nThis content was published on June 8, 2022 - 10:25\n\n"
     "Swiss glaciers lost more ice last summer than in any year since records began, researchers said.\n\n"
     "The loss was measured at twenty sites.\n",
     {"published": "2022-06-08T10:25:00"},
     "a page's sentence saying when it ran, its date and time after 'on'"),
    ("Les glaciers alpins fondent plus vite\n\nCe contenu a été publié le 8 juin 2022 - 10:25\n\n"
     "Les glaciers suisses ont perdu plus de glace l'été dernier que lors de toute autre année, selon "
     "les chercheurs.\n",
     {"published": "2022-06-08T10:25:00"},
     "...in French, five words before the date"),
    ("SID-Meldung vom 14.02.2001, 18:05\n\nEisschnellläuferin Kerner gewinnt Gold über 3000 m\n\n"
     "Salt Lake City (SID) - Eisschnellläuferin Anja Kerner hat am Mittwoch den Weltcup über 3000 m "
     "gewonnen und ihre Führung in der Gesamtwertung ausgebaut.\n",
     {"published": "2001-02-14T18:05:00", "title": "Eisschnellläuferin Kerner gewinnt Gold über 3000 m"},
     "an agency's feed label 'X-Meldung vom' and its date and time over the headline"),
    ("ESP/BALONCESTO/LIGA ENDESA\n10/03/2024 21:45\n\nResultados de la vigésima quinta jornada de la Liga Endesa\n\n"
     "Madrid, 10 mar (EFE).- Resultados de los partidos de la vigésima quinta jornada de la Liga Endesa "
     "disputados este domingo:\n\nUnicaja - Joventut  88-79\nBaskonia - Breogán  95-81\n",
     {"title": "Resultados de la vigésima quinta jornada de la Liga Endesa", "published": "2024-03-10T21:45:00"},
     "EFE's category path in capitals over its date: the desk's keywords, no headline"),
    ("TIN/NICKEL/ZINC PRICES FIRM\n\nLONDON, June 4 - Base metal prices firmed on the London "
     "exchange on Thursday as warehouse stocks fell for a fourth week, dealers said.\n",
     {"title": "TIN/NICKEL/ZINC PRICES FIRM"},
     "...but a headline in capitals of words set apart by slashes is the title when no other line is"),
    ("MLS Standings\nBy The Associated Press\nAll Times EDT\nEASTERN CONFERENCE\n"
     "                 W   L   T  Pts  GF  GA\nHarbor City      9   4   3   30  28  19\n"
     "Lakeport         8   6   2   26  24  22\n\nWESTERN CONFERENCE\nPacific Group\n"
     "                 W   L   T  Pts  GF  GA\nBay Town        10   3   2   32  30  15\n",
     {"title": "MLS Standings", "agencies": ["AP"]},
     "an agate's clock note under its credit: its tables' headings below it are no headline"),
]


@rows(DESK_HEADS)
def test_desk_heads(text, expected, why):
    check_story(text, expected)


# (story text, {field: value}, why)
DESK_CREDITS = [
    ("Diakonie sucht mehr Pflegekräfte\n\nHamburg (epd) Die Diakonie sucht für ihre Heime in der Stadt dringend "
     "neues Personal. Rund 300 Stellen seien derzeit unbesetzt.\n\nDie Verbände fordern mehr Geld.\n\n"
     "epd - lnb - 180902 - Redaktion: Silke Brandauer\n",
     {"editors": ["Silke Brandauer"], "reporters": [], "agencies": ["epd"]},
     "the agency's sign-off, its desk's initials and day code, then the editor, joined by spaced dashes"),
    ("Somerset bowlers put Essex under pressure at Taunton\n\nBy Rhys Donnelly, PA Sport\n\n"
     "Saturday 11 May 2019 18:02 BST\n\nSomerset's seamers took six wickets in the final session as Essex "
     "slipped to 214 for eight on the opening day at Taunton.\n",
     {"reporters": ["Rhys Donnelly"], "agencies": ["PA"]},
     "an agency's desk named for its beat after the byline's comma is the agency, no second reporter"),
    ("Geneva museum returns masks to Cameroon\n\nThis content was published on May 4, 2022 - 09:30\n\n"
     "The ethnography museum in Geneva has handed back eight ceremonial masks to Cameroon, its director said "
     "on Wednesday.\n\nThe masks had been in the collection since 1911.\n\nKeystone-SDA/mb\n",
     {"agencies": ["Keystone-SDA"], "reporters": []},
     "an agency's sign-off with the editor's initials after a slash names the agency"),
    ("Venice jury hands Golden Lion to Chilean debut\n\nElena Sorvino with AFP\nAFP\n"
     "Sat, September 9, 2023, 10:14 PM\n\nVenice (AFP) - A first feature by a Chilean director won the Golden "
     "Lion at the Venice film festival on Saturday, the jury said.\n",
     {"reporters": ["Elena Sorvino"], "agencies": ["AFP"]},
     "a portal's byline 'Name with AFP' on its own line: the reporter and the agency"),
    ("Venice jury hands Golden Lion to Uruguayan debut\n\nEuronews with AFP\n\n"
     "Sat, September 9, 2023, 10:14 PM\n\nVenice (AFP) - A first feature by a Uruguayan director won the "
     "Golden Lion at the Venice film festival on Saturday, the jury said.\n",
     {"reporters": [], "agencies": ["AFP"]},
     "...but an outlet's credit 'Site with AFP' names no one"),
    ("La ville de Lille ouvre une piscine olympique\n\nPar Le Parisien avec AFP\n"
     "Publié le 14/06/2021 à 11:20\n\nLille (AFP) - La métropole a inauguré lundi un bassin de cinquante "
     "mètres, le premier de la région.\n",
     {"reporters": [], "agencies": ["AFP"]},
     "...nor with its byline's opener 'Par Outlet avec AFP'"),
    ("Bilboko udalak bidegorri berria egingo du\n\nErredakzioa / EFE\n\n2016/05/03 10:20\n\n"
     "Bilbo (EFE).- Udalak bidegorri berri bat eraikiko du hiriaren erdialdean, alkateak astearte honetan "
     "jakinarazi duenez.\n",
     {"reporters": [], "agencies": ["EFE"]},
     "...nor Basque's (Erredakzioa)"),
    ("Kiel holt Torhüter aus Skandinavien\n\nVon Malte Rieger, dpa\n\nKiel (dpa) - Der Handball-Bundesligist "
     "hat einen Torhüter aus der dänischen Liga verpflichtet. Er erhält einen Vertrag bis 2027.\n\n"
     "dpa-Notizblock\n\n## dpa-Kontakte\n- Autor: Malte Rieger (Kiel), +49 431 5550199\n"
     "- Redaktion: Tanja Osterkamp (Hamburg), +49 40 5550123\n",
     {"reporters": ["Malte Rieger"], "editors": ["Tanja Osterkamp"], "agencies": ["dpa"]},
     "dpa's contact list under its Notizblock: each person's place in brackets, their phone after it"),
]


@rows(DESK_CREDITS)
def test_desk_credits(text, expected, why):
    check_story(text, expected)
