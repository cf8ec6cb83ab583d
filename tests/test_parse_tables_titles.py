"""Table tests for which head line is the headline: a news terminal's item furniture, a
summary's points and a revision note under the headline, a page's reader counter, AP's
DataStream control marks. Rows are (input, expected, why); every line is invented."""
from __future__ import annotations

from indexer import clean, envelope
from indexer.fields.head_patterns import CLIPPING_LINE_RE, REFERENCE_LINE_RE
from indexer.fields.title import _issuer_name
from indexer.formats.base import headline_in_title
from indexer.pipeline import parse_text
from tablerows import rows as _rows


# (story, title, why): furniture lines around a headline are never the title
HEAD_FURNITURE = [
    ("exemple-actu.fr\nTemps de lecture : 1 min\n\nPort de Brest : un quai « fermé » jusqu'à lundi après "
     "la tempête\n\nPar Exemple Actu (avec AFP)\nPublié le 12/02/2024 à 09h05\n\nBrest (AFP) - Le port a "
     "fermé son quai ouest lundi après qu'une tempête a arraché une partie de la digue.\n",
     "Port de Brest : un quai « fermé » jusqu'à lundi après la tempête",
     "a French headline quoting in spaced guillemets is no breadcrumb: the site's name above it "
     "is no headline"),
    ("ZCZC\nXHC0211  3  ECO  03-MAY-1998 10:15\n(新华社)大连港新建码头投入使用\n    新华社大连5月3日电(记者孟庆林)"
     "大连港新建的散货码头今天正式投入使用，年吞吐能力可达五百万吨。\n    港务局负责人说，新码头将缓解港口压力。(完)\nNNNN\n",
     "大连港新建码头投入使用", "Xinhua's 1990s wire: its own name in brackets before the headline goes"),
    ("(中国)经济继续增长\n\n国家统计局今天公布数据，一季度经济增长平稳，就业形势总体稳定。\n",
     "(中国)经济继续增长", "...a bracket of a word that is no agency's stays"),
    ("Harbour board approves new ferry berth\n\nMORAG MacLEOD Transport Correspondent\n\n"
     "OBAN - The harbour board gave the go-ahead yesterday for a second ferry berth, ending a dispute "
     "that had run for almost three years.\n",
     "Harbour board approves new ferry berth",
     "a byline box of a name in capitals and a staff title, no 'By' and no comma, is no headline"),
    ("County opens a second cooling centre\n\nBy RUTH KALLAS\nReuters\nruth.kallas@riverbendpress.example\n\n"
     "DECATUR - The county opened a second cooling centre on Tuesday as temperatures climbed past 100 "
     "degrees for the third day running.\n",
     "County opens a second cooling centre",
     "the writer's mail address under the byline is no headline, however long its domain"),
    ("Pressklipp – Projekt Kollektivtrafik\nSammanställt av: Erik Holm\n\nKlipp nr 6\n\nKälla: TT, publicerad i "
     "Göteborgs-Posten 2011-04-19, s. 8.\n\nFler spårvagnar ska rulla i Göteborg\n\nAnna Berg/TT\n\nGÖTEBORG\n"
     "Västtrafik ska köpa tjugo nya spårvagnar, beslutade styrelsen på tisdagen. De första ska rulla redan "
     "nästa höst.\n",
     "Fler spårvagnar ska rulla i Göteborg",
     "a clip's source line with its day ('Källa: TT, publicerad i ... 2011-04-19'): the headline is under it, "
     "the clip's number above it no headline"),
    ("Unbedingt lesen vor dem Termin am Donnerstag 👇\n\nReederei Nordlicht bestellt vier neue Fähren\n\n"
     "Kiel (Reuters) - Die Reederei Nordlicht hat vier Fähren mit Batterieantrieb bei einer Werft in Finnland "
     "bestellt, wie das Unternehmen am Mittwoch mitteilte.\n",
     "Reederei Nordlicht bestellt vier neue Fähren",
     "a chat poster's line pointing down to the paste with an emoji is no headline"),
    ("Sharing the piece here since the site is blocked at the office :point_down:\n\n*Harbour town bans "
     "cruise ships from its old quay*\nBy ANA REYES\n\nLISBON, Portugal (AP) — The town council voted on "
     "Monday to keep cruise ships away from the old quay from next year.\n",
     "Harbour town bans cruise ships from its old quay",
     "...or with Slack's shortcode for the emoji"),
    ("THE RIVERTON GAZETTE         Monday, February 2, 1970         PAGE 5\n\nSnowplows Run Out of Salt on County "
     "Roads\n\nBy HAROLD FENN\nGazette Staff Writer\n\nCounty crews ran out of road salt before dawn today as a "
     "second storm in three days closed schools across the valley.\n",
     "Snowplows Run Out of Salt on County Roads",
     "a byline's second line, the paper's name and the staff role, is no headline"),
    ("THE RIVERTON GAZETTE, MONDAY, FEBRUARY 2, 1970\n\nCounty Budget Adds Two Fire Stations in Valley\n"
     "Council Splits Over Taxes\n\nBy HAROLD FENN\n\nThe county council approved a budget on Monday that adds "
     "two fire stations in the valley, after a long argument over the property tax.\n",
     "County Budget Adds Two Fire Stations in Valley",
     "a printed headline and the shorter deck right under it, both in title case: the headline"),
    ("[Carbon copy, Associated Press, Denver bureau, Nov. 3, 1959. Given to the\n"
     " state library by a retired editor in 1991; spelling as filed.]\n\nMINE SHAFT REOPENS AFTER CAVE-IN\n\n"
     "LEADVILLE, COLO., NOV. 3 (AP) -- A SILVER MINE SHAFT REOPENED TODAY, A WEEK AFTER A CAVE-IN.\n",
     "MINE SHAFT REOPENS AFTER CAVE-IN",
     "an archivist's bracketed note over the copy, hard-wrapped, is no headline"),
    ("[Microfilm roll 88, frame 0414. The Evening Ledger, Tuesday, May 4, 1948.]\n\n"
     "Ferry Service Resumes on the Sound\n\nPORT ANGELES, May 4 -- Ferries ran again today after a strike.\n",
     "Ferry Service Resumes on the Sound",
     "...nor is one on a single line"),
    ("BC-Weekender-Ferry Captains, Adv05,0540\nADVANCE FOR SUNDAY, OCT. 5\nOld Ferry Captains Recall the Fog Years\n"
     "With AP Photos\nBy DANA ROE\nAssociated Press Writer\n\n   BAR HARBOR, Maine (AP) - For 30 years the ferry "
     "ran in any weather, its captains said this week.\n",
     "Old Ferry Captains Recall the Fog Years",
     "an AP advance: its release line and its 'With AP Photos' are no headline"),
    ("WITH PHOTOS, GRAPHIC\nFog Delays Ferries Along the Coast\n\nPORTLAND, Maine (AP) - Fog kept the "
     "ferries in port on Monday.\n",
     "Fog Delays Ferries Along the Coast", "a note of the art that moves with the story, in capitals"),
    ("With Photos, Ferry Fans Relive the Fog Years\n\nPORTLAND, Maine (AP) - Fans of the old ferries met on "
     "Monday.\n",
     "With Photos, Ferry Fans Relive the Fog Years", "a headline that opens with 'With' stays"),
    ("AAP  GEN  03/02/2002 10:15\nVIC: Ferry fares rise in Melbourne\nKEYWORD: FERRY\n\nBy Jo Roe\n\n"
     "MELBOURNE, Feb 3 AAP - Ferry fares in Port Phillip will rise by ten per cent from March.\n",
     "Ferry fares rise in Melbourne", "AAP's KEYWORD line under the headline is no part of it"),
    ("Market Monitor - export\nQuery: Chile AND rates          Items: 1 of 37\n\n"
     "04-Mar-2024 09:12:03 GMT     RTRS     FLASH\n\n"
     "CHILE CENTRAL BANK CUTS KEY RATE BY 100 BASIS POINTS TO 7.25%\n\n"
     "Source: Reuters\nStory ID: nL8N3FA0AB\nTopics: CL, CEN, LATAM\n\n"
     "For related news, double click on one of the following codes: [CL] [CEN]\n",
     "CHILE CENTRAL BANK CUTS KEY RATE BY 100 BASIS POINTS TO 7.25%",
     "a terminal's export: its item labels and its double-click line are no headline"),
    ("UPDATE 1-Chile cuts rates by a full point, signals more to come\n\n"
     " * Cut larger than most analysts expected\n * Peso weakens 1.2% against the dollar\n\n"
     " (Adds analyst comment in paragraph 5, peso move)\n\n"
     " SANTIAGO, March 4 (Reuters) - Chile's central bank cut its key rate by a full point on Monday.\n",
     "UPDATE 1-Chile cuts rates by a full point, signals more to come",
     "a summary's points and Reuters' revision note under the headline are no title"),
    ("Pilots end strike at container port\n\n• Ships queue for a second day\n• Unions sign three-year deal\n\n"
     "The harbour pilots went back to work on Tuesday after a pay deal was signed overnight.\n",
     "Pilots end strike at container port", "a page's points set with bullets are no title"),
    ("*Pilots end strike at container port*\n\nThe harbour pilots went back to work on Tuesday, the port said.\n",
     "Pilots end strike at container port", "a bold mark with no space after it still marks a headline"),
    ("Harbour Ledger\n\nPilots end strike at container port after pay deal\n\nTotal Views: 3,418\n"
     "March 4, 2025\nBy Reuters\n\nROTTERDAM, March 4 (Reuters) - Harbour pilots went back to work on "
     "Tuesday after a pay deal.\n",
     "Pilots end strike at container port after pay deal", "a page's reader counter under the headline"),
    ("a0412\nr i BC-Quake-Chile 1stLd-Writethru   03-04 0310\n^AM-Quake-Chile, 1st Ld-Writethru,0310$\n"
     "^Strong Quake Rocks Northern Chile, Cutting Power to Copper Mines$\n"
     "^Eds: UPDATES with power restored at two mines$\n^By JOSEFA IRARRAZAVAL$\n^Associated Press Writer$\n\n"
     "   ANTOFAGASTA, Chile (AP) _ A strong earthquake shook northern Chile on Monday, cutting power to "
     "three copper mines.\n",
     "Strong Quake Rocks Northern Chile, Cutting Power to Copper Mines",
     "AP DataStream's caret and dollar marks around each header line: the headline without them"),
    ("CP WIRE  0412  BC-Mill-Closure  1998-11-03 14:02 EST\nBC-Mill-Closure, 1st Writethru, 0290\n"
     "Adds reaction from mayor in grafs 4-5\n^Paper mill to close, putting 400 out of work in Thunder Bay\n"
     "By Rene Lalonde\n   THUNDER BAY, Ont. (CP) -- The last paper mill in the city will shut in the spring, "
     "its owner said on Tuesday.\n",
     "Paper mill to close, putting 400 out of work in Thunder Bay",
     "a writethru's note without a label ('Adds ... in grafs 4-5') is no headline"),
    ("BC-Mill-Closure, 2nd Writethru\nCorrects spelling of mayor's name in 3rd para; New throughout\n\n"
     "Paper mill to close in Thunder Bay\n\n   THUNDER BAY, Ont. (CP) -- The last paper mill in the city "
     "will shut in the spring, its owner said on Tuesday.\n",
     "Paper mill to close in Thunder Bay",
     "...nor one that ends on the paragraph it changes or 'throughout'"),
    ("Harbour pilots end strike after pay deal - Lisbon Harbour Post\nhttps://lisbonharbourpost.example/news/4411\n"
     "Shared from the Lisbon Harbour Post app\n\n03/04/2025 10:12 AM\n\nLisbon, March 4 (Lusa) - Harbour pilots "
     "went back to work on Tuesday after a pay deal.\n",
     "Harbour pilots end strike after pay deal",
     "an app's share: its mark is no headline, the site's name after the shared title goes"),
    ("Ports reopen - Business\n\nLisbon, March 4 (Lusa) - Harbour pilots went back to work on Tuesday.\n",
     "Ports reopen - Business", "with no link shared, a suffix stays"),
    ("Harbour Wire, North Atlantic News Agency\n\nPilots on the Tagus end their strike after a pay deal\n\n"
     "Tuesday, March 4th 2025 - 10:12 UTC\n\nHarbour pilots went back to work on Tuesday after a pay deal "
     "with the port authority.\n",
     "Pilots on the Tagus end their strike after a pay deal",
     "a masthead of the outlet's name and what it is, over the headline"),
    ("روزنامہ جنگ — قومی خبریں\n\nجمعہ 15 مارچ 2024\n\nکراچی میں نئی بس سروس شروع کر دی گئی\n\n"
     "کراچی (اے پی پی) شہر میں جمعہ کو نئی بس سروس شروع کی گئی۔\n",
     "کراچی میں نئی بس سروس شروع کر دی گئی", "a masthead of the paper's name and its section, above the date"),
    ("روزنامہ شہر نامہ\nمنگل، 12 مارچ 2024\n\nلاہور میں نئی میٹرو بس لائن کا افتتاح کر دیا گیا\n\n"
     "لاہور، 12 مارچ (اے پی پی) وزیر اعلیٰ نے منگل کو شہر میں نئی میٹرو بس لائن کا افتتاح کیا۔\n",
     "لاہور میں نئی میٹرو بس لائن کا افتتاح کر دیا گیا",
     "a paper's name opened by 'daily' (روزنامہ) above the date: a masthead, the headline is under the date"),
    ("روزنامہ شہر نامہ  ۔  لاہور\nمنگل ۱۲ مارچ ۲۰۲۴ء\n\nلاہور میں نئی میٹرو بس لائن کا افتتاح کر دیا گیا\n\n"
     "لاہور (اے پی پی) وزیر اعلیٰ نے منگل کو شہر میں نئی میٹرو بس لائن کا افتتاح کیا۔\n",
     "لاہور میں نئی میٹرو بس لائن کا افتتاح کر دیا گیا",
     "the paper's name, Urdu's full stop and its city: a masthead"),
    ("दैनिक नगर दर्पण\n12 मार्च 2024\n\nशहर में नई मेट्रो लाइन का उद्घाटन आज होगा\n\n"
     "भोपाल, 12 मार्च (भाषा) मुख्यमंत्री मंगलवार को शहर में नई मेट्रो लाइन का उद्घाटन करेंगे।\n",
     "शहर में नई मेट्रो लाइन का उद्घाटन आज होगा", "a Hindi paper's name opened by 'daily' (दैनिक)"),
    ("Harbour Daily News\nMarch 12, 2024\n\nFerry fares rise for the summer season\n\n"
     "The ferry company raised its fares on Tuesday for the summer season, it said in a statement.\n",
     "Ferry fares rise for the summer season", "an English paper's name closed by an outlet's noun"),
    ("Daily fares rise on island ferries\nMarch 12, 2024\n\n"
     "The ferry company raised its fares on Tuesday for the summer season, it said in a statement.\n",
     "Daily fares rise on island ferries", "a headline opening with the word keeps its words in lower case"),
    ("नगर समाचार\n\nशहर में नई मेट्रो लाइन पर काम शुरू\n\nWritten by वार्ताहर\nMarch 5, 2024 15:15 IST\n\n"
     "भोपाल : शहर में नई मेट्रो लाइन का काम मंगलवार को शुरू हुआ और पहला चरण अगले साल पूरा होगा।\n",
     "शहर में नई मेट्रो लाइन पर काम शुरू",
     "'Written by' and a name the byline reader does not know, above the date: a byline, no headline"),
    ("By the numbers: a harbour in figures\nMarch 5, 2024\n\n"
     "The harbour handled more containers last year than in any year before, the port authority said.\n",
     "By the numbers: a harbour in figures", "'By' and words in lower case open a headline"),
    ("BC-US--Winter Storm-Ohio, 2nd Ld-Writethru\nMar 5, 2024, 5:12 PM EST\n\n"
     "COLUMBUS, Ohio (AP) — An ice storm closed schools across central Ohio on Tuesday.\n",
     None, "an AP slug whose keywords hold a space after the desk's double hyphen is no headline"),
    ("BBO-Expos-Cubs, 2nd Ld-Writethru\nCP 06/11/96 23:05 EDT\n\nExpos rally in ninth to sink Cubs\n\n"
     "MONTREAL (CP) -- Pinch-hitter Marc Belanger doubled home two runs in the ninth inning Tuesday night as "
     "the Montreal Expos beat the Chicago Cubs 4-3.\n",
     "Expos rally in ninth to sink Cubs",
     "a slug opened by a desk's code of three capitals, a writethru after its comma, is no headline"),
    ("E-Edition | Weather | Classifieds\n\nLIVERPOOL, England (AP) — Dock workers at the port voted on "
     "Tuesday to end a two-week strike after a pay offer.\n",
     None, "a site's menu over a story with no headline: no title rather than the menu"),
    ("【新华社 1998-04-02】\n标题：杭州新建两座跨江大桥通车\n正文：\n　　新华社杭州４月２日电　杭州两座跨江大桥今天正式通车。\n",
     "杭州新建两座跨江大桥通车", "a Chinese archive's labels closed by a full-width colon"),
    ("Harbour Courier, Geelong\n04/03/2025\nGeneral News, page 5 - 98.30 cm²\n"
     "Regional - circulation 21,450 (MTWTFS)\nID 2231984  BRIEF PORTS  PAGE 1 of 1\n\n"
     "Port pilots end strike after\nthree-day stoppage\n\nPORT pilots returned to work yesterday after "
     "a three-day stoppage\nover rosters ended with a deal signed late on Monday night.\n",
     "Port pilots end strike after three-day stoppage",
     "a clipping service's header: the paper's name above it is no headline"),
    ("Headline: Peru Mine Landslide\nCaption: Rescuers dig at the blocked entrance of a copper mine near "
     "Arequipa, Peru, Monday, March 4, 2024. (AP Photo/Tomas Quispe)\nByline: Tomas Quispe\nByline Title: STF\n"
     "Credit: AP\nDate Created: 2024-03-04\nObject Name: Peru Mine Landslide\nTransmission Reference: XARE201\n"
     "Special Instructions: None\n",
     "Peru Mine Landslide", "a photo's IPTC record as text: its Headline field, its other fields no title"),
    ("Online edition of the Harbour Ledger, Kerala's port daily\nTuesday, Mar 04, 2025\n\n"
     "Ferry operators raise fares for the summer season\n\nKochi, Mar 4 (PTI): Ferry operators raised their "
     "fares on Tuesday for the summer season, they said.\n",
     "Ferry operators raise fares for the summer season",
     "a site's line saying it is a paper's online edition, above the date: a masthead"),
    ("Edición digital de El Faro de Vigo\nmartes, 4 de marzo de 2025\n\nLos prácticos del puerto ponen fin a "
     "la huelga\n\nVigo, 4 mar (EFE).- Los prácticos del puerto volvieron al trabajo este martes.\n",
     "Los prácticos del puerto ponen fin a la huelga", "the same line in Spanish"),
    ("Rovnost - archiv článků\nRubrika: Jižní Morava\n\nČTK  04.03.1997  10:12\n\n"
     "Přístav v Hodoníně dostane nové molo\n\nHodonín 4. března (ČTK) - Město dnes oznámilo stavbu nového mola.\n",
     "Přístav v Hodoníně dostane nové molo",
     "an archive's name after the paper's and a section label above the date: neither is the headline"),
    ("The Harbour Ledger - Archives\nSection: Business\nMarch 4, 2025\n\nPilots end strike at container port\n\n"
     "ROTTERDAM, March 4 (Reuters) - Harbour pilots went back to work on Tuesday after a pay deal.\n",
     "Pilots end strike at container port", "the same shape in English"),
    ("PORTS-WIRE - item 2 of 6\nSource: Reuters\nFiled: 04/03/2025 10:12\n\nPILOTS END STRIKE AT ROTTERDAM PORT\n\n"
     "ROTTERDAM March 4 Reuters\n\nHarbour pilots went back to work on Tuesday after a pay deal, the port said.\n",
     "PILOTS END STRIKE AT ROTTERDAM PORT", "a mailed digest's list name and item count over the headline"),
    ("Diario del Pacífico\nInternacional\n\nEl puerto de Valparaíso amplía su terminal de contenedores\n\n"
     "Por Ana Lucía Ferreyra Soto\nCorresponsal jefa en Chile\n\n4 de marzo de 2025, 10:12\n\n"
     "Valparaíso, 4 mar (ANS) El puerto amplió este martes su terminal de contenedores.\n",
     "El puerto de Valparaíso amplía su terminal de contenedores",
     "the byline's role on the line under it is no headline"),
    ("Harbour Ledger\n\nPilots end strike at container port\n\nBy Jo Roe\nStaff Writer\n\nMarch 4, 2025\n\n"
     "ROTTERDAM - Harbour pilots went back to work on Tuesday after a pay deal.\n",
     "Pilots end strike at container port", "...in English"),
    ("De Havenbode\nRegio | Binnenland | Buitenland | Sport\n\ndinsdag 4 maart 2025 om 10:12\n\n"
     "Loodsen in Antwerpen beëindigen staking\n\nDe havenloodsen zijn dinsdag weer aan het werk gegaan "
     "na een akkoord over hun loon. (belga)\n",
     "Loodsen in Antwerpen beëindigen staking", "the site's name right over its menu, above the date"),
    ("Pilots end strike at container port\nShare | Tweet | Email\n\nMarch 4, 2025\n\n"
     "Harbour pilots went back to work on Tuesday after a pay deal, the port said.\n",
     "Pilots end strike at container port", "a headline over a share bar, with no other candidate, stays"),
    ("Section 8 vouchers: city cuts waiting list by half\nMarch 4, 2025\n\n"
     "The city housing authority said on Tuesday it had halved its waiting list for vouchers.\n",
     "Section 8 vouchers: city cuts waiting list by half", "a headline opening with a label's word and no colon after it"),
    ("Prensa Sur - Agencia Chilena de Noticias\nTuesday, May 9, 2023\nHome | Politics | Economy | Sports\n\n"
     "Economy\n\nChile opens tender for two desalination plants\n\n09:30 | Santiago, May 9.\n\n"
     "The public works ministry on Tuesday opened a tender for two desalination plants in the north of "
     "the country, worth about 900 million dollars.\n",
     "Chile opens tender for two desalination plants",
     "an agency's masthead, its self-description ending in 'Noticias', over the page's date is no headline"),
    ("GRAIN MARKETS WEEKLY - CLIPPINGS                         May 2003\nFor subscribers only.\n\n"
     "AFP     12/05/2003 10:20\n\nWheat prices climb on drought fears in Russia\n\nPARIS, May 12 (AFP) - Wheat "
     "prices rose on Monday as traders worried\nabout dry weather in southern Russia.\n\n"
     "Grain Markets Weekly                  - 2 -\n\nGRAIN MARKETS WEEKLY - CLIPPINGS                         May 2003\n\n"
     "Maize prices were steady.\n",
     "Wheat prices climb on drought fears in Russia",
     "a PDF digest's page header, set again after its page break, is no headline"),
    ("Harbour Finance\nHome  Markets  Quotes\n\nShipping stocks slide as freight rates fall\n\n"
     "By Dana Whitlow, AP Business Writer | Associated Press – Tue, Mar 5, 2024 3:12 PM EST\n\n"
     "Related Quotes\nSymbol   Price   Change\nMAER   1210.5   -3.2\nView Quote Details\n\n"
     "NEW YORK (AP) — Shipping stocks fell on Tuesday as freight rates dropped for a third week.\n",
     "Shipping stocks slide as freight rates fall",
     "a byline that carries the date marks the date line: the headline is above it, not the quote box's "
     "button below"),
    ("Harbour Start\nMoney  Markets  Watchlist\n\nProvided by AFP\n\n"
     "Port of Antwerp to ban fossil fuel ships by 2030\n\nStory by Lise Vermeulen • 3h • 2 min read\n\n"
     "© Provided by AFP\nThe plan still needs the city council's approval\n\n"
     "Antwerp (AFP) - The port of Antwerp will ban ships running only on fossil fuels from 2030, its "
     "authority said on Thursday.\n",
     "Port of Antwerp to ban fossil fuel ships by 2030",
     "MSN: the caption right under '© Provided by AFP', and the byline with its reading time, are no "
     "headline"),
    ("HEALTH Hospitals Norovirus\n14/01/2016 09:05\n\nWards close to visitors as winter vomiting bug spreads\n\n"
     "By Tom Hale, Press Association Health Correspondent\n\nThree hospitals in the north of England have closed "
     "wards to visitors after an outbreak of norovirus, health officials said.\n",
     "Wards close to visitors as winter vomiting bug spreads",
     "PA's catchline (its desk in capitals, then keywords) over the date is no headline"),
    ("POLITICS Voters queue in the rain\n14/01/2016 09:05\n\nPolling stations stayed open late across the "
     "region after long queues formed in heavy rain, the returning officer said.\n",
     "POLITICS Voters queue in the rain",
     "...but a line with words in lower case after the caps word is a headline"),
    ("Energy\n\nPipeline operator shelves Baltic link after cost review\n\nAuthors of this story:\nReuters\n"
     "Anna Berg and Piotr Nowak\nPublished Mar 5, 2024  •  3 minute read\n\n(Reuters) - A pipeline operator "
     "shelved plans for a second link across the Baltic Sea on Tuesday after a review doubled its cost.\n",
     "Pipeline operator shelves Baltic link after cost review",
     "a label alone on its line over the byline's lines is no headline"),
    ("La Voz del Puerto\nNoticias  Costa del Golfo  Vida y Estilo  Deportes  Suscríbete\n\n"
     "El puerto de Veracruz amplía su muelle de cruceros\n\nPor ANA RUIZ\nAssociated Press\n"
     "5 de marzo de 2024 10:15 AM\n\nVERACRUZ, México (AP) — El puerto amplió su muelle de cruceros para "
     "recibir dos barcos a la vez, informaron las autoridades el martes.\n",
     "El puerto de Veracruz amplía su muelle de cruceros",
     "a menu whose items run to several words, set apart by gaps, is no headline over the real one"),
    ("ТАСС\nИнформационное агентство России\nПолитика  Экономика  Общество  Спорт\n\nОбщество\n"
     "5 марта 2024, 10:15\n\nВ Казани откроют новую линию метро в 2027 году\n\nКАЗАНЬ, 5 марта (ТАСС) – "
     "Новая линия метро в Казани будет открыта в 2027 году, сообщили в мэрии города.\n",
     "В Казани откроют новую линию метро в 2027 году",
     "the site's full name under the agency's short one, over a menu, is no headline; the headline under the date is"),
    ("Вестник\nНовини  Бизнес  Свят\n\nПловдив ще има нов мост над Марица до 2026 г.\n\n5 мар 2024, 10:15\n\n"
     "Пловдив, 5 март /БТА/ Нов мост над Марица ще бъде построен до края на 2026 година, съобщи кметът.\n",
     "Пловдив ще има нов мост над Марица до 2026 г.",
     "a headline closing on the abbreviated word for 'year' is no sentence"),
    ("Portal\nVesti  Info  Sport\n\nInfo\n\nNovi Sad: Nova bolnica gotova do kraja 2026.\n\n"
     "Utorak, 05.03.2024. | 10:15\n\nNOVI SAD -- Nova bolnica biće završena do kraja 2026. godine, izjavio je "
     "danas gradonačelnik.\n",
     "Novi Sad: Nova bolnica gotova do kraja 2026.",
     "a headline closing on a year's ordinal dot is no sentence; the section label above it no headline"),
    ("Lisboa.pt\nCidade  Política  Economia  Desporto\n\nLisboa, 40 novos elétricos nas ruas até 2026\n\n"
     "A Câmara: 'Mais lugares e menos ruído'\n\nRedação\n5 de março de 2024\n10:15\n\n"
     "Lisboa, 5 mar (Lusa) - A cidade vai receber 40 novos elétricos até ao fim de 2026, anunciou hoje a "
     "vereadora da Mobilidade.\n",
     "Lisboa, 40 novos elétricos nas ruas até 2026",
     "a headline with a figure and a year over its deck: the year is no promo's figure"),
    ("Kestrel Harbour Plc\n14 June 2022\n\nHalf Year Trading Update\n\nKestrel Harbour Plc, the port operator "
     "with terminals on the east coast, reports its volumes and revenue for the six months ended 31 May 2022.\n\n"
     "Volumes rose by a tenth.\n",
     "Half Year Trading Update",
     "...but a long paragraph closing on a year is a sentence, no headline"),
    ("PAP - Serwis Regionalny\n2010-03-04 09:15\n\nToruń: Most drogowy zamknięty na dwa tygodnie\n\nToruń (PAP) - "
     "Od poniedziałku most drogowy przez Wisłę będzie zamknięty z powodu remontu nawierzchni.\n",
     "Toruń: Most drogowy zamknięty na dwa tygodnie",
     "an agency's short name and its service's name over the date: the export's masthead, no headline"),
    ("EUROPA PRESS GALICIA -- SERVIZO EN GALEGO\n2011-05-19 12:20\n\nO concello de Lugo amplía as rutas do "
     "autobús urbano a 3 parroquias\n\nLUGO, 19 (EUROPA PRESS)\n\nO goberno local presentou este xoves "
     "as novas rutas, que entrarán en servizo no mes de xuño.\n",
     "O concello de Lugo amplía as rutas do autobús urbano a 3 parroquias",
     "an agency's regional service in capitals, then its language service after a typewriter's dash: a masthead"),
    ("EUROPA PRESS ANDALUCIA\n2011-05-19 12:20\n\nSevilla abre dos nuevos carriles bici en 2012\n\n"
     "SEVILLA, 19 (EUROPA PRESS)\n\nEl ayuntamiento presentó este jueves los dos nuevos carriles, que "
     "unirán el centro con los barrios del norte.\n",
     "Sevilla abre dos nuevos carriles bici en 2012",
     "...the regional service's banner alone"),
    ("İHA YURT SERVİSİ\n14.06.2017 09:40\n\nKONYA'DA SEKER PANCARI HASADI BASLADI\n\nKONYA (İHA) - Konya "
     "ovasında bu yıl ekilen şeker pancarlarının hasadına sabah saatlerinde başlandı.\n",
     "KONYA'DA SEKER PANCARI HASADI BASLADI",
     "a Turkish agency's short name and its desk in capitals, the dotted İ folded: a masthead, no headline"),
    ("DHA Ekonomi Masası\n14.06.2017 09:40\n\nLiman ihracatı rekor kırdı\n\nMERSİN (DHA) - Mersin limanından "
     "yapılan ihracat mayıs ayında rekor düzeye ulaştı.\n",
     "Liman ihracatı rekor kırdı",
     "...and its business desk in title case"),
    ("סוכנות הידיעות TPS - מבזק חדשות\n14.03.2021 | 09:40\n\nנמל אשדוד פותח רציף חדש\n\nאשדוד (TPS) -- "
     "הנמל פתח היום רציף חדש לאוניות מטען גדולות.\n",
     "נמל אשדוד פותח רציף חדש",
     "an agency's Hebrew masthead, its full name, a dash and its service ('news flash'): no headline"),
    ("National News Agency - Lebanon\n\nSunday 12 March 2023 10:05\n\nPort of Tripoli Expands Grain Silos\n\n"
     "NNA - Works to expand the grain silos at the port of Tripoli began on Sunday, the port authority said.\n",
     "Port of Tripoli Expands Grain Silos", "...an agency's full name and its country"),
    ("Tempe council backs new bike lanes on Mill Avenue\n\nLena Ortiz\nArizona Republic\nPublished 7:15 a.m. MT "
     "May 4, 2021\n\nTEMPE — The city council voted on Thursday to add protected bike lanes along Mill Avenue.\n",
     "Tempe council backs new bike lanes on Mill Avenue",
     "a bare byline, then the paper's name, over the date: neither is the headline"),
    ("Kerala opens three new ferry routes on Vembanad lake\n\nAnil Menon\nKOCHI\nUpdated - March 3, 2025 06:10 pm IST\n\n"
     "The State Water Transport Department on Monday opened three ferry routes across the lake.\n",
     "Kerala opens three new ferry routes on Vembanad lake",
     "...or the place the reporter files from, in capitals (The Hindu's)"),
    ("Jalisco abre nueva ruta de tren ligero en Zapopan\n\nLuis Ramírez | Corresponsal\n03/05/2024 10:20\n\n"
     "ZAPOPAN, Jal.— El gobierno estatal inauguró este viernes la nueva ruta del tren ligero.\n",
     "Jalisco abre nueva ruta de tren ligero en Zapopan", "...a name, a bar and the role word"),
    ("Žinios  Verslas  Sportas\n\nVilniuje atidaromas naujas tiltas per Nerį\n\nJonas Petraitis, BNS\n"
     "2024-03-05 10:12\n\nVilniaus savivaldybė antradienį atidarė naują tiltą per Nerį. Jis kainavo "
     "dvylika milijonų eurų ir buvo statomas dvejus metus.\n",
     "Vilniuje atidaromas naujas tiltas per Nerį",
     "a byline of a name and its agency after a comma, over the date, is no headline"),
]


