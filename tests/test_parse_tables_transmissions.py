"""Table tests for plain wire transmissions, database exports and mailed newsletters: the
service header lines above a headline, the end stamps below the copy, an export's source
and byline lines, a newsletter's banner. One row per shape; every story is invented."""
from __future__ import annotations

from tablerows import check_story, rows

# (story text, {field: value}, why)
TRANSMISSIONS = [
    ("ANP 11/09/97 09H47  BIN  FR\n\nGREVE DES DOCKERS AU PORT D'ANVERS\n\nANVERS 11 sep (ANP) = Les dockers du "
     "port ont cesse le travail jeudi matin pour protester contre un projet de reforme de leur statut.\n",
     {"published": "1997-09-11T09:47:00", "cities": ["Anvers"]},
     "a teletype header's French time with its capital hour mark between the day and the desk codes"),
    ("ANP 11/09/97 9h47 BIN FR\n\nGREVE DES DOCKERS AU PORT D'ANVERS\n\nANVERS 11 sep (ANP) = Les dockers du "
     "port ont cesse le travail jeudi matin contre un projet de reforme.\n",
     {"published": "1997-09-11T09:47:00"}, "...and in lower case, the hour of one figure"),
    ("A214NX\n\nCANAL LOCKS TO CLOSE FOR REPAIRS\n\nALBANY, N.Y., OCT. 8 (AP) -- THE STATE WILL CLOSE SIX LOCKS "
     "ON THE BARGE CANAL NEXT MONTH FOR THE FIRST FULL REPAIRS SINCE THE WAR, THE PUBLIC WORKS OFFICE SAID TODAY.\n\n"
     "KM0931AED 10/8/58\n",
     {"title": "CANAL LOCKS TO CLOSE FOR REPAIRS", "published": "1958-10-08"},
     "AP's teletype sign-off, operator, time and zone code, then the day: '58' is 1958, never 2058"),
    ("A214NX\n\nCANAL LOCKS TO CLOSE FOR REPAIRS\n\nALBANY, N.Y., OCT. 8 (AP) -- THE STATE WILL CLOSE SIX LOCKS "
     "ON THE BARGE CANAL NEXT MONTH, THE PUBLIC WORKS OFFICE SAID TODAY.\n\nKM0931AED 10/8/08\n",
     {"published": "2008-10-08"}, "...a year of this century that is past stays in it"),
    ("APR-17-1997 16:40        FROM LUSAKA OFFICE         TO 0044 181 555 2870        P.01/03\n\n"
     "     ### FAXED COPY -- ARCHIVE SET -- NOT FOR RESALE ###\n\nZambia copper output rises in first "
     "quarter\n\nLUSAKA, April 15 (Reuter) - Zambia's copper output rose nine percent in the first "
     "quarter as two refurbished smelters came back on line, the mines ministry said on Tuesday.\n",
     {"title": "Zambia copper output rises in first quarter", "cities": ["Lusaka"], "published": "1997-04-15"},
     "a fax machine's header line gives the year; the dateline's earlier day, within the week, is the story's"),
    ("17/04/97 16:40   FAX 260 1 555 021   PAGE 1\n\n*** TELECOPIE -- SERVICE DOCUMENTATION ***\n\n"
     "Zambia copper output rises in first quarter\n\nLUSAKA, April 17 (Reuter) - Zambia's copper output "
     "rose nine percent in the first quarter, the mines ministry said on Thursday.\n",
     {"title": "Zambia copper output rises in first quarter", "cities": ["Lusaka"], "published": "1997-04-17"},
     "...day first with a page word; a banner between rows of stars is neither a title nor a dateline"),
    ("              Internet Gopher Information Client v2.0.16\n\n              Wire Services/Xinhua/1994-07/940712.11"
     "\n\nRice harvest begins early in Hunan\n\nCHANGSHA, July 12 (Xinhua) -- Farmers in central Hunan began "
     "bringing in the early rice crop a week ahead of the usual date, the provincial farm bureau said today.\n",
     {"title": "Rice harvest begins early in Hunan", "cities": ["Changsha"], "published": "1994-07-12"},
     "a Gopher client's banner and the menu's path over the item: no title, no place; the year's folder dates it"),
    ("AFP-EN 0412 4 EUX /AFP-KT21\nPortugal-fishing-quotas\nSardine boats stay in port over quota row\n"
     "   LISBON, March 3, 2011 (AFP) - Sardine boats along the Portuguese coast stayed in port on Thursday "
     "in a row over catch limits.\nrb/jm\nAFP 031422 GMT MAR 11\n",
     {"title": "Sardine boats stay in port over quota row", "published": "2011-03-03T14:22:00+00:00"},
     "an AFP 7901 header with its service before the number ('AFP-EN 0412'), no ZCZC: no title"),
    ("UK-US 200 JOBS GO AT PLANT\n\nLONDON, March 3 (Reuters) - Two hundred jobs will go at the plant.\n",
     {"title": "UK-US 200 JOBS GO AT PLANT"},
     "...but a caps headline with a figure, and no slash code at its end, stays the title"),
    ("Copper stocks fall at Rotterdam warehouses\n    ROTTERDAM, April 9 (Reuter) - Copper stocks in Rotterdam "
     "warehouses fell for a third week, traders said on Wednesday.\n    Zinc stocks were steady.\n"
     "Reut14:05 04-09-97\n",
     {"published": "1997-04-09T14:05:00", "agencies": ["Reuters"]},
     "Reuters' teletype tail, month first: the dateline's 'April 9' says which number is the day"),
    ("SAILING-REGATTA RESULTS\n\nKIEL, Germany, June 3 (Reuter) - Results of the regatta on Friday.\n\n"
     "REUTER\n Rtr 18:10 06-03-94\n",
     {"published": "1994-06-03T18:10:00"},
     "...and its shorter 'Rtr' tail"),
    ("Copper stocks fall at Rotterdam warehouses\n    ROTTERDAM, April 9 (Reuter) - Copper stocks fell "
     "again, traders said on Wednesday.\nReut14:05 04-10-97\n",
     {"published": "1997-10-04T14:05:00"},
     "...a stamp that gives neither order of the dateline's day is left as the date reader reads it"),
    ("RTRS-Canal tolls to rise in Panama\n    PANAMA CITY, May 6 (Reuter) - The canal authority will raise "
     "tolls next year, it said on Tuesday.\n",
     {"title": "Canal tolls to rise in Panama"},
     "Reuters' routing code glued to a received headline is no part of it"),
    ("UPDATE 2-Canal tolls to rise in Panama\n\nPANAMA CITY, May 6 (Reuters) - The canal authority will raise "
     "tolls next year, it said on Tuesday.\n",
     {"title": "UPDATE 2-Canal tolls to rise in Panama"},
     "...while the desk's version prefix stays"),
    ("HHHHH NEWS Bridge Closure  05/03/2007  09:41\n\nSevern bridge shut to lorries in high winds\n"
     "By Anna Leigh, PA News\n\nLorries were banned from the Severn bridge this morning as winds reached "
     "70mph.\n\nends\n",
     {"title": "Severn bridge shut to lorries in high winds", "published": "2007-03-05T09:41:00",
      "reporters": ["Anna Leigh"], "agencies": ["PA"]},
     "PA's header line: its mark, service and slug, then the day and the time it was filed, set apart by gaps"),
    ("HHHHH SPORT Cricket  25/06/2005  18:02\n\nDurham collapse on second day\n\nDurham lost eight wickets "
     "for 60 runs on the second day at Chester-le-Street.\n\nends\n",
     {"title": "Durham collapse on second day", "published": "2005-06-25T18:02:00"},
     "...its sport service, a day above 12"),
    ("RTRS  12.03.2004  14:05 GMT  [DE]  DEUTSCHLAND/HAFEN BREMEN\nHafen Bremen meldet Rekordumschlag\n\n"
     "   Bremen (Reuters) - Der Hafen Bremen hat im vergangenen Jahr so viele Container umgeschlagen wie nie "
     "zuvor.\n   Das teilte die Hafengesellschaft am Freitag mit.\n",
     {"title": "Hafen Bremen meldet Rekordumschlag", "published": "2004-03-12T14:05:00+00:00",
      "cities": ["Bremen"]},
     "a terminal's header: the service's code, then the day (dotted), time and zone, the language and the slug"),
    ("APA  05.12.2011  16:40 MEZ  [DE]  OESTERREICH/BAHN\nWestbahn bekommt neue Zuege\n\n"
     "Wien (APA) - Die Bahn hat am Montag zwoelf neue Zuege fuer die Westbahn bestellt.\n",
     {"published": "2011-12-05T16:40:00+01:00"},
     "...another service's code and a local zone"),
    ("الكويت تمدد ساعات عمل الميناء\n\nالكويت - 9 - 3 (كونا) -- مددت مؤسسة الموانئ اليوم ساعات العمل في ميناء "
     "الشويخ لتخفيف الازدحام.\n(النهاية)\nم ح / ر ع\nكونا091047 جمت مارس 19\nNNNN\n",
     {"published": "2019-03-09T10:47:00+00:00", "agencies": ["KUNA"]},
     "KUNA's Arabic tail with the agency glued to its day-time group and the month's full name"),
    ("الكويت تفتتح مركزا صحيا جديدا\n\nالكويت - 18 - 3 (كونا) -- افتتحت وزارة الصحة اليوم مركزا صحيا جديدا في "
     "منطقة الجهراء لخدمة سكان الأحياء الجديدة.\n(النهاية)\nس ع / م ن\nكونا181320 جمت مار 21\n",
     {"published": "2021-03-18T13:20:00+00:00", "agencies": ["KUNA"]},
     "...and with March cut to three letters, as the stamp cuts every month"),
    ("KONYA SEKER FABRIKASI KAPASITE ARTIRIYOR\n\nKONYA (AA) - KONYA SEKER FABRIKASINA EKLENECEK YENI "
     "UNITE ILE GUNLUK PANCAR ISLEME KAPASITESI IKI KATINA CIKACAK.\n\n(AA) 04.11.1983 0920\n",
     {"published": "1983-11-04T09:20:00", "agencies": ["Anadolu"]},
     "an old closing stamp: the agency in brackets, the day first and dotted, the time it was sent"),
    ("KONYA SEKER FABRIKASI KAPASITE ARTIRIYOR\n\nKONYA - KONYA SEKER FABRIKASINA EKLENECEK YENI "
     "UNITE ILE GUNLUK PANCAR ISLEME KAPASITESI IKI KATINA CIKACAK.\n\n(TK) 04.11.1983 0920\n",
     {"published": "1983-11-04", "agencies": []},
     "...but letters no agency's in the bracket make no agency's stamp (its day alone is read)"),
    ("Port extends its hours\n\nKUWAIT, March 9 (KUNA) -- The port authority extended working hours at "
     "Shuwaikh port on Saturday.\nmh.ta\nKUNA091047 GMT Mar 19\n",
     {"published": "2019-03-09T10:47:00+00:00"},
     "...the same glued stamp in Latin letters"),
    ("新华社 2016-04-21 09:15:40\n\n武汉长江大桥完成年度检修\n\n新华社武汉4月21日电（记者 王立新）武汉长江大桥年度检修工作"
     "21日全部完成，桥面交通恢复正常。（完）\n",
     {"title": "武汉长江大桥完成年度检修", "published": "2016-04-21T09:15:40", "agencies": ["Xinhua"],
      "cities": ["武汉"]},
     "Xinhua's feed header line: the agency, then the day and time it was sent, no brackets"),
    ("PAP Serwis Ekonomiczny | 07.03.2019 14:20\n\nPort w Szczecinie notuje rekordowe przeładunki\n\n"
     "Szczecin (PAP) - Port w Szczecinie przeładował w lutym najwięcej towarów w swojej historii - "
     "poinformował w czwartek zarząd portu.\n\nAutor: Piotr Nowacki\n\nEdytor: Anna Kwiecień\n\n(PAP)\n",
     {"reporters": ["Piotr Nowacki"], "editors": ["Anna Kwiecień"], "agencies": ["PAP"],
      "published": "2019-03-07T14:20:00"},
     "PAP's feed print: its service beside the date is no author; 'Edytor:' names the editor"),
    ("Jan Kowalski | 07.03.2019 14:20\n\nPort w Szczecinie notuje rekordowe przeładunki\n\n"
     "Szczecin (PAP) - Port w Szczecinie przeładował w lutym najwięcej towarów w swojej historii.\n",
     {"reporters": ["Jan Kowalski"]},
     "...while a name beside the date is still the author"),
    ("Hafen Hamburg meldet mehr Container\n\nHamburg, 05. Feb (Reuters) - Der Hamburger Hafen hat im Januar mehr "
     "Container umgeschlagen als ein Jahr zuvor.\n\n(Reporterin: Jana Brück; redigiert von Uwe Falk)\n",
     {"reporters": ["Jana Brück"], "editors": ["Uwe Falk"]},
     "Reuters German's closing credit with the feminine 'Reporterin:' opens a credit line"),
    ("Turun satama laajentaa laituria\n\n3 maaliskuuta 2020\n\nSTT-Info / Suomen Tietotoimisto\n\n"
     "Turun satama rakentaa uuden laiturin matkustajalautoille, kertoi satama tiistaina.\n",
     {"agencies": ["STT"], "reporters": [], "cities": []},
     "Factiva's source line of STT's service and the agency's full name: no reporter, no place"),
    ("Puerto de Sevilla amplía su muelle\n\nEFE / Sevilla\n\nEl puerto de Sevilla ampliará su muelle de "
     "cruceros, informó el martes la autoridad portuaria.\n",
     {"agencies": ["EFE"], "cities": ["Sevilla"]},
     "...while an agency and its desk's place stay read as before"),
    ("View this email in your browser\n\nTOP STORY\n\nChile copper output slips as mines face water curbs\n\n"
     "SANTIAGO, March 8 (Reuters) - Copper output in Chile fell in January, the statistics agency said.\n",
     {"title": "Chile copper output slips as mines face water curbs"},
     "a newsletter's banner line is no title"),
    # a terminal's stamp line with the month's name, or the stamp before the service's code
    ("RTRS  14-Mar-2019 09:22:41 GMT  [KRON.ST]\nBRIEF-Kronvik Paper lifts Q4 dividend by 8 pct\n\n"
     "March 14 (Reuters) - Kronvik Paper AB:\n    * SAYS BOARD PROPOSES DIVIDEND OF SEK 5.40 PER SHARE\n",
     {"title": "BRIEF-Kronvik Paper lifts Q4 dividend by 8 pct", "published": "2019-03-14T09:22:41+00:00"},
     "a terminal's service code, then its day with the month's name and the second: the filing time"),
    ("09-Oct-2024 11:30 GMT  RTRS  TEXTILES-MERGER/ (EXCLUSIVE)\nEXCLUSIVE-Two loom makers explore a merger - sources\n\n"
     "By Ada Brennan\n\nMILAN, Oct 9 (Reuters) - Two Italian loom makers are exploring a tie-up, four people "
     "with knowledge of the plan said.\n",
     {"title": "EXCLUSIVE-Two loom makers explore a merger - sources", "published": "2024-10-09T11:30:00+00:00"},
     "the stamp first, the service's code and slug after it"),
    ("2021-06-15 22:05 GMT  RTRS LATAM\nCobre de Chile sube por tercera sesión\n\n"
     "SANTIAGO, 15 jun (Reuters) - El precio del cobre subió el martes por tercera sesión consecutiva.\n",
     {"title": "Cobre de Chile sube por tercera sesión", "published": "2021-06-15T22:05:00+00:00"},
     "an ISO stamp before the service's code and desk"),
    ("<GO>  BFW 2017-03-02 14:08:12 NEWS  Page 1/3\n\nCopper Smelters Trim Output as Ore Shipments Lag\n"
     "By Oskar Lindqvist\n(Bloomberg) --\n\nTwo copper smelters in northern Europe cut output this week "
     "after ore deliveries ran late, people familiar with the matter said.\n",
     {"title": "Copper Smelters Trim Output as Ore Shipments Lag", "published": "2017-03-02T14:08:12"},
     "a terminal screen's header, the key that called it up first: the service's stamp is the filing time"),
    ("<MENU>  2011-11-30 09:41 GMT  TOP  Page 2/4\n\nPort Strike Halts Grain Loadings in South\n\n"
     "Dockworkers walked off the job at three southern ports on Wednesday, halting grain loadings.\n",
     {"title": "Port Strike Halts Grain Loadings in South", "published": "2011-11-30T09:41:00+00:00"},
     "...with no service code, and with its zone"),
    ("RTRS -- EU STEEL/QUOTAS (UPDATE 1)\nFirst published: 2022-02-01 10:02 GMT\n\n"
     "UPDATE 1-EU weighs tighter steel import quotas\n\nBy Ola Berg\n\nBRUSSELS, Feb 1 (Reuters) - The European "
     "Commission is weighing tighter quotas on steel imports, officials said on Tuesday.\n",
     {"title": "UPDATE 1-EU weighs tighter steel import quotas"},
     "a terminal's slug line (service code, double dash, slug in capitals) is no headline"),
    ("ZCZC2231/SXA\nR POL S0A QBXB\nGoverno: vertice sulla manovra, intesa vicina\n"
     "(ANSA) - ROMA, 4 OTT - Vertice a Palazzo Chigi sulla legge di bilancio.\n",
     {"title": "Governo: vertice sulla manovra, intesa vicina"},
     "ANSA's selector line (priority, desk, codes) is no headline"),
    ("DJ ANLEIHEN/Bundrenditen steigen vor Auktion\n\nVon Karla Timm\n\nFRANKFURT (Dow Jones)--Die Renditen "
     "der Bundesanleihen ziehen am Dienstag an.\n\n(END) Dow Jones Newswires\n",
     {"title": "ANLEIHEN/Bundrenditen steigen vor Auktion"},
     "Dow Jones' terminal code 'DJ ' over its own copy is no part of the headline"),
    ("Petrolera eleva su producción en Mendoza\n\n(Agrega comentarios de analistas en párrafos 5-6)\n\n"
     "Por Inés Varela\n\nBUENOS AIRES, 7 abr (Reuters) - Una petrolera elevó su producción en Mendoza.\n\n"
     "(Información de Inés Varela; información adicional de Hugo Salas en Rosario; Editado por Ana Ruiz)\n",
     {"title": "Petrolera eleva su producción en Mendoza", "reporters": ["Inés Varela", "Hugo Salas"]},
     "Reuters Spanish's version note is no headline; 'en' (Spanish 'in') before a place ends a name"),
    ("Porto de Santos amplia terminal\n\n(Acrescenta declarações do ministro)\n\n"
     "SÃO PAULO, 2 mai (Reuters) - O porto de Santos vai ampliar um terminal de contêineres.\n",
     {"title": "Porto de Santos amplia terminal"},
     "Reuters Portuguese's version note is no headline"),
    ("Haven Rotterdam verwerkt meer containers\n\nROTTERDAM (ANP) - De haven van Rotterdam heeft in het "
     "eerste kwartaal meer containers verwerkt dan een jaar eerder, meldde het havenbedrijf dinsdag.\n\n"
     "Tekst: Joost Verhagen en Marit Smulders\n",
     {"reporters": ["Joost Verhagen", "Marit Smulders"]},
     "...while Dutch 'en' between two names still joins two people"),
    ("新华财经 | 2024-11-05 14:20\n上海港集装箱吞吐量创新高\n\n新华财经上海11月5日电（记者陈思远）上海港10月集装箱吞吐量同比增长百分之八，"
     "再创历史新高。\n",
     {"agencies": ["Xinhua"], "cities": ["上海"], "reporters": ["陈思远"]},
     "Xinhua's finance service opens its dateline under its own name: the agency, the place, the reporter"),
    ("中新经纬北京6月2日电（记者赵一鸣）北京市5月新能源汽车销量同比增长两成，市场信心持续回升，多家车企加快布局。\n",
     {"agencies": ["China News Service"], "cities": ["北京"], "reporters": ["赵一鸣"]},
     "...and China News Service's"),
    ("BROADCAST | AGÊNCIA ESTADO\n14/09/2020 17:40:12\n\nDólar recua com fluxo estrangeiro\n\nPor Tiago Moura\n\n"
     "Recife, 14/09/2020 - O dólar encerrou a sessão desta segunda-feira em queda de 0,8%, cotado a R$ 5,31, "
     "com a entrada de recursos estrangeiros na bolsa.\n",
     {"reporters": ["Tiago Moura"], "cities": ["Recife"]},
     "a service's one word in capitals beside its agency is no reporter; Broadcast's dateline dates in figures"),
    ("ADN 0388  21.11.79  0940\nInland\n\nNeues Kraftwerk in Boxberg am Netz\n\nBoxberg (ADN). Ein weiterer "
     "Block des Kraftwerks ist am Mittwoch ans Netz gegangen, teilte die Bauleitung mit.\n",
     {"title": "Neues Kraftwerk in Boxberg am Netz", "published": "1979-11-21T09:40:00", "agencies": ["ADN"]},
     "a teletype header of the agency's code, serial, day first and time: the filing time, no title"),
    ("TANJUG 07-10-88 1745\n\nNEW BRIDGE OPENS OVER THE SAVA\n\nZAGREB, OCT 7 (TANJUG) - A NEW ROAD BRIDGE "
     "OVER THE SAVA WAS OPENED TO TRAFFIC TODAY.\n",
     {"title": "NEW BRIDGE OPENS OVER THE SAVA", "published": "1988-10-07T17:45:00", "agencies": ["Tanjug"]},
     "...with no serial, the day in hyphens"),
    ("UPI 0733 06/04/81 1615\n\nSTORM CLOSES HIGHWAY\n\nDENVER, JUNE 4 (UPI) -- A LATE SNOWSTORM CLOSED "
     "THE INTERSTATE WEST OF HERE TODAY.\n",
     {"published": "1981-06-04T16:15:00"},
     "...an American agency's header writes the month first"),
    ("STT 419 KOT\n121650 MAR 83\n\nPAPERI-TEHDAS SULJETAAN KEMISSA\n\nKEMI (STT) PAPERITEHDAS SULJETAAN "
     "ENSI SYKSYNA, YHTIO ILMOITTI TANAAN.\n",
     {"title": "PAPERI-TEHDAS SULJETAAN KEMISSA", "published": "1983-03-12T16:50:00", "agencies": ["STT"]},
     "a serial header, then the day-time stamp on a line of its own, no agency beside it: the filing time"),
    ("DPA 088 WI 0311\n200915 MRZ 86\n\nWERFT IN KIEL MELDET KURZARBEIT AN\n\nKIEL (DPA) - DIE WERFT HAT "
     "FUER 900 BESCHAEFTIGTE KURZARBEIT ANGEMELDET.\n",
     {"published": "1986-03-20T09:15:00"},
     "...its month in DIN's three letters ('MRZ')"),
    ("EURO 2024\n\nHosts name squad for the finals\n\nBERLIN (Reuters) - The hosts named their squad on Monday.\n",
     {"agencies": ["Reuters"]},
     "a name and a year is no teletype header: no agency from it"),
    ("From: Keystone-ATS Alertes <alertes@news.example>\nSubject: [ATS] Lausanne: le métro m3 retardé\n"
     "Date: Fri, 14 Feb 2020 07:12:40 +0100\n\n"
     "KEYSTONE-ATS | Service régional romand\nAlerte abonnés - ne pas répondre à ce message\n\n"
     "Lausanne: le métro m3 retardé de deux ans\n\n"
     "Lausanne (ats) - La mise en service de la ligne m3 du métro lausannois est repoussée à 2032, "
     "a annoncé jeudi soir le Conseil d'Etat vaudois, en raison de recours contre le chantier.\n\n"
     "Le coût du projet reste estimé à 1,2 milliard de francs.\n\n"
     "Cet article a été diffusé sur le fil ATS le 13 février 2020 à 22:17.\n",
     {"title": "Lausanne: le métro m3 retardé de deux ans", "agencies": ["Keystone-ATS"],
      "published": "2020-02-13T22:17:00"},
     "a mailed alert: its no-reply notice is no title, the agency's older short name folds into the merged "
     "one, the closing note's time is the story's, not the mail's"),
    ("Il Consiglio approva la riforma\n\nBERNA (ats) - Il Consiglio nazionale ha approvato la riforma, "
     "dopo due giorni di dibattito in aula.\n\nQuesto articolo è stato pubblicato il 5 marzo 2021 alle 10:12\n",
     {"published": "2021-03-05T10:12:00"},
     "the closing note in Italian"),
    ("Le traversier reprend du service\n\nRIMOUSKI — Le traversier entre Rimouski et la Côte-Nord a repris "
     "ses traversées jeudi après trois semaines d'arrêt pour des réparations.\n\nLes réservations rouvrent "
     "lundi.\n\nCette dépêche a été publiée pour la première fois par La Presse Canadienne le 9 mars 2022.\n",
     {"published": "2022-03-09", "agencies": ["CP"]},
     "the Canadian Press's French closing note: 'pour la première fois' ('first') before the agency"),
    ("Harbour board settles with tug crews\n\nThe harbour board and the tug crews signed a new agreement "
     "after a month of talks.\n\nThis story was originally written in Samoan by Sina Leota and translated "
     "into English by Paul Vaifale.\n",
     {"translators": ["Paul Vaifale"]},
     "a note naming the original's writer, then the translator into English"),
    ("ZCZC\nMTI0412 3 BEL 0188\nKormány/vasút\n\nÚj vasútvonal épül Szegedig\n\nBudapest, 1993. március 4., "
     "csütörtök (MTI) - Új vasútvonal épül Szegedig, közölte csütörtökön a minisztérium szóvivője.\n\n"
     "A beruházás két évig tart.\n\n(MTI)\nKa/Ve\n930304 1105\nNNNN\n",
     {"title": "Új vasútvonal épül Szegedig", "published": "1993-03-04T11:05:00", "agencies": ["MTI"]},
     "MTI's closing stamp under the desk's initials: the year, month and day run together, then the time"),
    ("Vita di quartiere\n\nROMA (ANSA) - Il comune ha approvato il piano, con 31 voti a favore.\n\n"
     "Telefono 061234 5678\n",
     {"published": None},
     "...six figures and four after a word are no stamp"),
    ("TT EKONOMI  12.03.95  09.41\nPRIO 3\n\nKronan stärks mot D-marken\n\nSTOCKHOLM (TT) Kronan stärktes "
     "på torsdagen mot D-marken efter beskedet från Riksbanken.\n\n/TT/ ab cd\n",
     {"title": "Kronan stärks mot D-marken", "published": "1995-03-12T09:41:00", "agencies": ["TT"]},
     "a teletype header with the desk's word in capitals between the agency and the day and time"),
    ("TT Ekonomi 12.03.95 09.41\n\nKronan stärks mot D-marken\n\nSTOCKHOLM (TT) Kronan stärktes "
     "på torsdagen mot D-marken.\n",
     {"title": "Kronan stärks mot D-marken", "agencies": ["TT"]},
     "...a title-case word there is read by the other head rules, no teletype header"),
    ("AP-NR-10-04-88 0652EDT\nr i AM-Ferry Fire, Bjt,0388\n^AM-Ferry Fire, Bjt,0388^\n"
     "^Fire Forces Ferry Back to Port^\n^Eds: ADDS passenger quotes, grafs 5-6^\n^By ROSA DELGADO=^\n"
     "^Associated Press Writer=^\n"
     "    SEATTLE (AP) _ A car ferry carrying about 300 passengers turned back to port Tuesday after a small "
     "fire broke out in its engine room, the state ferry system said.\n",
     {"title": "Fire Forces Ferry Back to Port", "published": "1988-10-04T06:52:00-04:00",
      "reporters": ["Rosa Delgado"], "agencies": ["AP"], "cities": ["Seattle"]},
     "AP's transmission stamp over header lines framed by carets, the byline's quad mark before the closing caret"),
    ("AP-NR-14-04-88 0652EDT\n\nFire Forces Ferry Back to Port\n\n"
     "    SEATTLE (AP) _ A car ferry turned back to port Tuesday after a small fire in its engine room.\n",
     {"title": "Fire Forces Ferry Back to Port", "published": None},
     "...a stamp whose month is no month dates nothing"),
    ("Reading list - saved item\nSaved: 3/2/2016\n\n------------------\n\nAP-NY-05-06-95 0915EDT\n\n"
     "Town votes to keep its library open\n\nBy MARA QUINN\nAssociated Press Writer\n\n"
     "   DOVER, Del. (AP) _ Voters in a small town chose by a wide margin on Saturday to raise a local tax "
     "rather than close their only public library.\n",
     {"title": "Town votes to keep its library open", "published": "1995-05-06T09:15:00-04:00"},
     "...the stamp under a reader's note: the date of last resort, the headline still the one under it"),
]


@rows(TRANSMISSIONS)
def test_transmissions(text, expected, why):
    check_story(text, expected)
