"""The dates of archive copy and of the pages that rerun it, through the real command:
story files in a folder, `wire parse --format jsonl` run as its own process, each record
checked against the fields the story gives. A day without its year dated by the agency's
copyright notice, old wire stamps, an update in brackets, a meta bar glued into one line, a
newspaper page's running head.

The per-shape rules have their rows in test_parse_tables_archive.py; these stories put
them together as archives and sites carry them. Every story is invented.
"""
from __future__ import annotations

from wirerun import cli_field_tests

# (file name, text, {field: value}, why)
STORIES = [
    ("press-archive-export.txt",
     "Göteborgs-Posten, 2001-10-17\nSektion: Ekonomi\nSida: 12\n\nVarvet anställer fyrtio svetsare\n\n"
     "GÖTEBORG (TT) Varvet på Hisingen ska anställa fyrtio svetsare före jul sedan två nya beställningar "
     "kommit in från ett norskt rederi.\n\nFacket välkomnar beskedet.\n\n© 2001 Göteborgs-Posten\n",
     {"published": "2001-10-17", "title": "Varvet anställer fyrtio svetsare"},
     "a press archive's export: the paper and the issue's day on the first line date the story"),
    ("yahoo-reuters-2002.txt",
     "Thursday Oct 17 9:40 AM Eastern Time\n\nDock cranes idle as port talks stall\n\nBy Priya Mehra\n\n"
     "BALTIMORE, Oct 17 (Reuters) - Cranes at the city's container terminal stood idle on Thursday as "
     "talks between the port operator and crane drivers broke down for a second week.\n\n"
     "Both sides said they would meet again on Monday.\n\n"
     "((Baltimore newsroom +1 410 555 0142))\n\nCopyright 2002 Reuters Limited. All rights reserved.\n",
     {"published": "2002-10-17T09:40:00-04:00", "title": "Dock cranes idle as port talks stall",
      "reporters": ["Priya Mehra"], "agencies": ["Reuters"], "cities": ["Baltimore"]},
     "Yahoo's year-less stamp dated by Reuters' notice"),
    ("yahoo-ap-2006.txt",
     "Hail flattens wheat across three counties\n\n"
     "By DALE MORROW, Associated Press Writer Wed Jul 12, 4:18 PM ET\n\n"
     "AMARILLO, Texas - A hailstorm the size of golf balls flattened wheat across three counties in the "
     "Texas Panhandle on Wednesday, days before the harvest was to begin.\n\n"
     "Farmers said some fields were a total loss.\n\n"
     "Copyright © 2006 The Associated Press. All rights reserved.\n",
     {"published": "2006-07-12T16:18:00-04:00", "reporters": ["Dale Morrow"], "agencies": ["AP"],
      "title": "Hail flattens wheat across three counties"},
     "a byline and its year-less date on one line"),
    ("reuters-2005-trailer.txt",
     "BC-GERMANY-STEEL/ (UPDATE 1)\nGERMAN STEEL ORDERS SLIP IN SEPTEMBER\nBy Jonas Brandt\n\n"
     "FRANKFURT, Oct 4 (Reuters) - Orders at German steel mills slipped in September as carmakers "
     "held back, an industry group said on Tuesday.\n\nOrders fell 3 percent from August.\n\n"
     "((Reporting by Jonas Brandt; Editing by Clare Whitby; +49 69 555 1200; Reuters Messaging: "
     "jonas.brandt.reuters.com@reuters.net))\n\n(C) Reuters 2005. All rights reserved.\n",
     {"published": "2005-10-04", "reporters": ["Jonas Brandt"],
      "agencies": ["Reuters"], "cities": ["Frankfurt"]},
     "the dateline's day in the notice's year"),
    ("reuter-1987-stamp.txt",
     "ZCZC PER211 RTR\nAUSTRALIA-GRAIN\nGRAIN BOARD LIFTS FLOOR PRICE FOR WHEAT\n"
     "    PERTH, April 12 - The grain board said it would lift its floor price for wheat by two dollars "
     "a tonne from next month after weak sales at the coast.\n"
     "    Brokers said the move had been expected.\n REUTER JPM\n1415 GMT 12-APR-87\nNNNN\n",
     {"published": "1987-04-12T14:15:00+00:00", "agencies": ["Reuters"], "cities": ["Perth"]},
     "Reuters' sign-off with initials and its time-first stamp"),
    ("upi-1988-stamp.txt",
     "a0233\nu a BC-FLOOD 04-12 0210\n^Rivers rise across the Ohio valley<\n^By KAREN LOWRY<\n"
     "^United Press International<\n   CINCINNATI (UPI) -- The Ohio River rose three feet overnight and was "
     "expected to crest on Wednesday, the weather service said.\n"
     "   Towns downstream handed out sandbags.\nupi 04-12-88 11:20 jrb\n",
     {"published": "1988-04-12T11:20:00", "agencies": ["UPI"], "reporters": ["Karen Lowry"]},
     "UPI's closing stamp dates the item"),
    ("ap-datastream-1988.txt",
     "a0412\nr a BC-Tanker Fire 10-03 0288\n^AM-Tanker Fire,0288$\n^Tanker Burns Off Galveston$\n"
     "^By DELIA FORTUNE$\n^Associated Press Writer$\n\n   GALVESTON, Texas (AP) _ A tanker carrying crude oil "
     "caught fire in the Gulf of Mexico on Monday, and the Coast Guard took its crew off by helicopter.\n\n"
     "   No one was hurt, officials said.\n\nAP-DS-10-03-88 1402EDT\n",
     {"agencies": ["AP"], "reporters": ["Delia Fortune"]},
     "AP DataStream's header lines between '^' and '$': the byline is read"),
    ("corriere-modifica.txt",
     "CRONACA\nVenezia, nuove regole per i battelli turistici\n"
     "3 luglio 2023 (modifica il 4 luglio 2023 | 09:40)\ndi Redazione Online\n\nIl Comune di Venezia ha "
     "approvato nuove regole per i battelli turistici che attraversano il Canal Grande.\n\n"
     "Le norme entreranno in vigore a settembre.\n",
     {"published": "2023-07-03", "updated": "2023-07-04T09:40:00"},
     "the update in brackets after the day"),
    ("lemonde-meta.html",
     '<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Le port de Brest agrandit son '
     'terminal</title><meta property="og:title" content="Le port de Brest agrandit son terminal"></head>'
     '<body><main><h1>Le port de Brest agrandit son terminal</h1><div class="meta"><span>Le Monde avec '
     'AFP</span> <span>Publié le 06 mai 2024 à 09h10, modifié le 06 mai 2024 à 11h45</span> <span>Lecture '
     '1 min.</span></div><article><p>Le port de Brest va agrandir son terminal à conteneurs pour accueillir '
     'des navires plus grands, a annoncé lundi la région.</p><p>Les travaux doivent durer deux ans.</p>'
     '</article></main></body></html>',
     {"published": "2024-05-06T09:10:00", "updated": "2024-05-06T11:45:00", "agencies": ["AFP"]},
     "a meta bar glued into one line: its dates after the credit"),
    ("paper-running-head.txt",
     "THE NORTHERN TRIBUNE              MONDAY, MAY 6, 2024              B3\n\n"
     "Town votes to keep its ferry\n\nBy LENA HOLM\nThe Associated Press\n\n"
     "TROMSO, Norway (AP) — Residents voted on Sunday to keep the town's\nferry running through the "
     "winter.\n",
     {"published": "2024-05-06", "reporters": ["Lena Holm"], "title": "Town votes to keep its ferry"},
     "a newspaper page's running head dates the story"),
    ("site-head-name.txt",
     "Skip to main content\nThe Valley Courier\nNews  Sports  Opinion  Business\nNATION\n"
     "Lake levels fall to record low as drought drags on\nCarla Ostrowski\nAssociated Press\n"
     "Published 7:05 a.m. CT Aug. 2, 2023 | Updated 10:15 a.m. CT Aug. 2, 2023\nView Comments (6)\n\n"
     "MADISON, Wis. (AP) — Lake levels across the state fell to record lows this week as a summer "
     "drought dragged on.\n",
     {"title": "Lake levels fall to record low as drought drags on", "reporters": ["Carla Ostrowski"],
      "published": "2023-08-02T07:05:00-05:00", "agencies": ["AP"]},
     "a bare name over its agency's line, then a barred date line"),
    ("library-record-inverted-author.txt",
     "Record: 7\nTitle:\tHarbor dredging delayed by permit dispute\nAuthors:\tOkafor, Lena\n"
     "Document Type:\tArticle\nDatabase:\tNewswires\n\nHarbor dredging delayed by permit dispute\n\n"
     "SAVANNAH, Ga. (AP) - Dredging of the harbor channel will slip into next year after a dispute over "
     "permits, port officials said Tuesday.\n\nThe work was due to start in the fall.\n",
     {"reporters": ["Lena Okafor"], "agencies": ["AP"]},
     "a library record's author field, one name written family name first"),
    ("library-record-two-authors.txt",
     "Record: 8\nTitle:\tFerry line adds winter sailings\nAuthors:\tOkafor, Lena; Brandt, Tomas\n"
     "Document Type:\tArticle\nDatabase:\tNewswires\n\nFerry line adds winter sailings\n\n"
     "SEATTLE (AP) - The ferry line will add two winter sailings, officials said Tuesday.\n",
     {"reporters": ["Lena Okafor", "Tomas Brandt"]},
     "two inverted names in a record's author field, set apart by a semicolon"),
    ("portal-1999-font.html",
     '<html><head><title>Barge traffic resumes on the Ohio</title></head><body><table><tr><td>'
     '<font size="+1"><b>Barge traffic resumes on the Ohio</b></font><br>'
     '<font size="1">November 3, 1999<br>Web posted at: 9:41 a.m. EST (1441 GMT)</font>'
     '<p>LOUISVILLE, Ky. (AP) -- Barges began moving on the Ohio River again on Wednesday after a '
     'lock gate that jammed last week was repaired, the Army Corps of Engineers said.</p>'
     '<p>About forty tows had waited below the lock.</p></td></tr></table></body></html>',
     {"published": "1999-11-03T09:41:00-05:00", "agencies": ["AP"]},
     "a 1990s page's time in small type under its day: the text leaves it out, the head reads it"),
    ("portal-2002-yearless.html",
     '<html><head><title>Portal News - Barge traffic resumes on the Ohio</title></head><body>'
     '<font size="+1"><b>Barge traffic resumes on the Ohio</b></font><br>'
     '<font size="-1"><i>Wednesday November 6 9:41 AM ET</i></font>'
     '<p>LOUISVILLE, Ky. (AP) - Barges began moving on the Ohio River again on Wednesday after a '
     'lock gate that jammed last week was repaired, the Army Corps of Engineers said.</p>'
     '<p>About forty tows had waited below the lock.</p>'
     '<p><font size="-2">Copyright 2002 The Associated Press. All rights reserved.</font></p></body></html>',
     {"published": "2002-11-06T09:41:00-05:00", "agencies": ["AP"]},
     "a portal's year-less stamp in small type: dated by the agency's copyright notice"),
    ("microfilm-ocr.txt",
     "C2 THE MORNING HERALD, Dubuque, Iowa, Saturday, August 9, 1980\n\nRiver barge\ntraffic resumes\n\n"
     "DUBUQUE, Iowa (AP) — Barge traffic resumed on the upper Mississippi on Friday after a lock was re-\n"
     "paired, the Army Corps of Engineers said.\n\nAbout thirty tows had waited below the lock.\n",
     {"published": "1980-08-09", "agencies": ["AP"]},
     "a microfilmed page's head in OCR dates the story"),
    ("ap-advance-1997.txt",
     "BC-Weekender-Canal Boats, Adv05,0540\n$adv05\nADVANCE FOR SUNDAY, OCT. 5\nCanal Boats Draw Retirees\n"
     "By LENA HOLM\nAssociated Press Writer\n\n   SYRACUSE, N.Y. (AP) - Retired couples are buying old canal "
     "boats and living on them through the summer.\n\nEND ADV FOR SUNDAY, OCT. 5\nAP-NY-10-01-97 1412EDT\n",
     {"published": "1997-10-05", "agencies": ["AP"], "reporters": ["Lena Holm"]},
     "an AP advance is dated by its release day, not its transmission"),
    ("lexis-nl-export.txt",
     "                    Nieuwsdienst Voorbeeld\n\n             3 maart 2019 zondag 09:12 AM GMT\n\n"
     "Veerpont over het IJ vaart weer na storing\n\nRUBRIEK: Economie\n\nLENGTE: 118 woorden\n\nBODY:\n\n"
     "AMSTERDAM (ANP) - De veerpont tussen het Centraal Station en Noord vaart sinds zondagochtend weer.\n\n"
     "LOAD-DATE: 4 maart 2019\n",
     {"title": "Veerpont over het IJ vaart weer na storing", "cities": ["Amsterdam"], "agencies": ["ANP"]},
     "a Dutch LexisNexis export: its RUBRIEK and LENGTE labels are the head's, no headline"),
    ("lexis-it-export.txt",
     "                    Agenzia Esempio\n\n             7 aprile 2018 sabato\n\n"
     "Traghetti fermi per nebbia sullo Stretto\n\nSEZIONE: Cronaca\n\nLUNGHEZZA: 96 parole\n\nBODY:\n\n"
     "MESSINA (ANSA) - I traghetti tra Messina e Villa San Giovanni sono rimasti fermi in mattinata.\n\n"
     "LOAD-DATE: 8 aprile 2018\n",
     {"title": "Traghetti fermi per nebbia sullo Stretto", "published": "2018-04-07"},
     "...and an Italian one's SEZIONE and LUNGHEZZA"),
    ("lexis-nl-correctie.txt",
     "                Persarchief Voorbeeld\n\n           9 juni 2016 donderdag 02:05 PM GMT\n\n"
     "Pont naar Texel vaart minder vaak (GECORRIGEERD)\n\nRUBRIEK: Binnenland\n\nLENGTE: 140 woorden\n\nBODY:\n\n"
     "CORRECTIE: In een eerdere versie van dit bericht stond dat de pont vaker zou varen. Dat is onjuist.\n\n"
     "DEN HELDER (ANP) - De veerdienst naar Texel vaart vanaf juli een keer per uur minder, heeft de "
     "rederij donderdag bekendgemaakt.\n\nLOAD-DATE: 10 juni 2016\n",
     {"cities": ["Den Helder"], "agencies": ["ANP"], "title": "Pont naar Texel vaart minder vaak (GECORRIGEERD)",
      "published": "2016-06-09T14:05:00+00:00"},
     "a correction's note over the copy of an export is a note: the dateline under it is read"),
    ("dpa-berichtigung-wrapped.txt",
     "dpa 0211 4 lsw 318\nBERICHTIGUNG\n\nFähre am Bodensee fährt seltener =\n\n"
     "   Berichtigung: Im zweiten Absatz muss es richtig heißen: stündlich\n(nicht: halbstündlich). =\n\n"
     "   Von Jonas Kerber, dpa\n\n   Konstanz (dpa/lsw) - Die Fähre zwischen Konstanz und Meersburg\n"
     "fährt vom Sommer an seltener. Das teilten die Stadtwerke am Dienstag mit.\n",
     {"title": "Fähre am Bodensee fährt seltener", "reporters": ["Jonas Kerber"], "cities": ["Konstanz"]},
     "a correction's note hard-wrapped over two lines is a note: its second line is no headline"),
]


parsed, test_archive_fields_through_the_cli = cli_field_tests(STORIES, "archive")


def test_old_signoffs_leave_the_body(parsed):
    """Stamps and sign-offs under old wire copy are no longer part of the body."""
    assert "REUTER JPM" not in parsed["reuter-1987-stamp.txt"]["body"]
    assert "1415 GMT" not in parsed["reuter-1987-stamp.txt"]["body"]
    assert parsed["upi-1988-stamp.txt"]["body"].endswith("handed out sandbags.")