@_rows(HEAD_FURNITURE)
def test_head_furniture_is_no_headline(text, expected, why):
    assert parse_text(text).title == expected


# (story, title, why): an agency's or a paper's masthead over the date line, the headline under it
MASTHEADS_OVER_THE_DATE = [
    ("ANTARA News Kalimantan Barat\nRabu, 4 Mei 2016 08:20 WIB\n\nHarga beras di Pontianak mulai turun\n\n"
     "Pontianak (ANTARA News) - Harga beras medium di pasar tradisional Pontianak turun dua ribu rupiah "
     "per kilogram sepekan terakhir setelah panen raya.\n",
     "Harga beras di Pontianak mulai turun",
     "an agency's regional site, its masthead with the region after the service's name, over the date"),
    ("PNA -- Philippine News Agency -- Visayas\n\nIloilo port adds second passenger terminal\n\n"
     "By Rommel Dagatan\nMarch 3, 2021, 9:12 am\n\nILOILO CITY -- The port authority opened a second "
     "passenger terminal on Wednesday to ease crowding during the summer peak.\n",
     "Iloilo port adds second passenger terminal",
     "the agency's short and full names and its regional desk, parted by a typewriter's double dash"),
    ("Harbour Light Of Fiji Daily  |  Local News\nMay 2, 2018\n\nSuva council repaves market road\n\n"
     "The city council finished repaving the road beside the municipal market on Tuesday, two weeks ahead "
     "of schedule.\n",
     "Suva council repaves market road",
     "a paper's name of five words and its section after a bar, over the date"),
    ("ကြေးမုံ -- ပြည်တွင်းသတင်း\n၂၀၂၂ ခုနှစ် မတ် ၈ ရက်\n\nမော်လမြိုင် ဈေးသစ် ဖွင့်လှစ်\n\n"
     "မော်လမြိုင် မတ် ၈\n\nမော်လမြိုင်မြို့တွင် ဈေးသစ်တစ်ခုကို ယနေ့ ဖွင့်လှစ်ခဲ့သည်။\n",
     "မော်လမြိုင် ဈေးသစ် ဖွင့်လှစ်",
     "a Burmese paper's name and its 'home news' section after a double dash, over the date"),
    ("สำนักข่าวแห่งชาติ (NNT) กรมประชาสัมพันธ์\n\nรถไฟสายใต้เพิ่มขบวนพิเศษ 4 ขบวน ช่วง 1-3 ม.ค.\n\n"
     "วันที่ 28 ธ.ค. 2565\n\nการรถไฟแห่งประเทศไทยจัดขบวนรถพิเศษเพิ่มอีกสี่ขบวนเพื่อรองรับผู้โดยสารที่เดินทางกลับภูมิลำเนา\n",
     "รถไฟสายใต้เพิ่มขบวนพิเศษ 4 ขบวน ช่วง 1-3 ม.ค.",
     "an agency's Thai name, its initials and its parent department: a masthead; a headline closed by "
     "a Thai month's short form ('ม.ค.') has no full stop"),
    ("Conseil régional - Communiqué de presse\nLe conseil ouvre trois lycées agricoles à la rentrée\n"
     "Rennes, le 4 septembre 2018\nLe conseil régional a inauguré mardi trois lycées agricoles qui "
     "accueilleront près de mille élèves dès cette année.\nLes travaux ont duré deux ans.\n",
     "Le conseil ouvre trois lycées agricoles à la rentrée",
     "an issuing body and what it calls the text, over a release's headline: no headline"),
    ("WFP NEWS RELEASE\n3 May 2001\nFood convoys resume on the northern corridor\nConvoys carrying maize "
     "and beans resumed on Thursday along the corridor after a three-week pause, the agency said.\n"
     "Drivers reported calm roads.\n",
     "Food convoys resume on the northern corridor",
     "...and a body's initials and the kind alone on the line, in capitals, over the date"),
    ("KATOLICKA AGENCJA INFORMACYJNA\nBiuletyn Parafialny nr 17 (2015)\nLublin, 3 marca 2015\n\n"
     "Parafie zbierają dary dla hospicjum\n\nLublin (KAI) Kilkanaście parafii miasta zbiera w tym tygodniu "
     "dary dla miejscowego hospicjum.\n\nZbiórka potrwa do niedzieli.\n",
     "Parafie zbierają dary dla hospicjum",
     "a bulletin's name and its issue's number and year over the items: no headline"),
    ("Why nobody reads the press release\n\nAgencies send out thousands of statements each week and "
     "most of them are never opened, a survey of newsrooms found.\n\nEditors blamed their length.\n",
     "Why nobody reads the press release",
     "a headline ending on the phrase, its words in lower case, stays one"),
]


