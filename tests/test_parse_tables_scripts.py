"""Per-stage table tests for broadcast scripts: a radio desk's or a video desk's copy with its
service banner over labelled header lines (correspondent, camera, editor on duty, location,
filing time and shooting day, shot list, restrictions), in several languages.
(input, expected, why) rows; a new row for every bug fixed. Every line and story is invented."""
from __future__ import annotations

from indexer.envelope import label_kind
from indexer.fields.title import broadcast_masthead
from indexer.unwrap import _caps_label
from tablerows import rows as _rows, check_story


# (label, what it gives, why)
SCRIPT_LABELS = [
    ("TARİH", "filed", "a Turkish capital İ folds to a dotted i: still the label"),
    ("BAŞLIK", "title", "a Turkish capital I folds to i, the table writes ı"),
    ("ÇEKİM TARİHİ", "shot", "the day the pictures were shot: the date when no other is named"),
    ("CORRESPONDANTE", "author", "French radio's correspondent"),
    ("Corresponsal", "author", "Spanish radio's correspondent"),
    ("EDITORA DE TURNO", "editor", "the editor on duty"),
    ("KAMERA", "camera", "the camera's operator"),
    ("LOCATION", "place", "where the pictures are from"),
    ("Shot  List", "skip", "a script's section, spaced"),
    ("FILED", "filed", "the filing time"),
    ("By-line", "byline", "a photo record's IIM by-line: the record decides whose it is"),
    ("Caption/Abstract", "caption", "IIM's caption field"),
    ("Time Created", "time", "IIM's time, joined to its day"),
    ("Country/Primary Location Name", "skip", "IIM's country: no field"),
]


@_rows(SCRIPT_LABELS)
def test_script_label_kind(text, expected, why):
    assert label_kind(text) == expected


# (line, agency or None, why)
BROADCAST_BANNERS = [
    ("CP RADIO NEWS -- ATLANTIC DESK", "CP", "the agency, its service words, a desk"),
    ("DPA AUDIO - HÖRFUNKDIENST NORD", "dpa", "an audio service and its region, in capitals"),
    ("AFP VIDEO — SERVICE INTERNATIONAL", "AFP", "an em dash"),
    ("AFP Video - Floods close the ring road", None, "a headline after the dash, not in capitals"),
    ("Radio news - BUDGET VOTE TONIGHT", None, "no agency before the service words"),
    ("AFP - SERVICE GENERAL", None, "no service word: another shape's business"),
    ("ANSA RADIO", "ANSA", "the banner alone on its line, no dash"),
    ("KYODO AUDIO NEWS SERVICE - JAPANESE", "Kyodo", "the service's own word after the service words"),
    ("HARBOUR RADIO", None, "no agency before the service word"),
    ("APA-Video | Skript und Bildfolge", "APA", "the agency and its service joined by a hyphen, a bar after"),
    ("Night-Video | Lights over the bay", None, "...no agency before the hyphen"),
]


@_rows(BROADCAST_BANNERS)
def test_broadcast_masthead(text, expected, why):
    assert broadcast_masthead(text) == expected


# (line, opens on a label in capitals, why)
CAPS_LABELS = [
    ("REPORTER: Tomasz Wilk", True, "a script's header label"),
    ("DURÉE TOTALE : 0'58\"", True, "French, a space before the colon"),
    ("TARİH: 11.06.2021", True, "Turkish capitals"),
    ("EU: talks resume", False, "two letters: a headline's subject"),
    ("Minister: no new taxes", False, "not in capitals"),
    ("COVID-19: cases rise", False, "a figure in it"),
]


@_rows(CAPS_LABELS)
def test_caps_label(text, expected, why):
    assert _caps_label(text) == expected


