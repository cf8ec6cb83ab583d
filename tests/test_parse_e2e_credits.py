"""Credit shapes through the real command: bylines under the first paragraph, signatures with
their agency, hard-wrapped closing credits, labelled translators and photographers, as whole
stories in a folder read by `wire parse --format jsonl` in its own process.

The per-shape rules have their rows in test_parse_tables.py (BYLINES, CREDITS, PHOTOS,
BODY_CREDITS). Every story, name and event here is invented.
"""
from __future__ import annotations


from wirerun import cli_field_tests

# (file name, text, {field: value}, why)
STORIES = [
    ("cbc-style-last-updated-bar.html",
     '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>Ferry to the outer island resumes winter runs | Northern Radio</title>\n<link rel="canonical" href="https://www.northernradio.example/news/ferry-winter-runs-1.5551"></head>\n<body><header><a href="/news" class="brand">NORTHERN RADIO</a></header><main>\n<h1 class="headline">Ferry to the outer island resumes winter runs</h1>\n<div class="byline"><span class="authorText">The Canadian Press</span> &middot;\n<time class="timeStamp" datetime="2020-02-11T15:40:00.000Z">Posted: Feb 11, 2020 10:40 AM ET</time> | <span class="lastUpdated">Last Updated: February 12, 2020</span></div>\n<div class="story"><p>HALIFAX — The ferry to the outer island went back into winter service on Tuesday after a month in dry dock for new propellers, the provincial transport department said.</p>\n<p>Islanders had relied on a small water taxi and the occasional helicopter flight while the ferry was away.</p>\n<p>The department said the ferry would sail twice a day until the ice sets in, then once a day.</p>\n<p>The operator plans to add a third crossing on weekends in the summer.</p></div>\n</main></body></html>\n',
     {"reporters": [], "agencies": ["CP"]},
     "a meta bar's 'Last Updated: <month> ...' is no author, though the extractor guesses it as one"),
    ("aap-names-over-agency-line.txt",
     "Harbour pool to reopen after a two-year rebuild\n\nUpdated March 4 2024 - 9:15am\n\n"
     "Priya Lachlan and Owen Strickland\nAustralian Associated Press\n\nThe harbour's tidal pool "
     "will reopen to swimmers next month after a rebuild that ran a year over schedule.\n\n"
     "Sandstone wall work. (PNA photo by Carlo Mendiola)\n\nThe council said entry would stay free.\n",
     {"reporters": ["Priya Lachlan", "Owen Strickland"], "agencies": ["AAP"],
      "title": "Harbour pool to reopen after a two-year rebuild", "photographers": ["Carlo Mendiola"]},
     "names with no 'By' over the agency's credit line; an agency's 'photo by' caption credit"),
    ("afp-de-byline-line.txt",
     "Lyon sperrt die Rhône-Ufer für Autos\n\nMittwoch, 8. Mai 2019, 09:10 Uhr\n\n"
     "Von Jorinde Falkner (AFP)\n\nLyon (AFP) - Die Stadt Lyon will das linke Ufer der Rhône "
     "an Sonntagen für Autos sperren, teilte die Stadtverwaltung am Mittwoch mit.\n\n"
     "Anwohner begrüßten den Plan, Händler sind skeptisch.\n\nÜbersetzung: Henrike Saalfeld\n",
     {"cities": ["Lyon"], "reporters": ["Jorinde Falkner"], "agencies": ["AFP"],
      "translators": ["Henrike Saalfeld"]},
     "a German byline with its agency is no dateline; a translator's label at the foot"),
    ("efe-es-translator-in-note.txt",
     "EFE 09-05-2019 10:20\nEl festival de Sitges abre su convocatoria a cortos africanos\nPor Nuria Salcedo\n\n"
     "Barcelona, 9 may (EFE).- El festival de cine de Sitges abrirá este año una sección dedicada a "
     "cortometrajes de directores africanos, anunció este jueves su dirección.\n\n"
     "La sección tendrá un jurado propio y un premio de 5.000 euros.\n\n"
     "La rueda de prensa se celebró en francés. Traducido por Óscar Benítez.\n"
     "Edición: Lidia Prats\n\n(Foto: EFE/Jaume Serra)\n\nEFE\nns/lp/ob\n",
     {"reporters": ["Nuria Salcedo"], "translators": ["Óscar Benítez"], "editors": ["Lidia Prats"],
      "photographers": ["Jaume Serra"]},
     "a translator's credit run into a note's end, over the editor's, photo's, agency's and desk's lines"),
    ("cp-fr-slash-byline.txt",
     "Les traversiers du fleuve reprennent du service\n\nRenée Castonguay / La Presse Canadienne\n\n"
     "QUÉBEC — Les traversiers du fleuve ont repris du service jeudi après deux semaines "
     "d'arrêt causé par les glaces, a annoncé la société d'État.\n\nLes horaires normaux "
     "reviendront lundi.\n",
     {"reporters": ["Renée Castonguay"], "agencies": ["CP"]},
     "the Canadian Press's French byline: a name, a spaced slash, the agency"),
    ("pap-pl-foot-credits.txt",
     "Gmina otwiera nową linię autobusową\n\nKraków (PAP) - Gmina uruchomiła w poniedziałek "
     "nową linię autobusową łączącą trzy wsie z dworcem kolejowym.\n\nBilety kosztują "
     "cztery złote.\n\nNowy autobus na przystanku. Zdjęcie: Marek Zieliński/PAP\n\n"
     "Autorka: Zofia Brzezińska (PAP)\n",
     {"cities": ["Kraków"], "reporters": ["Zofia Brzezińska"], "photographers": ["Marek Zieliński"],
      "agencies": ["PAP"]},
     "PAP's photo label and its author's line at the foot"),
    ("ap-byline-under-lead.txt",
     "Ferry service resumes on the lake\n\nLAKE CITY, Minn. (AP) — Ferry service across the lake "
     "resumed Thursday after ice kept the boats in port for three weeks, officials said.\n\n"
     "By WANJIRU KAMAU and PETR DVORAK\nAssociated Press\n\nThe first crossing carried 40 cars."
     "\n\nFares are unchanged.\n\nAssociated Press writer Ilona Varga in Duluth contributed to "
     "this\nreport.\n",
     {"cities": ["Lake City"], "reporters": ["Wanjiru Kamau", "Petr Dvorak", "Ilona Varga"],
      "agencies": ["AP"]},
     "AP's byline under the lead and a wrapped contributor note"),
    ("reuters-wrapped-credits.txt",
     "Port of Ghent reopens second sea lock after repairs\n\nGHENT, March 4 (Reuters) - The port "
     "of Ghent reopened its second sea lock on Monday after a month of repairs, the port "
     "authority said.\n\nShipping agents said a queue of barges would clear within days.\n\n"
     "(Reporting by Bart Claes; Editing by Hugo\nVermeulen and Anouk Peeters-Lambrecht)\n",
     {"reporters": ["Bart Claes"], "editors": ["Hugo Vermeulen", "Anouk Peeters-Lambrecht"]},
     "a closing credit hard-wrapped inside an editor's name"),
    ("bloomberg-contacts.txt",
     "Lock Maker Wins Canal Order\n\nMarch 4, 2009 09:14 EST\n\nMarch 4 (Bloomberg) -- A "
     "Flemish lock maker won an order to rebuild four canal locks, the company said today.\n\n"
     "Shares rose 3 percent.\n\nTo contact the reporter on this story:\nBart Claes in Brussels "
     "at bclaes@example.net\n\nTo contact the editors responsible for this story: Jana Pohl at "
     "jpohl@example.net Rui Matos at rmatos@example.net\n",
     {"reporters": ["Bart Claes"], "editors": ["Jana Pohl", "Rui Matos"], "agencies": ["Bloomberg"]},
     "Bloomberg's contacts: a name on the line after its role, two editors after their emails"),
    ("tt-sv-signature.md",
     "# Fjällsjöar får starkare skydd\n\n**Av Ebba Sandqvist**\n\nRegeringen vill skydda "
     "stränderna vid fjällsjöar, sade ministern på onsdagen.\n\nFörslaget går nu på remiss.\n\n"
     "Ebba Sandqvist/TT\n",
     {"reporters": ["Ebba Sandqvist"], "agencies": ["TT"]},
     "a Markdown bold byline and the signature with the agency"),
    ("nexis-uni-ap.txt",
     "Dock workers win back pay deal\n\nThe Associated Press\nMay 7, 2024 Tuesday 3:12 PM GMT\n\n"
     "Copyright 2024 Associated Press All Rights Reserved\n\nSection: BUSINESS NEWS\nLength: 212 "
     "words\nByline: By ROSA TELLEZ and IAN MBEKI, Associated Press\nDateline: OAKLAND, Calif.\n\n"
     "Body\n\nOAKLAND, Calif. (AP) — Dock workers reached a deal on back pay on Tuesday, ending a "
     "week of slowdowns at the port.\n\nLoad-Date: May 8, 2024\n\nEnd of Document\n",
     {"title": "Dock workers win back pay deal", "reporters": ["Rosa Tellez", "Ian Mbeki"],
      "agencies": ["AP"], "cities": ["Oakland"]},
     "a Nexis Uni document, its labels in title case"),
    ("proquest-author-field.txt",
     "Town council backs new ferry pier\n\nAuthor: Ferreira, Luana\n\nAbstract: The council voted "
     "to build a new ferry pier on the north shore.\n\nFull text:\n\nThe town council voted on "
     "Monday to build a new ferry pier on the north shore, ending a decade of debate.\n\n"
     "Construction is due to start next spring.\n",
     {"title": "Town council backs new ferry pier", "reporters": ["Luana Ferreira"]},
     "a database export's author field, the family name first"),
    ("site-byline-with-agencies.txt",
     "Fjord ferries switch to batteries\n\nBy Ingrid Solberg with AP, AFP\nPublished on 02/05/2024 - "
     "10:05 GMT+2\n\nFerries across the fjord will run on batteries from June, the operator said on "
     "Thursday.\n\nThe first two boats are already in service.\n",
     {"reporters": ["Ingrid Solberg"], "agencies": ["AP", "AFP"]},
     "a byline naming the agencies its story draws on after 'with'"),
    ("ap-contributing-were.txt",
     "River locks close as water rises\n\nBy Tessa Lund\n\nST. PAUL, Minn. (AP) — Two locks on "
     "the upper river closed on Friday as the water rose past a safe level, engineers said.\n\n"
     "Barge traffic will wait for at least a week.\n\nContributing to this report were Associated "
     "Press journalists Ines Okafor in Dubuque, Iowa, and Pavel Gruber in Winona, Minnesota.\n",
     {"reporters": ["Tessa Lund", "Ines Okafor", "Pavel Gruber"], "agencies": ["AP"]},
     "AP's contributor sentence with the verb first"),
    ("ap-es-contribuyeron-places.txt",
     "Rosario amplía el horario de sus tranvías\n\nPor Marta Quiroga\n\nROSARIO, Argentina (AP) — "
     "Los tranvías de Rosario circularán hasta la medianoche desde abril, informó el lunes el "
     "municipio.\n\nLos periodistas de AP Nuria Calvo en Córdoba y Diego Ferrer en la Ciudad de "
     "Panamá contribuyeron a este despacho.\n",
     {"reporters": ["Marta Quiroga", "Nuria Calvo", "Diego Ferrer"]},
     "AP Spanish contributors, each with a place that is no name"),
    ("belga-nl-photo-caps.txt",
     "Station krijgt nieuwe fietsenstalling\n\nGENT 04/03 (BELGA) = Het station krijgt een "
     "ondergrondse fietsenstalling voor vierduizend fietsen, meldde de NMBS maandag.\n\nDe werken "
     "starten in de zomer.\n\nHet station bij nacht. BELGA PHOTO SOFIE MAES\n",
     {"photographers": ["Sofie Maes"], "agencies": ["Belga"]},
     "Belga's caption credit: the agency, PHOTO and the name in capitals"),
    ("bloomberg-photographer-caption.txt",
     "Wheat futures climb as dry spell lingers\n\nBy Jo Roe\n\nA combine in a field outside Wichita. "
     "Photographer: Lena Marsh/Bloomberg\n\nWheat futures rose for a third day as forecasters saw no "
     "rain for the southern plains before the end of the month, traders said.\n\nCorn was little changed.\n",
     {"photographers": ["Lena Marsh"]}, "Bloomberg's caption credit, 'Photographer:' after the caption's sentence"),
    ("ctk-cs-foto-comma.txt",
     "Olomouc opraví lávku přes Moravu\n\nPublikováno: 4. 3. 2024 10:15\n\nOlomouc opraví lávku přes "
     "řeku Moravu, oznámila v pondělí radnice.\n\nOprava potrvá tři měsíce.\n\nFoto: Jana "
     "Kubíčková, ČTK\n",
     {"photographers": ["Jana Kubíčková"]}, "a Czech photo label, the agency after a comma"),
    ("aap-words-pictures.txt",
     "Bay ferries trial quieter engines\n\nWords: Maeve Dunphy / Pictures: Rohan Pillai\nAAP\n"
     "Monday, 4 March 2024 10:15AM AWST\n\nThe ferry operator on the bay has started trials of "
     "quieter engines on two of its boats.\n",
     {"reporters": ["Maeve Dunphy"], "photographers": ["Rohan Pillai"], "agencies": ["AAP"]},
     "a feature's words and pictures credit"),
    ("ukrinform-uk-head-name-city.txt",
     "Укрінформ | Регіони\n\nУ Ужгороді відремонтували міст через Уж\n\n04.03.2024 09:40\n\n"
     "Олена Дмитренко, Ужгород\n\nУ місті завершили ремонт пішохідного мосту через річку, "
     "повідомили в міській раді.\n\nРух мостом відновлять у вівторок.\n",
     {"reporters": ["Олена Дмитренко"], "cities": ["Ужгород"]},
     "Ukrinform's byline, a name and the filing place, under the date and above the copy"),
    ("aa-tr-name-bar-date.html",
     '<!DOCTYPE html><html lang="tr"><head><title>Bursa metrosuna yeni vagon</title></head><body>'
     "<article><h1>Bursa metrosuna yeni vagon</h1><h4>Vagonlar yaz sonunda hizmete girecek</h4>"
     "<div><span>Ayşe Demir</span> |03.05.2024 - Güncelleme : 03.05.2024</div>"
     "<p>BURSA (AA) - Bursa metrosu için sipariş edilen ilk on vagon şehre ulaştı, belediye "
     "yetkilileri bugün açıkladı.</p><p>Vagonlar test sürüşlerinin ardından hizmete girecek.</p>"
     "</article></body></html>",
     {"reporters": ["Ayşe Demir"], "published": "2024-05-03"},
     "a site's bare name beside the date in its '|' meta bar"),
    ("org-author-jsonld.html",
     '<!DOCTYPE html><html lang="en"><head><title>Lake ferry gets new pier - Lake Weekly</title>'
     '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Lake ferry gets new pier",'
     ' "author": {"@type": "Organization", "name": "STA-Lake Today"}}</script></head><body>'
     '<article><h1>Lake ferry gets new pier</h1><p class="author">STA-Lake Today</p>'
     "<p>BLED, May 3 (STA) - The lake ferry will get a new pier next spring, the municipality "
     "said on Friday.</p><p>The old pier will close in March.</p></article></body></html>",
     {"reporters": []}, "an organisation author is no reporter, by any reading"),
    ("glued-edited-by-section.html",
     '<!DOCTYPE html><html lang="en"><head><title>Mysuru Adds Night Buses To Airport | Deccan Daily</title>'
     '</head><body><div class="sp"><h1>Mysuru Adds Night Buses To Airport</h1>'
     '<p class="descp">Six buses will run between midnight and 5 am from next month.</p>'
     '<div class="by">\n<span class="by_ul">Edited by: Kavya Raghunath</span>\n<span class="by_lnk">Business News</span>\n'
     '<span class="by_dt">Updated: March 14, 2023 6:40 pm IST</span>\n</div>\n'
     '<div class="cn"><p><b>Mysuru:</b> The state transport corporation on Tuesday said it will run six night buses '
     'between the city and the airport from April, after complaints from passengers on late flights.</p>'
     '<p>Tickets will cost the same as on day services, officials said.</p></div></div></body></html>',
     {"editors": ["Kavya Raghunath"], "published": "2023-03-14T18:40:00+05:30"},
     "a meta bar glued into one line: the editor's name cut where the section begins"),
    ("glued-byline-agency-date.html",
     '<!DOCTYPE html><html lang="en-IE"><head><meta charset="utf-8"><title>Galway bus fares to fall from March</title>'
     '</head><body><div class="wrap"><h1 class="ttl">Galway bus fares to fall from March</h1>\n<div class="meta">\n'
     '<span class="auth">Orla Fennessy, PA</span>\n<span class="dt">Tue, 14 Feb, 2023 - 11:05</span>\n</div>\n'
     '<div class="body"><p>Bus fares in Galway city will fall by a fifth from March under a scheme to win back '
     'passengers lost during the pandemic, the transport authority has said.</p>'
     '<p>Fares on routes to the county towns will stay as they are.</p></div></div></body></html>',
     {"reporters": ["Orla Fennessy"], "agencies": ["PA"], "published": "2023-02-14T11:05:00"},
     "a meta bar glued into one line: the byline with its agency, then the date with no label"),
    ("belta-ru-name-comma-over-place.txt",
     "Витебск продлит трамвайную линию\n\nВИТЕБСК, 3 марта (БЕЛТА) – Трамвайную линию продлят до "
     "нового микрорайона, сообщили в горисполкоме.\n\nРаботы начнутся летом.\n\nОльга Савич,\n"
     "Витебск\n\nПри перепечатке ссылка на агентство обязательна.\n",
     {"reporters": ["Ольга Савич"], "cities": ["Витебск"]},
     "BelTA's sign-off: the name and a comma over the place, its own paragraph before a notice"),
    ("dha-tr-haber-kamera-slash-place.txt",
     "Eskişehir'de sel baskını\n\nESKİŞEHİR, (DHA) - Kentte sağanak yağış sonrası bazı evleri su "
     "bastı.\n\nEkipler gece boyunca çalıştı.\n\nHaber-Kamera: Deniz Karakaya/ESKİŞEHİR, (DHA)\n",
     {"reporters": ["Deniz Karakaya"], "photographers": ["Deniz Karakaya"]},
     "DHA's closing credit: the place in capitals after a slash is no second person"),
    ("irna-fa-asterisk-credits.txt",
     "بازگشایی جاده چالوس\n\nتهران- ایرنا- جاده چالوس پس از دو روز بازگشایی شد.\n\n"
     "ترافیک در این مسیر روان است.\n\nخبرنگار: مریم احمدی ** انتشاردهنده: علی رضایی\n",
     {"reporters": ["مریم احمدی"], "editors": ["علی رضایی"]},
     "IRNA's closing reporter and publishing editor, set apart by two asterisks"),
    ("trend-en-initials-credits.txt",
     "Baku port extends ferry terminal\n\nAzerbaijan, Baku, March 3 / Trend /\n\nThe port will "
     "add two berths to its ferry terminal this year, its director said.\n\nWork starts in May.\n\n"
     "Translated by K.M.\nEdited by R.T.\n",
     {"translators": [], "editors": []},
     "a desk's initials alone under the copy name no translator or editor"),
    ("rp-pl-foto-service-comma-name.txt",
     "Gdańsk buduje nowy terminal promowy\n\nPublikacja: 04.03.2024 10:15\n\nFoto: Fotoklub, Tomasz "
     "Zieliński\n\nPort w Gdańsku rozpoczął budowę nowego terminalu promowego, poinformował zarząd "
     "portu.\n\nPrace potrwają dwa lata.\n",
     {"photographers": ["Tomasz Zieliński"], "reporters": []},
     "a photo label naming the paper's photo service, then the photographer after a comma"),
    ("dha-tr-credit-over-place-agency.txt",
     "SAMSUN'DA FINDIK HASADI BASLADI\n\nSAMSUN (DHA) - Samsun'un Terme ilçesinde fındık hasadı "
     "sabah saatlerinde başladı ve üreticiler verimden memnun olduklarını söyledi.\n\n"
     "Hasat eylül ortasına kadar sürecek.\n\nHaber: Selin KORKMAZ - Fotoğraf: Emre TUNÇ\nTERME,(DHA)\n",
     {"reporters": ["Selin Korkmaz"], "photographers": ["Emre Tunç"], "agencies": ["DHA"]},
     "DHA's place and bracket under its credit line is no name wrapped onto it"),
]

parsed, test_credit_fields_through_the_cli = cli_field_tests(STORIES, "credits")



def test_a_byline_line_leaves_the_body(parsed):
    """A byline taken from under the first paragraph is no longer part of the body."""
    body = parsed["ap-byline-under-lead.txt"]["body"]
    assert "WANJIRU" not in body and "The first crossing carried 40 cars." in body