@_rows(MASTHEADS_OVER_THE_DATE)
def test_mastheads_over_the_date_are_no_headline(text, expected, why):
    assert parse_text(text).title == expected


# (story, title, why): a monitoring mail's count of its hits and a daybook's day header over
# the entries are the head's furniture, no headline
COUNT_AND_DAY_HEADERS = [
    ("Daily press watch for Harbour Lines Ltd\nKeywords: Harbour Lines\nNumber of hits: 2\n\n"
     "Source: NTB\nPublished: 04.05.2017 kl. 09.12\n\nFerry crews vote to accept new pay deal\n\n"
     "Stavanger (NTB): Crews on the coastal ferries voted on Thursday to accept the pay deal agreed last week.\n",
     "Ferry crews vote to accept new pay deal",
     "a monitoring mail's count of its hits is its header: the clipped story's headline is under its date"),
    ("BC-AP-Boston-Daybook,0312\nAP Boston Daybook for Friday, June 3\n\nEds: Listing of events in the "
     "Boston area for the day. All times EDT.\n\nFRIDAY, JUNE 3\n\n9 a.m. - City council hears testimony on "
     "the harbor ferry budget. Location: City Hall, Room 801.\n\n11 a.m. - Port authority board meets. "
     "Location: Logan office park.\n",
     "AP Boston Daybook for Friday, June 3",
     "a daybook's day header under its headline is no headline: a day and a weekday alone"),
]


