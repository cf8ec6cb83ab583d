"""Heads, stamps and datelines of wire copy through the real command: story files in a folder,
`wire parse --format jsonl` run as its own process, each record checked against the fields
the story gives.

The rules have their rows in test_parse_tables.py (DATES, DATE_PARTS, DATELINES, ENTITIES,
WIRE_HEADS); these stories carry the shapes as files do. Every story is invented.
"""
from __future__ import annotations


from wirerun import cli_field_tests

# (file name, text, {field: value}, why)
STORIES = [
    ("section-over-byline.txt",
     "Sheep farmers count the cost of a wet spring\n\nNew Zealand\n\nBy Tane Whitfield, RNZ\n"
     "14 Oct, 2022 04:10 PM\n\nSheep farmers on the east coast say lambing losses are the worst in a "
     "decade after weeks of cold rain.\n\nSome farms lost a fifth of their lambs.\n",
     {"reporters": ["Tane Whitfield"]},
     "a country's name over the byline and the date is the page's section, no one's name"),
    ("agency-masthead-under-headline.txt",
     "Ferry operators told to fit new life rafts by June\n\nNAN - News Agency of Nigeria\n\n"
     "Calabar, March 3, 2021 (NAN) The maritime authority has told ferry operators on the Cross River "
     "to fit new life rafts to their boats by June.\n\nInspectors will visit every jetty in May.\n",
     {"cities": ["Calabar"], "agencies": ["NAN"]},
     "an agency's masthead under the headline, its short name before a dash, is no dateline"),
    ("kabar-masthead-over-headline.txt",
     "КАБАР — Кыргыз улуттук маалымат агенттиги\n09.05.2018 10:20 | Коом\n\nОш шаарында жаңы көпүрө ачылды\n\n"
     "Ош, 9-май. /Кабар/. Ош шаарында Ак-Буура дарыясынын үстүнөн жаңы жөө көпүрө курулуп бүттү.\n\n"
     "Көпүрөнүн узундугу 60 метр.\n",
     {"title": "Ош шаарында жаңы көпүрө ачылды", "agencies": ["Kabar"]},
     "Kabar's masthead, its short name before a dash and its full Kyrgyz name, is no headline"),
    ("dj-nickel.txt",
     "Nickel Futures Climb On Mine Strike Fears\n\n  By Tamsin Okafor\n  Of DOW JONES NEWSWIRES\n\n"
     "LONDON (Dow Jones)--Nickel rose for a third session on Wednesday as traders weighed the risk\n"
     "of a strike at two mines in the south of the island.\n\n"
     "Three-month nickel closed up $140 at $13,900 a metric ton.\n\n"
     "-By Tamsin Okafor, Dow Jones Newswires\n\n (END) Dow Jones Newswires\n\n 10-08-03 1126ET\n\n"
     " Copyright (c) 2003 Dow Jones & Company, Inc.\n",
     {"title": "Nickel Futures Climb On Mine Strike Fears", "published": "2003-10-08T11:26:00-04:00",
      "agencies": ["Dow Jones"], "cities": ["London"], "reporters": ["Tamsin Okafor"]},
     "Dow Jones: the affiliation line is no title, the end stamp is month first in Eastern time"),
    ("mti-tram.txt",
     "Szeged extends tram line to the university campus\n\n2019. október 15., kedd 09:40\n\n"
     "Szeged, October 15 (MTI) - The city of Szeged will extend its second tram line to the new\n"
     "university campus by 2022, the mayor said on Tuesday.\n\nThe work is to cost some 8 billion forints.\n",
     {"title": "Szeged extends tram line to the university campus", "published": "2019-10-15T09:40:00",
      "agencies": ["MTI"], "cities": ["Szeged"]},
     "MTI: a Hungarian date line, year first"),
    ("routed-teletype.txt",
     "FOR: AAP MELBOURNE / ADELAIDE\nFROM: NZPA AUCKLAND\nAAP-NZPA 14/05/97 0915 NZST\nGEN:FERRIES\n\n"
     "Harbour ferry fares frozen for winter\n\n  AUCKLAND, May 14 AAP-NZPA - Fares on the city's harbour "
     "ferries will stay at their summer level until September, the regional council said today.\n"
     "  The council had planned a rise of 20 cents a trip from June.\n",
     {"title": "Harbour ferry fares frozen for winter", "cities": ["Auckland"]},
     "a teletype message's routing lines ('FOR:', 'FROM:') above its header are no headline"),
    ("feed-header.txt",
     "ZCZC\nSERVICE: GEN\nID: tag:feed.example,2023:item_R7T1:2\nPRIORITY: 3\nCREATED: 20231102T071500Z\n"
     "VERSIONCREATED: 20231102T094500Z\nSLUG: KENYA-TEA/AUCTION\nLANG: en\n\nKenya tea prices firm at "
     "weekly auction\n\nNAIROBI (Reuters) - Prices of Kenyan tea rose at this week's auction in Mombasa as\n"
     "buyers from Pakistan and Egypt returned, brokers said on Thursday.\n\nNNNN\n",
     {"title": "Kenya tea prices firm at weekly auction", "published": "2023-11-02T07:15:00+00:00",
      "updated": "2023-11-02T09:45:00+00:00", "cities": ["Nairobi"], "agencies": ["Reuters"]},
     "a wire header written out as text: created and version times"),
    ("kyodo-1998.txt",
     "Sendai to open new fish market in spring\n\n2 Oct 98 11:05 JST\n\nSENDAI, Oct. 2 Kyodo - The city "
     "of Sendai said Friday it will open a new\nwholesale fish market next spring.\n\n==Kyodo\n",
     {"title": "Sendai to open new fish market in spring", "published": "1998-10-02T11:05:00+09:00",
      "agencies": ["Kyodo"], "cities": ["Sendai"]},
     "a two-digit year in old copy"),
    ("aap-entities.txt",
     "Ferry &amp; Bus Co&#8217;s fares rise &#8220;modestly&#8221;\n\nMay 12, 2010 - 3:15PM AEST\n\n"
     "HOBART, May 12 AAP - Ferry &amp; Bus Co will raise its fares by 3 per cent from July, the\n"
     "company&#8217;s chief said.\n\nAAP ab/cd\n",
     {"title": "Ferry & Bus Co’s fares rise “modestly”", "published": "2010-05-12T15:15:00+10:00",
      "body": "HOBART, May 12 AAP - Ferry & Bus Co will raise its fares by 3 per cent from July, the\n"
              "company’s chief said."},
     "entities left in a text file are decoded"),
    ("page-entities.html",
     '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Markup &amp;amp; meaning</title>'
     '</head><body><article><h1>Markup &amp;amp; meaning</h1><p>LONDON (Reuters) - A style guide for '
     'web editors says the code &amp;amp; must be written out when it is shown as text.</p>'
     '</article></body></html>',
     {"title": "Markup &amp; meaning"},
     "an HTML file's entities are decoded once, by its reader"),
    ("masthead-relative.txt",
     "Friday, 7 March 2025 | Dale Courier Online\n\nHome | News | Sport | Farming\n\nBridge weight limit "
     "cut after cracks found in arches\n\n5 hours ago\n\nBy Tobias Wrenfield\n\nA weight limit has been "
     "cut on the old stone bridge over the river\nafter inspectors found cracks in two of its arches, the "
     "county council\nsaid on Friday.\n\nLorries will be sent the long way round through the valley.\n",
     {"title": "Bridge weight limit cut after cracks found in arches", "published": "2025-03-07",
      "updated": None, "reporters": ["Tobias Wrenfield"]},
     "a masthead date and a relative stamp: the headline is the title"),
    ("hardwrap.txt",
     "Danish shipping group to buy two container terminals on the Baltic\ncoast\n\n"
     "Mon Jun 6, 2011 8:20am GMT\n\nCOPENHAGEN, June 6 (Reuters) - A Danish shipping group said on "
     "Monday it\nwould buy two container terminals on the Baltic coast.\n",
     {"title": "Danish shipping group to buy two container terminals on the Baltic coast",
      "published": "2011-06-06T08:20:00+00:00", "cities": ["Copenhagen"]},
     "a headline hard-wrapped onto two lines"),
    ("belga-namur.txt",
     "Namur rénove sa citadelle\n\nBelga - lundi 14 mai 2012 - 09:10\n\nNAMUR 14/05 (BELGA) = La ville de "
     "Namur a lancé lundi la rénovation des remparts de sa citadelle.\n\n(BELGA)\n",
     {"cities": ["Namur"], "agencies": ["Belga"], "published": "2012-05-14T09:10:00"},
     "Belga's numeric dateline"),
    ("interfax-kazan.txt",
     "В Казани откроют новую станцию метро\n\n3 марта 2025 10:15\n\nКазань. 3 марта. INTERFAX - Новую "
     "станцию метро в Казани откроют до конца года, сообщили в мэрии города в понедельник.\n",
     {"cities": ["Казань"], "agencies": ["Interfax"], "published": "2025-03-03T10:15:00"},
     "Interfax's dotted dateline"),
    ("interfax-regional.txt",
     "В Хабаровске открыли новый мост\n\n7 апреля 2016 года 11:05\n\nХАБАРОВСК. 7 апреля. ИНТЕРФАКС-ДАЛЬНИЙ "
     "ВОСТОК - Новый мост через протоку открыли в четверг в Хабаровске, сообщили в мэрии.\n\nДвижение "
     "по нему начнется в пятницу.\n",
     {"cities": ["Хабаровск"], "agencies": ["Interfax"], "published": "2016-04-07T11:05:00"},
     "Interfax's regional service in the dotted dateline"),
    ("afp-von.txt",
     "Marseille baut neue Straßenbahnlinie\n\nMittwoch, 5. Juni 2019, 10:20 Uhr\n\nVon Henrike Lassalle (AFP)"
     "\n\nMarseille (AFP) - Die Stadt Marseille will eine neue Straßenbahnlinie zum Hafen bauen. Das "
     "beschloss der Stadtrat am Mittwoch.\n",
     {"cities": ["Marseille"], "agencies": ["AFP"], "reporters": ["Henrike Lassalle"],
      "published": "2019-06-05T10:20:00"},
     "a 'Von' byline above the dateline is no dateline"),
    # datelines around agencies the vocabulary lacks, and their reporters
    ("kha-tr.txt",
     "Ankara'da yeni bir kent parkı açıldı\n\n05.03.2025 - 11:20\n\nDeniz KARA/ANKARA, (KHA)- Belediye, "
     "eski tren deposunun yerine yapılan parkı hafta sonu halka açtı.\n\nParkta bisiklet yolu ve çocuk "
     "oyun alanları bulunuyor.\n",
     {"title": "Ankara'da yeni bir kent parkı açıldı", "agencies": ["KHA"], "cities": ["Ankara"],
      "reporters": ["Deniz Kara"]},
     "a Turkish agency's dateline: the reporter before the slash, the city in capitals"),
    ("znp-fr.txt",
     "Korhogo : la foire agricole ouvre ses portes\n\nPublié le lundi 3 février 2025 à 10h05\n\n"
     "Korhogo, 3 fév 2025 (ZNP) – La foire agricole régionale a ouvert lundi avec plus de deux cents "
     "exposants venus du nord du pays.\n\nak/jk\n",
     {"agencies": ["ZNP"], "cities": ["Korhogo"], "published": "2025-02-03T10:05:00"},
     "an agency's initials after a dated place"),
    ("ata-sq.txt",
     "Durrësi nis rikonstruksionin e portit\n\n04/03/2025 10:40\n\nDurrës, 4 mars /ATA/ Arben Leka - "
     "Bashkia e Durrësit nisi sot punimet për rikonstruksionin e kalatës së vjetër të portit.\n",
     {"agencies": ["ATA"], "cities": ["Durrës"], "reporters": ["Arben Leka"]},
     "ATA's reporter after the agency's slashes"),
    ("ets-ur.txt",
     "کراچی میں نئی بس سروس شروع\n\nکراچی۔15مارچ (ای ٹی ایس): شہر میں آج سے نئی بس سروس شروع "
     "ہوگئی ہے جو ساحل کو ریلوے اسٹیشن سے ملائے گی۔\n",
     {"agencies": ["ای ٹی ایس"], "cities": ["کراچی"]},
     "Urdu: the full stop glued to the date, unknown initials in letters' names"),
    ("sana-ar.txt",
     "افتتاح جسر جديد في ريف اللاذقية\n\n2025-03-04\n\nاللاذقية-سانا\n\nافتتحت مديرية الطرق اليوم جسراً "
     "جديداً يربط قريتين في ريف المحافظة الشرقي.\n\nوقال مدير المديرية إن العمل استمر ستة أشهر.\n\n"
     "سامر الحلبي\n",
     {"agencies": ["SANA"], "cities": ["اللاذقية"], "reporters": ["سامر الحلبي"]},
     "SANA: place and agency on their own line, the reporter's name alone at the end"),
    ("signoff-chrome.txt",
     "Dam gates opened after heavy rain\n\nLIMA, May 2 (Reuters) - Engineers opened the gates of the "
     "dam on Friday after a week of heavy rain upstream.\n\nRelated Quotes\n",
     {"reporters": []}, "two capitalised words closing an agency's copy are chrome, no signature"),
    ("three-cities.txt",
     "Andean central banks hold rates\n\nMay 2, 2025 9:05 AM GMT\n\nLIMA/QUITO/BOGOTA, May 2 (Reuters) - "
     "Three central banks in the Andes kept their rates on hold on Friday.\n",
     {"cities": ["Lima", "Quito", "Bogota"], "agencies": ["Reuters"]}, "three cities set apart by slashes"),
    # lines above the story that are no headline
    ("eds-note-dash.txt",
     "Orchards give way to solar panels\n\nEDITOR'S NOTE — This report belongs to a series about farms "
     "in dry valleys.\n\nBy JO ROE and AL DAY\nPublished 7:15 AM PDT, May 6, 2025\n\nMODESTO, Calif. "
     "(AP) — Farmers pulled out almond trees this spring and leased the land to a solar firm.\n",
     {"title": "Orchards give way to solar panels", "cities": ["Modesto"], "agencies": ["AP"],
      "reporters": ["Jo Roe", "Al Day"], "published": "2025-05-06T07:15:00-07:00"},
     "AP's editors' note with a dash above the byline"),
    ("desk-credit.txt",
     "Storm closes mountain passes\n\nStaff and wire reports\nUpdated March 3, 2025, 7:10 p.m. CT\n\n"
     "Snow closed three passes on Monday and stranded dozens of lorries near the summit.\n",
     {"title": "Storm closes mountain passes", "reporters": []}, "a desk's credit naming no one"),
    ("sources-line.txt",
     "Ferry link to resume after repairs\n\nCompiled by Jo Roe from wire reports\nSources: AFP, Reuters\n"
     "Mar 3, 2025, 10:20 AM IST\n\nThe island ferry will sail again next week after its ramp was mended, "
     "the operator said.\n",
     {"title": "Ferry link to resume after repairs", "agencies": ["AFP", "Reuters"],
      "published": "2025-03-03T10:20:00+05:30"}, "a sources line under the byline"),
    ("advisory-prefix.txt",
     "ADVISORY-Reuters coverage plan for the Baltic energy talks\n\nMarch 3, 2025 6:05 AM GMT\n\n"
     "TALLINN, March 3 (Reuters) - Ministers of three states meet on Tuesday to talk about power links.\n",
     {"title": "ADVISORY-Reuters coverage plan for the Baltic energy talks", "cities": ["Tallinn"]},
     "a Reuters headline's glued prefix"),
    ("harbour-post-h2.html",
     '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>Port dues rise for bulk carriers '
     'from April - Business - HARBOURPOST.EXAMPLE</title>\n<link rel="canonical" '
     'href="https://www.harbourpost.example/business/port-dues-rise">\n</head>\n<body>\n<article>\n'
     '<h2 class="headline">Port dues rise for bulk carriers from April</h2>\n'
     '<p>GDANSK: Port dues for bulk carriers will rise by six percent from April, the port authority said on '
     'Monday, its first increase in three years.</p>\n<p>Container ships and ferries are not affected, and '
     'vessels that book a berth a week ahead keep a discount.</p>\n<p>Shipping agents said the rise had been '
     'expected after the authority spent heavily on dredging the outer channel last year.</p>\n'
     '</article>\n</body>\n</html>\n',
     {"title": "Port dues rise for bulk carriers from April"},
     "a page's <title> with a section after the headline and the site: the <h2> headline is the title"),
    ("whatsapp-share.txt",
     "*Zambian copper output rises as new smelter starts*\n\nLUSAKA, Feb 4 (Reuters) - Zambia's copper "
     "output rose in January as a new smelter near Chingola started work, the mines ministry said on "
     "Tuesday.\n\nRead more at: https://www.reuters.example/markets/commodities/zambia-copper-output-2025-02-04/\n"
     "\n_Shared via the news app_\n",
     {"title": "Zambian copper output rises as new smelter starts", "cities": ["Lusaka"],
      "url": "https://www.reuters.example/markets/commodities/zambia-copper-output-2025-02-04/"},
     "a shared story's text: bold marks off the title, the 'Read more at:' link is its url"),
    ("tv-menu.txt",
     "WATCH NOW\nNews Weather Sports Community Events\n\nCounty fair returns after two-year break\n\n"
     "By Lou Vance\nPublished: Aug. 2, 2022 at 5:10 PM EDT\n\nTOPEKA, Kan. (AP) - The county fair opened "
     "on Tuesday for the first time since 2019, with a rodeo and a new livestock barn.\n",
     {"title": "County fair returns after two-year break", "agencies": ["AP"], "reporters": ["Lou Vance"]},
     "a TV station's menu run together with single spaces above the headline is no title"),
    ("clips-report.eml",
     "From: Press Cuttings <cuttings@monitor.example>\nTo: comms@example.org\nSubject: Your clips - 4 May "
     "2023\nDate: Thu, 4 May 2023 06:30:12 +0100\nContent-Type: text/plain; charset=utf-8\n\nDAILY CLIPS\n"
     "Client: Western Rail Users\n\nITEM 2 of 5\nOutlet: Connacht Tribune\nDate: 04/05/2023\nPage: 3\n"
     "Words: 160\n\nGalway rail line to get later trains\n\nBy Eoin Farrell, PA\n\nTrains between Galway and "
     "Athenry will run until midnight from June under a new timetable, Irish Rail said.\n",
     {"title": "Galway rail line to get later trains", "published": "2023-05-04", "reporters": ["Eoin Farrell"],
      "agencies": ["PA"]},
     "a media-monitoring report mailed: the item's labelled fields are no title, its headline is"),
]


parsed, test_head_fields_through_the_cli = cli_field_tests(STORIES, "heads")

