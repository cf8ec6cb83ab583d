"""Head and tail date stamps through the real command: story files in a folder, `wire parse
--format jsonl` run as its own process. The per-shape rows are in
test_parse_tables_stamps.py; these put the stamps where pages carry them. Every story is
invented.
"""
from __future__ import annotations

from wirerun import cli_field_tests

# (file name, text, {field: value}, why)
STORIES = [
    ("gannett-metabar-ap.html",
     "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>County fair adds a second "
     "weekend</title>\n<meta property=\"og:site_name\" content=\"Delmarva Ledger\">\n</head>\n<body>\n"
     "<header class=\"site-header\"><a class=\"brand\">Delmarva Ledger</a>\n<nav>News | Sports | Opinion</nav>"
     "</header>\n<article>\n<h1 class=\"asset-headline\">County fair adds a second weekend</h1>\n"
     "<div class=\"asset-metabar\">\n<span class=\"byline\">Dana Whitcombe-Ruiz, Associated Press</span>\n"
     "<span class=\"asset-metabar-time\">Published 7:05 a.m. ET June 3, 2019 | Updated 4:40 p.m. ET June 3, "
     "2019</span>\n</div>\n<figure><img src=\"/img/fair.jpg\" alt=\"\"><figcaption>The midway at dusk on the "
     "fair's last night. (Photo: Ruth Okafor-Lind/Ledger)</figcaption></figure>\n<div class=\"story-body\">\n"
     "<p>DOVER, Del. (AP) — The state fair will run for a second weekend this summer after record crowds "
     "last year, its board said on Monday.</p>\n<p>Tickets for the extra days go on sale next month, and the "
     "midway will stay open an hour later on both Saturdays.</p>\n<p>Vendors had asked for the change for "
     "years, saying a single week left too little time to cover the cost of their stands.</p>\n<p>The "
     "board expects about 40,000 more visitors over the two added days.</p>\n</div>\n</article>\n"
     "</body>\n</html>\n",
     {"published": "2019-06-03T07:05:00-04:00", "updated": "2019-06-03T16:40:00-04:00",
      "reporters": ["Dana Whitcombe-Ruiz"], "agencies": ["AP"]},
     "a meta bar's byline glued to its 'Published ... | Updated ...' stamps: both times, the byline apart"),
    ("guam-metabar-chst.html",
     "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Island buses add Sunday "
     "routes</title>\n</head>\n<body>\n<header class=\"site-header\"><a class=\"brand\">Marianas Courier</a>\n"
     "<nav>News | Sports | Opinion</nav></header>\n<article>\n<h1 class=\"asset-headline\">Island buses add "
     "Sunday routes</h1>\n<div class=\"asset-metabar\">\n<span class=\"asset-metabar-time\">Published "
     "10:20 a.m. ChST May 14, 2021</span>\n</div>\n<div class=\"story-body\">\n<p>The island's transit "
     "authority will run buses on Sundays from next month, its director said on Friday.</p>\n<p>Two routes "
     "will link the villages in the south with the capital's market, every ninety minutes from morning "
     "until early evening.</p>\n<p>Riders have asked for weekend service since the routes were cut during "
     "the pandemic, the director said.</p>\n<p>The authority will hire six more drivers to run them.</p>\n"
     "</div>\n</article>\n</body>\n</html>\n",
     {"published": "2021-05-14T10:20:00+10:00"},
     "Guam's Chamorro Standard Time (ChST) is ten hours ahead of UTC"),
    ("portal-afp.txt",
     "Start\n\nNews  Weather  Money\n\nDrought cuts maize harvest in western Kenya\n\n"
     "Story by AFP • 23/10/2023 08:55\n\n"
     "Kisumu (AFP) - Farmers in western Kenya expect their smallest maize harvest in a decade after "
     "the long rains failed, the agriculture ministry said on Monday.\n\n"
     "Prices in local markets have doubled since June.\n",
     {"published": "2023-10-23T08:55:00", "agencies": ["AFP"]},
     "a portal's 'Story by' credit and its date after a bullet"),
    ("naver-busan.html",
     "<!DOCTYPE html>\n<html lang=\"ko\"><head><meta charset=\"utf-8\"><title>인천공항 새 탑승동 문 연다</title>"
     "</head><body>\n<div class=\"menu\"><a href=\"/\">뉴스</a> <a href=\"/it\">IT</a></div>\n"
     "<div class=\"head\"><div class=\"press\">연합뉴스</div><h2>인천공항 새 탑승동 문 연다</h2>\n"
     "<div class=\"stamp\"><span>입력</span> <span>2023.11.21. 오전 9:05</span> <span>수정</span> "
     "<span>2023.11.21. 오후 2:40</span> <a href=\"https://example.com/a/1\">기사원문</a></div>\n"
     "<div class=\"writer\">박지훈 기자</div></div>\n<div id=\"body\">\n"
     "(인천=연합뉴스) 박지훈 기자 = 인천국제공항공사는 새 탑승동을 다음 달 1일부터 운영한다고 21일 밝혔다."
     "<br><br>\n공사는 새 탑승동이 문을 열면 하루 처리할 수 있는 승객이 크게 늘어날 것으로 내다봤다.<br><br>\n"
     "</div></body></html>\n",
     {"published": "2023-11-21T09:05:00", "updated": "2023-11-21T14:40:00"},
     "a Korean portal's two stamps with a.m. and p.m. words and the link to the original after them"),
    ("split-spans.html",
     "<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>上海港集装箱吞吐量创新高</title>"
     "</head><body>\n<h1>上海港集装箱吞吐量创新高</h1>\n<div class=\"info\"><span class=\"y\">2023</span>"
     "<span class=\"md\">04/17</span><span class=\"t\">08:42:05</span> <span>来源：新华网</span></div>\n"
     "<div id=\"detail\"><p>新华社上海4月17日电 上海港一季度集装箱吞吐量同比增长百分之八，创历史同期新高。</p>"
     "<p>港口方面表示，新航线的开通带动了货量增长。</p></div></body></html>\n",
     {"published": "2023-04-17T08:42:05"},
     "a stamp split over a year, a month-and-day and a time span, read as one date"),
    ("time-span.html",
     "<!DOCTYPE html>\n<html lang=\"ar\"><head><meta charset=\"utf-8\"><title>تشغيل خط حافلات جديد في لوسيل</title>"
     "</head><body>\n<nav><a href=\"/\">الرئيسية</a> <a href=\"/local\">محليات</a></nav>\n"
     "<article><h1>تشغيل خط حافلات جديد في لوسيل</h1>\n<div class=\"meta\"><span>قنا</span> "
     "<time>الجمعة 3 شوال 1445 هـ - 12 أبريل 2024</time> <span class=\"time\">٠٩:٤٠ م</span></div>\n"
     "<div class=\"body\"><p>لوسيل في 12 أبريل /قنا/ بدأت شركة النقل العام اليوم تشغيل خط حافلات جديد يربط "
     "مدينة لوسيل بمحطات المترو القريبة كل عشر دقائق.</p>\n<p>وقالت الشركة إن الخط يعمل طوال أيام "
     "الأسبوع من الخامسة صباحا حتى منتصف الليل، وإن الركاب يدفعون الأجرة بالبطاقة الذكية.</p>\n"
     "<p>وتخطط الشركة لإضافة خطين آخرين قبل نهاية العام.</p>\n</div></article>\n"
     "<footer>جميع الحقوق محفوظة</footer></body></html>\n",
     {"published": "2024-04-12T21:40:00"},
     "a Qatari daily's <time> of the day, then its time with 'م' (p.m.) in a span of its own"),
    ("sana-comma.txt",
     "الوكالة العربية السورية للأنباء\nالرئيسية  سوريا  اقتصاد  ثقافة\n\nافتتاح سوق شعبي جديد في اللاذقية\n\n"
     "4 كانون الثاني، 2023\n\nاللاذقية-سانا\nافتتحت محافظة اللاذقية اليوم سوقا شعبيا جديدا للخضار "
     "والفواكه في حي الرمل الجنوبي يضم أربعين محلا.\nوقال رئيس مجلس المدينة إن السوق يخفف الازدحام عن "
     "الأسواق القديمة.\n",
     {"published": "2023-01-04", "cities": ["اللاذقية"]},
     "a Syrian page's date: the two words of January's Levantine name, Arabic's comma before the year"),
    ("kuna-teletype.txt",
     "الكويت ترفع الطاقة الاستيعابية لمحطة تحلية الزور\n\nالكويت - 22 - 11 (كونا) -- أعلنت وزارة الكهرباء "
     "والماء اليوم رفع الطاقة الاستيعابية لمحطة تحلية المياه في الزور بنسبة عشرين في المئة.\n"
     "وقال مسؤول في الوزارة ان التوسعة تنتهي قبل الصيف المقبل.\nف ع / ن ص\nكونا 221107 جمت نوف 97\n",
     {"published": "1997-11-22T11:07:00+00:00", "agencies": ["KUNA"], "cities": ["الكويت"]},
     "KUNA's closing teletype stamp in Arabic letters: day-time group, 'جمت' (GMT), month, year"),
    ("ena-amharic.txt",
     "የኢትዮጵያ ዜና አገልግሎት\n\nበባህር ዳር አዲስ የውሃ ፕሮጀክት ተመረቀ\n\nመጋቢት 4/2016\n\n"
     "ባህር ዳር፣ መጋቢት 4/2016 (ኢዜአ)፡- በባህር ዳር ከተማ ለሚገኙ ነዋሪዎች የንፁህ መጠጥ ውሃ የሚያቀርብ አዲስ ፕሮጀክት "
     "ዛሬ ተመርቆ አገልግሎት መስጠት ጀመረ።\n\nፕሮጀክቱ ከ50 ሺህ በላይ ነዋሪዎችን ተጠቃሚ ያደርጋል።\n",
     {"published": "2024-03-13"},
     "ENA's Amharic stamp in the Ethiopian calendar: 4 Megabit 2016 is 13 March 2024"),
    ("bar-stamps.txt",
     "Λιμάνι της Πάτρας: νέα προβλήτα\n\n21.09.2022 | 07:50 - Τελευταία ενημέρωση: 21.09.2022 | 12:15\n\n"
     "ΠΑΤΡΑ (ΑΠΕ-ΜΠΕ) — Ο οργανισμός λιμένα ανακοίνωσε την Τετάρτη την κατασκευή νέας προβλήτας για τα "
     "κρουαζιερόπλοια.\n\nΤο έργο θα ολοκληρωθεί σε δύο χρόνια.\n",
     {"published": "2022-09-21T07:50:00", "updated": "2022-09-21T12:15:00"},
     "a portal's bar-split date and time, then its last update after a dash"),
    ("dateline-alone.txt",
     "WORLD\n\nShipyards seek state loans\n\nANKARA – Daily Desk\nJune 03 2021 16:20:10\n\n"
     "Shipyard owners asked the government on Thursday for cheap loans to build new ferries.\n\n"
     "The ministry said it would study the request.\n",
     {"published": "2021-06-03T16:20:10", "cities": ["Ankara"]},
     "the stamp on the line under a dateline and credit that stand alone"),
    ("agency-site.txt",
     "Prensa Sur - Agencia Chilena de Noticias\nFriday, March 3, 2023\nHome | Politics | Economy | Culture\n\n"
     "Economy\n\nCopper output rises for third month\n\n16:05 | Santiago, Mar. 3.\n\n"
     "Chile's copper output rose for a third month in January, the statistics institute said on Friday.\n\n"
     "State miner Codelco led the increase.\n",
     {"title": "Copper output rises for third month", "published": "2023-03-03T16:05:00",
      "cities": ["Santiago"]},
     "an agency site's masthead and page date, then the story's 'time | place, day' stamp (its place the city)"),
    ("digest.txt",
     "FISH TRADE BULLETIN - PRESS DIGEST                          June 2004\nInternal use only.\n\n\n"
     "Reuters     08/06/2004 09:15\n\nNorway salmon exports hit record in May\n\nOSLO, June 8 (Reuters) - "
     "Norway's salmon exports rose to a record in May on strong\ndemand from Asia, the seafood council said "
     "on Tuesday.\n\nFish Trade Bulletin                     - 2 -\n"
     "________________________________________\n\nFISH TRADE BULLETIN - PRESS DIGEST                          "
     "June 2004\n\n\nPrices for fresh fillets rose by a tenth.\n",
     {"title": "Norway salmon exports hit record in May", "published": "2004-06-08T09:15:00"},
     "a PDF digest's page header, repeated after its page break, above the story's source line"),
    ("digest-item.eml",
     "From: West Africa Wires <digest@monitor.example.org>\nTo: desk@monitor.example.org\n"
     "Subject: [WA Wires] Ghana | 4 Mar 2021 | item 2 of 5\nDate: Thu, 04 Mar 2021 18:20:00 +0000\n"
     "MIME-Version: 1.0\nContent-Type: text/plain; charset=\"utf-8\"\n\n"
     "WEST AFRICA WIRES - daily digest\nItem 2 of 5 | Source: GNA, English service | Retrieved 17:55 GMT\n\n"
     "Tema port opens new fish landing beach\n\n"
     "Tema, March 4, 2021 (GNA) - A new landing beach for canoe fishermen opened at Tema port on Thursday, "
     "with cold rooms and a market hall for the fish traders.\n\nThe beach cost 12 million cedis.\n",
     {"title": "Tema port opens new fish landing beach", "published": "2021-03-04", "agencies": ["GNA"],
      "cities": ["Tema"]},
     "a mailed digest's masthead and item count over its story: neither the headline nor the dateline"),
    ("keyword-alert.eml",
     "From: Archive Alerts <alerts@archive.example.net>\nTo: metals@desk.example.org\n"
     "Subject: Track: NICKEL - 2 new articles\nDate: Wed, 09 Mar 2022 07:40:00 +0000\n"
     "MIME-Version: 1.0\nContent-Type: text/plain; charset=\"us-ascii\"\n\n"
     "Your folder NICKEL has 2 new articles.\n\n--------------------------------------------\n\n"
     "Nickel trading halted after price doubles in a day\n\nBy Petra Lindqvist\n388 words\n9 March 2022\n"
     "06:55\nReuters News\nEnglish\n\nLONDON, March 9 (Reuters) - The London Metal Exchange halted nickel "
     "trading on Wednesday after prices doubled within hours.\n\nThe exchange said it would review the "
     "trades.\n",
     {"title": "Nickel trading halted after price doubles in a day", "published": "2022-03-09T06:55:00",
      "reporters": ["Petra Lindqvist"]},
     "a keyword alert's count over the article it mails: the article's headline, not the alert's subject"),
    ("monitor-source.txt",
     "MONITORING ARCHIVE | Asia desk\nItem ID: ASD-20070911-0042\n"
     "Source: Yonhap news agency, Seoul, in English 0330 gmt 11 Sep 07\nTopics: Transport\n\n"
     "Headline: Seoul to add driverless trains on a second subway line\n\n"
     "Text of report in English by South Korean news agency Yonhap\n\n"
     "Seoul, 11 September: The city will run driverless trains on a second subway line from 2010, "
     "officials said on Tuesday.\n",
     {"title": "Seoul to add driverless trains on a second subway line", "published": "2007-09-11T03:30:00+00:00",
      "agencies": ["Yonhap"], "cities": ["Seoul"]},
     "a monitor's template: its source line gives the agency, the place and the GMT time"),
    ("dj-plain-1997.txt",
     "DJ Sugar Futures Ease On Brazilian Harvest Pace\n\n  By Marta Vinter\n  Of DOW JONES NEWSWIRES\n\n"
     "NEW YORK (Dow Jones)--Raw sugar futures slipped on Wednesday as cane crushing in Brazil ran ahead of\n"
     "last year's pace.\n\nMarch sugar settled down 0.12 cent at 11.48 cents a pound.\n\n"
     "-Marta Vinter; 212-416-2000\n\n (END) DOW JONES NEWS  10-15-97\n\n 03:12 PM\n",
     {"published": "1997-10-15T15:12:00", "agencies": ["Dow Jones"], "reporters": ["Marta Vinter"]},
     "Dow Jones's plain closing stamp split over two lines: the day, then its 12-hour time"),
    ("quote-box-release.txt",
     "Market Activity  |  Stocks  |  Options\n\nKSM  Kestrel Mining Corp.\n$7.15  -0.40  (-5.30%)\n"
     "After hours: $7.02   Jun 4, 2024 6:47 PM ET\n\nKestrel Mining Reports Lower Copper Output at Its Andean Mine\n\n"
     "June 4, 2024 — 05:30 pm EDT\nWritten by GlobeNewswire ->\n\n"
     "DENVER, June 4, 2024 (GLOBE NEWSWIRE) -- Kestrel Mining Corp. said copper output at its Andean mine fell "
     "in May after a conveyor broke down for nine days.\n\nThe company kept its forecast for the year.\n",
     {"published": "2024-06-04T17:30:00-04:00", "updated": None,
      "title": "Kestrel Mining Reports Lower Copper Output at Its Andean Mine"},
     "a market page's quote box: its after-hours time is no date line, nor a page head"),
    ("portal-agency-day.txt",
     "Microsoft Start\nSign in\nDiscover  Following  News\n\n© Provided by Associated Press\n\n"
     "Ferry operator adds winter sailings to Nantucket\n\nAssociated Press  1/14/2022\n\n"
     "By MARTA OYELARAN Associated Press\n\nHYANNIS, Mass. (AP) — A ferry operator will add two winter "
     "sailings a day to Nantucket after island residents complained about delays.\n",
     {"published": "2022-01-14", "title": "Ferry operator adds winter sailings to Nantucket", "agencies": ["AP"]},
     "a portal's agency name and numeric day under the headline: the date, no headline"),
    ("library-record.txt",
     "Record: 12\nTitle:\tFerry operator adds winter sailings to Nantucket\nAuthors:\tOyelaran, Marta\n"
     "Source:\tAssociated Press Newswires; 01/14/2022\nDocument Type:\tArticle\nDatabase:\tNewswires\n\n"
     "Ferry operator adds winter sailings to Nantucket\n\nHYANNIS, Mass. (AP) - A ferry operator will add "
     "two winter sailings a day to Nantucket after island residents complained about delays.\n",
     {"published": "2022-01-14", "agencies": ["AP"]},
     "a library record's source field: the agency's newswire service, a semicolon, the day"),
    ("one-story-alert.eml",
     "From: Wire Alerts <alerts@wire-alerts.example.com>\nTo: desk@harbour-capital.example.com\n"
     "Subject: UPDATE 1-Port of Valparaiso delays terminal tender -sources\nDate: Mon, 06 Jun 2016 14:52:10 +0000\n"
     "MIME-Version: 1.0\nContent-Type: text/plain; charset=\"utf-8\"\n\n"
     "UPDATE 1-Port of Valparaiso delays terminal tender -sources\n\n"
     "VALPARAISO, June 6 (Reuters) - Chile's port of Valparaiso has put off the tender for its second container "
     "terminal by at least six months, two people close to the process said.\n\n"
     "The port declined to comment.\n\n(c) Copyright Thomson Reuters 2016.\n",
     {"published": "2016-06-06T14:52:10+00:00", "agencies": ["Reuters"], "cities": ["Valparaiso"]},
     "an alert that mails one story under its headline: the copy gives the day, the mail the time"),
    ("desk-tagged-alert.eml",
     "From: Lakes Wire <desk@lakes-wire.example.com>\nTo: news@valley-paper.example.com\n"
     "Subject: LW URGENT: Dam spillway opened as lake rises\nDate: Tue, 11 Apr 2017 09:41:05 -0500\n"
     "MIME-Version: 1.0\nContent-Type: text/plain; charset=\"utf-8\"\n\n"
     "URGENT\n\nDam spillway opened as lake rises\n\n"
     "MILLTOWN — Operators opened the spillway of the valley's main dam on Tuesday "
     "as the lake behind it rose to within a metre of its crest.\n\nTowns downstream were told to expect "
     "higher water by evening.\n\nThis report by The Canadian Press was first published April 11, 2017.\n",
     {"published": "2017-04-11T09:41:05-05:00", "agencies": ["CP"]},
     "an agency's alert whose subject tags the headline ('LW URGENT:') over a priority label and the "
     "headline: the mail's time is the story's"),
    ("digest-same-day.eml",
     "From: Port Digest <digest@port-digest.example.com>\nTo: desk@harbour-capital.example.com\n"
     "Subject: Port Digest for June 6\nDate: Mon, 06 Jun 2016 18:30:00 +0000\n"
     "MIME-Version: 1.0\nContent-Type: text/plain; charset=\"utf-8\"\n\n"
     "Port of Valparaiso delays terminal tender\n\n"
     "VALPARAISO, June 6 (Reuters) - Chile's port of Valparaiso has put off the tender for its second container "
     "terminal by at least six months, two people close to the process said.\n\n"
     "(c) Copyright Thomson Reuters 2016.\n",
     {"published": "2016-06-06"},
     "...a digest's own time is no story's: the day alone"),
    ("masthead-rule-alert.eml",
     "From: Harbour Markets <letters@harbour-markets.example.com>\nTo: desk@harbour-capital.example.com\n"
     "Subject: Closing bell - grain futures\nDate: Thu, 17 Mar 2022 19:04:45 +0100\n"
     "MIME-Version: 1.0\nContent-Type: text/plain; charset=\"utf-8\"\n\n"
     "HARBOUR MARKETS | EVENING CLOSE\nThursday 17 March 2022\n==========================\n\n"
     "Wheat futures slide as Black Sea shipments resume\n\n"
     "ROTTERDAM (ANP) - Wheat futures fell for a third day on Thursday after the first grain convoy in weeks "
     "left the Black Sea ports, traders in Rotterdam said.\n\n"
     "Maize slipped 1.2 percent to 301 euros a tonne.\n\n==========================\n"
     "You get this letter because you signed up for it.\n",
     {"title": "Wheat futures slide as Black Sea shipments resume",
      "published": "2022-03-17T19:04:45+01:00", "cities": ["Rotterdam"]},
     "a newsletter's masthead and rule over one story: its headline, and the mail's time of that day"),
    ("masthead-rule-digest.eml",
     "From: Harbour Markets <letters@harbour-markets.example.com>\nTo: desk@harbour-capital.example.com\n"
     "Subject: Closing bell - grain and metals\nDate: Thu, 17 Mar 2022 19:04:45 +0100\n"
     "MIME-Version: 1.0\nContent-Type: text/plain; charset=\"utf-8\"\n\n"
     "HARBOUR MARKETS | EVENING CLOSE\nThursday 17 March 2022\n==========================\n\n"
     "Wheat futures slide as Black Sea shipments resume\n\n"
     "ROTTERDAM (ANP) - Wheat futures fell for a third day on Thursday, traders in Rotterdam said.\n\n"
     "Zinc climbs on smelter outage\n\n"
     "ANTWERP (Belga) - Zinc rose 2 percent on Thursday after a smelter near Antwerp shut for repairs.\n\n"
     "==========================\nYou get this letter because you signed up for it.\n",
     {"published": "2022-03-17"},
     "...a digest of several stories under the masthead and rule: its mail's time is no story's"),
    ("pk-title-attr-stamps.html",
     "<html lang=\"en\">\n<head><title>Karachi port clears backlog - Pakistan - Harbour Daily</title></head>\n<body>\n"
     "<article class=\"story\">\n<h2 class=\"story__title\">Karachi port clears backlog</h2>\n"
     "<div class=\"story__byline\"><span>APP</span></div>\n<span class=\"story__time\">Published <span "
     "class=\"timestamp--date\" title=\"2023-06-04T09:15:40+05:00\">June 4, 2023</span>\n<span "
     "class=\"timestamp__modified\">Updated <span class=\"timestamp--time timeago\" "
     "title=\"2023-06-04T13:02:10+05:00\">about 4 hours ago</span></span></span>\n<div class=\"story__content\">\n"
     "<p>KARACHI: The port cleared a backlog of some 900 containers over the weekend, officials said on Sunday.</p>\n"
     "<p>Extra cranes were moved to the east wharf to speed up the work.</p>\n</div>\n</article>\n</body></html>\n",
     {"published": "2023-06-04T09:15:40+05:00", "updated": "2023-06-04T13:02:10+05:00"},
     "a page's stamps only in its elements' title attributes, the shown day in words and the update "
     "as 'hours ago': the update's by its class"),
    ("pk-title-attr-published-label.html",
     "<html lang=\"en\">\n<head><title>Quetta schools reopen after winter break | Frontier Tribune</title></head>\n"
     "<body>\n<div class=\"story\">\n<h1 class=\"title\">Quetta schools reopen after winter break</h1>\n"
     "<div class=\"meta\"><span class=\"author\">APP</span> <span class=\"timestamp\" "
     "title=\"2016-03-01T08:30:00+05:00\">Published: March 1, 2016</span></div>\n<div class=\"story-content\">\n"
     "<p>QUETTA: Schools across the city reopened on Tuesday after a three-month winter break.</p>\n"
     "<p>Teachers said attendance on the first day was low because of the cold.</p>\n"
     "<p><em>With additional input from AFP</em></p>\n</div>\n</div>\n</body></html>\n",
     {"published": "2016-03-01T08:30:00+05:00", "agencies": ["APP", "AFP"]},
     "the publication's time in a timestamp's title attribute; 'With additional input from AFP' closing the copy"),
]


parsed, test_stamp_fields_through_the_cli = cli_field_tests(STORIES, "stamps")