@_rows(COUNT_AND_DAY_HEADERS)
def test_count_and_day_headers_are_no_headline(text, expected, why):
    assert parse_text(text).title == expected


# (story, (reporters, cities), why): a bare byline over a paper's name, a place or a role
BARE_BYLINES_OVER_THE_DATE = [
    (HEAD_FURNITURE[-4][0], (["Lena Ortiz"], ["Tempe"]), "the name over the paper's name is the reporter"),
    (HEAD_FURNITURE[-3][0], (["Anil Menon"], ["Kochi"]), "...over the place in capitals: the reporter and the city"),
    (HEAD_FURNITURE[-2][0], (["Luis Ramírez"], ["Zapopan"]), "...before a bar and the role word"),
    ("Grain shipments rise despite port strikes\n\nThe Millbrook Courier\n\nWorld\n\nPublished: Nov. 26, 2024, "
     "4:32 a.m. ET\n\nKYIV, Ukraine (AP) — Ships carrying grain left the ports at the fastest pace in months.\n",
     ([], ["Kyiv"]), "the paper's name over its section and the date is no reporter"),
    ("Copper climbs to a three-year high\n\nHarbour Herald\n\nMarkets\n\nPublished: Nov. 26, 2024, 4:32 a.m. ET\n\n"
     "LONDON (Reuters) - Copper rose to its highest in three years on Tuesday as smelters ran short of ore.\n",
     ([], ["London"]), "...nor a masthead's word over them"),
    ("Ferry operator orders four electric boats\n\nHarbour Finance\n\nMarch 3, 2024, 10:15 AM\n\n"
     "OSLO (Reuters) - A ferry operator ordered four battery boats for its fjord routes on Monday.\n",
     ([], ["Oslo"]), "an outlet's name alone over the date, by a word no person's name holds, is no reporter"),
    ("Stadt plant neue Radwege am Ring\n\nKleine Rundschau\n\n03.03.2024, 10:15 Uhr\n\n"
     "GRAZ (APA) - Die Stadt will bis zum Sommer zwei neue Radwege am Ring bauen.\n",
     ([], ["Graz"]), "...in German too"),
    ("Ferry operator orders four electric boats\n\nTove Amundsen\n\nMarch 3, 2024, 10:15 AM\n\n"
     "OSLO (Reuters) - A ferry operator ordered four battery boats for its fjord routes on Monday.\n",
     (["Tove Amundsen"], ["Oslo"]), "...while a person's name there is the reporter"),
]


