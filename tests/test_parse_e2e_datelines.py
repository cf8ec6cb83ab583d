"""Datelines and the agencies they name through the real command: a portal's section line,
an Arabic agency's initials written apart, a hosted page's agency-and-date line over the
dateline, an abbreviated German place, and a South Asian lead naming its agency, as whole
stories in a folder read by `wire parse --format jsonl` in its own process.

The per-shape rules have their rows in test_parse_tables_datelines.py. Every story, name
and event here is invented.
"""
from __future__ import annotations

from wirerun import cli_field_tests

# (file name, text, {field: value}, why)
STORIES = [
    ("writer-dash-place-line.txt",
     "Il vescovo apre la settimana dei migranti\n\nGiulia Marcon – Città del Vaticano\n\n"
     "Con una veglia nella basilica il vescovo ha aperto ieri sera la settimana dedicata ai migranti, "
     "chiedendo alle parrocchie di aprire le porte a chi arriva senza nulla.\n\n"
     "Gli incontri proseguiranno fino a domenica in diverse citta.\n",
     {"reporters": ["Giulia Marcon"], "cities": ["Città del Vaticano"], "agencies": []},
     "a writer's name, a dash and a known city alone on the line: the byline and the place, "
     "not the name as a place"),
    ("adnkronos-bracket-byline.txt",
     "Musei civici gratis la prima domenica del mese\n\nMilano, 3 feb. (Adnkronos) - (di Chiara Longo) - "
     "Da marzo i musei civici di Milano saranno gratuiti ogni prima domenica del mese, ha deciso oggi la "
     "giunta.\n\nLa misura costera circa un milione di euro l'anno.\n",
     {"reporters": ["Chiara Longo"], "cities": ["Milano"], "agencies": ["Adnkronos"]},
     "the reporter in brackets after the place-first dateline, a dash before the copy"),
    ("vietnamese-paper-lede-tag.txt",
     "Thế giới\n\nNa Uy mở thêm tuyến phà ven biển\n\n14/03/2021 09:10 GMT+7\n\n"
     "TPO - Chính phủ Na Uy ngày 14-3 cho biết sẽ mở thêm hai tuyến phà điện dọc bờ biển phía tây từ "
     "mùa hè năm nay.\n\nCác tuyến mới sẽ phục vụ khoảng nửa triệu hành khách mỗi năm.\n\nTheo Reuters\n",
     {"cities": [], "agencies": ["Reuters"]},
     "a Vietnamese paper's tag opening the lede before a dash is no dateline's city"),
    ("urdu-site-label-in-bracket.txt",
     "شہر میں نئی بس سروس شروع\n\nبدھ 6 مارچ 2024 10:20\n\n"
     "کراچی ( اردو پوائنٹ اخبار تازہ ترین - اے پی پی۔ 6 مارچ2024ء) شہری حکومت نے بدھ کو شہر میں نئی بس "
     "سروس شروع کی جس سے روزانہ ہزاروں مسافروں کو فائدہ ہو گا۔\n\nحکام نے بتایا کہ مزید بسیں اگلے ماہ آئیں گی۔\n",
     {"cities": ["کراچی"], "agencies": ["APP"]},
     "a site's own label before the agency in the dateline's bracket: the place and the agency"),
    ("section-source-line.txt",
     "Portal News\nBusiness - Reuters\n\nCarrier trims fares on short routes\n\nBy Jo Dale\n\n"
     "LONDON (Reuters) - The carrier said on Tuesday it would trim fares on most short routes "
     "by a quarter from next month.\n\nShares rose 2 percent.\n",
     {"cities": ["London"], "agencies": ["Reuters"], "title": "Carrier trims fares on short routes"},
     "a portal's section and source over the headline: the copy's dateline gives the place"),
    ("mena-spaced-initials.txt",
     "افتتاح محطة مياه جديدة\n\nالجيزة - أ ش أ\n\nافتتح محافظ الجيزة اليوم محطة مياه جديدة تخدم "
     "نحو مئتي ألف مواطن في القرى المجاورة.\n\nوقال المحافظ إن المحطة ستعمل بكامل طاقتها الشهر المقبل.\n",
     {"cities": ["الجيزة"], "agencies": ["MENA"]},
     "MENA's initials written apart, after the place, alone on the line"),
    ("hosted-afp-date-line.txt",
     "Hosted News\n\nPort strike ends after a week\n\n(AFP) – Apr 2, 2011\n\nSANTOS — Dock "
     "workers ended a week-long strike on Saturday after the port agreed to a pay rise, the "
     "union said.\n\nShips had queued offshore.\n",
     {"cities": ["Santos"], "agencies": ["AFP"], "published": "2011-04-02"},
     "the agency's bracket and a date over the copy are no dateline; the one below is"),
    ("epd-abbreviated-place.txt",
     "Kirche fordert mehr Geld für Beratung\n\nFrankfurt a.M. (epd). Die Kirche hat eine bessere "
     "Finanzierung ihrer Beratungsstellen gefordert, erklärte sie am Montag.\n\nDas Land prüft "
     "den Antrag.\n",
     {"cities": ["Frankfurt a.M."], "agencies": ["epd"]},
     "epd's place with an abbreviated particle and a full stop after the bracket"),
    ("bengali-news-agency-lead.txt",
     "নতুন রেল লাইন চালু\n\nশহরের দক্ষিণে নতুন রেল লাইন আজ চালু হয়েছে বলে সংবাদ সংস্থা পিটিআই জানিয়েছে। "
     "প্রতিদিন বারোটি ট্রেন চলবে।\n\nযাত্রীরা খুশি।\n",
     {"agencies": ["PTI"]},
     "a Bengali lead naming the agency next to its words for 'news agency'"),
    ("agi-caps-lead.txt",
     "AGI Agenzia Italia\n\nNuove piste ciclabili a Torino\n\ndi Paola Rinaldi\n\n7 febbraio 2020, 10:15\n\n"
     "AGI - Torino, 7 feb. - La città ha presentato oggi il piano per dodici chilometri di nuove piste "
     "ciclabili lungo il fiume.\n\nI lavori partiranno in primavera.\n",
     {"cities": ["Torino"], "agencies": ["AGI"]},
     "AGI's short form in capitals and a dash before the place and date"),
    ("hindi-portal-stamp-label.txt",
     "पुणे में नई मेट्रो लाइन का काम शुरू\n\nदिनांक: 4 मार्च 2021, 09:10 IST  |  संशोधित: 4 मार्च 2021, 11:25 IST\n\n"
     "पुणे, 4 मार्च (भाषा) महानगर पालिका ने गुरुवार को बताया कि शहर की तीसरी मेट्रो लाइन पर काम अगले सप्ताह "
     "से शुरू होगा।\n\nअधिकारियों ने कहा कि लाइन दो साल में बनकर तैयार होगी।\n",
     {"cities": ["पुणे"], "agencies": ["PTI"]},
     "a Hindi portal's stamp label before its date is no place; the copy's dateline is"),
    ("hindi-bhasha-day-in-words.txt",
     "गुवाहाटी में बाढ़ से सड़कें डूबीं\n\nएजेंसी, गुवाहाटी\nUpdated Tue, 18 Jun 2019 10:05 AM IST\n\n"
     "गुवाहाटी, अठारह जून (भाषा) असम की राजधानी में रात भर हुई बारिश से कई सड़कें पानी में डूब गईं। "
     "प्रशासन ने स्कूल बंद रखने का आदेश दिया।\n\nमौसम विभाग ने और बारिश की चेतावनी दी है।\n",
     {"cities": ["गुवाहाटी"], "agencies": ["PTI"]},
     "PTI-Bhasha's dateline with the day spelled as a word"),
    ("cna-special-cable-zh.txt",
     "中央社 CNA\n\n首爾輕軌年底通車\n\n2021/05/04 10:20\n\n（中央社記者吳家豪首爾4日專電）南韓首爾市政府今天表示，"
     "新的輕軌路線將在年底前通車，每天可載運約十萬名乘客。（編輯：張文華）1100504\n\n延伸閱讀\n  南韓央行維持利率不變 市場反應平淡\n",
     {"cities": ["首爾"], "agencies": ["CNA"], "reporters": ["吳家豪"], "editors": ["張文華"]},
     "CNA's correspondent's 'special cable' dateline; a related headline under it is no name"),
    ("newsis-lenticular-ko.txt",
     "뉴시스\n\n대구시, 새 버스 노선 운행\n\n등록 2019.05.02 09:10:11\n\n【대구=뉴시스】박영호 기자 = 대구시는 새 버스 "
     "노선을 다음 달부터 운행한다고 2일 밝혔다.\n\n시는 버스 20대를 새로 투입한다.\n",
     {"cities": ["대구"], "agencies": ["Newsis"], "reporters": ["박영호"]},
     "Newsis's dateline in lenticular brackets: place, agency and reporter"),    ("pti-pipe-place-line.txt",
     "The Deccan Ledger\nHome  Markets  Economy\n\nTea exports climb 7% in first quarter on Iran demand\n\n"
     "Press Trust of India  |  Kolkata\nFirst Published: Jul 12 2022 | 4:05 PM IST\n\n"
     "Tea exports from India rose 7 per cent in the April-June quarter, led by orders from Iran, the "
     "Tea Board said on Tuesday.\n\nAuction prices in the city held firm.\n",
     {"cities": ["Kolkata"], "agencies": ["PTI"], "published": "2022-07-12T16:05:00+05:30"},
     "an agency and its desk's city on a '|' line of their own over the stamp: the story's city"),
    ("argus-dateline-day-month.txt",
     "Argus Media  |  Prices  Analysis\n\nSingapore bunker sales ease in April\n\nPublished date: 9 May 2024\n\n"
     "Singapore, 9 May (Argus) — Marine fuel sales in the port slipped in April from a record March, "
     "port authority data showed on Thursday.\n\nVery low sulphur fuel oil made up most of the volume.\n",
     {"cities": ["Singapore"], "agencies": ["Argus"], "published": "2024-05-09"},
     "Argus's dateline: the place, the day before the month and the short name in brackets"),    ("reuters-com-2015-undashed.txt",
     "Edition: U.S.   REUTERS   Business  Markets\n\nCommodities | Wed Sep 9, 2015 9:12am EDT\n\n"
     "Ghana cocoa board raises farmgate price by a fifth\n\nACCRA, Sept 9 Ghana's cocoa regulator raised "
     "the price it pays farmers by 21 percent for the new season, hoping to stop beans being smuggled "
     "to neighbouring Ivory Coast.\n\nThe new price takes effect on Oct. 2.\n\n"
     "(Reporting by Kwasi Boadu; Editing by Jane Merriman)\n\n© Thomson Reuters 2015 All rights reserved.\n",
     {"cities": ["Accra"], "agencies": ["Reuters"], "reporters": ["Kwasi Boadu"]},
     "reuters.com's 2010s dateline with neither '(Reuters)' nor a dash: the place in capitals and the day"),
    ("star-run-on-byline-glued-em-dash.txt",
     "thestar.com  |  News  |  Canada\n\nHalifax port adds a second container berth\n\n"
     "Published On Tue Jun 05 2012\n\nAnn Lee The Canadian Press\n\nHALIFAX—The port authority "
     "said Tuesday it will build a second container berth on the south end by 2015.\n\n"
     "The work will cost about $90 million.\n",
     {"cities": ["Halifax"], "agencies": ["CP"], "reporters": ["Ann Lee"]},
     "the Toronto Star's CP copy: the byline runs the name into the agency; an em dash glued to the place"),
    ("pc-french-dateline.txt",
     "Les traversiers annulés pour une deuxième journée\n\nJo Tremblay\nLa Presse Canadienne\n\n"
     "RIMOUSKI (PC) - Les traversées entre les deux rives ont été annulées pour une deuxième "
     "journée en raison des vents violents, a indiqué la société mardi.\n\nLe service reprendra jeudi.\n",
     {"cities": ["Rimouski"], "agencies": ["CP"]},
     "La Presse Canadienne's '(PC)' is CP, with no raw 'PC' beside it"),
    ("cnbc-key-points-then-dateline.txt",
     "MARKETS  BUSINESS  TECH\n\nGhana cocoa board raises farmgate price by a fifth\n\nReuters\n"
     "Published Wed, Sep 9 2015  9:12 AM EDT\n\nKEY POINTS\n- The new price takes effect at the start of "
     "October.\n- Smuggling to Ivory Coast cost the board dearly last season.\n\nACCRA (Reuters) - Ghana's "
     "cocoa regulator raised the price it pays farmers by 21 percent for the new season.\n",
     {"cities": ["Accra"], "agencies": ["Reuters"], "title": "Ghana cocoa board raises farmgate price by a fifth"},
     "a page's key points, dashed sentences over the copy, do not hide its dateline"),
    ("pasted-caption-then-dateline.txt",
     "Ghana cocoa board raises farmgate price by a fifth\n\nWed Sep 9, 2015 9:12am EDT\n\n"
     "Email | Print | Reprints | Text size [-] [+]\n\n1 of 3. A farmer dries cocoa beans in the sun outside "
     "her village in the Ashanti region.\nCredit: Reuters/Kwame Asante\n\nACCRA (Reuters) - Ghana's cocoa "
     "regulator raised the price it pays farmers by 21 percent for the new season.\n",
     {"cities": ["Accra"], "photographers": ["Kwame Asante"]},
     "a photo's caption over its credit line on a pasted page does not hide the dateline under it"),
    ("hindu-place-comma-date-line.txt",
     "Ghana cocoa board raises farmgate price by a fifth\n\nACCRA, September 9, 2015\n\nReuters\n\n"
     "Ghana's cocoa regulator raised the price it pays farmers by 21 percent for the new season, hoping "
     "to stop beans being smuggled to neighbouring Ivory Coast.\n",
     {"cities": ["Accra"], "published": "2015-09-09"},
     "a place in capitals, a comma and the date on a line of their own over the copy: the story's place"),
    ("gazetteer-city-stopped.txt",
     "Border market reopens\n\nGoma. Traders reopened the border market on Thursday after a week "
     "of closure, the provincial governor said.\n\nLorries crossed by noon.\n",
     {"cities": ["Goma"]}, "a city GeoNames knows and CLDR does not, over a full stop, is the place"),
    ("gazetteer-city-cyrillic.txt",
     "Світло повертається\n\n(Харків) - Енергетики відновили живлення в кількох районах міста в "
     "понеділок, повідомила обласна адміністрація.\n\nРемонт триває.\n",
     {"cities": ["Харків"]}, "...its name in Cyrillic, in brackets"),
    ("gazetteer-word-city.txt",
     "Dock strike ends\n\nNice. The port agreed to a pay rise on Friday after a week-long strike, "
     "the union said.\n\nShips had queued offshore.\n",
     {"cities": []}, "a city named like a word opening a sentence is no place"),
]

parsed, test_dateline_fields_through_the_cli = cli_field_tests(STORIES, "datelines")