# (story, expected fields, why)
SCRIPTS = [
    ("CP RADIO NEWS -- ATLANTIC DESK\n"
     "Tue Mar 3 2020   09:40 AST\n"
     "SLUG: HALIFAX-FERRY (VOICER)\n"
     "HEADLINE: Ferry service to the islands halted as ice builds up in the harbour\n"
     "TYPE: VOICER   RUNS: :38   OUT-CUE: \"...Mireille Tanguay, Halifax.\"\n"
     "CORRESPONDENT: Mireille Tanguay\n"
     "PRODUCER: Glen Abernathy\n"
     "========================================================\n\n"
     "ANCHOR LEAD:\n"
     "Thick harbour ice has kept the island ferries tied up for a third straight\n"
     "morning. The Canadian Press correspondent Mireille Tanguay has details.\n\n"
     "VOICER (Tanguay):\n"
     "HALIFAX (CP) -- Crews on two icebreakers worked through the night to open a\n"
     "channel, but the operator says the hulls cannot be risked until the wind turns\n"
     "and the pack loosens. About 900 commuters rely on the crossing each weekday and\n"
     "the province has laid on extra buses around the long road route for them.\n",
     {"title": "Ferry service to the islands halted as ice builds up in the harbour",
      "agencies": ["CP"], "cities": ["Halifax"], "reporters": ["Mireille Tanguay"]},
     "a radio script: its service banner is no title, its correspondent label no run-on line"),
    ("İHA - GÖRÜNTÜLÜ HABER SERVİSİ\n"
     "TARİH: 11.06.2021  SAAT: 14:05\n"
     "ÇEKİM TARİHİ: 10.06.2021\n"
     "KAMERA: Oğuzhan Tekin\n"
     "YER: MERSİN\n\n"
     "BAŞLIK: Mersin'de sahil yolunda su borusu patladı\n\n"
     "HABER METNİ:\n"
     "Mersin'in Yenişehir ilçesinde sahil yolunun altından geçen ana su borusu dün\n"
     "akşam patladı. Yol iki saat trafiğe kapalı kaldı, ekipler onarımı sabaha kadar\n"
     "sürdürdü.\n",
     {"title": "Mersin'de sahil yolunda su borusu patladı",
      "published": "2021-06-11T14:05:00", "photographers": ["Oğuzhan Tekin"]},
     "a Turkish video record: its dotted capitals no crash, the filing time no shooting day"),
    ("CLIENT VIDEO SCRIPT\n\n"
     "HEADLINE: Volunteers clear beach after oil spill off Mombasa\n"
     "FILED: 14 FEB 2022 09:10 GMT\n"
     "SOURCE: REUTERS\n"
     "RESTRICTIONS: NONE\n"
     "LOCATION: MOMBASA, KENYA\n"
     "DATE: FEBRUARY 12, 2022 / FILE JUNE 3, 2017\n"
     "VIDEO: Wanjiru Kamau\n\n"
     "SHOTLIST:\n"
     "1. WIDE OF VOLUNTEERS RAKING SAND\n"
     "2. OIL-STAINED ROCKS\n\n"
     "STORYLINE:\n"
     "Hundreds of volunteers turned out on Saturday to clear a stretch of beach\n"
     "fouled by an oil spill from a grounded freighter, local officials said.\n",
     {"published": "2022-02-14T09:10:00+00:00", "cities": ["Mombasa"],
      "photographers": ["Wanjiru Kamau"]},
     "a video script: filed time over the shooting day, its location, its camera"),
    ("SERVICIO DE RADIO\n"
     "GÉNERO: CRÓNICA\n"
     "DURACIÓN TOTAL: 0'55\"\n"
     "TITULAR: Valparaíso abre un nuevo ascensor en el cerro Alegre\n"
     "CORRESPONSAL: Matías Oyarzún\n"
     "EDITOR DE TURNO: Felipe Arancibia\n\n"
     "Valparaíso, 2 may (EFE).- El municipio inauguró este martes el ascensor número\n"
     "dieciséis de la ciudad, tras una restauración que duró cuatro años.\n",
     {"reporters": ["Matías Oyarzún"], "editors": ["Felipe Arancibia"], "agencies": ["EFE"]},
     "a Spanish radio script: correspondent and the editor on duty"),
    ("ACERVO FOTOGRÁFICO\n"
     "Registro: AF-2015-03-21-0077\n\n"
     "Título: Chuva forte alaga avenidas da zona norte de Manaus\n\n"
     "Legenda:\n"
     "Moradores atravessam a avenida alagada no bairro Cidade Nova, em Manaus, depois\n"
     "de uma chuva de três horas na tarde de sábado.\n",
     {"title": "Chuva forte alaga avenidas da zona norte de Manaus"},
     "a photo archive's record: its title label and its number are no part of the title"),
    ("AFP AUDIO - SERVICE RADIO FRANCOPHONE\n"
     "FORMAT : SON SEUL\n"
     "-----------------------------------------------------------------\n"
     "Lyon, 12 mars 2003 - 07h45 GMT\n"
     "TITRE : Les TCL en grève, métro fermé jusqu'à midi\n"
     "CORRESPONDANT : Olivier Brunet\n"
     "-----------------------------------------------------------------\n\n"
     "LANCEMENT :\n"
     "Pas de métro ce matin dans l'agglomération lyonnaise, où les conducteurs ont cessé\n"
     "le travail à l'appel de deux syndicats. Les bus circulent à moitié, selon la régie\n"
     "qui espère un retour à la normale dans l'après-midi. Olivier Brunet est à Perrache.\n",
     {"cities": ["Lyon"], "published": "2003-03-12T07:45:00+00:00"},
     "a place and date line under a rule: the rule is no wrapped line, the place in title case is the city"),
    ("BANCO DE IMAGENS\n"
     "Registro: BI-2016-10-12-0033\n"
     "Manaus, 12/10/2016\n\n"
     "Título: Festa do Círio reúne fiéis às margens do rio Negro\n\n"
     "Legenda:\n"
     "Fiéis acompanham a procissão fluvial no porto de Manaus na manhã desta quarta-feira.\n",
     {"cities": ["Manaus"], "title": "Festa do Círio reúne fiéis às margens do rio Negro"},
     "a photo record's place and day in figures, in title case with its comma: the city"),
    ("SERVICIO PARA EMISORAS\n"
     "TITULAR: Lima cierra la Vía Expresa por obras durante el fin de semana\n"
     "Lima, 14 feb 2014 (EFE Radio) 18:05 GMT\n"
     "CORRESPONSAL: Rosa Quispe Mamani\n\n"
     "La municipalidad limeña cerrará la Vía Expresa desde el viernes por la noche para\n"
     "reparar dos puentes peatonales, informaron fuentes oficiales.\n",
     {"published": "2014-02-14T18:05:00+00:00", "cities": ["Lima"]},
     "a radio dateline's filing time after the agency's bracket"),
    ("AP-APTN-2215: Ferry Sinks Off Sumatra Thursday, 8 October 1998\n\n"
     "Ferry Sinks Off Sumatra\n\n"
     "Survivors brought ashore after overloaded ferry capsizes\n\n"
     "LENGTH: 1:48\n"
     "SOURCE: APTN\n\n"
     "SHOTLIST:\n\n"
     "1. Wide of harbour at dawn\n"
     "2. Fishing boats bringing survivors ashore\n"
     "3. Relatives waiting behind police line\n\n"
     "STORYLINE:\n\n"
     "Fishermen off the west coast of Sumatra pulled dozens of people from the sea on\n"
     "Thursday after an overloaded ferry capsized in rough weather, officials said.\n",
     {"title": "Ferry Sinks Off Sumatra", "published": "1998-10-08", "agencies": ["AP"]},
     "a video service's index line: the channel code, the headline and the day"),
    ("Headline: Herders move flocks to higher ground as river rises\n"
     "By-line: AYESHA KHANUM\n"
     "By-line Title: STRINGER\n"
     "City: SYLHET\n"
     "Country/Primary Location Name: BANGLADESH\n"
     "Credit: AFP\n"
     "Date Created: 20220619\n"
     "Time Created: 074510+0600\n"
     "Caption Writer: KL/MN\n"
     "Caption/Abstract: Herders drive their goats along a raised embankment as the river\n"
     "spills over farmland near Sylhet on June 19, 2022.\n",
     {"title": "Herders move flocks to higher ground as river rises",
      "published": "2022-06-19T07:45:10+06:00", "cities": ["Sylhet"],
      "photographers": ["Ayesha Khanum"], "reporters": []},
     "a photo's IIM record as a tool writes it out: the by-line its photographer, the day and time one stamp"),
    ("EDITORS: THIS IS AN UPDATE. ADDS MAYOR INTERVIEW AND AERIAL SHOTS OF HARBOUR.\n\n"
     "HEADLINE: Tugboats free grain ship stuck in river channel\n"
     "SOURCE: REUTERS\n"
     "DATE: APRIL 3, 2017\n"
     "LOCATION: ROSARIO, ARGENTINA\n\n"
     "STORY: Tugboats pulled a bulk carrier loaded with soybeans off a sandbank near\n"
     "Rosario on Monday after it had blocked the river channel for two days.\n",
     {"title": "Tugboats free grain ship stuck in river channel", "editors": [], "cities": ["Rosario"]},
     "a video desk's note in capitals over the script: no editor's name"),
    ("AP-APTN-Chile Copper Strike\n"
     "Monday, 9 October 2017\n\n"
     "SOURCE: AP TELEVISION\n"
     "DATELINE: Antofagasta - 9 October 2017\n"
     "LENGTH: 01:40\n\n"
     "SHOTLIST:\n"
     "1. Wide of miners marching past the port gates\n\n"
     "STORYLINE:\n"
     "Miners at two copper pits walked out on Monday over a pay offer they called an insult.\n",
     {"cities": ["Antofagasta"]},
     "a script's dateline label: the place, a dash, the day"),
    ("VIDEO - SCHEDA\n\n"
     "Titolo: Frana sulla statale, paese isolato\n"
     "Luogo: Cortina d'Ampezzo (Belluno)\n"
     "Data: 05/11/2019\n"
     "Fonte: ANSA\n\n"
     "TESTO\n"
     "Una frana ha interrotto nella notte la strada statale, lasciando isolate alcune frazioni.\n",
     {"cities": ["Cortina d'Ampezzo"]},
     "a script's place with its province in brackets: the place alone"),
    ("TITULAR: Productores de flores pierden la cosecha por la helada\n"
     "FUENTE: REUTERS\n"
     "FECHA: 2 DE JUNIO DE 2011\n"
     "LUGAR: SAN JOSÉ, COSTA RICA\n\n"
     "LISTA DE TOMAS:\n"
     "SAN JOSÉ, COSTA RICA (2 DE JUNIO DE 2011) (REUTERS)\n"
     "1. INVERNADERO CON FLORES QUEMADAS POR EL FRÍO\n\n"
     "HISTORIA:\n"
     "Una helada inusual arruinó esta semana buena parte de la cosecha de helechos en el valle central.\n",
     {"reporters": [], "cities": ["San José"]},
     "a shot list's place and country before the agency: no reporter's name"),
    ("REUTER RADIO NEWS SERVICE - ENGLISH\n"
     "SLUG: PERU-QUAKE (VOICER)\n"
     "HEADLINE: Strong quake shakes southern Peru, homes damaged\n"
     "DUR: 0'40\"\n\n"
     "CUE:\n"
     "A STRONG EARTHQUAKE HAS DAMAGED HUNDREDS OF ADOBE HOMES IN SOUTHERN PERU. ANA LUQUE REPORTS.\n\n"
     "VOICER: Ana Luque, Arequipa\n\n"
     "AREQUIPA, June 2, Reuter - Rescue teams worked through the night to reach mountain villages.\n",
     {"title": "Strong quake shakes southern Peru, homes damaged", "agencies": ["Reuters"],
      "cities": ["Arequipa"], "reporters": ["Ana Luque"]},
     "a radio desk's script: its banner alone, the voicer's name, the cue and duration labels over the dateline"),
    ("EFE RADIO\n"
     "SERVICIO DE CRÓNICAS - REGIONAL\n"
     "Fecha: 14/02/1999\n"
     "Crónica: Lucía Barreiro\n\n"
     "TÍTULO: Los mariscadores vuelven a la ría tras el temporal\n\n"
     "TEXTO:\n"
     "Lugo, 14 feb (EFE).- Los mariscadores de la ría regresaron hoy al trabajo después de una semana\n"
     "de temporal que les impidió faenar.\n",
     {"title": "Los mariscadores vuelven a la ría tras el temporal", "agencies": ["EFE"],
      "cities": ["Lugo"], "reporters": ["Lucía Barreiro"]},
     "a radio script's banner alone, its 'Crónica:' correspondent, and the dateline under 'TEXTO:' no credit"),
    ("AFPTV - SCRIPT VIDEO\n\n"
     "TITRE : Les vendanges commencent tôt en Alsace\n"
     "SOURCE : AFP\n"
     "DATE DE TOURNAGE : 21 août 2018\n"
     "LIEU : Colmar, France\n"
     "DUREE : 1'30\n\n"
     "SCRIPT :\n"
     "- Vendangeurs entre les rangs de vigne au petit matin\n",
     {"title": "Les vendanges commencent tôt en Alsace", "published": "2018-08-21", "cities": ["Colmar"]},
     "a script that names only the day it was shot: that day is its date"),
    ("Titel:      Fähre fällt wegen Niedrigwasser aus\n"
     "Drehort:    Kaub\n"
     "Drehdatum:  02.08.2022\n"
     "Datum:      04.08.2022\n"
     "Länge:      1:20 min\n\n"
     "Die Rheinfähre in Kaub hat den Betrieb eingestellt, weil der Pegel weiter gefallen ist.\n",
     {"published": "2022-08-04"},
     "...and beside its own date the shooting day is no field"),
    ("Headline: Council approves new budget for road repairs\n"
     "By-line: Tomas Reyes\n"
     "Date Created: 20220619\n\n"
     "The city council approved a larger budget for road repairs on Sunday, after\n"
     "residents complained about potholes on the main avenues.\n",
     {"photographers": []},
     "...a record with no caption: its by-line is no photographer's"),
]


@_rows(SCRIPTS)
def test_broadcast_script(text, expected, why):
    check_story(text, expected)