@_rows(BARE_BYLINES_OVER_THE_DATE)
def test_bare_bylines_over_the_date(text, expected, why):
    story = parse_text(text)
    assert (story.reporters, story.cities) == expected
    assert story.title == text.split("\n", 1)[0]


# (story, title, why): page furniture that names or labels, not a headline
LABEL_FURNITURE = [
    ("Business Wire\n\nCopperline Foods to Build Bakery in Nairobi\n\nNews provided by\nCopperline Foods Ltd.\n"
     "Apr 02, 2019, 07:00 ET\n\nNAIROBI, Kenya, April 2, 2019 /Business Wire/ -- Copperline Foods said today it "
     "would build a bakery outside Nairobi.\n",
     "Copperline Foods to Build Bakery in Nairobi",
     "a release wire's 'News provided by' over the company's name is a credit's label, no headline"),
    ("allAfrica.com: Ghana: Cocoa Board Opens Two New Warehouses\n\nGhana:  Cocoa Board Opens Two New Warehouses\n\n"
     "Daily Graphic (Accra)\n3 May 2022\n\nThe cocoa board opened two warehouses in the Western Region on Tuesday, "
     "its chief executive said.\n",
     "Ghana: Cocoa Board Opens Two New Warehouses",
     "an aggregator's outlet and its city in brackets under the headline, and the page's title line over it "
     "with the site's name, are no headline"),
    ("Floods cut three roads (Accra)\n3 May 2022\n\nHeavy rain cut three roads into the capital on Tuesday, police said.\n",
     "Floods cut three roads (Accra)", "a headline in sentence case with a city in brackets stays one"),
    ("الصباح\nاقتصاد\n\nافتتاح ميناء جديد للصيد في مدينة الداخلة\n\nالصباح - رويترز\n"
     "الثلاثاء 4 يونيو 2024 - 10:15\n\nافتتحت السلطات يوم الثلاثاء ميناء جديدا للصيد في مدينة الداخلة.\n",
     "افتتاح ميناء جديد للصيد في مدينة الداخلة",
     "an outlet's name, a dash and the agency it runs, under the headline: a credit, no headline"),
    ("Arkivtjänst – Artikel\n\nKälla: Svenska Dagbladet\nDatum: 2001-05-14\nSektion: Ekonomi\nSida: 12\n\n"
     "Hamnen i Malmö får ny kaj\n\nMALMÖ (TT) Hamnen bygger en ny kaj för färjorna.\n",
     "Hamnen i Malmö får ny kaj",
     "a record's labelled fields (its source over its date) and the archive's name above them: the headline "
     "stands under the fields"),
    ("LSM.lv\n\nRīgā atver jaunu tiltu pār Daugavu\n\nLSM.lv Ziņu redakcija\n2021. gada 4. maijs, 10:20\n\n"
     "Rīgā otrdien atklāts jauns gājēju tilts, pavēstīja pašvaldība.\n",
     "Rīgā atver jaunu tiltu pār Daugavu",
     "a site's news desk under the headline, its desk word in lower case: the newsroom's credit, no headline"),
    ("The Evening Herald Online Archive\nMonday, May 8, 2000\n\nNation\n\nFloods close highway across the plains\n\n"
     "OMAHA, Neb. (AP) _ Floodwater closed a stretch of interstate on Monday.\n",
     "Floods close highway across the plains", "a paper's online archive masthead over the date is no headline"),
    ("Portal | News | Sport\n\n[ Portal ] Home - Top Stories - Business - World - Local\n\nFerry fares rise on the island route\n\n"
     "The ferry company raised fares by five per cent on Monday, it said.\n",
     "Ferry fares rise on the island route", "menu items set apart by dashes are no headline"),
    ("الرئيسية  أخبار  رياضة\n\nافتتاح مستشفى جديد في أسوان\n\nالثلاثاء 05/مارس/2019 - 10:20 ص\nكتب: أ ش أ\n\n"
     "أسوان - (أ ش أ):\nافتتح محافظ أسوان اليوم مستشفى جديدا يخدم القرى المجاورة في جنوب المحافظة.\n",
     "افتتاح مستشفى جديد في أسوان", "'written by: MENA' under the date is a credit line, no headline"),
    ("RNS Number : 7730K\nNordhafen Logistik AG\n12 March 2024\n\nReleased 07:00 12-Mar-2024\n\n"
     "Final Results 2023\n\nNordhafen Logistik AG (\"Nordhafen\") announces its audited results for the year "
     "ended 31 December 2023, with revenue up nine per cent.\n",
     "Final Results 2023",
     "an exchange announcement's reference number and its issuer over the date are no headline"),
    ("Ref: KPL/24/118\n\nTidewater Pumps wins dredging contract in Mombasa\n\n"
     "Tidewater Pumps said on Tuesday it had won a contract to dredge two berths at the port.\n",
     "Tidewater Pumps wins dredging contract in Mombasa", "a reference line of a label and a code is no headline"),
    ("বিশ্ব\n\nনেপালে ভূমিধসে মহাসড়ক বন্ধ\n\nবাংলা নিউজ ডটকম ডেস্ক\n\nPublished : 02 Aug 2022, 10:05 AM\n\n"
     "নেপালের পশ্চিমাঞ্চলে ভারী বৃষ্টির পর ভূমিধসে একটি প্রধান মহাসড়ক মঙ্গলবার বন্ধ হয়ে গেছে।\n",
     "নেপালে ভূমিধসে মহাসড়ক বন্ধ", "a newsroom desk's credit under the headline is no headline"),
    ("World\n\nLandslide shuts highway in western Nepal\n\nHarbour Ledger Online Desk\n\n"
     "Published : 02 Aug 2022, 10:05 AM\n\nA landslide after heavy rain shut a main highway in western Nepal "
     "on Tuesday.\n",
     "Landslide shuts highway in western Nepal", "...an English desk's credit of four words"),
    ("World\n\nMinister Clears His Desk\n\nPublished : 02 Aug 2022, 10:05 AM\n\nThe minister left office "
     "on Tuesday after six years.\n",
     "Minister Clears His Desk", "a headline in title case closing on 'Desk' stays the headline with no other line"),
    ("AAP GENERAL NEWS (AUSTRALIA)\nThu 5 May 2005 09:20\nQLD: Cane growers brace for early frost\n\n"
     "By Tom Reardon\n\nBRISBANE, May 5 AAP - Cane growers in the state's north were told to expect frost a "
     "month early this year.\n",
     "Cane growers brace for early frost", "a regional desk's state code and colon before the headline goes"),
    ("QC: QC nurses walk off the job at dawn\n\nMONTREAL - Nurses at four hospitals walked off the job at dawn on "
     "Tuesday, their union said.\n",
     "QC nurses walk off the job at dawn", "...and one the headline repeats keeps its own word"),
    ("KILL: Harbour fire story withdrawn\n\nEditors: The story slugged Harbour Fire is withdrawn. A corrected "
     "version will follow.\n",
     "KILL: Harbour fire story withdrawn", "...a label that says what the copy is stays"),
]


