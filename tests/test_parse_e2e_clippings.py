"""Stories as readers keep them (word-processor files, note-app clippings, feed-reader
exports, newsletters and replies, archive exports, styled bylines) and the agencies and
dates of world copy, through the real command: one `wire parse --format jsonl` run over a
folder of them.

The per-shape rules have their rows in test_formats.py (pick_reader, split_authors, JSON
keys, HTML_PAGES, MAIL_BODIES, NOTES, export splits) and test_parse_tables.py (DATES,
AGENCIES, BOILERPLATE, CREDITS). Every story, name and event here is invented.
"""
from __future__ import annotations

import json

from wirerun import cli_field_tests

RTF = (r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\fnil Calibri;}}" "\n"
       r"\pard\b\fs28 Pune to add three river walkways\b0\fs22\par" "\n"
       r"Pune, June 5 (IANS) The city will open three riverside walkways before the monsoon, "
       r"officials said on Thursday.\par" "\n"
       r"\'93People want to walk by the water again,\'94 an engineer said.\par" "\n"
       r"--IANS\par" "\n}")

# (file name, text, {field: value}, why)
STORIES = [
    ("wire-en-desk-editor-signature.eml",
     "From: Harbour Wire <wire@harbour.example>\nTo: desk@example.org\nSubject: Ferry line adds night runs\n"
     "Date: Mon, 11 Mar 2019 09:30:00 +0000\nMIME-Version: 1.0\nContent-Type: text/plain; charset=\"utf-8\"\n\n"
     "Ferry line adds night runs\n\nPIRAEUS (ANA-MPA) - The island ferry line will add two night crossings a week "
     "from April, its operator said on Monday.\n\nTickets go on sale next week.\n\n--\nDesk editor: Nikos Varelas\n"
     "Harbour Wire | Athens\n",
     {"editors": ["Nikos Varelas"]},
     "a mail's signature holding a labelled desk credit is the copy's foot: kept and read"),
    ("notimex-es-alerta.eml",
     "From: Boletín Regional <boletin@diario.example.mx>\nTo: lector@example.org\nSubject: Abren nuevo "
     "mercado en Tlaxcala\nDate: Tue, 12 Mar 2019 18:05:00 -0600\nMIME-Version: 1.0\nContent-Type: text/plain; "
     "charset=\"utf-8\"\n\nAbren nuevo mercado en Tlaxcala\n\nTlaxcala, Tlax., 12 Mar (Notimex).- Un nuevo "
     "mercado municipal con 140 locales abrió hoy sus puertas en el centro de la ciudad.\n\nLos comerciantes "
     "pagarán una cuota reducida durante el primer año.\n\nLee la nota completa: "
     "https://www.diario.example.mx/estados/2019/03/12/abren-mercado-tlaxcala-5521.html\n",
     {"url": "https://www.diario.example.mx/estados/2019/03/12/abren-mercado-tlaxcala-5521.html",
      "agencies": ["Notimex"]},
     "a mail's link to the whole story in Spanish ('read the full note') is the story's address"),
    ("ritzau-da-morgenbrev.eml",
     "From: Morgenbrevet <brev@avis.example.dk>\nTo: laeser@example.org\nSubject: Morgenbrevet torsdag\n"
     "Date: Thu, 14 Mar 2013 06:00:00 +0100\nMIME-Version: 1.0\nContent-Type: text/html; charset=\"utf-8\"\n\n"
     "<html><body><h1>Flere pendlere tager toget over Storebælt</h1><p>Antallet af togpendlere over Storebælt "
     "steg med otte procent i februar, viser nye tal fra DSB.</p><p>Stigningen skyldes især billigere "
     "pendlerkort.</p><p>/ritzau/</p><p><a href=\"https://www.avis.example.dk/indland/article5512034.ece\">"
     "Læs hele artiklen på avis.example.dk &raquo;</a></p><p><b>Også i dag</b><br>&bull; "
     "<a href=\"https://www.avis.example.dk/sport/article5512001.ece\">Håndbold: sejr i pokalen</a></p>"
     "</body></html>\n",
     {"url": "https://www.avis.example.dk/indland/article5512034.ece"},
     "an HTML mail's link 'read the whole article on ...' gives its address, not the other stories' links"),
    ("reuters-en-wayback.html",
     '<html><head><title>Port strike ends | Reuters</title><link rel="canonical" '
     'href="https://web.archive.org/web/20110302101544/http://www.reuters.com/article/idUSLDE7210XA20110302">'
     "</head><body><h1>Port strike ends</h1><p>ROTTERDAM (Reuters) - Dockers at the port of Rotterdam ended "
     "their strike on Wednesday after a pay deal, their union said.</p><p>Ships had queued for three days "
     "outside the harbour.</p></body></html>",
     {"url": "http://www.reuters.com/article/idUSLDE7210XA20110302"},
     "a Wayback Machine capture's address is the page's own, not the archive's"),
    ("reuters-en-readlater-page.html",
     '<html lang="en"><head><title>Glassmaker Orrin cuts output at two plants | Pocket</title>'
     '<meta property="og:url" content="https://getpocket.com/read/5501938821"></head><body><main><article>'
     '<header><h1>Glassmaker Orrin cuts output at two plants</h1><div>reuters.com</div>'
     '<a href="https://www.reuters.com/business/glassmaker-orrin-cuts-output-two-plants-2022-09-14/">View Original</a>'
     '<div class="saved-on">Saved Sep 19, 2022 &middot; Tags: glass, energy</div></header>'
     '<div><p>MILAN, Sept 14 (Reuters) - Glassmaker Orrin will halt one furnace at each of two northern '
     'Italian plants from next month, the company said on Wednesday, citing gas prices.</p>'
     '<p>About 300 workers will be moved to shorter hours.</p></div></article></main></body></html>',
     {"url": "https://www.reuters.com/business/glassmaker-orrin-cuts-output-two-plants-2022-09-14/",
      "published": "2022-09-14"},
     "a read-later tool's page: its own address is no story's, the 'View Original' link is; the save's "
     "day is no publication, the address's slug ending on the day gives it"),
    ("ap-en-alert-full-text.eml",
     "From: Dana Holt <dana.holt@example.org>\nTo: team@example.org\nSubject: Fwd: Google Alert - ferry Maine\n"
     "Date: Thu, 9 Mar 2023 07:40:00 -0500\nMIME-Version: 1.0\nContent-Type: text/plain; charset=\"utf-8\"\n\n"
     "Hi both, the alert had this one last night. I pasted the whole piece under the footer.\n\nDana\n\n"
     "---------- Forwarded message ---------\nFrom: Google Alerts <googlealerts-noreply@google.com>\n"
     "Date: Wed, Mar 8, 2023 at 8:02 PM\nSubject: Google Alert - ferry Maine\nTo: <dana.holt@example.org>\n\n"
     "=== News - 1 new result for [ferry Maine] ===\n\nIsland ferry service to Vinalhaven adds a winter ...\n"
     "The Coastal Courier\nROCKLAND, Maine (AP) - The state ferry service will add a third daily winter run ...\n"
     "<https://www.google.com/url?rct=j&sa=t&url=https://www.courier.example.com/news/vinalhaven-ferry-winter-run"
     "&ct=ga&cd=CAEYAQ&usg=AOvVaw3p>\n\nFlag as irrelevant\nYou have received this email because you have "
     "subscribed to Google Alerts.\n\n------------------------------------------------------------\n\n"
     "Island ferry service to Vinalhaven adds a winter run after islanders petition\n\nROCKLAND, Maine (AP) - "
     "The state ferry service will add a third daily winter run to Vinalhaven from next month, officials said "
     "on Wednesday.\n\nMore than 400 islanders had signed a petition asking for the extra crossing.\n",
     {"title": "Island ferry service to Vinalhaven adds a winter run after islanders petition",
      "url": "https://www.courier.example.com/news/vinalhaven-ferry-winter-run", "cities": ["Rockland"],
      "agencies": ["AP"]},
     "an alert that cut the headline with an ellipsis, the full story pasted under its footer: the story "
     "is the full copy, its address the alert item's (redirect) link"),
    ("agi-it-applenotes.html",
     '<html><head><meta charset="UTF-8"><title>Materiale per la relazione</title>'
     '<meta name="generator" content="Exporter for Apple Notes 2.1"></head><body>'
     "<div><h1>Materiale per la relazione</h1></div><div>(controllare i dati della Regione)</div><div><br></div>"
     "<div><b>Torino, il nuovo ponte sulla Dora apre al traffico dopo due anni di lavori</b></div>"
     "<div>10:15 03 apr 2014</div><div><br></div><div>(AGI) - Torino, 3 apr. - Il nuovo ponte sulla Dora "
     "aprirà al traffico venerdì mattina, ha annunciato il Comune, dopo due anni di cantiere e una spesa di "
     "quasi dodici milioni di euro per la città e per la Regione.</div><div><br></div><div>Le due corsie "
     "saranno riservate per ora ai mezzi pubblici.</div></body></html>",
     {"title": "Torino, il nuovo ponte sulla Dora apre al traffico dopo due anni di lavori",
      "published": "2014-04-03T10:15:00", "cities": ["Torino"]},
     "a note app's page: its title names the note, the story's headline is the bold line over its date"),
    ("kyodo-ja-onenote.html",
     '<html><head><meta http-equiv=Content-Type content="text/html; charset=utf-8">'
     '<meta name=ProgId content=OneNote.File><meta name=Generator content="Microsoft OneNote 15">'
     "<title>台風 資料</title></head><body lang=ja><div><p>台風 資料</p><p>2019年10月14日</p><p>8:05</p>"
     "<p><b>台風19号で千曲川が決壊、長野市で住宅浸水　1000人超が避難</b></p>"
     "<p>2019/10/13 11:20　（JST）　共同通信</p><p>&nbsp;</p>"
     "<p>【長野共同】台風19号の影響で、長野市穂保付近の千曲川の堤防が決壊し、周辺の住宅地が広い範囲で浸水した。"
     "市によると、1000人以上が避難所に身を寄せている。</p><p>国土交通省は排水ポンプ車を派遣し、"
     "水の排出作業を急いでいる。</p></div></body></html>",
     {"title": "台風19号で千曲川が決壊、長野市で住宅浸水 1000人超が避難",
      "published": "2019-10-13T11:20:00", "agencies": ["Kyodo"]},
     "a OneNote page: the note's name and its own day stamp over the clip are no title or date of the story's"),
    ("belga-fr-zotero-note.html",
     '<div data-schema-version="8"><h1>Fiche – fermeture des bureaux de poste</h1>'
     "<p><strong>Référence :</strong> Belga, « Bpost ferme douze bureaux dans le Hainaut », Le Quotidien, "
     "14 mars 2019, consulté le 2 avril 2019 pour le chapitre deux du mémoire sur les services publics "
     "dans les communes rurales.</p><hr><p><strong>Bpost ferme douze bureaux dans le Hainaut</strong></p>"
     "<p>Publié le 14-03-19 à 10h02</p><p>MONS 14/03 (BELGA) - Bpost fermera douze bureaux de poste dans le "
     "Hainaut d'ici la fin de l'année, a annoncé jeudi l'entreprise, qui promet des points poste dans des "
     "commerces de proximité pour les remplacer.</p><p>Les syndicats dénoncent une nouvelle réduction du "
     "service. (BELGA)</p></div>",
     {"title": "Bpost ferme douze bureaux dans le Hainaut", "cities": ["Mons"]},
     "a Zotero note: its heading and the reader's reference above the clip are the note's"),
    ("ap-en-zotero-note.txt",
     "Zotero — Note\nParent item: Port board delays pier vote (Associated Press, 1997)\nItem type: Newspaper "
     "Article · Creator: Lindqvist, Maren\nAdded: 3/7/2016, 10:21:05 AM · Modified: 4/2/2016, 8:40:13 PM\n"
     "Collection: Thesis / Ch. 4\n\n------------------------------------------------------------\n\n"
     "Port board delays pier vote\n\nBy MAREN LINDQVIST\nAssociated Press Writer\n\n   SEATTLE (AP) _ The port "
     "board on Tuesday put off a vote on rebuilding the old cruise pier until after the summer, saying the "
     "costs were still unclear.\n   The pier has been closed since a fire in January.\n",
     {"published": None, "updated": None, "cities": ["Seattle"], "reporters": ["Maren Lindqvist"]},
     "a reference manager's note: when its item was added and modified are the note's, no dates of the story's"),
    ("kyodo-ja-tagged-note.enex",
     '<?xml version="1.0" encoding="UTF-8"?>\n<en-export application="Evernote"><note>'
     "<title>【要確認】新潟の港湾、大型クルーズ船の受け入れ拡大へ</title><created>20190710T010203Z</created>"
     "<content><![CDATA[<?xml version=\"1.0\" encoding=\"UTF-8\"?><en-note><div>新潟の港湾、大型クルーズ船の受け入れ拡大へ</div>"
     "<div>【新潟共同】新潟県は9日、新潟港の岸壁を延長し、大型クルーズ船の受け入れを来年から拡大すると発表した。"
     "総事業費は約40億円を見込む。</div></en-note>]]></content></note></en-export>",
     {"title": "新潟の港湾、大型クルーズ船の受け入れ拡大へ", "agencies": ["Kyodo"]},
     "a note's title with the user's bracketed tag before the headline its text shows: the text's headline"),
    ("efe-es-redirect-link.eml",
     "From: Ana Ruiz <ana.ruiz@example.org>\nTo: equipo@example.org\nSubject: Nuevo puerto seco en Zaragoza\n"
     "Date: Wed, 8 May 2019 09:10:00 +0200\nMIME-Version: 1.0\nContent-Type: text/plain; charset=\"utf-8\"\n\n"
     "Nuevo puerto seco en Zaragoza\n\nZaragoza, 7 may (EFE).- El Gobierno regional presentó este martes el "
     "proyecto de una terminal ferroviaria de mercancías junto al polígono norte.\n\nLa obra costará 48 "
     "millones de euros.\n\nLeer más: https://www.google.com/url?rct=j&sa=t&url=https://www.heraldo.example.es"
     "/aragon/2019/05/07/puerto-seco-zaragoza-1311.html&ct=ga&cd=CAIyZ&usg=AOvVaw1x\n",
     {"url": "https://www.heraldo.example.es/aragon/2019/05/07/puerto-seco-zaragoza-1311.html"},
     "a redirect link (an alert's google.com/url?...&url=) leads to the story's address, which is the url"),
    ("apa-de-druckversion.html",
     '<html lang="de"><head><title>Druckversion - Neue Fähre für Linz - Beispielblatt</title></head><body>'
     '<div class="print-title">Neue Fähre für Linz</div><div class="print-text"><p>Linz (APA) - Auf der Donau '
     "bei Linz soll ab Mai eine neue Elektrofähre verkehren, teilte die Stadt am Dienstag mit.</p><p>Die "
     'Fahrt kostet zwei Euro.</p></div><div class="print-footer">URL: '
     "https://www.beispielblatt.example.at/oesterreich/neue-faehre-fuer-linz/112.204.118<br>\n"
     "Gedruckt am 06.05.2014 10:12</div></body></html>",
     {"url": "https://www.beispielblatt.example.at/oesterreich/neue-faehre-fuer-linz/112.204.118"},
     "a print view's footer line 'URL: ...' under the story is its address"),
    ("print-view-stamp-then-url.html",
     '<html lang="en"><head><title>Print</title></head><body><table><tr><td>'
     '<a href="javascript:window.print()">Print</a></td></tr></table><h2>Lucknow to add forty electric buses</h2>'
     "<p>LUCKNOW: The city's transport corporation will add forty electric buses to its fleet before the "
     "monsoon, officials said on Monday.</p><p>Charging points are being built at two depots.</p>"
     '<div style="font-size:11px">Printed on 14/06/2013 09:05 &nbsp;&nbsp; URL: '
     "http://www.cityherald.example.in/city/lucknow/electric-buses/articleshow/4410982.cms<br></div></body></html>",
     {"url": "http://www.cityherald.example.in/city/lucknow/electric-buses/articleshow/4410982.cms"},
     "...and after the print's own stamp and a wide gap on the same line"),
    ("library-archive-note.html",
     "<html><head><title>Harbor Times: Ferry fares go up</title></head><body><div><font size=-2>Library copy. "
     "Original URL: http://www.harbortimes.example.com/news/1997/0411/ferry_fares_2231.html<br>Saved April 20, "
     "1997.</font></div><h2>Ferry fares go up</h2><p>PORTLAND, Maine (April 11, 1997) -- Fares on the island "
     "ferries will rise by a quarter next month, the transit board decided on Friday.</p><p>Commuter books "
     "keep their old price.</p></body></html>",
     {"url": "http://www.harbortimes.example.com/news/1997/0411/ferry_fares_2231.html"},
     "an archive's note on its copy names the story's original address after a sentence of its own"),
    ("sv-adress-till-artikel.html",
     '<html><head><title>Nyheter: Bussarna blir fler</title></head><body><font size="1">Adress till denna '
     "artikel: http://www.nyheter.example.se/inrikes/art_55120.asp</font><h1>Bussarna blir fler</h1><p>Fler "
     "bussar ska gå mellan Luleå och Boden från och med i vinter, meddelade länstrafiken i går.</p><p>Turerna "
     "blir tätare på morgonen.</p></body></html>",
     {"url": "http://www.nyheter.example.se/inrikes/art_55120.asp"},
     "the label for 'address of this article' in Swedish"),
    ("es-bare-url-line.html",
     "<html><head><title>Diario Sur | Abre el nuevo mercado</title></head><body><font size=1>Edición del "
     "lunes 3 de mayo de 1999</font><br><font size=1>http://www.diariosur.example.com.ar/1999/05/03/s-0311.htm"
     "</font><p><b>Abre el nuevo mercado</b><p>El mercado municipal abrió ayer sus puertas con sesenta puestos "
     "de frutas y verduras, informó la intendencia.<p>Los horarios se extenderán los sábados.</body></html>",
     {"url": "http://www.diariosur.example.com.ar/1999/05/03/s-0311.htm"},
     "a 1990s page printing its own address alone on a line: the story's address"),
    ("pna-en-obsidian-markdown.md",
     '---\ntitle: "Ferry terminal opens in Ormoc"\nsource: "https://news.example.ph/ferry-terminal-ormoc"\n'
     'author:\n  - "[[Philippine News Agency]]"\npublished: 2024-02-14\ncreated: 2024-02-20\n---\n'
     "# Ferry terminal opens in Ormoc\n\n![](https://news.example.ph/img/ormoc-terminal.jpg)\n"
     "*Passengers queue at the new terminal in Ormoc City. (PNA photo by Ramil Dacanay)*\n\n"
     "**ORMOC CITY, Leyte** – A new passenger terminal opened at the port here on Wednesday, the ports "
     "authority said.\n\nIt can seat 900 travellers at a time. (PNA)\n",
     {"title": "Ferry terminal opens in Ormoc", "cities": ["Ormoc City"], "agencies": ["PNA"],
      "photographers": ["Ramil Dacanay"]},
     "a Markdown clipping: its bold dateline and its caption in italics read as the page showed them"),
    ("ians-en-wordpad.rtf", RTF,
     {"title": "Pune to add three river walkways", "agencies": ["IANS"], "cities": ["Pune"]},
     "an RTF file is read as its text"),
    ("tt-sv-obsidian.md",
     '---\ntitle: "Nattåg till Narvik blir kvar"\nsource: "https://news.example.se/nattag-narvik"\n'
     'author:\n  - "[[Elin Sjöberg]]"\npublished: 2025-06-03\ncreated: 2025-06-10\n---\n'
     "# Nattåg till Narvik blir kvar\n\nTrafikverket förlänger avtalet om nattåget till Narvik med "
     "tre år, meddelade myndigheten på tisdagen.\n\nResenärerna har blivit fler varje år sedan 2021.\n\n"
     "Elin Sjöberg/TT\n",
     {"title": "Nattåg till Narvik blir kvar", "url": "https://news.example.se/nattag-narvik",
      "published": "2025-06-03", "reporters": ["Elin Sjöberg"], "agencies": ["TT"]},
     "Obsidian's front matter: source is the url, published the day, created (the clip) ignored"),
    ("efe-es-writer-note.md",
     "---\ncreated: 2021-11-30 22:40\ntags: [puertos, tesina]\n---\n\n# Puertos — apuntes para la tesina\n\n"
     "> [!tip] Pedir los datos de tráfico a la autoridad portuaria.\n\n## Noticia\n\n"
     "**El puerto de Algeciras bate su récord de contenedores en noviembre**\n\n"
     "Algeciras (Cádiz), 29 nov (EFE).- El puerto de Algeciras movió en noviembre más contenedores que "
     "en ningún otro mes de su historia, según informó este lunes la autoridad portuaria.\n\n"
     "El tráfico creció un 9 por ciento sobre el mismo mes del año anterior.\n\n## Pendiente\n\n- revisar cifras\n",
     {"title": "El puerto de Algeciras bate su récord de contenedores en noviembre",
      "published": "2021-11-29", "cities": ["Algeciras"], "agencies": ["EFE"]},
     "a writer's note: its own head (created, tags), heading and callout stand over a pasted story, "
     "its created time no day of the story's, but the year of the dateline's day just before it"),
    ("efe-print-to-pdf.txt",
     "EFE.com - Agencia EFE                                  Page 1 of 2\n\nCórdoba abre un carril bici de "
     "doce kilómetros junto al río\n\nPor Marta Ruiz Solano\n\nCÓRDOBA, 5 Mar. (EFE).- El Ayuntamiento de "
     "Córdoba ha abierto este martes un carril bici de doce kilómetros que recorre la ribera del "
     "Guadalquivir.\n\nhttp://www.efe.example/noticias/noticia.php?id=88213      3/6/2013\n\n\n"
     "EFE.com - Agencia EFE                                  Page 2 of 2\n\nEl carril costó 2,4 millones "
     "de euros, según el consistorio.\n\n(c) Copyright 2013 EFE. All rights reserved.\n\n"
     "http://www.efe.example/noticias/noticia.php?id=88213      3/6/2013\n",
     {"url": "http://www.efe.example/noticias/noticia.php?id=88213", "reporters": ["Marta Ruiz Solano"],
      "agencies": ["EFE"], "title": "Córdoba abre un carril bici de doce kilómetros junto al río"},
     "a page printed to PDF: the site's name over the agency's is no reporter, the footer's address "
     "with the print day after it is the url"),
    ("tt-en-site-clip.txt",
     "Clipped from: https://news.example.se/20140312/malmo-tram-plan\nClipped: 12/03/2014 20:02\n\n"
     "Malmö to decide on tram network next spring\n\nPublished: 12 Mar 2014 11:20 GMT+01:00\n\n"
     "Malmö's city council will decide next spring whether to build a tram network, it said on Wednesday.\n\n"
     "MALMÖ (TT)\n\nThe first line would link the central station with the university hospital.\n\n"
     "Sara Holm/TT/News Example\n",
     {"cities": ["Malmö"], "agencies": ["TT"], "reporters": ["Sara Holm"]},
     "a site's copy of TT's story: the dateline alone on its line under the lead, the signature with "
     "the site's name after the agency's"),
    ("belga-nl-lone-dateline.txt",
     "BELGA NL\nref: 230612-0833\nprio: 3\ncat: ECO\ntijd: 2023-06-12 08:33\n\n"
     "Gentse haven verwerkt meer graan\n\n(Belga) De haven van Gent heeft in mei meer graan verwerkt dan "
     "ooit. Dat meldt het havenbedrijf maandag.\n\nGENT 12/06 (BELGA)\n\nHet ging om ruim 300.000 ton.\n\n"
     "KVD/JDW/\n",
     {"cities": ["Gent"], "agencies": ["Belga"]},
     "Belga's feed: the dateline alone on its line under the lead opening '(Belga)'"),
    ("bta-reader-export.txt",
     "Sofia to pedestrianise a second central boulevard\nsofiawire.example\nSaved by k.ivanova · 2 May 2019 · "
     "3 min read\n\n---\n\nSofia to pedestrianise a second central boulevard\n\nMay 2, 2019 · Business · BTA\n\n"
     "Sofia will close a second central boulevard to cars from next summer, the city's chief architect said on "
     "Thursday, according to the state news agency BTA.\n\nThe plan adds two new tram stops.\n\n---\n\n"
     "Original: https://sofiawire.example/2019/05/02/second-boulevard/\nExported from Pocket\n",
     {"agencies": ["BTA"], "url": "https://sofiawire.example/2019/05/02/second-boulevard/",
      "published": "2019-05-02"},
     "a reader app's export: the page's date row names its source last; 'Original:' is the url"),
    ("stt-fi-notion.md",
     "# Tampereen ratikka saa uuden haaran\n\nCreated: June 12, 2025 7:48 AM\nTags: liikenne\n"
     "URL: https://news.example.fi/ratikka-haara\n\nke 11.6.2025 klo 16.05 | STT\n\n"
     "Tampereen valtuusto hyväksyi keskiviikkona raitiotien uuden haaran suunnitelman.\n\n"
     "Rakentaminen alkaa ensi keväänä.\n\nTeksti: Mikko Laaksonen / STT\n",
     {"title": "Tampereen ratikka saa uuden haaran", "published": "2025-06-11T16:05:00",
      "url": "https://news.example.fi/ratikka-haara", "reporters": ["Mikko Laaksonen"]},
     "Notion's Created time is the clip's: the story's own stamp is the published time"),
    ("kyodo-en-readlater.txt",
     "Ferry operator adds winter sailings to outlying islands\n"
     "https://islandnews.example.jp/national/ferry-winter-sailings\nSaved 2/3/2011 · Instapaper\n\n"
     "NAGASAKI, Jan 28 Kyodo - A regional ferry operator said Friday it will run two extra sailings a "
     "week to the Goto islands through March, after residents complained of cancelled crossings.\n\n"
     "The company will lease a second vessel from a shipyard in Sasebo.\n",
     {"published": "2011-01-28", "cities": ["Nagasaki"], "agencies": ["Kyodo"]},
     "a year-less dateline in a clipping: its day in the year that puts it shortly before the save date"),
    ("tass-ru-notion-yearless.md",
     "# В Казани откроют новую линию трамвая\n\nCreated: 3 января 2022 г. 10:15\nTags: транспорт\n"
     "URL: https://news.example.ru/kazan-tram\n\nКАЗАНЬ, 29 декабря. /ТАСС/. Городские власти утвердили "
     "проект новой трамвайной линии длиной девять километров, сообщили в мэрии.\n\n"
     "Строительство начнется весной.\n",
     {"published": "2021-12-29", "cities": ["Казань"], "agencies": ["TASS"]},
     "Notion's Created time dates a year-less dateline across the new year, and is no story date itself"),
    ("reuters-en-readlater-old.txt",
     "Town council delays vote on river bridge repairs\n"
     "https://valleypost.example.com/local/bridge-vote-delayed\nSaved on Oct 20, 2016\n\n"
     "HARTFORD, Conn., Aug 2 (Reuters) - The town council put off a vote on repairs to the river bridge "
     "on Tuesday, saying it needed a second engineering report.\n\n"
     "Council members will meet again next month.\n",
     {"published": None, "cities": ["Hartford"], "agencies": ["Reuters"]},
     "a dateline's day months before the save date may be another year's: no date rather than a guess"),
    ("bss-reader-export.json",
     json.dumps({"title": "Starred", "items": [{
         "title": "Sylhet gets new water treatment plant", "published": 1749109800,
         "updated": 1749109800, "author": "BSS",
         "canonical": [{"href": "https://news.example.bd/sylhet-water"}],
         "summary": {"direction": "ltr", "content": "<p>SYLHET, June 5, 2025 (BSS) - A new water "
                     "treatment plant began supplying the city on Thursday, officials said.</p>"}}]}),
     {"agencies": ["BSS"], "reporters": [], "cities": ["Sylhet"], "updated": None,
      "url": "https://news.example.bd/sylhet-water", "published": "2025-06-05T07:50:00+00:00"},
     "a feed reader's export: the author is an agency, its canonical href the url"),
    ("aap-newsletter.eml",
     "From: Coast Daily <brief@news.example.au>\nTo: reader@example.net\n"
     "Subject: =?UTF-8?Q?Morning_brief:_ferry_fares?=\nDate: Thu, 05 Jun 2025 06:30:00 +1000\n"
     "MIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\n"
     "Content-Transfer-Encoding: quoted-printable\n\n"
     "Good morning. Today's lead is below.\n\nHobart ferry fares frozen for a year\n\n"
     "HOBART - The state's ferry operator will keep fares where they are for another year, the=\n"
     " minister said on Wednesday.\n\nCommuters had feared a rise of a tenth.\n\n"
     "--\nYou get this because you subscribed.\nUnsubscribe: https://news.example.au/u?id=3D7\n",
     {"title": "Hobart ferry fares frozen for a year", "cities": ["Hobart"]},
     "a newsletter: the story's own headline, not the Subject; its footer is no part of it"),
    ("bns-lt-dienrastis.eml",
     "From: \"Rytų žinios\" <zinios@rytai.example.lt>\nTo: skaitytojas@example.org\n"
     "Subject: =?UTF-8?Q?Dienos_naujiena?=\nDate: Tue, 07 Mar 2023 18:00:00 +0200\n"
     "MIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\n\n"
     "RYTŲ ŽINIOS | Dienos naujiena\n\nLabas vakaras,\nšiandien siunčiame vieną naujieną.\n\n"
     "UTENOJE ATIDARYTAS NAUJAS BASEINAS\n\n2023-03-07 10:45 | BNS\n\n"
     "Utena, kovo 7 d. (BNS). Utenoje antradienį atidarytas naujas dvidešimt penkių metrų baseinas, "
     "kuriame mokyklos galės rengti plaukimo pamokas.\n\nStatyba kainavo apie keturis milijonus eurų.\n\n"
     "Dovilė Žukaitė (BNS)\n\n"
     "Skaityti svetainėje: https://www.rytai.example.lt/naujienos/utenoje-atidarytas-baseinas-4410\n\n"
     "-----------------------------------\nJūs gavote šį laišką, nes užsiprenumeravote naujienlaiškį.\n"
     "Atsisakyti prenumeratos: https://www.rytai.example.lt/atsisakyti\n",
     {"url": "https://www.rytai.example.lt/naujienos/utenoje-atidarytas-baseinas-4410",
      "reporters": ["Dovilė Žukaitė"], "agencies": ["BNS"], "cities": ["Utena"]},
     "a newsletter mail's one story: its 'read it on the site' link is its address, the signature "
     "above it the reporter, the rule and the foot under it no part of the story"),
    ("lesen-sie-artikel.eml",
     "From: Abendbrief <brief@zeitung.example.de>\nTo: leser@example.org\nSubject: Der Abendbrief\n"
     "Date: Fri, 09 Jun 2023 19:00:00 +0200\nContent-Type: text/plain; charset=UTF-8\n\n"
     "Fähre fährt wieder nach Amrum\n\nHusum (dpa/lno) - Die Fähre nach Amrum fährt nach zwei Wochen "
     "Pause wieder, wie die Reederei am Freitag mitteilte.\n\nDer Schaden am Anleger ist behoben.\n\n"
     "Artikel lesen: https://www.zeitung.example.de/region/faehre-amrum-a-5521\n\n--\n"
     "Sie erhalten diese E-Mail, weil Sie den Abendbrief bestellt haben.\nNewsletter abbestellen: "
     "https://www.zeitung.example.de/abmelden\n",
     {"url": "https://www.zeitung.example.de/region/faehre-amrum-a-5521", "agencies": ["dpa"],
      "cities": ["Husum"]},
     "...in German ('read the article')"),
    ("pti-reply.eml",
     "From: Ravi Menon <ravi@example.in>\nTo: Desk <desk@example.in>\n"
     "Date: Thu, 5 Jun 2025 14:10:00 +0530\nSubject: Re: metro story\n"
     "Content-Type: text/plain; charset=UTF-8\n\nTake this for page 2.\n\n"
     "On Thu, 5 Jun 2025 at 13:02, Desk <desk@example.in> wrote:\n"
     "> Kochi metro to run till midnight on weekends\n>\n"
     "> Kochi, Jun 5 (PTI) The Kochi metro will run until midnight on Fridays and\n"
     "> Saturdays from next month, its operator said on Thursday.\n>\n"
     "> The change follows requests from people working late shifts.\n",
     {"title": "Kochi metro to run till midnight on weekends", "agencies": ["PTI"], "cities": ["Kochi"]},
     "a reply quoting the story: the quote is the story"),
    ("cp-pocket.txt",
     "https://news.example.ca/politics/rail-pass\n\nRail pass for students extended to summer\n"
     "news.example.ca · 3 min read\nSaved June 9, 2025\n\nOTTAWA — Students will be able to use "
     "the discounted rail pass through the summer months, the transport minister said Tuesday.\n\n"
     "The pass had ended each year in April.\n\nBy Maude Lachance\n",
     {"title": "Rail pass for students extended to summer", "cities": ["Ottawa"]},
     "a read-it-later app's site and reading time line is no title"),
    ("ntb-retriever.txt",
     "Retriever Atekst\nDokument 2 av 9\n\nFædrelandsvennen\n11.06.2025\nSide 6\nSeksjon: Nyheter\n"
     "Lengde: 150 ord\n\nNy bussterminal i Kristiansand\n\nKristiansand (NTB): Byen får ny "
     "bussterminal ved jernbanestasjonen i 2027.\n\nPrisen er anslått til 240 millioner kroner.\n",
     {"title": "Ny bussterminal i Kristiansand", "published": "2025-06-11", "agencies": ["NTB"],
      "reporters": []},
     "a Retriever export's document marker and head are no title, the paper no reporter"),
    ("efe-archive-record.txt",
     "Documento 5 de 12\nFecha: 03/02/1995\nCategoría: SOCIEDAD\nTítulo: Cierran el puerto de Cádiz por el "
     "temporal de levante\n\nTexto:\nCádiz, 3 feb (EFE).- La Capitanía Marítima cerró hoy el puerto de Cádiz a "
     "todo el tráfico por los vientos de levante, que superaron los 90 kilómetros por hora.\n\nEFE\n",
     {"title": "Cierran el puerto de Cádiz por el temporal de levante", "agencies": ["EFE"],
      "cities": ["Cádiz"]},
     "an agency archive's record under a 'Documento N de M' marker: its 'Título:' field is the title, "
     "not the 'Texto:' label"),
    ("agency-archive-record.txt",
     "Documento 5 de 12\nFecha: 21/10/1996\nHora: 09:47\nSección: NACIONAL\nTítulo: Cádiz amplía su "
     "muelle de cruceros\n\nTexto:\nCádiz, 21 oct (EFE).- La Autoridad Portuaria de Cádiz ampliará el "
     "muelle de cruceros para recibir barcos de más de trescientos metros, informó hoy su presidente.\n\n"
     "Las obras durarán dos años.\n",
     {"published": "1996-10-21T09:47:00", "title": "Cádiz amplía su muelle de cruceros",
      "agencies": ["EFE"], "cities": ["Cádiz"]},
     "an agency archive's record under a 'Documento N de M' line: its date and time fields, no paper's name"),
    ("onenote-clip.md",
     "# Osaka port adds night ferry to Busan\n\nFriday, May 17, 2024\n\n8:40 PM\n\n"
     "Clipped from: <https://news.example.jp/2024/05/osaka-ferry.html>\n\nKYODO NEWS - May 16, 2024 - 11:20\n\n"
     "A ferry operator will add a night sailing between Osaka and Busan from July, citing strong demand from "
     "tourists on both sides.\n\nTickets go on sale next month.\n",
     {"published": "2024-05-16T11:20:00", "updated": None},
     "a note app's page stamp, later than the agency's own, is the clip's: the story ran on the earlier day"),
    ("kna-kenya.txt",
     "Kisumu port reopens to cargo ferries\n\nKISUMU, Kenya, June 4 (KNA) – The port of Kisumu "
     "has reopened to cargo ferries after dredging work on Lake Victoria.\n\nKenya News Agency\n",
     {"agencies": ["Kenya News Agency"], "cities": ["Kisumu"]},
     "'(KNA)' under a Kenyan dateline is the Kenya News Agency"),
    ("kna-de.txt",
     "Bistum plant neue Jugendwallfahrt\n\nFulda (KNA) - Das Bistum plant für den Sommer eine "
     "neue Jugendwallfahrt, teilte es am Mittwoch mit.\n",
     {"agencies": ["KNA"]},
     "'(KNA)' under a German dateline stays the Catholic agency"),
    ("kna-sw.txt",
     "Wakulima wa Kitui kupokea mbegu\n\nKITUI, Jumanne (KNA) – Wakulima wa kaunti hii watapokea "
     "mbegu mpya kutoka kwa serikali ya kaunti kabla ya mvua, afisa wa kilimo alisema.\n",
     {"agencies": ["Kenya News Agency"], "cities": ["Kitui"]},
     "'(KNA)' in Swahili copy is the Kenya News Agency"),
    ("kna-de-nairobi.txt",
     "Bischöfe rufen zur Ruhe auf\n\nNairobi (KNA) - Die katholischen Bischöfe Kenias haben vor der "
     "Wahl zur Ruhe aufgerufen, teilte die Bischofskonferenz am Montag mit.\n",
     {"agencies": ["KNA"], "cities": ["Nairobi"]},
     "'(KNA)' in German copy from Nairobi stays the Catholic agency"),
    ("efe-gl.txt",
     "Ourense amplía o horario das termas\n\nxoves, 12 de xuño de 2025 10:20\n\n"
     "Ourense, 12 xuñ (EFE).- O Concello ampliará o horario das termas públicas durante o verán.\n",
     {"published": "2025-06-12T10:20:00", "agencies": ["EFE"]},
     "a Galician date line"),
    ("ena-et.txt",
     "Bahir Dar to plant 2 million seedlings\n\nBahir Dar, June 12/2025(ENA) The city administration "
     "said it will plant two million seedlings along the lake shore this rainy season.\n",
     {"published": "2025-06-12"},
     "ENA's dateline date with the year after a slash"),
    ("pap-pl.txt",
     "Kraj\n\nKraków kupi 30 autobusów elektrycznych\n\nAutor: Anna Nowak\n"
     "Data publikacji: 02.07.2025, 08:15\nAktualizacja: 02.07.2025, 11:40\n\n"
     "Miejskie przedsiębiorstwo podpisało umowę na dostawę trzydziestu autobusów (PAP).\n",
     {"published": "2025-07-02T08:15:00", "updated": "2025-07-02T11:40:00"},
     "Polish portal's update label"),
    ("belga-nl-evernote.enex",
     '<?xml version="1.0" encoding="UTF-8"?>\n<en-export application="Evernote" version="6.x">\n'
     "<note><title>Gentse fietsbrug gaat in mei open | Havenkrant</title><content><![CDATA[<en-note><div>"
     "<h1>Gentse fietsbrug gaat in mei open</h1><div>12 maart 2019 om 10:05 uur</div>"
     "<div>GENT (Belga) - De nieuwe fietsbrug over de Leie gaat op 2 mei open, meldde de stad dinsdag.</div>"
     "<div>De brug kostte 4 miljoen euro.</div></div></en-note>]]></content>"
     "<note-attributes><source-url>https://havenkrant.example.be/gent-fietsbrug</source-url>"
     "</note-attributes></note>\n</en-export>\n",
     {"title": "Gentse fietsbrug gaat in mei open", "agencies": ["Belga"], "cities": ["Gent"]},
     "an Evernote note's title with the site's name after a bar: the note's own headline"),
    ("dpa-de-obsidian-kicker.md",
     '---\ntitle: "Stadtrat: Kiel baut zwei neue Fähranleger | HAFENBLATT ONLINE"\n'
     'source: "https://www.hafenblatt.example.de/news/kiel-faehranleger"\npublished: 2024-04-09\n---\n'
     "Stadtrat\n\n# Kiel baut zwei neue Fähranleger\n\nKiel (dpa/lno) - Die Stadt Kiel baut bis 2026 zwei neue "
     "Anleger für die Hafenfähren, wie der Stadtrat am Dienstag beschloss.\n\nDie Kosten liegen bei neun "
     "Millionen Euro.\n",
     {"title": "Kiel baut zwei neue Fähranleger", "cities": ["Kiel"]},
     "a clipper's title with the page's kicker before a colon and the site after a bar"),
    ("reuters-1999-portal.html",
     "<html><head><title>HARBOURNET - Ferry fares rise on the Fundy crossing - April 2, 1999</title></head>"
     "<body><font size=1>WORLD &gt; CANADA</font><br><h2>Ferry fares rise on the Fundy crossing</h2>"
     "<p>SAINT JOHN, New Brunswick (Reuters) -- Fares on the ferry across the Bay of Fundy will rise by a "
     "fifth from May, the operator said on Friday, blaming the price of fuel.</p>"
     "<p>The crossing carries about 200,000 passengers a year between New Brunswick and Nova Scotia.</p>"
     "</body></html>\n",
     {"title": "Ferry fares rise on the Fundy crossing", "cities": ["Saint John"]},
     "an early portal's <title>, its site before the headline and the date after it: the page's <h2>"),
    ("ap-2000-portal-bold.html",
     "<html><head><title>Harbour Portal News - Orchard growers count frost losses</title></head><body>"
     "<font size=-1><b>Science - AP</b></font><br><font size=+1><b>Orchard growers count frost losses</b></font>"
     "<p>YAKIMA, Wash. (AP) - Apple growers across the valley counted their losses on Thursday after two "
     "nights of hard frost caught the trees in full bloom.</p>"
     "<p>Growers said it was too early to tell how much of the crop was lost.</p></body></html>\n",
     {"title": "Orchard growers count frost losses", "cities": ["Yakima"]},
     "a site's name before the headline that the page sets in bold"),
    ("forwarded-cutting.eml",
     "From: \"Ros Tierney\" <rtierney@harbourboard-example.ie>\nTo: \"Board\" <board@harbourboard-example.ie>\n"
     "Subject: FW: Cork ferry bookings climb ahead of summer\nDate: Tue, 11 Feb 2020 08:15:40 +0000\n"
     "MIME-Version: 1.0\nContent-Type: text/plain; charset=\"utf-8\"\n\n"
     "For Thursday's meeting - see the bookings figure.\n\nR.\n\n-----Original Message-----\n"
     "From: Cuttings Desk <desk@clipservice-example.ie>\nSent: 10 February 2020 18:05\n"
     "Subject: Cork ferry bookings climb ahead of summer\n\nSOURCE: PA (Ireland)\n"
     "Published: 10 February 2020 11:47\n\nCork ferry bookings climb ahead of summer\n\n"
     "CORK - Advance bookings on ferries out of Cork rose by a fifth in January, the operator said on "
     "Monday, as families planned holidays earlier than usual.\n\n(c) PA Media 2020\n",
     {"published": "2020-02-10T11:47:00", "cities": ["Cork"]},
     "a cutting forwarded in a mail: the service's 'Published:' time is the story's, not the inner 'Sent:'"),
    ("monitoring-item-time.eml",
     "From: PressClip Alerts <alerts@pressclip-example.com.au>\nTo: media@ferries-example.com.au\n"
     "Subject: [PressClip] AAP: Hobart ferry fares to rise in July\nDate: Wed, 13 Mar 2019 16:02:11 +1100\n"
     "MIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\n\n"
     "PRESSCLIP ALERT - Search terms: \"ferry\", \"Hobart\"\nSource: AAP General News Wire\n"
     "Item time: 13 March 2019, 3:41pm AEDT\nReach: National wire\n\n---------------------------------\n"
     "Hobart ferry fares to rise in July\n\nHOBART, March 13 AAP - Fares on the Derwent ferry will rise "
     "by 40 cents in July, the state government said on Wednesday.\n\nAAP kt/rw\n",
     {"published": "2019-03-13T15:41:00+11:00", "cities": ["Hobart"]},
     "a monitoring alert's 'Item time:' is the story's, and its heading no dateline"),
    ("efe-es-evernote-export.html",
     '<html><head><meta name="exporter-version" content="Evernote Windows 10.56"/>'
     '<meta name="author" content="Lucía Berrondo"/><meta name="created" content="2021-02-03 09:10:00 +0000"/>'
     "<title>Reabren el mercado de Salta</title></head><body><div><h1>Reabren el mercado de Salta</h1>"
     "<div>Por Tomás Ilundain</div><div>Salta (Argentina), 2 feb (EFE).- El mercado central de esta ciudad "
     "volvió a abrir este martes tras tres meses de obras en su techo, informó la municipalidad.</div>"
     "<div>Los puesteros recibieron a los primeros clientes con descuentos.</div></div></body></html>",
     {"reporters": ["Tomás Ilundain"], "cities": ["Salta"]},
     "an Evernote HTML export: its author meta is the note's owner, no writer of the clipped story"),
    ("belga-fr-zotero-cited.html",
     '<div data-schema-version="9"><h1>Fiche – tram de Liège</h1>'
     "<p><strong>Référence :</strong> Belga, « Le tram de Liège roule enfin », Le Quotidien, 2 mai 2023. "
     "https://quotidien.example.be/regions/liege/tram-roule-enfin-ABC123/ (consulté le 4 juin 2023).</p>"
     "<p><strong>Remarques :</strong> à comparer avec le chantier de Charleroi, et relire le rapport de la "
     "Cour des comptes.</p><hr>"
     "<p><strong>Le tram de Liège roule enfin</strong></p><p>Publié le 02-05-23 à 08h40</p>"
     "<p>LIÈGE 02/05 (BELGA) - Le tram de Liège a transporté ses premiers voyageurs mardi matin, après six "
     "années de travaux et plusieurs reports, a indiqué l'opérateur régional dans un communiqué.</p><p>La ligne "
     "compte vingt et une stations entre Sclessin et Coronmeuse, et les rames passeront toutes les six minutes "
     "aux heures de pointe. (BELGA)</p></div>",
     {"url": "https://quotidien.example.be/regions/liege/tram-roule-enfin-ABC123/", "cities": ["Liège"],
      "title": "Le tram de Liège roule enfin"},
     "a Zotero note: the address inside the reader's reference paragraph above the clip is the story's"),
    ("ap-en-phone-share.eml",
     "From: Dana Whitcomb <dana.w@example.net>\nTo: Leo Whitcomb <leo.w@example.org>\n"
     "Subject: Ohio town reopens its old canal lock for kayakers\nDate: Sun, 12 Jun 2022 21:15:03 -0400\n"
     "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n"
     "Leo - remember paddling near here as kids? They finally fixed it up.\n\nHugs, Dana\n\n"
     "Ohio town reopens its old canal lock for kayakers\nThe Associated Press · June 10, 2022\n\n"
     "CANAL FULTON, Ohio (AP) — A small Ohio town on Friday reopened a restored 19th-century canal lock, "
     "letting kayakers and canoes pass through it for the first time in decades.\n\n"
     "Volunteers spent three summers rebuilding its wooden gates, the mayor said.\n\n"
     "Shared from Apple News\n\nSent from my iPhone\n",
     {"title": "Ohio town reopens its old canal lock for kayakers", "published": "2022-06-10",
      "cities": ["Canal Fulton"]},
     "a phone's share mail: the sender's note and signature above the line repeating the Subject are no "
     "part of the story, and the mail's time is when it was sent"),
    ("afp-en-teams-export.html",
     "<html><head><title>Chat | Harbour Desk | Microsoft Teams</title></head><body>"
     '<div class="message"><span class="author">Mensah, Kojo</span><span class="timestamp">Monday, 4 May 2020 '
     '16:20</span><div class="body"><p>For the ports file, just came over the wire.</p><blockquote>'
     "<p><b>Tema port extends opening hours to clear backlog of cargo</b></p><p>04 May 2020 13:05 GMT</p>"
     "<p>by Abena Owusu</p><p>Tema (AFP) - Ghana's main port will stay open around the clock for the next two "
     "weeks to clear a backlog of containers that built up during the lockdown, its operator said Monday.</p>"
     "<p>Importers have complained of storage fees piling up while their goods wait on the quay, and hauliers "
     "say queues at the gates now last most of a day.</p><p>ao/kb</p></blockquote></div></div>"
     '<div class="message"><span class="author">Asante, Efua</span><span class="timestamp">Monday, 4 May 2020 '
     "16:31</span><div class=\"body\"><p>Thanks, added.</p></div></div></body></html>",
     {"title": "Tema port extends opening hours to clear backlog of cargo", "published": "2020-05-04T13:05:00+00:00",
      "updated": None, "reporters": ["Abena Owusu"], "cities": ["Tema"]},
     "a chat app's HTML export (its <title> ends in the app's name): the poster and the post's time are no "
     "writer or date of the story quoted in it"),
    ("omnivore-folded-title.md",
     "---\nid: 7a1c0b2e-0000-4e11-9a00-1c2d3e4f5a6b\ntitle: >-\n  Tallinn port adds a second cruise berth\n"
     "author: Harbour Desk\ndate_saved: 2024-05-20 19:02:11\ndate_published: 2024-05-18 08:45:00\n---\n\n"
     "# Tallinn port adds a second cruise berth\n#Omnivore\n\n[Read on Omnivore](https://omnivore.app/me/tallinn-berth-18f)\n"
     "[Read Original](https://news.example.ee/2024/05/18/cruise-berth)\n\n## Highlights\n\n"
     "> The berth will take ships up to 340 metres long\n\nask the port about the dredging costs\n\n## Content\n\n"
     "TALLINN, May 18 (BNS) - The port of Tallinn will open a second cruise berth next spring, the port "
     "company said on Saturday, as bookings for the summer season hit a record.\n\nThe berth will take ships up "
     "to 340 metres long.\n",
     {"title": "Tallinn port adds a second cruise berth", "published": "2024-05-18T08:45:00",
      "url": "https://news.example.ee/2024/05/18/cruise-berth", "agencies": ["BNS"], "cities": ["Tallinn"]},
     "Omnivore's Markdown export: a folded title (>-) in the front matter, date_published the date, the app's "
     "tag line, links and the reader's highlights dropped, the 'Read Original' link the url"),
    ("readwise-full-document.md",
     "# Nairobi opens its first bus rapid transit lane\n\n![rw-book-cover](https://img.example.com/brt.jpg)\n\n"
     "## Metadata\n- Author: [[AFP]]\n- Full Title: Nairobi opens its first bus rapid transit lane\n"
     "- Category: #articles\n- Published Date: 2022-09-07\n- Saved Date: 2022-09-15\n"
     "- URL: https://news.example.com/africa/nairobi-brt-lane-2022-09-07\n\n## Highlights\n"
     "- The lane runs 11 kilometres ([View Highlight](https://read.readwise.io/read/01abc))\n    - Note: check the length\n\n"
     "## Full Document\n\nNAIROBI, Sept 7 (AFP) - Kenya's capital opened its first lane reserved for rapid "
     "buses on Wednesday, a project that has been delayed for six years.\n\nThe lane runs 11 kilometres "
     "from the city centre towards the airport.\n",
     {"title": "Nairobi opens its first bus rapid transit lane", "published": "2022-09-07",
      "url": "https://news.example.com/africa/nairobi-brt-lane-2022-09-07", "agencies": ["AFP"],
      "cities": ["Nairobi"]},
     "Readwise's Markdown export: its '## Metadata' list gives the url and the date, its highlights go, "
     "the '## Full Document' heading is no title"),
    ("matter-callout-text.md",
     "---\ntitle: \"Lübeck verlängert die Nachtfähre nach Travemünde\"\ntags: [matter, verkehr]\n---\n\n"
     "> [!note] Für den Artikel am Freitag\n> Zahlen mit dem Vorjahr vergleichen.\n\n## Metadata\n"
     "* URL: [https://news.example.de/luebeck-faehre](https://news.example.de/luebeck-faehre)\n"
     "* Published Date: 2023-10-02\n\n## Text\n\nLübeck (dpa/lno) - Die Nachtfähre zwischen Lübeck und "
     "Travemünde fährt auch im Winter weiter, teilten die Stadtwerke am Montag mit.\n",
     {"title": "Lübeck verlängert die Nachtfähre nach Travemünde", "published": "2023-10-02",
      "url": "https://news.example.de/luebeck-faehre", "agencies": ["dpa"], "cities": ["Lübeck"]},
     "a read-later export with front matter: the reader's callout and the '## Text' heading above the story go, "
     "the metadata list's linked address is the url"),
    ("hi-epaper-page-head.txt",
     "ई-पेपर  |  भोपाल संस्करण  |  शुक्रवार, १४ मार्च, २०१४  |  पृष्ठ ६\nप्रदेश\n\nझील के किनारे बनेगा नया पैदल पथ\n\n"
     "नगर निगम ने बड़ी झील के किनारे तीन किलोमीटर लंबा पैदल पथ बनाने की योजना को मंजूरी दे दी है। काम अगले\n"
     "महीने शुरू होगा और बरसात से पहले पूरा करने का लक्ष्य रखा गया है।\n",
     {"published": "2014-03-14"},
     "a Hindi e-paper clipping's page head: the issue's day in Devanagari digits beside 'page' in Hindi"),
    ("bn-epaper-double-bar.txt",
     "দৈনিক উদাহরণ  ║  ঢাকা, বৃহস্পতিবার, ৯ মে ২০১৩  ║  ২৬ বৈশাখ ১৪২০  ║  পৃষ্ঠা ৩\nনগর\n\n"
     "রাজধানীতে নতুন দুটি ফুটওভারব্রিজ চালু\n\nরাজধানীর ব্যস্ত দুটি মোড়ে নতুন ফুটওভারব্রিজ গতকাল থেকে পথচারীদের জন্য\n"
     "খুলে দেওয়া হয়েছে। সিটি করপোরেশন জানিয়েছে, আরও তিনটির কাজ চলছে।\n",
     {"published": "2013-05-09"},
     "a Bangla e-paper's OCR head, its parts between double bars, the Bangla calendar's day beside the Gregorian"),
    ("ne-epaper-two-calendars.txt",
     "उदाहरण दैनिक   |   वि.सं. २०७० असार ५ गते बुधबार   |   Wednesday, June 19, 2013   |   पृष्ठ २\nप्रदेश\n\n"
     "पोखरामा नयाँ बसपार्क सञ्चालनमा\n\nपोखरा महानगरले शहरको पूर्वी भागमा बनाएको नयाँ बसपार्क आजदेखि सञ्चालनमा\n"
     "ल्याएको छ । त्यहाँ एकैपटक सय वटा बस राख्न सकिन्छ ।\n",
     {"published": "2013-06-19"},
     "a Nepali paper's page head: the Bikram Sambat date, longer than a part, beside the same Gregorian day"),
    ("en-epaper-headline-and-deck.txt",
     "THE EXAMPLE TIMES  |  PUNE  |  FRIDAY, MARCH 6, 2020                                     7\nCITY\n\n"
     "Civic body to plant 5,000 trees\nalong the river front\n\nSaplings to be watered by\nvolunteer groups\n\n"
     "PTI\nPUNE\n\nThe civic body will plant five thousand\nsaplings on both banks of the river\n"
     "before the monsoon, an official said\non Thursday.\n  Each stretch of the bank will be\n"
     "looked after by a residents' group,\nthe official added.\n",
     {"title": "Civic body to plant 5,000 trees along the river front"},
     "an e-paper clipping's headline over two lines, then its deck over two: the headline, not the deck"),
    ("hi-epaper-headline-and-deck.txt",
     "ई-पेपर  |  जयपुर संस्करण  |  सोमवार, ३ मार्च, २०१४  |  पृष्ठ ४\nराजस्थान\n\n"
     "पुराने शहर में बनेंगे\nतीन नए पार्किंग स्थल\n\nव्यापारियों की मांग पर\nनगर निगम का फैसला\n\nएजेंसी, जयपुर।\n\n"
     "नगर निगम ने पुराने शहर के बाजारों में वाहनों की\nभीड़ कम करने के लिए तीन नए पार्किंग स्थल\n"
     "बनाने का फैसला किया है। इनका काम अगले महीने\nशुरू होगा और साल के अंत तक पूरा होगा।\n"
     "  निगम के अधिकारियों ने बताया कि हर स्थल पर\nदो सौ गाड़ियां खड़ी हो सकेंगी और शुल्क\n"
     "बहुत कम रखा जाएगा।\n",
     {"title": "पुराने शहर में बनेंगे तीन नए पार्किंग स्थल", "cities": ["जयपुर"], "reporters": []},
     "a Hindi clipping: no capitals tell the headline's wrap nor its deck, the block between blank lines does, "
     "and paragraphs set apart by an indent are prose, no headline; 'agency, Jaipur.' names the place, no one"),
    ("bn-epaper-wrapped-headline.txt",
     "দৈনিক উদাহরণ  ║  ঢাকা, রবিবার, ৫ মে ২০১৩  ║  ২২ বৈশাখ ১৪২০  ║  পৃষ্ঠা ২\nনগর\n\n"
     "খুলনায় নতুন সেতুর কাজ\nশুরু হচ্ছে আগামী মাসে\n\n"
     "খুলনা (বাসস) : রূপসা নদীর ওপর নতুন একটি সেতুর নির্মাণকাজ আগামী মাসে শুরু\n"
     "হবে বলে জানিয়েছেন সড়ক বিভাগের কর্মকর্তারা।\n",
     {"title": "খুলনায় নতুন সেতুর কাজ শুরু হচ্ছে আগামী মাসে", "agencies": ["BSS"]},
     "a Bangla clipping's headline over two lines, its second opening on no lower-case word: one headline"),
    ("ne-epaper-comma-headline.txt",
     "उदाहरण दैनिक   |   वि.सं. २०७० साउन २ गते बिहिबार   |   Thursday, July 18, 2013   |   पृष्ठ ३\nप्रदेश\n\n"
     "बुटवलमा दुई हप्तादेखि खानेपानी अभाव,\nटोल बासी चिन्तित\n\n"
     "बुटवल (रासस) । लगातार दुई हप्तादेखि धारामा पानी नआएपछि शहरका\nबासिन्दा समस्यामा परेका छन् ।\n",
     {"title": "बुटवलमा दुई हप्तादेखि खानेपानी अभाव, टोल बासी चिन्तित", "reporters": [], "agencies": ["RSS"]},
     "a Nepali headline's first line closed by a comma carries on: its three-word second line is no byline"),
]


parsed, test_clipping_fields_through_the_cli = cli_field_tests(STORIES, "clippings")


def test_clippers_heads_and_footers_leave_the_body(parsed):
    assert "created:" not in parsed["tt-sv-obsidian.md"]["body"]
    assert "Created:" not in parsed["stt-fi-notion.md"]["body"]
    assert "Unsubscribe" not in parsed["aap-newsletter.eml"]["body"]
    lt = parsed["bns-lt-dienrastis.eml"]["body"]
    assert lt.endswith("eurų.") and "Skaityti" not in lt and "---" not in lt
    assert "abbestellen" not in parsed["lesen-sie-artikel.eml"]["body"]
    assert ">" not in parsed["pti-reply.eml"]["body"] and "page 2" not in parsed["pti-reply.eml"]["body"]
    assert "\\par" not in parsed["ians-en-wordpad.rtf"]["body"]
