"""Plain wire transmissions, database exports and mailed newsletters through the real
command: story files in a folder, `wire parse --format jsonl` run as its own process, each
record checked against the fields the story gives. The rows of each shape are in
test_parse_tables_transmissions.py; every story is invented.
"""
from __future__ import annotations


from wirerun import cli_field_tests

# (file name, text, {field: value}, why)
STORIES = [
    ("afp-stamp-on-top.txt",
     "AFP 041915 GMT MAR 97\n\nSenegal-peche\nLes pecheurs de Kayar reclament un nouveau quai\n\n"
     "DAKAR, 4 mars (AFP) - Les pecheurs de Kayar ont demande mardi a l'Etat un nouveau quai pour "
     "debarquer leurs prises.\n",
     {"title": "Les pecheurs de Kayar reclament un nouveau quai", "published": "1997-03-04T19:15:00+00:00",
      "agencies": ["AFP"], "cities": ["Dakar"]},
     "the agency's sent stamp over the copy, as it stands at its end: the filing time"),
    ("suna-masthead.txt",
     "SUDAN NEWS AGENCY (SUNA) - ENGLISH SERVICE\n03/05/1998\n\nGEZIRA FARMERS START COTTON PICKING\n\n"
     "Wad Medani, May 3 (SUNA) - Farmers in the Gezira scheme started picking cotton on Sunday, the "
     "scheme's board said.\n",
     {"title": "GEZIRA FARMERS START COTTON PICKING", "agencies": ["SUNA"], "cities": ["Wad Medani"]},
     "an agency's masthead with its short name in brackets and its service after a dash is no headline"),
    ("acan-efe-na.txt",
     "Honduras y El Salvador reabren paso fronterizo\n\nTEGUCIGALPA, 8 feb (ACAN-EFE).- Los gobiernos de "
     "Honduras y El Salvador reabrieron hoy el paso fronterizo de El Amatillo tras dos dias de cierre.\n",
     {"agencies": ["ACAN-EFE"], "cities": ["Tegucigalpa"]},
     "EFE's Central American service in a dateline's brackets"),
    ("na-bracket.txt",
     "Suben las tarifas del subte porteno\n\nBUENOS AIRES, 2 abr (NA) -- El gobierno porteno confirmo hoy "
     "una suba del boleto del subte a partir del mes proximo.\n\nFuente: Noticias Argentinas\n",
     {"agencies": ["Noticias Argentinas"], "cities": ["Buenos Aires"]},
     "Noticias Argentinas' '(NA)' in the dateline is the agency the source line names, listed once"),
    ("kna-picha.txt",
     "Wakulima wa Kwale wapokea mbegu mpya\n\nKWALE, Aprili 9 (KNA) - Wakulima zaidi ya mia tano wa "
     "kaunti ya Kwale wamepokea mbegu mpya za mahindi kutoka kwa serikali ya kaunti.\n\n"
     "Wakulima wakipokea mbegu katika ofisi za kilimo, Kwale. (Picha na Halima Said/KNA)\n",
     {"photographers": ["Halima Said"], "cities": ["Kwale"]},
     "Swahili's 'photo by' (Picha na) closing a caption"),
    ("wire-masthead-stamp.eml",
     "From: Kyodo News English Service <wire@example.jp>\nTo: desk@example.com\nSubject: [KYODO] Ferry line to "
     "Rishiri adds winter sailings\nDate: Wed, 9 Feb 2011 10:20:00 +0900\nMIME-Version: 1.0\nContent-Type: text/plain; "
     "charset=us-ascii\n\nKYODO NEWS ENGLISH WIRE\nWednesday, February 9, 2011 08:35 JST   [Regional]\n\n"
     "Ferry line to Rishiri adds winter sailings\n\nWAKKANAI, Feb. 9 Kyodo - The ferry operator serving Rishiri "
     "Island will add two winter sailings a week from March, it said Wednesday, after islanders asked for more "
     "trips to the mainland hospital.\n\nThe extra boats will run on Tuesdays and Fridays.\n\n==Kyodo\n",
     {"title": "Ferry line to Rishiri adds winter sailings", "published": "2011-02-09T08:35:00+09:00",
      "agencies": ["Kyodo"], "cities": ["Wakkanai"]},
     "a wire's mail: its masthead and stamp over the subject's headline are its head, no sender's note: "
     "the stamp dates the story"),
    ("wire-masthead-only.eml",
     "From: \"BERNAMA Wires\" <wires@example.my>\nTo: desk@example.my\nSubject: [BM-PM] Feri ke Pulau Tioman "
     "tambah jadual\nDate: Thu, 04 Dec 2014 16:12:30 +0800\nMIME-Version: 1.0\nContent-Type: text/plain; "
     "charset=utf-8\n\nBERNAMA - Perkhidmatan Berita Bahasa Melayu\n\nFeri ke Pulau Tioman tambah jadual\n\n"
     "MERSING, 4 Dis (Bernama) -- Pengendali feri ke Pulau Tioman akan menambah dua perjalanan seminggu mulai "
     "bulan depan bagi menampung pertambahan pelancong, kata jurucakap syarikat itu hari ini.\n\n"
     "Perjalanan tambahan itu akan dibuat pada hari Sabtu dan Ahad.\n\n-- BERNAMA\n\nRSN KLM\n\n"
     "(c) 2014 BERNAMA. Semua hak terpelihara.\n",
     {"title": "Feri ke Pulau Tioman tambah jadual", "published": "2014-12-04T16:12:30+08:00",
      "agencies": ["Bernama"], "cities": ["Mersing"]},
     "...its masthead alone over the headline: the mail's time is the story's, as an alert's is (not the "
     "dateline's day alone, in the copyright's year)"),
    ("alert.eml",
     "From: Google Alerts <googlealerts-noreply@google.com>\nTo: jo@example.be\nSubject: Google Alert - Ghent "
     "ferries\nDate: Mon, 14 Oct 2024 09:00:00 -0700\nMIME-Version: 1.0\nContent-Type: text/plain; "
     "charset=\"UTF-8\"\n\n=== News - 1 new result for [Ghent ferries] ===\n\nGhent ferry crews walk out over pay\n"
     "Flanders Daily\nGHENT (Belga) - Ferry crews in Ghent stopped work on Monday over a pay offer the union called "
     "far too low for the hours they work ...\n<https://www.google.com/url?url=https://news.example/ghent>\n",
     {"title": "Ghent ferry crews walk out over pay", "agencies": ["Belga"], "cities": ["Ghent"]},
     "a Google Alert of one result: its count line is no title, the result's headline is"),
    ("digest.eml",
     "From: revue@example.ch\nTo: membres@example.ch\nSubject: [revue] Digest no 40\n"
     "Date: Tue, 03 May 2005 18:00:00 +0200\nMIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\n\n"
     "Revue du 3 mai 2005\n===================\n\nSommaire:\n  1. Le lac Léman se réchauffe encore\n\n"
     "----------\n\n1. Le lac Léman se réchauffe encore\n\nLausanne (ats) Le lac a gagné un degré en dix ans, "
     "selon une étude présentée mardi.\n\nSource: ATS\n",
     {"title": "Le lac Léman se réchauffe encore", "cities": ["Lausanne"], "agencies": ["ATS"]},
     "a mailing list's digest: the item's number is no part of its headline"),
    ("ap-advance.txt",
     "BC-Weekender-Ferry Captains, Adv05,0540\n$adv05\nADVANCE FOR SUNDAY, OCT. 5\nOld Ferry Captains Recall "
     "the Fog Years\nWith AP Photos\nBy DANA ROE\nAssociated Press Writer\n\n   BAR HARBOR, Maine (AP) - For 30 "
     "years the ferry ran in any weather, its captains said this week.\n\nEND ADV FOR SUNDAY, OCT. 5\n",
     {"title": "Old Ferry Captains Recall the Fog Years", "reporters": ["Dana Roe"], "cities": ["Bar Harbor"]},
     "an AP weekend advance: neither its release line nor 'With AP Photos' is the title"),
    ("usenet-paste.txt",
     "From: kim@example.ac.kr (Min Kim)\nNewsgroups: soc.culture.korean\nSubject: port news\n"
     "Date: 12 Apr 1996 10:02:11 GMT\nMessage-ID: <4ab1$x2@news.example.ac.kr>\n\nRead this on the wire "
     "this morning. Not a\nsurprise to anyone in Busan.\n\n----- begin -----\nBusan port to add two container "
     "berths\n\nSEOUL, April 12 (Reuter) - South Korea will build two more container berths at Busan by 1999, "
     "the maritime ministry said on Friday.\n\nREUTER\n----- end -----\n",
     {"title": "Busan port to add two container berths", "agencies": ["Reuters"], "cities": ["Seoul"]},
     "a Usenet post pasting wire copy: the poster's note and the paste marker are no title"),
    ("evening-letter.eml",
     "From: Gazzetta del Lago <lettera@example.it>\nTo: lettore@example.org\n"
     "Subject: La lettera della sera - martedì 4 maggio 2021\nDate: Tue, 04 May 2021 19:02:40 +0200\n"
     "Message-ID: <20210504190240.1@example.it>\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n"
     "GAZZETTA DEL LAGO - LA LETTERA DELLA SERA\nMartedì 4 maggio 2021\n\nBuonasera, ecco il fatto del "
     "giorno secondo la nostra redazione.\n\n========================================\n"
     "Como, riapre il battello per Bellagio dopo sei mesi di lavori\n========================================\n"
     "pubblicato il 04/05/2021 alle 15:20 - fonte: ANSA\n\nCOMO, 4 MAG - (ANSA) - Il battello per Bellagio "
     "torna in servizio da domani dopo sei mesi di lavori allo scafo, ha annunciato la società di "
     "navigazione.\n\nLe corse saranno sei al giorno fino a settembre.\n",
     {"title": "Como, riapre il battello per Bellagio dopo sei mesi di lavori",
      "published": "2021-05-04T15:20:00", "agencies": ["ANSA"]},
     "a newsletter's masthead with the issue's day under it and its greeting are no story: the "
     "Subject names the issue, the ruled headline under the note is the title"),
    ("agency-service.eml",
     "From: STA servis <servis@sta.example.si>\nTo: urednistvo@example.si\n"
     "Subject: STA Regionalni servis - Koper - pristanisce\nDate: Wed, 7 Apr 2004 10:31:05 +0200\n"
     "X-Mailer: Microsoft Outlook Express 6.00\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n"
     "STA - SLOVENSKA TISKOVNA AGENCIJA\nRegionalni servis / Primorska\n07.04.2004 10:12\n\n"
     "Luka Koper bo podaljsala prvi pomol\n\nKOPER, 7. aprila (STA) - Luka Koper bo do konca leta podaljsala "
     "prvi pomol za 120 metrov, so danes sporocili iz druzbe.\n\nDela bodo stala okoli deset milijonov evrov.\n",
     {"title": "Luka Koper bo podaljsala prvi pomol", "published": "2004-04-07T10:12:00", "cities": ["Koper"]},
     "an agency's mailed service item: its masthead in capitals after the short name and a dash is "
     "no dateline, so the Subject (the service's slug) is not the title; the story's own head is read"),
    ("monitoring-paste.eml",
     "From: Press Watch <watch@example.com.pe>\nTo: Relaciones Externas <rree@example.com.pe>\n"
     "Subject: [Alerta EFE] Puno: heladas dañan cultivos de papa\nDate: Tue, 9 Jun 2015 07:45:10 -0500\n"
     "Message-ID: <20150609124510.4410@example.com.pe>\nMIME-Version: 1.0\n"
     "Content-Type: text/plain; charset=\"UTF-8\"\n\nBuenos días:\n\nLes enviamos la nota de EFE de anoche, "
     "por si resulta de interés.\n\nAtentamente,\nEquipo de Prensa\n\n---------- Nota ----------\n"
     "EFE - 08/06/2015 22:10 GMT\n\nPuno: heladas dañan cultivos de papa en zonas altas\n\n"
     "LIMA, 8 jun 2015 (EFE) - Las heladas de los últimos días dañaron cientos de hectáreas de papa en las "
     "zonas altas de Puno, informó este lunes el gobierno regional.\n\nLos agricultores piden semillas "
     "y abono para volver a sembrar antes de las lluvias.\n\nbv/ra/jp\n",
     {"title": "Puno: heladas dañan cultivos de papa en zonas altas", "agencies": ["EFE"], "cities": ["Lima"]},
     "a monitoring service's mail: a greeting, a signature with no full stop and a framed marker "
     "over the pasted copy's date line are no title; the copy's desk initials name no agency"),
    ("usenet-reply.txt",
     "From: ola@example.no (Ola Berg)\nNewsgroups: soc.culture.nordic\nSubject: Re: salmon prices\n"
     "Date: Tue, 4 Oct 1994 20:11:02 +0100\nMessage-ID: <36a2$k1@news.example.no>\n\n"
     "In article <369f$q@news.example.se>, per@example.se (Per Lind) writes:\n>>Any word on the salmon "
     "dispute?\n\nReuter had this today:\n\n> Norway salmon farmers cut exports to EU\n>\n"
     "> BERGEN, Oct 4 (Reuter) - Norwegian salmon farmers will cut shipments to the European Union for\n"
     "> three months to lift prices, their association said on Tuesday.\n>\n> REUTER\n\nWe will see.\n",
     {"title": "Norway salmon farmers cut exports to EU", "agencies": ["Reuters"], "cities": ["Bergen"]},
     "a Usenet reply quoting the story with '>' under a quoted question: the story's headline is the title"),
    ("clarinet-post.txt",
     "Path: news.example.edu!clarinet!clarinews\nFrom: clarinews@clarinet.com (By JO ROE, Associated Press "
     "Writer)\nNewsgroups: clari.news.weather\nSubject: Hail flattens wheat in Kansas\n"
     "Message-ID: <hail-0611@clarinet.com>\nDate: Fri, 11 Jun 93 17:02:40 CDT\n\n\tSALINA, Kan. (AP) -- A hail "
     "storm flattened wheat fields across central Kansas on Friday, days before harvest.\n",
     {"title": "Hail flattens wheat in Kansas", "reporters": ["Jo Roe"], "agencies": ["AP"], "cities": ["Salina"]},
     "a ClariNet post: the From header's comment is the story's byline"),
    ("clarinet-upi-indented.txt",
     "Path: clarinet!clarinews\nFrom: clarinews@clarinet.com (UPI)\nNewsgroups: clari.news.transport\n"
     "Subject: Barge traffic halted on upper Mississippi\nDate: Tue, 04 Feb 92 11:40:12 CST\n"
     "Organization: Copyright 1992 by United Press International\nMessage-ID: <barge-0204@clarinet.com>\n\n"
     "\tST. PAUL, Minn. (UPI) -- Thick ice on the upper Mississippi River stopped\nbarge traffic north of "
     "the locks on Tuesday, shippers said.\n\tBy ELLA MARSH\n\tUnited Press International\n"
     + "".join(f"\tThe {n} paragraph of the story tells of tugboats, grain elevators and\nfarmers who wait "
               "for the thaw to move their harvest south.\n"
               for n in ("second", "third", "fourth", "fifth", "sixth", "seventh", "eighth")),
     {"title": "Barge traffic halted on upper Mississippi", "reporters": ["Ella Marsh"], "agencies": ["UPI"],
      "cities": ["St. Paul"]},
     "UPI's ClariNet post, paragraphs indented instead of parted by blank lines: the byline and the "
     "agency's line under the lead are a paragraph of their own, far from the copy's end"),
    ("afp-7901-no-zczc.txt",
     "AFP-EN 0233 4 EUX /AFP-PL08\nSpain-drought-farming\nOlive growers in Andalusia brace for thin harvest\n"
     "   by Lucia Moreno\n   SEVILLE, Oct 6, 2012 (AFP) - Olive growers across Andalusia expect one of the "
     "thinnest harvests in a decade after a summer without rain, their union said on Saturday.\n"
     "lm/dh\nAFP 061130 GMT OCT 12\n",
     {"title": "Olive growers in Andalusia brace for thin harvest", "published": "2012-10-06T11:30:00+00:00",
      "agencies": ["AFP"], "cities": ["Seville"], "reporters": ["Lucia Moreno"]},
     "an AFP 7901 transmission without ZCZC: its service header is no title"),
    ("reuter-1997-tail.txt",
     "RTRS-Belgian brewers lift exports to France\n    BRUSSELS, Feb 11 (Reuter) - Belgian brewers sold more "
     "beer in France last year than ever before, their federation said on Tuesday.\n    Sales at home slipped "
     "for a fifth year.\nReut09:48 02-11-97\n",
     {"title": "Belgian brewers lift exports to France", "published": "1997-02-11T09:48:00",
      "agencies": ["Reuters"], "cities": ["Brussels"]},
     "Reuters copy as received in 1997: the routing code off the title, the tail read month first"),
    ("pa-2006-header.txt",
     "HHHHH NEWS Flood Warning  09/01/2006  07:55\n\nRIVER SEVERN FLOOD WARNINGS ISSUED\nBy Rhian Owen, PA News\n\n"
     "Flood warnings were issued for the River Severn at Shrewsbury and Bewdley this morning after a night "
     "of heavy rain.\n\nThe Environment Agency said levels would peak tomorrow.\n\nends\n",
     {"title": "RIVER SEVERN FLOOD WARNINGS ISSUED", "published": "2006-01-09T07:55:00", "agencies": ["PA"],
      "reporters": ["Rhian Owen"]},
     "PA's header line gives the filing time; the caps headline under it is the title"),
    ("nexis-uni-danish.txt",
     "Dokument 2 af 9\n\nHavnen i Esbjerg udvider kajen\n\nRitzaus Bureau\n\n4. marts 2016 fredag 10:05 AM GMT\n\n"
     "Copyright 2016 Ritzau All Rights Reserved\n\nSection: INDLAND\n\nLength: 120 words\n\n"
     "Byline: Mette Lund/ritzau/\n\nBody\n\nHavnen i Esbjerg får 300 meter ny kaj, oplyser havnen fredag. "
     "Arbejdet begynder til sommer og skal være færdigt om to år.\n\nLoad-Date: March 5, 2016\n",
     {"title": "Havnen i Esbjerg udvider kajen", "reporters": ["Mette Lund"], "agencies": ["Ritzau"],
      "published": "2016-03-04T10:05:00+00:00"},
     "a Nexis Uni export in Danish ('Dokument 2 af 9'): its labels are read, 'Byline:' names the reporter"),
    ("factiva-stt.txt",
     "HD\nTurun satama laajentaa laituria\nWC\n98 sanaa\nPD\n3 maaliskuuta 2020\nET\n09:15\nSN\n"
     "STT-Info / Suomen Tietotoimisto\nSC\nFNBSTT\nLA\nSuomi\nCY\n(c) 2020 Suomen Tietotoimisto STT\nLP\n"
     "Turun satama rakentaa uuden laiturin matkustajalautoille, kertoi satama tiistaina.\n\nTyöt alkavat "
     "syksyllä.\nTD\nLaituri valmistuu vuonna 2022.\n\nSTT\nAN\nAsiakirja FNBSTT0020200303eg3300011\n",
     {"title": "Turun satama laajentaa laituria", "agencies": ["STT"], "reporters": [],
      "published": "2020-03-03T09:15:00"},
     "a Factiva export of STT copy: its source line names no reporter"),
    ("briefing.eml",
     "From: \"Harbour Markets Briefing\" <news@harbourbriefing.example.com>\nTo: archive@example.org\n"
     "Subject: Your Thursday briefing: copper, plus the week ahead\nDate: Thu, 9 Mar 2023 06:45:00 +0000\n"
     "MIME-Version: 1.0\nContent-Type: text/plain; charset=\"utf-8\"\n\nView this email in your browser\n\n"
     "HARBOUR MARKETS BRIEFING | Thursday 9 March 2023\n\nTOP STORY\n\nChile copper output slips as mines "
     "face water curbs\n\nMarch 8, 2023 3:10 PM GMT\n\nSANTIAGO, March 8 (Reuters) - Copper output in Chile "
     "fell in January as water limits slowed work at two big mines, the statistics agency said on Wednesday."
     "\n\nReporting by Ana Ferreyra; editing by Tom Walsh\n\n---\nYou are receiving this email because you "
     "subscribed.\n",
     {"title": "Chile copper output slips as mines face water curbs", "published": "2023-03-08T15:10:00+00:00",
      "updated": None, "reporters": ["Ana Ferreyra"], "editors": ["Tom Walsh"]},
     "a newsletter mail: its banner is no title, its masthead's day (the mail's) no date of the story"),
    ("destaques.eml",
     "From: Agency Newsletter <newsletter@agencia.example.pt>\nTo: arquivo@example.pt\n"
     "Subject: Agência Notícias – Resumo do dia 4 de abril\nDate: Mon, 04 Apr 2022 18:00:00 +0000\n"
     "MIME-Version: 1.0\nContent-Type: text/plain; charset=\"UTF-8\"\n\nAGÊNCIA NOTÍCIAS – RESUMO DO DIA\n\n"
     "Porto de Sines bate recorde de contentores em março\n\n04 Abr 2022 14:20\n\nSines, 04 abr 2022 (Lusa) - "
     "O porto de Sines movimentou em março o maior número de contentores da sua história, anunciou hoje a "
     "administração portuária.\n\nLusa/Fim\n",
     {"title": "Porto de Sines bate recorde de contentores em março", "published": "2022-04-04T14:20:00",
      "agencies": ["Lusa"]},
     "a newsletter's name over its one story, the Subject's opening before the issue's day: no title"),
    ("dam-note.eml",
     "From: Desk <desk@example.org>\nTo: archive@example.org\nSubject: Dam opens on the Paraná 2 days early\n"
     "Date: Mon, 04 Apr 2022 18:00:00 +0000\nContent-Type: text/plain; charset=\"UTF-8\"\n\nDam opens\n\n"
     "ASUNCIÓN, April 4 (Reuters) - A new dam on the Paraná river opened two days ahead of schedule on Monday, "
     "the energy ministry said.\n",
     {"title": "Dam opens"},
     "...but a headline the Subject opens with, over the dateline, stays the title"),
    ("monitor-fyi-header.eml",
     "From: \"Trade Desk\" <trade.desk@consulate-mail.example.la>\nTo: \"Partners\" <partners@consulate-mail.example.la>\n"
     "Subject: Media monitor: new bridge over the Mekong at Pakse\nDate: Tue, 14 Aug 2018 09:05:11 +0700\n"
     "MIME-Version: 1.0\nContent-Type: text/plain; charset=\"utf-8\"\n\n"
     "For your information, please find below an item from the Lao news agency.\n\n"
     "New bridge over the Mekong opens at Pakse\n\nKhaosan Pathet Lao (KPL) | 13/08/2018 - 16:45 (GMT+7)\n\n"
     "Pakse (KPL) - A second road bridge over the Mekong at Pakse opened to traffic on Monday, cutting the "
     "crossing time for trucks bound for the Thai border.\n\nThe bridge took four years to build.\n",
     {"title": "New bridge over the Mekong opens at Pakse", "published": "2018-08-13T16:45:00+07:00",
      "agencies": ["KPL"], "cities": ["Pakse"]},
     "a forwarder's 'For your information' note is no copy; the header's agency by its full and short "
     "names beside the stamp dates the story, not the mail"),
]


parsed, test_transmission_fields_through_the_cli = cli_field_tests(STORIES, "transmissions")