# (line, is a reference line, why)
REFERENCE_LINES = [
    ("RNS Number : 7730K", True, "an exchange news service's number"),
    ("Release No.: 24-112", True, "a release's number"),
    ("Ref: KPL/24/118", True, "a reference code with slashes"),
    ("Ref: Ports reopen", False, "words after the colon: a headline"),
    ("Vote count: 4,512", False, "no reference label"),
    ("Oil output hits record: 2024", False, "a headline ending in a year"),
]


@_rows(REFERENCE_LINES)
def test_reference_lines(text, expected, why):
    assert bool(REFERENCE_LINE_RE.match(text)) is expected


# (line, is an issuer's name alone, why)
ISSUER_NAMES = [
    ("Halden Copper PLC", True, "a British listed company's name"),
    ("Nordic Harbour Shipping Holdings ASA", True, "a Norwegian company, five words"),
    ("Marlow & Finch Ltd", True, "an ampersand in the name"),
    ("Profit falls at Halden Copper PLC", False, "a headline ending in the name: words in lower case"),
    ("Ports Reopen", False, "no legal form"),
    ("PLC", False, "the form alone"),
]


@_rows(ISSUER_NAMES)
def test_issuer_names_are_no_headline(text, expected, why):
    assert _issuer_name(text) is expected


@_rows(LABEL_FURNITURE)
def test_label_furniture_is_no_headline(text, expected, why):
    assert parse_text(text).title == expected


def test_a_name_and_agency_byline_under_the_headline():
    story = parse_text(HEAD_FURNITURE[-1][0])
    assert (story.reporters, story.agencies) == (["Jonas Petraitis"], ["BNS"])
    assert story.body.startswith("Vilniaus savivaldybė")


# (line, is a clipping service's header line, why)
CLIPPING_LINES = [
    ("General News, page 17 - 212.45 cm²", True, "the clip's measured area"),
    ("Metro - circulation 174,210 (MTWTF)", True, "the paper's circulation"),
    ("ID 1438827710    BRIEF NSWHEALTH    PAGE 1 of 1", True, "the clip's page count"),
    ("Auflage: 84.000", True, "a German circulation"),
    ("Page 4 of the report shows a deficit", False, "no count of pages"),
    ("PORTS-WIRE - item 2 of 6", True, "a mailed digest's count of its items"),
    ("Artikel 3 von 7", True, "the count in German"),
    ("Article 5 of 1949 convention invoked in port dispute", False, "a year after 'of': a headline"),
    ("The paper's circulation fell last year", False, "the word with no figure"),
    ("Antall treff: 4", True, "a monitoring mail's count of its hits, in Norwegian"),
    ("Anzahl Treffer: 12", True, "...in German"),
    ("Number of hits: 3", True, "...in English"),
    ("Hits: 3 ferries ran aground on the coast", False, "a count that runs on into words is no count line"),
]


@_rows(CLIPPING_LINES)
def test_clipping_header_lines(text, expected, why):
    assert bool(CLIPPING_LINE_RE.search(text)) is expected


# (line, is boilerplate, why)
READER_COUNTERS = [
    ("Total Views: 1,204", True, "a shipping site's counter"),
    ("Views: 87", True, "a bare counter"),
    ("12.4K views", True, "a counter after its figure"),
    ("Aufrufe: 3.412", True, "a German counter"),
    ("阅读：3520", True, "a Chinese counter with a full-width colon"),
    ("Views differ on the port deal", False, "a headline opening with the word"),
    ("3 views of the harbour strike", False, "words after the counter's word: a headline"),
    ("Search for news, symbols or companies", True, "a finance portal's search box over the headline"),
    ("Search quotes, news & videos", True, "a search box's list joined by '&'"),
    ("Search for tickers and companies...", True, "a prompt closed by an ellipsis"),
    ("Rechercher cours, actualités ou valeurs", True, "a French portal's search box"),
    ("Search for missing climbers resumes", False, "a headline: what it searches for is no list"),
    ("Search news", False, "one word after the verb: a headline may be that short"),
    ("Market Closed  Mar 8, 2024 4:00 PM", True, "a quote box's stamp: its label, the day and the clock"),
    ("After hours: $12.07   Mar 8, 2024 7:41 PM ET", True, "...a price between the label and the day"),
    ("Pre-market: 88.10 +1.2% 08:30 ET", True, "...a price, its change and a clock, no day"),
    ("As of Mar 8, 2024 4:00 p.m. EST", True, "...'as of' and a clock with a.m./p.m. dots"),
    ("Nachbörslich 08.03.2024 21:58", True, "...a German after-hours label"),
    ("After hours of talks at 4:00 p.m. the sides agreed", False, "words in lower case after the label: a sentence"),
    ("After Hours: Harbour Shares Jump 5%", False, "no clock after the label: a headline"),
    ("Closed Mar 8, 2024", False, "no clock: nothing that could be taken for the story's time"),
]


@_rows(READER_COUNTERS)
def test_reader_counters_are_boilerplate(text, expected, why):
    assert clean.is_boilerplate(text) is expected


# (line, is a note to editors, why)
REVISION_NOTES = [
    ("(Adds analyst comment in paragraph 5, peso move)", True, "Reuters' note of what a version adds"),
    ("(Updates with closing prices, adds detail from statement)", True, "an update's note"),
    ("(Repeats story first published on Friday (March 1))", True, "a note holding brackets of its own"),
    ("(Recasts with central bank decision)", True, "a recast"),
    ("(Adds) Herons return to the lake", False, "a bracketed word opening a headline"),
    ("(Analysis) Herons return to the lake", False, "a genre mark before a headline"),
]


@_rows(REVISION_NOTES)
def test_revision_notes_are_advisories(text, expected, why):
    assert envelope.is_advisory(text) is expected


# (story, title, why): copy in scripts whose full stop is no "." (the danda "।", Urdu's "۔",
# Khmer's "។"): a line it closes is a sentence of the story, never the headline
SCRIPT_FULL_STOP_HEADS = [
    ("শহরের খবর\n\nবন্যায় ভেসে গেল তিন গ্রামের কাঠের সেতু\n\n"
     "টানা বৃষ্টিতে নদীর জল বেড়ে যাওয়ায় জেলার তিনটি গ্রামের কাঠের সেতু ভেসে গেছে বলে প্রশাসন জানিয়েছে।\n\n"
     "স্থানীয় বাসিন্দারা এখন নৌকায় করে বাজারে যাচ্ছেন বলে জানা গেছে।\n",
     "বন্যায় ভেসে গেল তিন গ্রামের কাঠের সেতু", "Bengali: paragraphs closed by the danda are the story"),
    ("पहाडी खबर\n\nगृहपृष्ठ  राजनीति  खेलकुद  अर्थ\n\nपहाडी सडकमा नयाँ पुलको निर्माण सुरु\n\n"
     "जिल्ला प्रशासनका अनुसार पुलको काम आगामी वर्षाअघि नै सकिने लक्ष्य राखिएको छ ।\n\n"
     "स्थानीय बासिन्दाले पुल बनेपछि बजार पुग्न दुई घण्टा कम लाग्ने बताएका छन् ।\n",
     "पहाडी सडकमा नयाँ पुलको निर्माण सुरु", "Nepali: a danda set off by a space closes a sentence too"),
    ("شہر میں دریا پر نیا پل کھول دیا گیا\n\n"
     "شہر کے مرکزی دریا پر بنایا گیا نیا پل آج ٹریفک کے لیے کھول دیا گیا اور شہریوں نے خوشی کا اظہار کیا۔\n\n"
     "حکام کے مطابق پل کی تعمیر پر دو سال لگے اور اس پر کئی ارب روپے خرچ ہوئے۔\n",
     "شہر میں دریا پر نیا پل کھول دیا گیا", "Urdu's full stop closes the story's paragraphs"),
    ("ទីក្រុងភ្នំពេញបើកផ្លូវថ្មី\n\nអាជ្ញាធរក្រុងបានបើកផ្លូវថ្មីមួយ ដើម្បីកាត់បន្ថយការកកស្ទះចរាចរណ៍ "
     "នៅក្នុងទីក្រុង ក្នុងថ្ងៃច័ន្ទ នេះ ហើយប្រជាពលរដ្ឋជាច្រើន បានចូលរួម ។\n\nផ្លូវនេះមានប្រវែងប្រាំគីឡូម៉ែត្រ ។\n",
     "ទីក្រុងភ្នំពេញបើកផ្លូវថ្មី", "Khmer's full stop: the last short sentence is no headline"),
    ("समाचार पोर्टल\n\nनदी किनारमा नयाँ सार्वजनिक उद्यान खुल्यो\n\n२०८१ साउन ५, आइतबार ०९:४५ बजे\n\n"
     "नगरपालिकाले नदी किनारमा बनाएको सार्वजनिक उद्यान आइतबारदेखि आम नागरिकका लागि खुला गरेको छ ।\n",
     "नदी किनारमा नयाँ सार्वजनिक उद्यान खुल्यो",
     "a date line in Devanagari digits, its year and its time, is no headline either"),
]


