"""Heads whose headline sits among furniture (a news terminal's export, a summary's points
and a revision note, AP DataStream's control marks, a clipping service's header, an app's
share), through the real command: one `wire parse --format jsonl` run over a folder of them.

The per-shape rules have their rows in test_parse_tables_titles.py. Every story, name and
event here is invented.
"""
from __future__ import annotations

from wirerun import cli_field_tests

# (file name, text, {field: value}, why)
STORIES = [
    ("terminal-flash.txt",
     "Desk Monitor - export\nQuery: Peru AND copper          Items: 1 of 12\n\n"
     "05-Mar-2024 14:02:55 GMT     RTRS     FLASH\n\n"
     "PERU COPPER MINE HALTS OUTPUT AFTER LANDSLIDE BLOCKS ACCESS ROAD - OPERATOR\n\n"
     "Source: Reuters\nStory ID: nL8N3FB0CD\nTopics: PE, MIN, LATAM\n\n"
     "For related news, double click on one of the following codes: [PE] [MIN]\n",
     {"title": "PERU COPPER MINE HALTS OUTPUT AFTER LANDSLIDE BLOCKS ACCESS ROAD - OPERATOR"},
     "a terminal's FLASH export: labels and the double-click line are furniture"),
    ("update-bullets.txt",
     "UPDATE 3-Peru copper mine to restart within a week, operator says\n\n"
     " * Landslide blocked the only access road on Tuesday\n * Output loss put at 4,000 tonnes\n\n"
     " (Adds operator's timetable, analyst comment in paragraphs 4-6)\n\n"
     " LIMA, March 6 (Reuters) - A Peruvian copper mine halted by a landslide will restart within "
     "a week, its operator said on Wednesday.\n",
     {"title": "UPDATE 3-Peru copper mine to restart within a week, operator says", "cities": ["Lima"]},
     "an update's bullets and its (Adds ...) note under the headline"),
    ("ap-datastream.txt",
     "a0219\nr i BC-Peru-Mine 1stLd-Writethru   03-06 0288\n^AM-Peru-Mine, 1st Ld-Writethru,0288$\n"
     "^Landslide Traps Miners in Southern Peru$\n^Eds: UPDATES with rescue under way$\n"
     "^By TOMAS QUISPE$\n^Associated Press Writer$\n\n"
     "   AREQUIPA, Peru (AP) _ A landslide buried the entrance of a copper mine in southern Peru on "
     "Monday, trapping at least nine miners.\n",
     {"title": "Landslide Traps Miners in Southern Peru", "reporters": ["Tomas Quispe"]},
     "AP DataStream's ^...$ lines: the headline and the byline without the marks"),
    ("portal-search-box.txt",
     "Harbour Finance\nSearch for news, symbols or companies\n\n"
     "Shipbuilder lifts dividend after record order book\n\nMarta Kowal\nAFP\n"
     "Tue, March 4, 2025 at 9:15 AM GMT+1 · 2 min read\n\n"
     "A Baltic shipbuilder raised its dividend by a fifth on Tuesday after orders for ferries "
     "and tankers filled its yards until 2028.\n",
     {"title": "Shipbuilder lifts dividend after record order book"},
     "a finance portal's search box over the headline is chrome, no title"),
    ("exchange-announcement.txt",
     "RNS Number : 5512Q\nKestrel Harbour Plc\n14 June 2022\n\nReleased 07:00 14-Jun-2022\n\n"
     "Half Year Trading Statement\n\nKestrel Harbour Plc (\"Kestrel\"), the port operator, reports that volumes in "
     "the five months to May were ahead of last year.\n\nEND\n",
     {"title": "Half Year Trading Statement", "published": "2022-06-14T07:00:00", "updated": None, "reporters": []},
     "an exchange announcement: number and issuer no title, its 'Released' stamp the publication"),
    ("clipping.txt",
     "Harbour Courier, Geelong\n05/03/2025\nGeneral News, page 3 - 144.10 cm²\n"
     "Regional - circulation 21,450 (MTWTFS)\nID 2231990  BRIEF PORTS  PAGE 1 of 1\n\n"
     "Ferry operator adds late sailings for\nfestival crowds\n\nTHE ferry operator will run two extra "
     "late sailings each night\nduring the harbour festival, it said yesterday.\n",
     {"title": "Ferry operator adds late sailings for festival crowds"},
     "a clipping service's header over a headline wrapped onto two lines"),
    ("app-share.txt",
     "Ferry operator adds late sailings - Harbour Courier\nhttps://harbourcourier.example/news/7781\n"
     "Shared from the Harbour Courier app\n\n03/05/2025 09:40 AM\n\n"
     "Geelong, March 5 (AAP) The ferry operator will run two extra late sailings each night during "
     "the harbour festival.\n",
     {"title": "Ferry operator adds late sailings", "url": "https://harbourcourier.example/news/7781"},
     "an app's share: the mark skipped, the site's name cut from the shared title"),
    ("bengali-danda.txt",
     "নগর সংবাদ\nশহর  রাজ্য  দেশ  খেলা\n\nনদীর ধারে নতুন উদ্যান খুলল পুরসভা\n\n"
     "পুরসভার তৈরি নতুন উদ্যানটি রবিবার থেকে সাধারণ মানুষের জন্য খুলে দেওয়া হয়েছে বলে মেয়র জানিয়েছেন।\n\n"
     "উদ্যানে শিশুদের খেলার জায়গা এবং হাঁটার পথ রয়েছে।\n",
     {"title": "নদীর ধারে নতুন উদ্যান খুলল পুরসভা"},
     "Bengali paragraphs closed by the danda are the story; the headline is above them"),
    ("urdu-masthead.txt",
     "روزنامہ ساحل نامہ  ۔  کراچی\nجمعہ 15 مارچ 2024\n\nکراچی میں ساحل کی صفائی کی مہم شروع\n\n"
     "کراچی (اے پی پی) شہری حکومت نے جمعہ کو ساحل سمندر کی صفائی کی ایک ہفتے کی مہم شروع کی۔\n",
     {"title": "کراچی میں ساحل کی صفائی کی مہم شروع"},
     "a paper's name and city over the date: a masthead, the headline under the date"),
    ("written-by-unknown.txt",
     "शहर वार्ता\n\nनदी किनारे नया उद्यान खुला\n\nWritten by संवाददाता\nMarch 15, 2024 10:20 IST\n\n"
     "पुणे : नगर निगम ने नदी किनारे बना नया उद्यान शुक्रवार को आम लोगों के लिए खोल दिया।\n",
     {"title": "नदी किनारे नया उद्यान खुला"},
     "'Written by' over an unknown name: a byline, the headline above it"),
    ("list-post.eml",
     "From: Ines Duarte <iduarte@example-uni.edu>\nTo: ports-l@example-lists.org\n"
     "Subject: [ports-l] Reuters: Lisbon pilots strike over\nDate: Wed, 05 Mar 2025 09:14:00 +0000\n"
     "MIME-Version: 1.0\nContent-Type: text/plain; charset=us-ascii\n\n"
     "For those on the thread about pilot shortages.  -- Ines\n\n"
     "Lisbon harbour pilots end strike after pay deal\n\n"
     "LISBON, March 4 (Reuters) - Harbour pilots in Lisbon went back to work on Tuesday after a pay "
     "deal with the port authority.\n\nShips had queued for two days.\n",
     {"title": "Lisbon harbour pilots end strike after pay deal", "cities": ["Lisbon"]},
     "a list post: the poster's note signed '-- Name' is no title, the pasted story's headline is"),
    ("online-edition.txt",
     "Online edition of the Harbour Ledger\nWednesday, Mar 05, 2025\n\nHome | National | Business | Sport\n\n"
     "Ferry fares rise for the summer season\n\nKochi, Mar 5 (PTI): Ferry operators raised their fares on "
     "Wednesday for the summer season, they said.\n",
     {"title": "Ferry fares rise for the summer season", "cities": ["Kochi"]},
     "a paper's online-edition line over the date: a masthead, the headline under the date"),
    ("digest-item.eml",
     "From: Port Monitor <monitor@example-monitor.org>\nTo: clients@example-monitor.org\n"
     "Subject: [PORTS-WIRE] Lisbon pilots / Reuters\nDate: Wed, 05 Mar 2025 09:14:00 +0000\n"
     "MIME-Version: 1.0\nContent-Type: text/plain; charset=us-ascii\n\n"
     "PORTS-WIRE - item 2 of 4\nSource: Reuters\nFiled: 04/03/2025 16:32\n\n"
     "LISBON PILOTS END STRIKE AFTER PAY DEAL\n\nLISBON March 4 Reuters\n\n"
     "Harbour pilots in Lisbon went back to work on Tuesday after a pay deal, the port said.\n",
     {"title": "LISBON PILOTS END STRIKE AFTER PAY DEAL"},
     "a mailed digest's list name and item count over the headline"),
    ("forward-note.eml",
     "From: Ines Duarte <iduarte@example-paper.pt>\nTo: Night Desk <night@example-paper.pt>\n"
     "Subject: FW: pilots - wire copy for the page 4 sidebar\nDate: Wed, 05 Mar 2025 09:14:00 +0000\n"
     "MIME-Version: 1.0\nContent-Type: text/plain; charset=us-ascii\n\n"
     "Background for the sidebar on page 4. Check the figures with the port before you use any of "
     "them, the union gave us different ones yesterday.\nI.\n\n-----Original Message-----\n"
     "From: Ines Duarte\nSent: Wednesday, March 5, 2025 8:50 AM\nTo: Ines Duarte\nSubject: pilots\n\n"
     "Lisbon harbour pilots end strike after pay deal\n\n"
     "LISBON, March 4 (Reuters) - Harbour pilots in Lisbon went back to work on Tuesday after a pay "
     "deal with the port authority.\n\nShips had queued for two days.\n",
     {"title": "Lisbon harbour pilots end strike after pay deal", "cities": ["Lisbon"]},
     "a note above an Outlook forward: the pasted story's headline, not the outer subject"),
    ("msn-caption.txt",
     "Harbour Start\nMoney  Markets  Watchlist\n\nProvided by AFP\n\n"
     "Ferry operators on the Scheldt agree winter timetable\n\nStory by Lise Vermeulen • 5h • 3 min read\n\n"
     "© Provided by AFP\nA ferry leaves the quay at Antwerp\n\n"
     "Antwerp (AFP) - Ferry operators on the Scheldt agreed a shared winter timetable on Monday, the port "
     "authority said.\n",
     {"title": "Ferry operators on the Scheldt agree winter timetable", "agencies": ["AFP"]},
     "MSN: the caption under '© Provided by AFP' and the byline with its reading time are no headline"),
    ("msn-es-reader.txt",
     "MSN\n\nEl puerto de Valparaíso amplía su terminal de cruceros\n\nHistoria de AFP\n\n"
     "Valparaíso, 9 ene 2024 (AFP) - La autoridad portuaria de Valparaíso inauguró el martes una "
     "ampliación de su terminal de cruceros.\n\nLa obra duró dos años.\n\nabc/xyz\n",
     {"title": "El puerto de Valparaíso amplía su terminal de cruceros", "agencies": ["AFP"],
      "reporters": []},
     "MSN's Spanish edition: 'Historia de AFP' ('Story by') under the headline is its credit, no headline"),
    ("quote-box.txt",
     "Harbour Finance\nHome  Markets  Quotes\n\nFerry stocks rise on record summer bookings\n\n"
     "By Dana Whitlow, AP Business Writer | Associated Press – Tue, Mar 5, 2024 3:12 PM EST\n\n"
     "Related Quotes\nSymbol   Price   Change\nFRRY   12.50   +0.82\nView Quote Details\n\n"
     "NEW YORK (AP) — Ferry stocks rose on Tuesday after operators reported record summer bookings.\n",
     {"title": "Ferry stocks rise on record summer bookings", "reporters": ["Dana Whitlow"]},
     "a finance page's quote box under a dated byline: the headline above the byline"),
    ("forward-czech.eml",
     "From: Petr Novak <pnovak@example-noviny.cz>\nTo: desk@example-noviny.cz\n"
     "Subject: Fwd: piloti Lisabon\nDate: Wed, 05 Mar 2025 09:14:00 +0100\n"
     "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n"
     "Ahoj, tohle by se hodilo do zítřejšího vydání, ozvi se.\nP.\n\n"
     "---------- Přeposlaná zpráva ---------\nOd: Zpravodajství <servis@example-agentura.cz>\n"
     "Datum: st 5. 3. 2025 v 8:40\nPředmět: Lodivodi v Lisabonu ukončili stávku\n\n"
     "Lodivodi v Lisabonu ukončili stávku po dohodě o mzdách\n4. 3. 2025 16:20\n\n"
     "Lisabon 4. března (ČTK) - Přístavní lodivodi v Lisabonu se v úterý vrátili do práce poté, "
     "co se dohodli se správou přístavu na mzdách.\n",
     {"title": "Lodivodi v Lisabonu ukončili stávku po dohodě o mzdách", "published": "2025-03-04T16:20:00"},
     "Gmail's Czech forward under a note: its headers ('Od:', 'Datum:') no title, their date not the story's"),
    ("pa-catchline.txt",
     "WEATHER Storm Tay Bridge\n22/03/2018 16:20\n\nBridge shut after lorry strikes parapet\n\n"
     "By Ruth Calder, Press Association\n\nA road bridge over the River Tay was closed on Thursday after a "
     "lorry struck its parapet during high winds, police said.\n\nEngineers were inspecting the damage.\n\nends\n",
     {"title": "Bridge shut after lorry strikes parapet", "published": "2018-03-22T16:20:00",
      "reporters": ["Ruth Calder"]},
     "PA's catchline over its date: the headline is the line under the date"),
    ("ansa-figure-headline.txt",
     "ANSA English  >  Business  >  Economy\n\nItaly car sales down 3.2% in April\n\n"
     "Hybrid models keep gaining ground on petrol and diesel says UNRAE\n\n04 May 2023 17:15\n\n"
     "ROME - Sales of new cars in Italy fell 3.2% in April from a year earlier, the carmakers' "
     "association said on Thursday.\n\nHybrids took a larger share of the market than ever before. (ANSA).\n",
     {"title": "Italy car sales down 3.2% in April", "published": "2023-05-04T17:15:00"},
     "a headline with a figure over its standfirst: no promo, so the headline is the title"),
    ("aggregator-outlet-city.txt",
     "allAfrica.com: Kenya: Port Authority Adds Two Cranes at Mombasa\n\n"
     "Kenya:  Port Authority Adds Two Cranes at Mombasa\n\nThe Star (Nairobi)\n9 October 2021\n\n"
     "The port authority said on Friday it had installed two new cranes at the container terminal.\n\n(KNA)\n",
     {"title": "Kenya: Port Authority Adds Two Cranes at Mombasa", "published": "2021-10-09"},
     "an aggregator's title line with its site's name, and the outlet and its city under the headline"),
    ("archive-record-source-field.txt",
     "Arkivtjänst – Artikel\n\nKälla: Sydsvenskan\nDatum: 2002-11-06\nSektion: Lokalt\nSida: 4\n\n"
     "Ny busslinje till Lund\n\nMALMÖ (TT) En ny busslinje mellan Malmö och Lund öppnar i december.\n",
     {"title": "Ny busslinje till Lund", "published": "2002-11-06"},
     "a record's labelled fields under the archive's name: the headline stands under them"),
    ("fullwidth-colon-site.html",
     "<html lang=\"ja\"><head><meta charset=\"utf-8\"><title>北陸新幹線、敦賀以西の着工時期を再検討：みなと日報デジタル</title>"
     "<meta property=\"og:site_name\" content=\"みなと日報デジタル\"></head><body><article>"
     "<h1>北陸新幹線、敦賀以西の着工時期を再検討</h1><p>国土交通省は３日、北陸新幹線の敦賀以西の区間について、"
     "着工時期を改めて検討すると発表した。建設費の上昇と工期の長期化が理由で、地元自治体との協議を続ける。</p>"
     "<p>同省は年内にも新たな工程表を示す方針だ。</p></article></body></html>\n",
     {"title": "北陸新幹線、敦賀以西の着工時期を再検討"},
     "a Japanese site's name after a full-width colon in the <title>, no spaces around it"),
    ("wire-banner-desk-code.txt",
     "AAP NEWS WIRE\nThu 9 Oct 1997 11:05 AEST\nPriority: routine  Category: NSW  Words: 210\n\n"
     "NSW: Ferry fares frozen for summer\n\nSYDNEY, Oct 9 AAP - Harbour ferry fares will stay at current "
     "levels until March, the state's transport minister said today.\n\nThe freeze covers all inner harbour "
     "routes.\n",
     {"title": "Ferry fares frozen for summer", "agencies": ["AAP"]},
     "a wire's banner (the agency's name and its service's words) is no headline; the desk code the "
     "header names ('Category: NSW') goes from before the headline"),
    ("wire-banner-region-desk.txt",
     "IANS REGIONAL WIRE\nKOL22 WB-TRAM-ROUTES\n11/08/2016 14:05\n\nKolkata to shut three tram routes for "
     "flyover work\n\n   Kolkata, Aug 11 (IANS) The West Bengal Transport Corporation today said three tram "
     "routes in north Kolkata would be suspended for eight months.\n\n   Buses will run on the routes "
     "instead, an official said.\n",
     {"title": "Kolkata to shut three tram routes for flyover work"},
     "a wire's banner naming the desk it serves ('REGIONAL WIRE') is no headline"),
    ("print-view-masthead.txt",
     "Kyodo News                                     [Print] [Close window]\n\nNagoya port to add two "
     "berths for car carriers\n\n2013/06/12 10:40 JST\n\nNAGOYA, June 12 Kyodo - The port authority said "
     "Wednesday it will build two berths for car carriers by 2016.\n\nThe berths will cost 30 billion yen.\n",
     {"title": "Nagoya port to add two berths for car carriers"},
     "a print view's masthead with its bracketed buttons is no headline"),
    ("bracketed-note-mail.eml",
     "From: Mori Kenji <k-mori@minato-kenkyukai.example.jp>\nTo: minato-ml@minato-kenkyukai.example.jp\n"
     "Subject: [minato-ml:0231] haishin kiji\nDate: Fri, 9 Oct 1998 08:12:40 +0900\nMIME-Version: 1.0\n"
     "Content-Type: text/plain; charset=utf-8\n\n会員各位\n\n森です。共同通信の記事を転載します。\n（会員の閲覧のみとしてください）\n\n"
     "----------------------------------------\n共同通信　1998年10月8日　15時40分\n\n"
     "新潟港の国際コンテナ航路、来春に週3便へ\n\n　【新潟8日共同】新潟県は8日、新潟港と韓国・釜山を結ぶ国際コンテナ航路が"
     "来年春から週3便に増えると発表した。\n　県によると、船会社が新たに1隻を投入する。\n",
     {"title": "新潟港の国際コンテナ航路、来春に週3便へ"},
     "a forwarder's note wholly in brackets over the pasted copy is no headline"),
]


parsed, test_title_fields_through_the_cli = cli_field_tests(STORIES, "titles")
