"""Dates, datelines and credits inside the story, through the real command: story files in
a folder, `wire parse --format jsonl` run as its own process, each record checked against
the fields the story gives.

The per-shape rules have their rows in test_parse_tables.py; these stories put them
together as agencies' pages carry them. Every story is invented.
"""
from __future__ import annotations


from wirerun import cli_field_tests

# (file name, text, {field: value}, why)
STORIES = [
    ("stamp-shown-twice.txt",
     "Ferry fares to rise in spring\n\n14.02.2023 08:40\n\n14.02.2023 08:40\n\nPIRAEUS (ANA-MPA) - Ferry "
     "operators will raise fares on island routes from April, the shipping ministry said on Tuesday.\n\n"
     "The rise averages six percent.\n",
     {"published": "2023-02-14T08:40:00", "updated": None},
     "a page's stamp shown twice (its meta bar's and its head's) is its publication both times, no update"),
    ("stamp-then-update.txt",
     "Ferry fares to rise in spring\n\n14.02.2023 08:40\n\n14.02.2023 11:05\n\nPIRAEUS (ANA-MPA) - Ferry "
     "operators will raise fares on island routes from April, the shipping ministry said on Tuesday.\n\n"
     "The rise averages six percent.\n",
     {"published": "2023-02-14T08:40:00", "updated": "2023-02-14T11:05:00"},
     "...a second stamp of another minute is its update"),
    ("read-later-undated.txt",
     "Tram drivers in Bergen vote to strike\nSaved on March 5, 2024 at 9:12 PM\n"
     "https://news.example.no/bergen-tram-strike\n\nBERGEN (NTB) - Tram drivers in Bergen voted on Monday "
     "to strike from next week unless the operator improves its offer.\n\nThe union has 210 members at "
     "the depot.\n",
     {"title": "Tram drivers in Bergen vote to strike", "published": None, "cities": ["Bergen"],
      "url": "https://news.example.no/bergen-tram-strike"},
     "a read-later app's export of a page that gives no date: the day it was saved is neither the "
     "story's date nor its headline"),
    ("read-later-dated.txt",
     "Tram drivers in Bergen vote to strike\nPublished 4 March 2024 18:20\nSaved on March 5, 2024\n\n"
     "BERGEN (NTB) - Tram drivers in Bergen voted on Monday to strike from next week unless the operator "
     "improves its offer.\n",
     {"title": "Tram drivers in Bergen vote to strike", "published": "2024-03-04T18:20:00", "updated": None},
     "the page's own date under its headline, the app's below it"),
    ("nzpa-day-first-updated.txt",
     "Harbour Times\nNational | World | Sport\n\nWellington ferry terminal gets a new roof\n\nNZPA\n"
     "Last updated 09:05 04/06/2011\n\nWork on the ferry terminal's new roof finished on Friday, the port "
     "company said.\n\nThe terminal stays open.\n",
     {"updated": "2011-06-04T09:05:00", "agencies": ["NZPA"]},
     "NZPA's credit says the page writes its numeric dates day first (vocab.DAY_FIRST_AGENCIES)"),
    ("kpl-day-first.html",
     '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
     "<title>KPL Lao News Agency :: Luang Prabang opens a second night market</title></head><body>\n"
     '<div class="detail"><span class="title-detail">Luang Prabang opens a second night market</span><br>\n'
     '<span class="date-detail">Published: 07/02/2025 09:40</span>\n<div class="content-detail">\n'
     "<p>(KPL) Luang Prabang town opened a second night market for handicraft sellers on Friday to ease "
     "crowding on the main street.</p>\n<p>Some 120 stalls will trade there from six to eleven in the evening.</p>\n"
     "</div></div>\n</body></html>\n",
     {"title": "Luang Prabang opens a second night market", "published": "2025-02-07T09:40:00",
      "agencies": ["KPL"]},
     "KPL writes its numeric dates day first (vocab.DAY_FIRST_AGENCIES); its <title> sets the site's "
     "name before a double colon"),
    ("agency-author-publication-date.html",
     '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
     "<title>Penang ferry terminal to reopen in May - Harbour Courier</title></head><body>\n"
     '<div class="top">Monday, March 4, 2024 | Subscribe | E-paper</div>\n<article>\n'
     '<h1 class="single-title">Penang ferry terminal to reopen in May</h1>\n<div class="single-meta">\n'
     ' <span class="author">Bernama</span>\n <span class="pubdate">Publication date 04 March 2024 | 16:20 MYT</span>\n'
     '</div>\n<div class="single-content">\n<p>GEORGE TOWN, March 4 (Bernama) -- The ferry terminal at the '
     "island's main jetty will reopen in May after a year of repairs to its pontoons, the state government said "
     "on Monday.</p>\n<p>Two new vessels will join the fleet by the end of the year.</p>\n</div>\n</article>\n"
     "</body></html>\n",
     {"published": "2024-03-04T16:20:00+08:00", "agencies": ["Bernama"]},
     "a meta bar's agency name glued to its 'Publication date' stamp: the story's time, not the site's day bar"),
    ("lighthouse-time.html",
     '<!DOCTYPE html><html lang="de"><head><meta charset="utf-8">'
     '<title>Leuchtturm wird Museum | Küstenbote</title>'
     '<meta property="og:title" content="Leuchtturm wird Museum">'
     '<meta name="author" content="Jan Petersen, dpa"></head>\n<body>\n<nav>Start | Nordfriesland | Husum</nav>\n<article>'
     '\n<h1>Leuchtturm wird Museum</h1>\n<p class="author">Jan Petersen, dpa</p>\n'
     '<time datetime="2025-09-03T16:40:00+02:00">03.09.2025, 16:40 Uhr</time>\n'
     '<p>Husum (dpa/lno) - Der alte Leuchtturm an der Hafeneinfahrt soll im kommenden Sommer als '
     'kleines Museum öffnen, teilte die Stadt am Mittwoch mit.</p>\n'
     '<p>Der Umbau kostet nach Angaben der Verwaltung rund zwei Millionen Euro. Das Land übernimmt '
     'etwa die Hälfte der Summe.</p>\n'
     '<p>Gezeigt werden sollen alte Linsen, Logbücher und Fotos der früheren Wärterfamilien.</p>\n'
     '<p>Der Turm war bis in die achtziger Jahre in Betrieb und steht seit langem leer.</p>\n'
     '</article>\n<footer>(c) Küstenbote 2025</footer>\n</body></html>',
     {"published": "2025-09-03T16:40:00+02:00", "updated": None, "cities": ["Husum"],
      "reporters": ["Jan Petersen"]},
     "a <time> under the headline keeps its time and zone"),
    ("embargo-bees.txt",
     "HOLD FOR RELEASE UNTIL 6 P.M. EST TUESDAY, MARCH 4, 2025\n\nBees can count to four, study finds\n\n"
     "By DANA ROE, AP Science Writer\n\nLONDON (AP) — Bumblebees trained with sugar water learned to "
     "pick the fourth flower in a row of six, researchers reported.\n\nThe insects kept the skill for "
     "two days after training ended, the team wrote.\n",
     {"published": "2025-03-04T18:00:00-05:00", "title": "Bees can count to four, study finds",
      "reporters": ["Dana Roe"], "cities": ["London"]},
     "AP's embargo line: its release time dates the story, and it is no headline"),
    ("vendanges-export.txt",
     "Titre : Les vendanges commencent tôt en Alsace\nDate : 04/09/2023 08:15\nSource : AFP\n\n"
     "Colmar (AFP) - Les vignerons alsaciens ont commencé lundi à cueillir le raisin, avec deux "
     "semaines d'avance sur le calendrier habituel.\n",
     {"published": "2023-09-04T08:15:00"},
     "a French export's 'Date :' reads its numbers day first"),
    ("orchard-fecha.html",
     '<!DOCTYPE html><html lang="es"><head><meta charset="utf-8"><title>Huertos urbanos en las azoteas'
     ' - EFE</title><meta property="og:title" content="Huertos urbanos en las azoteas">'
     '<meta property="article:published_time" content="2019-04-08T10:15:00+02:00"></head><body>'
     '<h1>Huertos urbanos en las azoteas</h1><p class="fecha">08/04/2019 10:15</p>'
     '<p>Zaragoza, 8 abr (EFE).- El Ayuntamiento de Zaragoza cederá las azoteas de doce edificios '
     'municipales para que los vecinos cultiven huertos urbanos, según ha informado este lunes.</p>'
     '<p>Las solicitudes se podrán presentar hasta finales de mayo.</p></body></html>',
     {"published": "2019-04-08T10:15:00+02:00", "updated": None, "cities": ["Zaragoza"]},
     "the page's shown date repeats its markup's: no update"),
    ("ctk-most.txt",
     "Olomouc opraví most přes Moravu\n\n3. 11. 2017 09:45\n\nOlomouc 3. listopadu (ČTK) - Město "
     "začne na jaře s opravou mostu přes řeku Moravu, který je v havarijním stavu, řekl dnes primátor.\n",
     {"published": "2017-11-03T09:45:00", "cities": ["Olomouc"]},
     "ČTK's stamp with spaces after the dots"),
    ("xinhua-kiln.txt",
     "Ancient kiln site found in Jiangxi\n\nSource: Xinhua| 2021-05-17 19:02:33|Editor: Zhao Wenjie\n\n"
     "NANCHANG, May 17 (Xinhua) -- Archaeologists have found a kiln site dating back about 900 years "
     "in east China's Jiangxi Province, local authorities said Monday.\n",
     {"published": "2021-05-17T19:02:33", "editors": ["Zhao Wenjie"], "agencies": ["Xinhua"],
      "cities": ["Nanchang"]},
     "Xinhua's source, stamp and editor line"),
    ("abr-escolas.txt",
     "Prefeitura amplia horário de creches na zona norte\n\nPublicado em 02/03/2022 - 11:20\n"
     "Por Caio Mendes - Repórter da Agência Brasil - Recife\n\nA prefeitura ampliou nesta quarta-feira "
     "o horário de funcionamento de 40 creches da zona norte da cidade.\n\nEdição: Joel Andrade\n",
     {"published": "2022-03-02T11:20:00", "reporters": ["Caio Mendes"], "agencies": ["Agência Brasil"],
      "cities": ["Recife"], "editors": ["Joel Andrade"]},
     "Agência Brasil's byline with the desk's city"),
    ("ansa-parma.txt",
     "Parma, nuove piste ciclabili in centro\n\n12 giugno 2018 10:05\n\n(di Marco Sereni) (ANSA) - "
     "PARMA, 12 GIU - Il Comune di Parma ha approvato il piano per sei chilometri di nuove piste "
     "ciclabili nel centro storico.\n",
     {"cities": ["Parma"], "reporters": ["Marco Sereni"], "agencies": ["ANSA"]},
     "ANSA's reporter bracket before its dateline"),
    ("at-jaenner.txt",
     "Neue Straßenbahnlinie fährt ab Herbst\n\n17. Jänner 2025, 08:45\n\nGraz – Die neue Linie soll im "
     "Herbst den Betrieb aufnehmen, teilten die Verkehrsbetriebe am Freitag mit.\n",
     {"published": "2025-01-17T08:45:00", "cities": ["Graz"]}, "Austria's January on a page's date line"),
    ("th-buddhist-year.txt",
     "รถไฟสายใหม่เปิดให้บริการเดือนหน้า\n\n3 มี.ค. 2568 09:15 น.\n\nการรถไฟประกาศว่าจะเปิดเส้นทางใหม่ในเดือนหน้า\n\n"
     "ผู้โดยสารจำนวนมากรอคอยบริการนี้\n",
     {"title": "รถไฟสายใหม่เปิดให้บริการเดือนหน้า", "published": "2025-03-03T09:15:00"},
     "a Thai date line: an abbreviated month and a Buddhist-era year"),
    ("sg-updated-bracket.txt",
     "Ports agree to share berth schedules\n\n4 Mar 2025 09:10AM (Updated: 4 Mar 2025 11:45AM)\n\n"
     "SINGAPORE: Two port operators will share berth schedules from April, they said on Tuesday.\n",
     {"published": "2025-03-04T09:10:00", "updated": "2025-03-04T11:45:00"},
     "the update in brackets after the publication"),
    ("cp-fr-hae.txt",
     "Le traversier reprend du service\n\nPublié le 14 juillet 2025 à 10 h 40 HAE\n\nRIMOUSKI, Qc — Le "
     "traversier a repris du service lundi après deux semaines de réparations.\n",
     {"published": "2025-07-14T10:40:00-04:00", "cities": ["Rimouski"]}, "Canada's French zone names"),
    ("ru-msk.txt",
     "Новый мост откроют весной\n\n3 марта 2025, 09:15 МСК\n\nНовый мост через реку откроют весной, "
     "сообщили в городской администрации.\n",
     {"published": "2025-03-03T09:15:00+03:00"}, "Moscow time in Cyrillic"),
    ("cna-zh-tw.txt",
     "台中新增2條公車路線\n\n2025/03/08 09:10（03/08 11:20 更新）\n\n（中央社記者林志明台中8日電）市政府今天宣布，"
     "下月起新增2條公車路線。\n\n市府表示，新路線每20分鐘一班。（編輯：吳美玲）1140308\n",
     {"published": "2025-03-08T09:10:00", "updated": "2025-03-08T11:20:00", "agencies": ["CNA"],
      "cities": ["台中"], "reporters": ["林志明"], "editors": ["吳美玲"]},
     "CNA: its update without the year, the dateline in brackets, the editor closing the copy"),
    ("my-byline-at.html",
     '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Ferry terminal gets new gangways | '
     'Harbour Daily</title></head>\n<body>\n<article>\n<h1>Ferry terminal gets new gangways</h1>\n'
     '<div class="meta"><span class="byline">By Bernama - June 4, 2025 @ 9:12am</span></div>\n'
     '<div class="body">\n<p>LUMUT: The ferry terminal will get two new gangways before the school holidays, '
     'the operator said on Wednesday.</p>\n<p>Work will start next week and take about a month, with the '
     'northern berth closed to passengers while cranes lift the new sections into place.</p>\n<p>Ferries to '
     'Pangkor island will leave from the southern berth in the meantime, and ticket counters will stay open '
     'longer on weekends.</p>\n<p>"The old gangways are thirty years old and too steep for wheelchairs," the '
     'terminal manager told reporters.</p>\n</div>\n'
     '</article>\n</body></html>',
     {"title": "Ferry terminal gets new gangways", "published": "2025-06-04T09:12:00", "agencies": ["Bernama"]},
     "a page's byline and its date after a dash, outside the extracted text"),
    ("de-update-time.html",
     '<!DOCTYPE html>\n<html lang="de">\n<head>\n<meta charset="utf-8">\n<title>Fähre nach Helgoland fällt aus'
     '</title>\n</head>\n<body>\n<article>\n<h1>Fähre nach Helgoland fällt aus</h1>\n'
     '<div class="meta"><span>5. Mai 2025, 08:15 Uhr</span> <span>aktualisiert 10.20 Uhr</span></div>\n'
     '<div class="text">\n<p>Cuxhaven (dpa) - Wegen eines Maschinenschadens fällt die Fähre nach Helgoland am '
     'Montag aus, teilte die Reederei mit.</p>\n<p>Fahrgäste mit Tickets können auf den Dienstag umbuchen '
     'oder sich den Preis erstatten lassen, hieß es.</p>\n<p>Ein Ersatzschiff stehe erst zum Wochenende bereit, '
     'weil die Werft das Bauteil nicht vorrätig habe.</p>\n</div>\n</article>\n</body>\n</html>\n',
     {"published": "2025-05-05T08:15:00", "updated": "2025-05-05T10:20:00", "cities": ["Cuxhaven"]},
     "a page's update stamp that gives only its time takes the date shown beside it"),
    ("labelled-update-time.html",
     '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>Grain barges wait as river falls'
     '</title>\n<meta name="parsely-pub-date" content="2024-08-12T13:05:00.000Z">\n</head>\n<body>\n<article>\n<h1>Grain barges wait as river falls</h1>\n'
     '<div class="stamps"><time datetime="2024-08-12T13:05:00.000Z">August 12, 2024 at 9:05 AM EDT</time>\n'
     '<span>Updated on</span> <time datetime="2024-08-12T16:40:00.000Z">August 12, 2024 at 12:40 PM EDT</time></div>\n'
     '<div class="body"><p>Dozens of grain barges were waiting near the river mouth on Monday as low water kept '
     'loaded tows from moving upstream, shippers said.</p>\n<p>Freight rates for the route rose for a second '
     'week.</p>\n</div>\n</article>\n</body>\n</html>\n',
     {"published": "2024-08-12T13:05:00+00:00", "updated": "2024-08-12T16:40:00+00:00"},
     "a <time> right after an 'Updated on' label in its own element stamps the update"),
    ("ke-swahili.txt",
     "Wavuvi wa Kisumu kupata boti mpya\n\nIjumaa, 14 Novemba 2025\n\nKISUMU, Ijumaa (KNA) - Serikali ya "
     "kaunti imeanza kugawa boti mpya kwa vikundi vya wavuvi katika ufuo wa ziwa.\n",
     {"title": "Wavuvi wa Kisumu kupata boti mpya", "published": "2025-11-14"},
     "a Swahili date line under the headline"),
    ("in-hindi.txt",
     "बुधवार, 9 अप्रैल 2025\n\nपटना में नया पुल खुला\n\nपटना, 9 अप्रैल (भाषा) बिहार की राजधानी में बुधवार को गंगा पर "
     "नया पुल यातायात के लिए खोल दिया गया।\n",
     {"title": "पटना में नया पुल खुला", "published": "2025-04-09"},
     "a Hindi date line: its words keep their vowel signs"),
    ("cs-dash-update.txt",
     "Zprávy  Domov  Svět  Ekonomika\n\nV Olomouci otevřeli novou lávku přes Moravu\n\n"
     "7. 5. 2024, 09:20 - aktualizováno 7. 5. 2024, 11:45\nČTK\n\nOlomouc – Pěší a cyklisté mohou od úterka "
     "přecházet řeku po nové lávce u výstaviště, oznámila radnice.\n\nStavba trvala dva roky.\n",
     {"published": "2024-05-07T09:20:00", "updated": "2024-05-07T11:45:00",
      "title": "V Olomouci otevřeli novou lávku přes Moravu"},
     "a Czech portal's stamp line: the update after a dash is the updated time"),
    ("ro-labels.txt",
     "Podul de la Turda se redeschide\n\nPublicat: 03.11.2022, 09:40   Actualizat: 03.11.2022, 12:05\n"
     "Sursa: AGERPRES\n\nTurda, 3 nov /Agerpres/ - Podul peste Arieș se redeschide circulației joi, "
     "a anunțat primăria.\n",
     {"published": "2022-11-03T09:40:00", "updated": "2022-11-03T12:05:00"},
     "a Romanian site's 'Publicat:' and 'Actualizat:' on one line"),
    ("fr-standfirst-then-date.txt",
     "L'Est Matin\nRégion\n\nLa ligne de bus vers Nancy sera prolongée dès la rentrée\n\nLe conseil régional a "
     "voté jeudi une rallonge de deux millions d'euros pour prolonger la ligne jusqu'à la gare et doubler "
     "les passages aux heures de pointe.\n\nL'Est Matin avec AFP\nPublié le 2 juin 2022 à 09h40 - Mis à jour "
     "le 2 juin 2022 à 17h05\n\nTemps de lecture 1 min.\n\nLa ligne, ouverte il y a trois ans, transporte "
     "déjà plus de quatre mille voyageurs par jour, selon la région.\n\n"
     + "".join(f"Le paragraphe {n} poursuit le récit du vote.\n\n" for n in range(1, 6)),
     {"published": "2022-06-02T09:40:00", "updated": "2022-06-02T17:05:00",
      "title": "La ligne de bus vers Nancy sera prolongée dès la rentrée"},
     "a standfirst under the headline, the outlet's credit, then the date line: the standfirst is no copy yet"),
    ("ja-slash-time.txt",
     "ロイター\nビジネス  マーケット\n\n大阪の百貨店売上高、3カ月連続で増加\n\n2016年8月9日 / 09:25\n\n"
     "［大阪　９日　ロイター］ - 大阪の主要百貨店の7月の売上高は前年同月比で増加した。訪日客向けの販売が伸びた。\n",
     {"published": "2016-08-09T09:25:00", "title": "大阪の百貨店売上高、3カ月連続で増加"},
     "a Japanese date line whose time follows a slash keeps the time"),
    ("fi-time-only-update.txt",
     "Raitiotie avataan syksyllä\n\n4.6.2025 9.05 | päivitetty 11.40\n\nTampereen raitiotien uusi osuus "
     "avataan liikenteelle syyskuussa, kaupunki kertoi keskiviikkona.\n",
     {"published": "2025-06-04T09:05:00", "updated": "2025-06-04T11:40:00"},
     "an update stamp that gives only its time takes the date line's day"),
    ("yu-teletype.txt",
     "ZCZC BGD112 4 ECO 21/05/81\nYU-ITALY-PORTS\nRIJEKA PORT SIGNS CONTAINER DEAL WITH TRIESTE\n"
     "RIJEKA, MAY 21 (TANJUG) - THE PORTS OF RIJEKA AND TRIESTE SIGNED AN AGREEMENT ON SHARING CONTAINER "
     "TRAFFIC ON THURSDAY.\n1610 GMT 21 MAY 81\nNNNN\n",
     {"title": "RIJEKA PORT SIGNS CONTAINER DEAL WITH TRIESTE", "published": "1981-05-21T16:10:00+00:00"},
     "a teletype's start line is no headline; its spaced time-first stamp dates the story"),
    ("hu-section-time.html",
     '<!DOCTYPE html>\n<html lang="hu">\n<head>\n<meta charset="utf-8">\n<title>Új buszjáratok Debrecenben'
     '</title>\n</head>\n<body>\n<nav><a href="/">Címlap</a> <a href="/gazdasag">Gazdaság</a></nav>\n<article>\n'
     '<p class="rovat">Gazdaság</p>\n<h1>Új buszjáratok Debrecenben</h1>\n<p class="lead">A város keleti részét '
     'is bekötik.</p>\n<time>2022. 05. 11. 14:05</time>\n<p>Debrecen (MTI) - Három új autóbuszjárat indul '
     'júniustól Debrecenben, amelyek a keleti lakótelepeket kötik össze a belvárossal és az egyetemmel, '
     'közölte szerdán a helyi közlekedési társaság szóvivője.</p>\n<p>A járatok hétköznap húszpercenként, '
     'hétvégén óránként közlekednek majd, a menetrendet a jövő héten teszik közzé.</p>\n</article>\n'
     '</body>\n</html>\n',
     {"published": "2022-05-11T14:05:00", "cities": ["Debrecen"]},
     "a Hungarian page's stamp, year first with a space after each dot, left out of the text under a "
     "section's name, headline and standfirst, keeps its time"),
    ("cbc-no-year-update.txt",
     "Bridge repairs to close highway lane\n\nThe Canadian Press · Posted: Oct 6, 2020 11:20 AM ET | "
     "Last Updated: October 7\n\nMONCTON — A lane of the highway over the river will close for six weeks "
     "while crews repair the bridge deck, the province said on Tuesday.\n",
     {"published": "2020-10-06T11:20:00-04:00", "updated": "2020-10-07", "cities": ["Moncton"]},
     "an update stamp without its year after a dated posted stamp: the header keeps the posted time and zone"),
    ("reach-glued-update.txt",
     "Council approves new seafront cycle path\n\nBy Carys Lloyd\n\n10:40, 2 Mar 2022Updated12:15, "
     "2 Mar 2022\n\nA cycle path along the seafront will be built this summer after councillors approved "
     "the plans on Wednesday.\n",
     {"published": "2022-03-02T10:40:00", "updated": "2022-03-02T12:15:00", "reporters": ["Carys Lloyd"]},
     "an update word glued between two stamps"),
    ("pap-header.txt",
     "PAP 05.03.1997 godz. 10.45\nKRK-TRAMWAJE\n\nKraków kupi nowe tramwaje\n\nKraków, 5 III 1997 (PAP) - "
     "Miejskie przedsiębiorstwo komunikacyjne ogłosiło przetarg na zakup dwudziestu tramwajów niskopodłogowych.\n",
     {"published": "1997-03-05T10:45:00", "cities": ["Kraków"]},
     "a PAP header's 'godz.' time; the dateline's Roman month agrees"),
    ("pap-roman-dateline.txt",
     "Kraków kupi nowe tramwaje\n\nKraków, 5 III 1997 (PAP) - Miejskie przedsiębiorstwo komunikacyjne "
     "ogłosiło przetarg na zakup dwudziestu tramwajów niskopodłogowych.\n",
     {"published": "1997-03-05", "cities": ["Kraków"]},
     "a dateline's month in Roman numerals dates the story"),
    ("tr-dated-bar.html",
     '<!DOCTYPE html>\n<html lang="tr">\n<head>\n<meta charset="utf-8">\n<title>Bursa\'da yeni otopark açıldı'
     '</title>\n</head>\n<body>\n<nav><a href="/tr/gundem">Gündem</a> <a href="/tr/spor">Spor</a></nav>\n'
     '<article>\n<h1>Bursa\'da yeni otopark açıldı</h1>\n<h4>Otoparkın 600 araç kapasitesi bulunuyor</h4>\n'
     '<div class="bar"><span>Ayşe Demir</span> |12.09.2023 - Güncelleme : 13.09.2023</div>\n'
     '<p>BURSA (AA) - Bursa\'nın Osmangazi ilçesinde yapımı tamamlanan katlı otopark, belediye başkanının '
     'katıldığı törenle hizmete açıldı.</p>\n<p>Belediyeden yapılan açıklamaya göre otopark günün her '
     'saatinde hizmet verecek ve ilk ay ücretsiz olacak.</p>\n<p>Çarşı bölgesindeki trafik sıkışıklığının '
     'azalması bekleniyor.</p>\n</article>\n</body>\n</html>\n',
     {"published": "2023-09-12", "updated": "2023-09-13", "cities": ["Bursa"]},
     "a meta bar of '|' parts with its dates, between a standfirst and the dateline, stays in the head"),
    ("first-published-foot.txt",
     "Environment\n\nRiver levels fall across Wales\n\nPA Media\nThu 4 Jul 2024 18.40 BST\n\nRiver levels "
     "across Wales have fallen below their summer average after three weeks without significant rain, "
     "Natural Resources Wales said on Thursday.\n\nFirst published on Thu 4 Jul 2024 10.15 BST\n\n"
     "Explore more on these topics\nWales\nWater\n",
     {"published": "2024-07-04T10:15:00+01:00", "updated": "2024-07-04T18:40:00+01:00"},
     "'First published' at the foot dates the story; the head's stamp is its update"),
    ("nl-be-om-u.txt",
     "Gent krijgt nieuwe fietsbrug\n\n12 maart 2013 om 9u15\n\nDe stad Gent bouwt een nieuwe fietsbrug over "
     "de Leie, zo heeft het stadsbestuur dinsdag laten weten. (belga)\n",
     {"published": "2013-03-12T09:15:00"}, "a Flemish time with 'u'"),
]


parsed, test_story_fields_through_the_cli = cli_field_tests(STORIES, "stories")