@_rows(SCRIPT_FULL_STOP_HEADS)
def test_script_full_stops_close_sentences(text, expected, why):
    assert parse_text(text).title == expected


def test_a_menu_with_no_headline_stays_out_of_the_body():
    story = parse_text("Home | Business | Weather\n\nLIVERPOOL, England (AP) — Dock workers at the port "
                       "voted on Tuesday to end a two-week strike after a pay offer.\n")
    assert story.title is None and story.body.startswith("LIVERPOOL")


# (paragraph, is a digest's or an alert's note over the story, why)
ALERT_NOTES = [
    ("Your folder NICKEL has 2 new articles.", True, "a keyword alert's count of what it found"),
    ("3 new items match your search for 'port strike'", True, "an alert's count opening its line"),
    ("WEST AFRICA WIRES - daily digest\nItem 2 of 5 | Source: GNA", True, "a digest's masthead and item count"),
    ("The plant added 3 new articles of association to its charter, and its board met on Monday "
     "to approve them after a long debate among shareholders about the terms.", False,
     "a long paragraph of the story"),
    ("Nickel halted after 2 new lows\nTraders fled the market.", False, "a second line of no count"),
]


@_rows(ALERT_NOTES)
def test_alert_and_digest_notes(text, expected, why):
    assert envelope.is_digest_note(text) is expected


# ((a page's or a clip's title, the first lines of its text), the headline, why): the title
# with only short labels (site, section, kicker, date) around a line the story shows
TITLE_LABELS = [
    (("Tram depot to close by June | Harbour Courier", ("# Tram depot to close by June", "By Jo Park")),
     "Tram depot to close by June", "a clipper's title with the site's name after a bar"),
    (("Tram depot to close by June - Transport - harbourcourier.example › Local",
      ("Transport", "Tram depot to close by June")),
     "Tram depot to close by June", "a section and the site's address with its own arrow"),
    (("Stadtrat: Neue Tramlinie bis 2027 | HAFENBLATT ONLINE", ("Stadtrat", "# Neue Tramlinie bis 2027")),
     "Neue Tramlinie bis 2027", "a kicker before a colon and a site after a bar: the page's own headline"),
    (("AFP: Cocoa farmers block roads in Abidjan", ("Google News", "Cocoa farmers block roads in Abidjan")),
     "Cocoa farmers block roads in Abidjan", "Google's hosted news puts the agency before a colon"),
    (("HARBOURNET -- NEWS - Canada: Ferry fares rise on the Fundy crossing",
      ("NEWS > Canada", "Ferry fares rise on the Fundy crossing")),
     "Ferry fares rise on the Fundy crossing", "an early portal's site, desk and region, the double hyphen too"),
    (("PORTAL - Ferry fares rise on the Fundy crossing - April 2, 1999",
      ("Ferry fares rise on the Fundy crossing",)),
     "Ferry fares rise on the Fundy crossing", "a date after the headline is a label too"),
    (("札幌で路面電車の新路線が開業｜北海タイムズ電子版", ("札幌で路面電車の新路線が開業",)),
     "札幌で路面電車の新路線が開業", "a full-width bar with no spaces before a Japanese site's name"),
    (("Tram depot to close - unions say the city broke its word on jobs", ("Tram depot to close",)),
     None, "a long part after the dash is the headline's own, no label"),
    (("Tram depot to close in Harbour City - Local", ("depot to close in Harbour City",)),
     None, "a line inside the title's words is no headline of its own"),
    (("Brexit: ports ready", ("ports",)),
     None, "a line far shorter than the title is a label, not its headline"),
    (("Tram depot to close by June", ("Tram depot to close by June",)),
     None, "a title with no separator has no labels to drop"),
    (("Harbour Press Agency :: Ferry fares rise on the Fundy crossing", ("Ferry fares rise on the Fundy crossing",)),
     "Ferry fares rise on the Fundy crossing", "an old CMS's double colon between the site's name and the headline"),
]


@_rows(TITLE_LABELS)
def test_site_labels_around_a_headline_the_text_shows(text, expected, why):
    title, lines = text
    assert headline_in_title(title, lines) == expected


# (story, title, why): a print headline set over two lines, its first part closed by a colon
COLON_HEADLINES = [
    ("Seite 3 / Montag, 5. März 1979                 Beispiel-Zeitung\n\nSturm an der Küste:\n"
     "Deiche halten stand\n\nBremen (dpa) - Der Sturm hat in der Nacht die Deiche an der Weser getroffen.\n",
     "Sturm an der Küste: Deiche halten stand",
     "a clipping's headline in two lines, the first a clause closed by a colon: one title"),
    ("News\n\nKüste:\nDeiche halten dem Sturm an der Weser stand\n\nBremen (dpa) - Der Sturm traf die Deiche.\n",
     "Deiche halten dem Sturm an der Weser stand",
     "a one-word kicker with a colon over the headline is no part of it"),
    ("Sturm an der Küste:\n\nDeiche halten stand\n\nBremen (dpa) - Der Sturm traf die Deiche.\n",
     "Deiche halten stand", "a blank line between: the colon line is a kicker of its own"),
    ("Read more about it here:\nStorm Ciara batters the Weser dikes\n\nBREMEN (dpa) - The storm hit the dikes.\n",
     "Storm Ciara batters the Weser dikes", "a label that names nothing is no headline part"),
]



# (story, title, why): a headline wrapped in a print column, its second line opening in lower case
LOWER_WRAPPED_HEADLINES = [
    ("A4   MONDAY, MAY 8, 2017                  THE EXAMPLE HERALD\n\n\n   Oregon ferry operators ask state to\n"
     "   cover fuel costs\n\nBy JO ROE\nThe Associated Press\n\nSALEM, Ore. — Ferry operators asked the state on "
     "Monday to help with fuel costs.\n",
     "Oregon ferry operators ask state to cover fuel costs",
     "a short headline line over one opening in lower case: one headline"),
    ("Oregon ferry operators ask for help\nThe state says it has no money left this year\n\n"
     "SALEM, Ore. — Ferry operators asked the state on Monday to help with fuel costs.\n",
     "Oregon ferry operators ask for help", "a capitalised line under the headline is no wrap of it"),
    ("   Nebbia: traghetti fermi sullo Stretto di Messina per ore\n   Nessun danno. Corse riprese in serata\n\n"
     "   (ANSA) - MESSINA, 7 APR - I traghetti tra Messina e Villa San Giovanni sono rimasti fermi per la nebbia.\n",
     "Nebbia: traghetti fermi sullo Stretto di Messina per ore",
     "a subtitle under a long headline that holds a sentence's end is no wrap of it"),
    ("Harbour authority approves the new dredging plan for the western\nshipping channel\n\n"
     "The harbour authority approved the plan on Monday.\n",
     "Harbour authority approves the new dredging plan for the western shipping channel",
     "a headline wrapped after a word no headline ends on is still joined"),
]



# (story, title, why): a press cutting's record fields over its headline and a short deck
RECORD_HEADLINES = [
    ("MEDIENSPIEGEL                                    Seite 2 / 9\nKunde: Beispiel Verband\n\nMedium: Der Bund\n"
     "Datum: 12.03.2019\nSeite: 7\nRubrik: Bern\n\nNeue Brücke für Thun\n\nStadtrat bewilligt Kredit für den Ersatzbau\n\n"
     "Thun (sda) Der Stadtrat hat am Dienstag einen Kredit für die neue Brücke bewilligt.\n",
     "Neue Brücke für Thun",
     "under a cutting's labelled fields, a short headline over a short deck: the headline is the title"),
    ("Neue Brücke für Thun\n\nStadtrat bewilligt Kredit für den Ersatzbau\n\n"
     "Thun (sda) Der Stadtrat hat am Dienstag einen Kredit für die neue Brücke bewilligt.\n",
     "Stadtrat bewilligt Kredit für den Ersatzbau",
     "without the fields, a short line over the last headline-like line stays a kicker (as before)"),
    ("Jornal da Serra - arquivo de notícias\n----------------------------------\nAgência: Lusa\n"
     "Data/hora: 12-06-2017 09:15\nSeção: Cultura\nTítulo: Museu de Braga reabre ala medieval ao público\n\n"
     "BRAGA, 12 jun 2017 (Lusa) - O museu da cidade reabre hoje a ala medieval, fechada desde 2015 para obras.\n",
     "Museu de Braga reabre ala medieval ao público",
     "an archive record's Portuguese section label makes its fields a record: the title label goes"),
]


# (all three tables: the title a story's head gives)
@_rows(COLON_HEADLINES + LOWER_WRAPPED_HEADLINES + RECORD_HEADLINES)
def test_headlines_set_over_several_lines(text, expected, why):
    assert parse_text(text).title == expected


# (story, (title, cities), why): a press office's masthead "Place Office - Desk" is no dateline
OFFICE_MASTHEADS = [
    ("RASSEGNA STAMPA                                   12/05/2016\nProvincia di Ravenna - Ufficio Stampa\n\n"
     "Testata: Esempio Quotidiano\nData: 12/05/2016\nPagina: 9\n\nNuovo ponte sul Lamone, lavori al via\n\n"
     "RAVENNA – Sono partiti ieri i lavori per il nuovo ponte sul Lamone.\n",
     ("Nuovo ponte sul Lamone, lavori al via", ["Ravenna"]),
     "a press review's office line is no dateline: the headline and the dateline under it are read"),
    ("Ponte sul Lamone\n\nRAVENNA – Il Comune\nha aperto il cantiere ieri mattina, con due mesi di ritardo.\n",
     ("Ponte sul Lamone", ["Ravenna"]), "a wire's capitals place over a wrapped line stays a dateline"),
]


@_rows(OFFICE_MASTHEADS)
def test_office_mastheads_are_no_datelines(text, expected, why):
    story = parse_text(text)
    assert (story.title, story.cities) == expected


# (story, (title, reporters), why): the head of a page or a newsletter above its headline
# that reads as one: an agency's masthead and its motto, a day header over the story's stamp,
# two authors set over the date with a comma between
MASTHEAD_BLOCKS = [
    ("LETA\nBaltic news agency of record\nEconomy\n\n04.11.2019 09:40\n\nRiga port cuts its fees for "
     "grain ships\n\nRIGA, 4 November (LETA) - The port of Riga will lower its fees for grain carriers from "
     "January, its board decided on Monday.\n",
     ("Riga port cuts its fees for grain ships", []),
     "an agency's masthead, its motto under it and a section over the date: the motto is no headline"),
    ("AFP\nRiga port cuts its fees for grain ships\n\n04.11.2019 09:40\n\nRIGA, Nov 4 (AFP) - The port of Riga "
     "will lower its fees for grain carriers from January, its board decided on Monday.\n",
     ("Riga port cuts its fees for grain ships", []),
     "a headline right under the agency's name, a blank line under it, stays the headline"),
    ("NORTH SEA SHIPPING BRIEFING\nMonday, November 4, 2019\n\nLEAD ITEM\n\nRiga port cuts its fees for grain "
     "ships\n\nBy Ilze Kalnina\nNovember 4, 2019 9:40 AM GMT\n\nRIGA, Nov 4 (Reuters) - The port of Riga will "
     "lower its fees for grain carriers from January, its board decided on Monday.\n",
     ("Riga port cuts its fees for grain ships", ["Ilze Kalnina"]),
     "a newsletter's name over its issue's day (a weekday, no time): the item's headline is under the day"),
    ("Diario del Valle Online - Lo que pasa en la región\nInicio | Región | País | Mundo | Deportes\n\n"
     "Lunes 4 de noviembre de 2019 - Cali 24 °C\n\nDescubren un nuevo colibrí en los Farallones\n\n"
     "EFE | 4 de noviembre de 2019, 10:15\n\nCali, 4 nov (EFE).- Un equipo de biólogos describió una nueva "
     "especie de colibrí en los bosques altos de los Farallones, informó hoy la universidad.\n",
     ("Descubren un nuevo colibrí en los Farallones", []),
     "a paper's day header with the weather over the story's own stamp: the headline is between them"),
    ("Riga port cuts its fees for grain ships\nMonday, November 4, 2019\n\nRIGA, Nov 4 (Reuters) - The port "
     "of Riga will lower its fees for grain carriers from January, its board decided on Monday.\n",
     ("Riga port cuts its fees for grain ships", []),
     "a headline over its day with no later stamp stays the headline"),
    ("Neue Fähre für den Wörthersee\n\nMartina Roesch, Jakob Pichlbauer\n3. November 2019, 18:20\n\n"
     "Klagenfurt (APA) – Auf dem Wörthersee soll ab Mai eine neue Elektrofähre verkehren, teilte die "
     "Schifffahrtsgesellschaft am Sonntag mit.\n",
     ("Neue Fähre für den Wörthersee", ["Martina Roesch", "Jakob Pichlbauer"]),
     "two names joined by a comma over the date are the byline, not the headline"),
    ("Neue Fähre für den Wörthersee\n\nMartina Roesch, Wien\n3. November 2019, 18:20\n\n"
     "Auf dem Wörthersee soll ab Mai eine neue Elektrofähre verkehren, teilte die Schifffahrtsgesellschaft "
     "am Sonntag mit.\n",
     ("Neue Fähre für den Wörthersee", ["Martina Roesch"]),
     "a name and a known city after the comma: the byline and its place, no second author"),
    ("PAP - Serwis Regionalny | Pomorze\n2011-09-06 08:15\nGdańsk: nowy prom na Motławie od października\n\n"
     "Gdańsk (PAP) - Od października po Motławie zacznie pływać nowy prom miejski, poinformował we wtorek "
     "zarząd transportu.\n",
     ("Gdańsk: nowy prom na Motławie od października", []),
     "an agency's service and its region after a bar, over the date: a masthead, no headline"),
    ("БТА - Българска телеграфна агенция\nЕмисия: Икономика\n03.02.2004 11:05\n\n"
     "Пристанището във Варна удължава кея си\n\nВарна, 3 февруари /БТА/\nПристанището ще удължи "
     "главния си кей с 200 метра до края на годината, съобщиха от ръководството.\n",
     ("Пристанището във Варна удължава кея си", []),
     "the service labelled under an agency's masthead ('Емисия: ...') is no headline"),
    ("Ghana News Agency\nGNA Daily - news service in English\n\nSisal growers ask for cheaper "
     "loans\n\nTamale, 4 Jun (GNA) - Sisal growers on Wednesday asked the government to lower interest "
     "on farm loans, saying prices had fallen for two seasons.\n",
     ("Sisal growers ask for cheaper loans", []),
     "...nor its service's name under the masthead with no date line below: the line under it is"),
    ("Ghana News Agency\nPostal service cuts 300 jobs\n\nTamale, 5 Jun (GNA) - The postal service "
     "will cut 300 jobs by the end of the year, its board said on Wednesday.\n",
     ("Postal service cuts 300 jobs", []),
     "a headline under the masthead naming a service, with no label, dash or slash, stays the headline"),
    ("HINA - Vijesti iz svijeta\n2019-04-02 09:41:10\nHRV-GOS-LUKA\n\nLuka Rijeka povećala promet kontejnera "
     "za petinu\n\nRIJEKA, 2. travnja (Hina) - Luka Rijeka u prvom je tromjesečju pretovarila 21 posto više "
     "kontejnera nego godinu ranije.\n",
     ("Luka Rijeka povećala promet kontejnera za petinu", []),
     "an agency's desk after a dash, in its language and in sentence case ('news from the world'): a masthead"),
    ("БТА - Международна информация\n14.06.2022 10:05\n\nВарна ще обнови крайбрежната алея\n\nВарна, "
     "14 юни /БТА/. Общината ще обнови три километра от крайбрежната алея до края на годината.\n",
     ("Варна ще обнови крайбрежната алея", []),
     "...'international information', the Bulgarian agency's desk"),
    ("BNS EESTI UUDISED\n11.05.95 10:12\n\nTARTU LINNAVALITSUS KINNITAS UUE KOOLIVÕRGU KAVA\n\nTARTU, 11. mai, "
     "BNS - Tartu linnavalitsus kinnitas neljapäeval uue koolivõrgu kava.\n",
     ("TARTU LINNAVALITSUS KINNITAS UUE KOOLIVÕRGU KAVA", []),
     "...an agency's short name, its edition's language and 'news', in capitals"),
    ("MOLDPRES\nAgenţia Informaţională de Stat\n03.02.2017, 09:20\n\nPrimăria Bălţi va repara şapte străzi\n\n"
     "Bălţi, 3 feb. /MOLDPRES/. Primăria municipiului va repara în acest an şapte străzi din centru.\n",
     ("Primăria Bălţi va repara şapte străzi", []),
     "an agency's full name, under its short name and over the date, is no headline"),
    ("HINA - Luka Ploče gradi novi terminal\n\nPLOČE, 4. svibnja (Hina) - Lučka uprava u utorak je "
     "potpisala ugovor o gradnji terminala za rasuti teret.\n",
     ("HINA - Luka Ploče gradi novi terminal", []),
     "an agency's name and a dash before words of a headline's own stay the headline"),
]


@_rows(MASTHEAD_BLOCKS)
def test_masthead_blocks_over_the_headline(text, expected, why):
    story = parse_text(text)
    assert (story.title, story.reporters) == expected


# (story, title, why): a social or channel post's marker emoji and hashtag label before its
# headline are no part of it
POST_MARKERS = [
    ("🚢 Harbour board votes to rebuild the north pier\n\nThe harbour board voted on Thursday to rebuild the "
     "north pier by 2027, its chair told reporters after the meeting.\n",
     "Harbour board votes to rebuild the north pier", "a marker emoji before the headline"),
    ("🇵🇪 Arequipa reabre su aeropuerto tras la nevada\n\nArequipa, 9 jul (EFE).- El aeropuerto de Arequipa "
     "reabrió este miércoles tras permanecer cerrado dos días por la nevada, informó la operadora.\n",
     "Arequipa reabre su aeropuerto tras la nevada", "a flag (two regional indicator letters) before it"),
    ("⚡️ #BREAKING | Tram strike called off after late-night deal\n\nThe tram drivers' union called off "
     "Monday's strike after a late-night deal on rosters, the operator said.\n",
     "Tram strike called off after late-night deal", "a marker, then a hashtag set as a label with a bar"),
    ("#SONDAKİKA: Bursa'da metro hattı uzatılıyor\n\nBursa Büyükşehir Belediyesi, metro hattının iki "
     "istasyon uzatılacağını açıkladı.\n",
     "Bursa'da metro hattı uzatılıyor", "a hashtag label with a colon, no marker"),
    ("#1 seed crashes out of the Madrid Open\n\nThe world number one lost in straight sets on Tuesday in "
     "the second round of the tournament.\n",
     "#1 seed crashes out of the Madrid Open", "a hashtag that is the headline's own word, no label mark after it, stays"),
]


@_rows(POST_MARKERS)
def test_post_markers_are_no_part_of_the_headline(text, expected, why):
    assert parse_text(text).title == expected
