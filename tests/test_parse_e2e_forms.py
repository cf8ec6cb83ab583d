"""Newsroom and reader forms (a Google News sitemap, an Evernote export, Arc XP and Apple
News JSON, a CSV 'Filed' column, NITF moved by two agencies, an RSS item with a Media RSS
picture, a MarkDownload clipping) and dates written in the shapes those stories carry,
through the real command: one `wire parse --format jsonl` run over a folder of them.

The per-shape rows are in test_parse_tables.py (DATES, AGENCIES, URL_DATES) and in the
modules' doctests. Every story, name and event here is invented.
"""
from __future__ import annotations

import json

from wirerun import cli_field_tests

SITEMAP = """<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
 <url>
  <loc>https://www.lakeside.example.com/local/2025/02/11/library-hours/</loc>
  <news:news>
   <news:publication><news:name>Lakeside Ledger</news:name><news:language>en</news:language></news:publication>
   <news:publication_date>2025-02-11T08:15:00-06:00</news:publication_date>
   <news:title>County library extends Sunday hours at four branches</news:title>
  </news:news>
 </url>
</urlset>
"""

ENEX = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE en-export SYSTEM "http://xml.evernote.com/pub/evernote-export4.dtd">
<en-export export-date="20250302T101000Z" application="Evernote">
  <note>
    <title>Rwanda opens second coffee auction centre</title>
    <created>20250302T100500Z</created>
    <updated>20250302T100500Z</updated>
    <note-attributes><source-url>https://www.greathills.example.com/biz/2025/03/01/coffee-auction</source-url></note-attributes>
    <content><![CDATA[<?xml version="1.0" encoding="UTF-8"?><!DOCTYPE en-note SYSTEM "http://xml.evernote.com/pub/enml2.dtd"><en-note><div><h1>Rwanda opens second coffee auction centre</h1></div><div>1 March 2025 11:20 GMT</div><div>KIGALI (AFP) - Rwanda opened a second coffee auction hall on Saturday so that growers in the west no longer truck their beans across the country.</div><div>Traders said prices at the first sale were firm.</div></en-note>]]></content>
  </note>
</en-export>
"""

ARC = json.dumps({
    "type": "story", "canonical_url": "https://www.seaboard.example.com/world/2025/01/20/ghana-cocoa-roads/",
    "language": "en", "headlines": {"basic": "Ghana to pave cocoa roads before the main harvest"},
    "credits": {"by": [{"type": "author", "name": "Kofi Mensah-Boateng", "org": "Reuters"}]},
    "distributor": {"name": "Reuters", "category": "wires"},
    "first_publish_date": "2025-01-20T09:05:00.000Z", "last_updated_date": "2025-01-20T12:40:00.000Z",
    "promo_items": {"basic": {"type": "image", "caption": "A road near Kumasi.",
                              "credits": {"by": [{"type": "author", "name": "Ama Owusu"}]}}},
    "content_elements": [
        {"type": "text", "content": "ACCRA, Jan 20 (Reuters) - Ghana will pave 600 km of feeder roads in its "
                                    "cocoa belt before October, the roads minister said on Monday."},
        {"type": "image", "url": "https://img.example/road.jpg"},
        {"type": "text", "content": "Farmers say bad roads cost them a tenth of their crop each season."}]})

ANF = json.dumps({
    "version": "1.7", "identifier": "norway-ferry-20250115", "language": "en",
    "title": "Norway orders electric ferries for six fjord crossings",
    "metadata": {"authors": ["Ingrid Solheim"], "datePublished": "2025-01-15T07:30:00Z",
                 "canonicalURL": "https://www.reuters.com/business/norway-electric-ferries-2025-01-15/"},
    "components": [
        {"role": "title", "text": "Norway orders electric ferries for six fjord crossings"},
        {"role": "byline", "text": "By Ingrid Solheim | Reuters"},
        {"role": "photo", "URL": "bundle://ferry.jpg"},
        {"role": "body", "text": "BERGEN, Norway, Jan 15 (Reuters) - Norway's road agency has ordered twelve "
                                 "battery ferries for six crossings on the west coast, it said on Wednesday."
                                 "\n\nThe first boats are due in 2027.\n\n(Reporting by Ingrid Solheim; "
                                 "Editing by Tom Aldous)"}]})

CSV = ('Headline;Byline;Dateline;Filed;Body\n"Idaho opens winter shelter for ranch hands";"Luke Parrish, AP";'
       '"BOISE, Idaho";"2025-01-09 07:45";"BOISE, Idaho (AP) — Idaho opened a winter shelter on Thursday for '
       'seasonal ranch workers stuck between jobs.\n\nThe shelter has forty beds."\n')

TSV_IT = ("titolo\tdata\tora\tfonte\tautore\tluogo\ttesto\n"
          "Trieste, il porto vecchio diventa un parco\t21/02/2025\t09:35\tANSA\tMarco Zanetti\tTrieste\t"
          "Il consiglio comunale ha approvato il progetto per trasformare i magazzini in un parco.\n")

NITF = """<?xml version="1.0" encoding="UTF-8"?>
<nitf><head><title>Ferry service resumes</title></head><body><body.head>
<hedline><hl1>Lake Victoria ferry resumes after six-month halt</hl1></hedline>
<byline><person>Amani Njoroge</person></byline>
<distributor>Reuters</distributor>
<distributor>AFP</distributor>
<dateline><location><city>Kisumu</city></location></dateline>
</body.head><body.content><p>The ferry between the port and the islands sailed again on Monday.</p>
</body.content></body></nitf>
"""

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/">
 <channel><title>Noticias del Norte</title><language>es</language>
  <item>
   <title>Bilbao amplía el horario del funicular de Artxanda</title>
   <link>https://www.norte.example.es/bizkaia/funicular-artxanda.html</link>
   <pubDate>Mon, 13 Jan 2025 10:05:00 +0100</pubDate>
   <dc:creator><![CDATA[Irene Olabarria]]></dc:creator>
   <media:content url="https://www.norte.example.es/img/funicular.jpg" medium="image">
    <media:credit role="photographer">EFE/Aitor Ezkerra</media:credit>
   </media:content>
   <description><![CDATA[<p>Bilbao, 13 ene (EFE).- El funicular de Artxanda funcionará hasta la medianoche desde febrero, ha anunciado este lunes el ayuntamiento.</p>]]></description>
  </item>
 </channel>
</rss>
"""

MARKDOWNLOAD = ("# Hamburg harbour ferries to run every ten minutes | dpa International\n\n"
                "> ## Excerpt\n> The city wants more commuters on the water.\n\n---\n"
                "9 January 2025, 08:10\n\nHamburg (dpa) - Harbour ferries in Hamburg will run every ten "
                "minutes on the busiest line from March, the city's transport company said on Thursday.\n\n"
                "The line links the main station landing with the shipyards.\n")

STAND_PAGE = """<!DOCTYPE html>
<html lang="de">
<head><meta charset="utf-8"><title>Seilbahn: Neue Kabinen für die Zugspitze | Beispiel</title></head>
<body>
<nav><a href="/">Start</a> <a href="/region/">Region</a></nav>
<article>
<p class="meta">Stand: 14.01.2025 09:40 Uhr</p>
<h1>Neue Kabinen für die Zugspitze</h1>
<p>Die Bergbahn tauscht im Frühjahr alle Kabinen der Seilbahn aus, teilte der Betreiber am Dienstag mit.</p>
<p>Der Betrieb ruht dafür drei Wochen, danach fahren die neuen Kabinen mit mehr Platz für Skier.</p>
<p>Wanderer können in dieser Zeit mit der Zahnradbahn auf den Gipfel fahren, die zusätzliche Züge einsetzt.</p>
<p>Die Gemeinde erwartet, dass die neuen Kabinen die Wartezeiten an der Talstation im Sommer deutlich verkürzen.</p>
</article>
<footer>Impressum | Datenschutz</footer>
</body>
</html>
"""

# (file name, text, {field: value}, why)
STORIES = [
    ("sitemap.xml", SITEMAP,
     {"title": "County library extends Sunday hours at four branches", "published": "2025-02-11T08:15:00-06:00",
      "language": "en", "url": "https://www.lakeside.example.com/local/2025/02/11/library-hours/"},
     "a Google News sitemap: each url's news block is a story without text"),
    ("clip.enex", ENEX,
     {"title": "Rwanda opens second coffee auction centre", "published": "2025-03-01T11:20:00+00:00",
      "agencies": ["AFP"], "cities": ["Kigali"],
      "url": "https://www.greathills.example.com/biz/2025/03/01/coffee-auction"},
     "an Evernote export: the note's ENML is the story, its created time the clip's"),
    ("arc.json", ARC,
     {"title": "Ghana to pave cocoa roads before the main harvest", "reporters": ["Kofi Mensah-Boateng"],
      "photographers": ["Ama Owusu"], "agencies": ["Reuters"], "cities": ["Accra"],
      "published": "2025-01-20T09:05:00+00:00", "updated": "2025-01-20T12:40:00+00:00",
      "url": "https://www.seaboard.example.com/world/2025/01/20/ghana-cocoa-roads/"},
     "Arc XP ANS: headlines.basic, content_elements, credits.by, the promo image's credit"),
    ("anf.json", ANF,
     {"title": "Norway orders electric ferries for six fjord crossings", "reporters": ["Ingrid Solheim"],
      "editors": ["Tom Aldous"], "agencies": ["Reuters"], "cities": ["Bergen"],
      "published": "2025-01-15T07:30:00+00:00"},
     "Apple News Format: the body components go through the wire-copy rules"),
    ("export.csv", CSV,
     {"title": "Idaho opens winter shelter for ranch hands", "published": "2025-01-09T07:45:00",
      "agencies": ["AP"], "reporters": ["Luke Parrish"]},
     "a newsroom CSV's Filed column is the publication time"),
    ("export-it.tsv", TSV_IT,
     {"title": "Trieste, il porto vecchio diventa un parco", "published": "2025-02-21T09:35:00",
      "agencies": ["ANSA"], "cities": ["Trieste"], "reporters": ["Marco Zanetti"]},
     "a TSV with Italian column names: fonte the agency, luogo the place, data and ora joined"),
    ("two-agencies.xml", NITF,
     {"agencies": ["Reuters", "AFP"], "reporters": ["Amani Njoroge"]},
     "NITF with two distributor elements keeps both agencies"),
    ("feed.xml", RSS,
     {"cities": ["Bilbao"], "agencies": ["EFE"], "photographers": ["Aitor Ezkerra"],
      "reporters": ["Irene Olabarria"]},
     "an RSS item with a Media RSS picture: its text is the description, the credit a photographer"),
    ("archive.xml", RSS.replace("EFE/Aitor Ezkerra", "EFE/Archivo"),
     {"agencies": ["EFE"], "photographers": [], "reporters": ["Irene Olabarria"]},
     "...a credit of the agency's picture archive ('Archivo') names no photographer"),
    ("file.xml", RSS.replace("EFE/Aitor Ezkerra", "AP Photo/Ana de Lima, File"),
     {"photographers": ["Ana de Lima"]},
     "...and a file picture's photographer keeps a name's particle"),
    ("utility.xml", RSS.replace("EFE/Aitor Ezkerra", "Bilbao Bizkaia Water District"),
     {"photographers": [], "reporters": ["Irene Olabarria"]},
     "...a public utility credited for its picture ('... Water District') is no photographer"),
    ("markdownload.md", MARKDOWNLOAD,
     {"title": "Hamburg harbour ferries to run every ten minutes", "published": "2025-01-09T08:10:00",
      "agencies": ["dpa"], "cities": ["Hamburg"]},
     "MarkDownload: the heading without the site, the excerpt quote no title"),
    ("markdownload-front.md",
     "---\ncreated: 2025-01-10T07:30:00 (UTC +01:00)\ntags: [Hamburg]\nsource: https://news.example/ferries\n"
     "author: Jo Park\n---\n\n" + MARKDOWNLOAD,
     {"title": "Hamburg harbour ferries to run every ten minutes", "url": "https://news.example/ferries",
      "agencies": ["dpa"], "cities": ["Hamburg"]},
     "MarkDownload with its front matter (no title key): the heading is the title, not '> ## Excerpt'"),
    ("stand.html", STAND_PAGE,
     {"title": "Neue Kabinen für die Zugspitze", "published": "2025-01-14T09:40:00"},
     "a page's time stamp above its headline keeps its time"),
    ("yahoo.txt",
     "Quarry expansion wins approval\nDana Whitcomb\nThu, Jan 16, 2025, 2:05 PM EST · 2 min read\n\n"
     "The county board approved the quarry's expansion on Thursday after a four-hour hearing.\n",
     {"published": "2025-01-16T14:05:00-05:00"}, "a date line that ends in a reading time"),
    ("servimedia.txt",
     "El Gobierno amplía las ayudas al alquiler joven\n\n   MADRID, 21 (SERVIMEDIA)\n   El Consejo de "
     "Ministros aprobó este martes ampliar las ayudas al alquiler para menores de 35 años.\n   (SERVIMEDIA)\n"
     "   21-ENE-25\n   ABC/xyz\n",
     {"published": "2025-01-21", "agencies": ["Servimedia"]},
     "Servimedia's sign-off: a hyphened date with a two-digit year"),
    ("arabic.txt",
     "افتتاح جسر جديد في الإسكندرية\n\n14 حزيران يونيو 2025 الساعة 10:20 بتوقيت جرينتش\n\n"
     "الإسكندرية (رويترز) - افتتحت السلطات جسرا جديدا فوق القناة يوم الثلاثاء لتخفيف الزحام في وسط المدينة.\n",
     {"published": "2025-06-14T10:20:00+00:00", "agencies": ["Reuters"]},
     "an Arabic date naming the month twice, GMT written out; Reuters in Arabic"),
    ("url-date.txt",
     "https://www.plains.example.ca/news/2024/11/05/grain-elevator\n\nTown keeps its last wooden grain "
     "elevator\n\nThe town council voted on Tuesday to keep its last wooden grain elevator as a museum.\n",
     {"published": "2024-11-05"}, "a day in the address dates a story that gives no date"),
]

STORIES += [
    ("proquest.txt",
     "Harbour board approves new ferry terminal\n\nAuthor: Okafor, Tamsin\n\nAbstract: The board voted "
     "for a terminal on the east pier.\n\nFull text:\n\nHALIFAX — The harbour board voted on Monday to "
     "build a ferry terminal on the east pier, its chair said.\n\nPublication title: Coast Ledger\n\n"
     "Publication date: Mar 3, 2025\n\nProQuest document ID: 310001\n\nLast updated: 2025-03-05\n\n"
     "Database: Regional Newsstream\n",
     {"title": "Harbour board approves new ferry terminal", "published": "2025-03-03", "updated": None,
      "reporters": ["Tamsin Okafor"], "cities": ["Halifax"]},
     "a ProQuest export: the publication's date, not the database's update"),
    ("proquest-wire.txt",
     "Snow closes mountain passes before the vote\n\nKyodo News International; Tokyo [Tokyo]. "
     "12 Feb 2024.\n\nFull Text\n\nSAPPORO, Japan, Feb. 12 Kyodo -\n\nHeavy snow closed three mountain "
     "passes in Hokkaido on Monday, cutting off several villages a day before a local vote.\n\n"
     "Credit: Kyodo\n\nSubject: Weather\n\nTitle: Snow closes mountain passes before the vote\n\n"
     "Publication date: Feb 12, 2024\n\nProQuest document ID: 420017\n\nLast updated: 2024-09-30\n\n"
     "Database: ProQuest Central\n",
     {"title": "Snow closes mountain passes before the vote", "published": "2024-02-12", "updated": None,
      "cities": ["Sapporo"]},
     "a ProQuest wire record whose text label stands alone ('Full Text', no colon)"),
    ("proquest-report.txt",
     "______________________________\n\nReport Information from ProQuest\nMay 2 2025 10:00\n"
     "______________________________\n\nTable of contents\n\n1. Tram line to open in spring\n\n"
     "______________________________\n\nDocument 1 of 1\n\nTram line to open in spring\n\n"
     "Author: Vance, Odile\n\nPublication info: AP Online ; New York [New York]. 14 Jan 2019.\n\n"
     "ProQuest document link\n\nFull text: PORTLAND, Ore. (AP) -- The city's new tram line will carry "
     "riders from April, its transit board said on Monday.\n\nPublication date: Jan 14, 2019\n\n"
     "ProQuest document ID: 5550001\n\nDocument URL: https://www.proquest.com/docview/5550001\n\n"
     "Last updated: 2023-02-01\n\n______________________________\n\nContact ProQuest\n",
     {"title": "Tram line to open in spring", "published": "2019-01-14", "updated": None,
      "url": "https://www.proquest.com/docview/5550001", "reporters": ["Odile Vance"]},
     "a ProQuest report: its cover and contents dropped, 'Document 1 of 1' no headline, the record's URL the story's"),
    ("proquest-es.txt",
     "Documento 3 de 9\n\nLa ciudad abre una nueva línea de tranvía\n\nInformación de publicación: "
     "EFE ; Madrid [Madrid]. 10 mar 2022.\n\nEnlace de documentos de ProQuest\n\nTexto completo: "
     "Zaragoza, 10 mar (EFE).- La ciudad abrió este jueves su segunda línea de tranvía.\n\n"
     "Fecha de publicación: 10 mar 2022\n\nID del documento de ProQuest: 7770002\n\n"
     "URL del documento: https://www.proquest.com/docview/7770002\n\nÚltima actualización: 2022-03-12\n",
     {"title": "La ciudad abre una nueva línea de tranvía", "published": "2022-03-10", "updated": None,
      "url": "https://www.proquest.com/docview/7770002"},
     "a ProQuest export in Spanish: its labels read as the English ones"),
    ("genios-record.txt",
     "GBI-Genios Deutsche Wirtschaftsdatenbank GmbH\nWISO - Presse\nDruckdatum: 03.02.2024\n\n"
     "dpa Basisdienst vom 21.06.2011\n\nRessort: Verkehr\n\nNeue Brücke über den Main freigegeben\n\n"
     "Frankfurt/Main (dpa) - Nach drei Jahren Bauzeit ist die neue Brücke am Montag für Radfahrer "
     "und Fußgänger geöffnet worden.\n\nQuelle: dpa Basisdienst vom 21.06.2011\n"
     "Dauerhafte Adresse des Dokuments: https://www.wiso-net.de/document/DPA__21062011-dpa-x-0001\n",
     {"title": "Neue Brücke über den Main freigegeben", "published": "2011-06-21",
      "url": "https://www.wiso-net.de/document/DPA__21062011-dpa-x-0001"},
     "a German database's record: its masthead and print date no title, its permanent link the URL"),
    ("wisenews-record.txt",
     "WiseNews 慧科新聞\n文件編號: 201106210001234\n列印日期: 2024-02-03\n\n新华社 | 2011-06-21 | 新闻\n"
     "字数: 233\n\n南京地铁新线开通运营\n\n新华社南京6月21日电 南京地铁一条新线路21日开通运营，"
     "沿线居民出行更加便利。\n",
     {"title": "南京地铁新线开通运营", "agencies": ["Xinhua"]},
     "a Chinese database's record: the masthead and its numbered lines no title"),
    ("europresse-service.txt",
     "Reuters - Actualités en français\nEconomie, lundi 4 avril 2016 - 10:12 UTC +02:00 (CEST) 180 mots\n\n"
     "Le port de Marseille annonce un trafic en hausse\n\nMARSEILLE, 4 avril (Reuters) - Le port a "
     "traité davantage de conteneurs au premier trimestre, a-t-il annoncé lundi.\n",
     {"title": "Le port de Marseille annonce un trafic en hausse", "agencies": ["Reuters"]},
     "Europresse: the agency's service over the dated line names the source, not the headline"),
    ("europresse-colon.txt",
     "Agence France Presse\nSports, mardi 5 juin 2007 - 18:40:12 UTC +0200 210 mots\n\n"
     "Voile: le trimaran breton bat le record de la traversée\n\nPar Yann LE GALL\n\n"
     "BREST, 5 juin 2007 (AFP) - Le trimaran a rallié Brest mardi en moins de quatre jours.\n",
     {"title": "Voile: le trimaran breton bat le record de la traversée"},
     "Europresse: a headline with a word and a colon first is no labelled line"),
    ("europresse-labels.txt",
     "Nom de la source\nAgence France Presse\n\nType de source\nPresse • Fils de presse\n\n"
     "Périodicité\nEn continu\n\nDate de publication\nlundi 4 avril 2016 - 10:12:05 UTC +0200\n\n"
     "Les ferries reprennent la mer après la tempête\n\nBrest, 4 avr 2016 (AFP) - Les liaisons vers "
     "les îles ont repris lundi après trois jours d'interruption.\n",
     {"title": "Les ferries reprennent la mer après la tempête", "agencies": ["AFP"]},
     "Europresse's labelled head (label over value): the labels no title"),
    ("kinds-record.txt",
     "BIGKINDS 기사 원문\n━━━━━━━━━━━━━━━━━━━━\n연합뉴스 | 2012-05-03 | 사회\n━━━━━━━━━━━━━━━━━━━━\n\n"
     "부산 신항 물동량 사상 최대\n\n(부산=연합뉴스) 이민호 기자 = 부산 신항의 물동량이 지난달 사상 최대를 "
     "기록했다.\n",
     {"title": "부산 신항 물동량 사상 최대", "agencies": ["Yonhap"]},
     "a Korean database's record: the rules of box characters no title"),
    ("kinds-labels.txt",
     "[BIG KINDS] 뉴스 검색 결과\n검색일: 2025-03-02\n\n언론사: 연합뉴스\n작성일: 2014.10.08 09:12\n"
     "수정일: 2014.10.08 11:30\n\n대구 도심 하천 정비 착수\n\n(대구=연합뉴스) 정하늘 기자 = 대구시가 "
     "도심 하천 정비 공사에 들어갔다.\n",
     {"title": "대구 도심 하천 정비 착수", "published": "2014-10-08T09:12:00",
      "updated": "2014-10-08T11:30:00"},
     "a Korean database's labelled record: 'written on' and 'modified on' dates"),
    ("proquest-record.xml",
     "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<RECORD><GOID>9990001</GOID><Obj><Language>ENG</Language>"
     "<Title>Harbour dredging to start after long delay</Title><AlphaDate>Jun 3, 2021</AlphaDate></Obj>"
     "<DFS><PubFrosting><Title>Coast Wire - General</Title><PubDate>2021-06-03</PubDate></PubFrosting></DFS>"
     "<LoadDate>2021-06-09</LoadDate><TextInfo><Text>MOMBASA, June 3 (Xinhua) -- Dredging of the old "
     "harbour channel will begin next month after two years of delay, port officials said Thursday.</Text>"
     "</TextInfo><URLDocView>https://www.proquest.com/docview/9990001</URLDocView></RECORD>\n",
     {"title": "Harbour dredging to start after long delay", "published": "2021-06-03",
      "cities": ["Mombasa"], "url": "https://www.proquest.com/docview/9990001"},
     "a database's XML record: the text and the link beside the element of the title"),
    ("ebsco-record.txt",
     "Record: 4\nTitle: Flood gates tested ahead of storm season.\nAuthors: Brandt, Nessa\nSource: AP Regional "
     "State Report - Louisiana; 05/14/2019\nDocument Type: Article\nAccession Number: 7QX2ABCD20190514\n"
     "Database: Newswires\n\nFlood gates tested ahead of storm season.\n\nNEW ORLEANS (AP) — Engineers "
     "closed the city's largest flood gate on Tuesday in a test before the storm season, officials said.\n",
     {"title": "Flood gates tested ahead of storm season.", "published": "2019-05-14",
      "cities": ["New Orleans"], "reporters": ["Nessa Brandt"]},
     "an EBSCO record: its source field's date, the dateline under the title repeated"),
    ("nexisuni-page.html",
     "<html><head><meta charset=\"utf-8\"><title>Nexis Uni - Document</title></head><body><div class=\"document\">"
     "<h1 class=\"SS_Title\">New ferry route links two island ports</h1><p>Xinhua General News Service</p>"
     "<p>April 8, 2021 Thursday 9:15 AM EST</p><p><span class=\"SS_bf\">Length:</span> 180 words</p>"
     "<p><span class=\"SS_bf\">Dateline:</span> HAIKOU, April 8</p><p class=\"SS_Banner\"><b>Body</b></p>"
     "<p>A new ferry route between two island ports opened on Thursday, cutting the crossing to under "
     "three hours, the local transport bureau said in a statement issued in the morning.</p>"
     "<p>Two vessels will run the route four times a day during the summer season, it said.</p>"
     "</div></body></html>",
     {"title": "New ferry route links two island ports", "cities": ["Haikou"]},
     "a Nexis Uni page: its 'Dateline:' label in title case gives the city"),
    ("europresse-page.html",
     "<html lang=\"fr\"><head><meta charset=\"utf-8\"><title>Europresse.com</title></head><body>"
     "<div class=\"headerLogo\">EUROPRESSE.COM</div><div><span class=\"DocPublicationName\">Agence France "
     "Presse</span></div><div><span class=\"DocHeader\">Economie, mardi 5 juin 2007 - 09:10 UTC +02:00 "
     "220 mots</span></div><div class=\"titreArticle\"><p class=\"titreArticleVisu\">Le prix du blé "
     "atteint un sommet sur le marché de Rouen</p></div><div class=\"DocText\"><p>ROUEN, 5 juin 2007 (AFP) "
     "- Le prix de la tonne de blé a atteint mardi son plus haut niveau depuis dix ans sur le marché de "
     "Rouen, selon les négociants du port qui citent une demande soutenue venue d'Afrique du Nord.</p>"
     "<p>Les silos du port sont presque vides à quelques semaines de la prochaine récolte, ont-ils "
     "ajouté mardi en fin de matinée.</p></div></body></html>",
     {"title": "Le prix du blé atteint un sommet sur le marché de Rouen"},
     "a database's HTML page: its <title> only the database's name, the headline the element whose camel-case class names it"),
    ("factiva-page.html",
     "<html><head><meta charset=\"utf-8\"><title>Factiva</title></head><body><div><span>Dow Jones "
     "Factiva</span></div><div class=\"article\"><div><span class=\"enHeadline\">Port of Durban clears "
     "backlog of container ships</span></div><div>156 words</div><div>3 March 2015</div><div>10:02</div>"
     "<div>Reuters News</div><div>LBA</div><div>English</div><p class=\"articleParagraph\">DURBAN, March 3 "
     "(Reuters) - The port of Durban has cleared a backlog of container ships that built up during a "
     "week of strong winds, its operator said on Tuesday, and berths were working normally again.</p>"
     "<p class=\"articleParagraph\">About forty ships had waited at anchor at the worst point of the "
     "delays last week.</p></div></body></html>",
     {"title": "Port of Durban clears backlog of container ships"},
     "Factiva's HTML page: its <title> the database's name, the headline the element its class names"),
    ("newsletter.eml",
     "From: The Harbour Letter <letter@harbour.example.com>\nTo: reader@example.org\nSubject: Tonight: the "
     "ferries\nDate: Mon, 3 Mar 2025 20:10:00 +0000\nMIME-Version: 1.0\nContent-Type: text/plain; "
     "charset=\"utf-8\"\n\nTHE HARBOUR LETTER | Monday edition\n\nGood evening. Just one story tonight.\n\n"
     "----------\n\nFerries resume after storm\n\nBy Jo Roe\n\nHALIFAX, March 3 (Reuters) - Ferries "
     "sailed again on Monday after a storm kept them in port for three days.\n\n----------\n\n"
     "You are receiving this email because you subscribed.\n",
     {"title": "Ferries resume after storm", "agencies": ["Reuters"], "cities": ["Halifax"],
      "reporters": ["Jo Roe"]},
     "a newsletter: masthead, note and rule above the story"),
    ("digest.eml",
     "From: Coast Ledger <digest@ledger.example.com>\nTo: reader@example.org\nSubject: Morning digest: ferries, "
     "ports, rates\nDate: Wed, 5 Mar 2025 06:15:00 +0000\nMIME-Version: 1.0\nContent-Type: text/plain; "
     "charset=\"utf-8\"\n\nMORNING DIGEST | Wednesday, March 5, 2025\n\nLEAD STORY\n\nFerries resume after "
     "storm\n\nHALIFAX, March 4 (Reuters) - Ferries sailed again on Tuesday after a storm kept them in port "
     "for three days.\n\nYou get this digest because you signed up for it.\n",
     {"title": "Ferries resume after storm", "published": "2025-03-04", "cities": ["Halifax"]},
     "a digest mail's day (its Date: and masthead) is not its story's: the dateline's day before it is"),
    ("digest-sameday.eml",
     "From: Coast Ledger <digest@ledger.example.com>\nTo: reader@example.org\nSubject: Evening digest\n"
     "Date: Tue, 4 Mar 2025 19:15:00 +0000\nMIME-Version: 1.0\nContent-Type: text/plain; "
     "charset=\"utf-8\"\n\nFerries resume after storm\n\nHALIFAX, March 4 (Reuters) - Ferries sailed again "
     "on Tuesday after a storm kept them in port for three days.\n",
     {"title": "Ferries resume after storm", "published": "2025-03-04T19:15:00+00:00"},
     "a mail sent on its story's day: the mail's date and time stand"),
    ("gateway-warning.eml",
     "From: Lakes Wire <desk@lakeswire.example.com>\nTo: buyer@example.org\nSubject: [EXTERNAL] Canal locks "
     "to close for repairs in May\nDate: Tue, 8 Apr 2025 09:40:00 +0000\nMIME-Version: 1.0\n"
     "Content-Type: text/plain; charset=\"utf-8\"\n\nCAUTION: This email originated from outside the "
     "organisation. Do not open attachments unless you trust the sender.\n\nCanal locks to close for "
     "repairs in May\n\n08.04.2025 09:31\n\nDULUTH (Reuters) - Three locks on the old canal will shut "
     "for four weeks while engineers replace their gates, the waterway board said.\n",
     {"title": "Canal locks to close for repairs in May", "cities": ["Duluth"],
      "published": "2025-04-08T09:31:00"},
     "a mail gateway's warning over the story is a note: no dateline 'CAUTION:', the stamp under the headline read"),
    ("forward-deck.eml",
     "From: Ana Ruiz <ana@example.org>\nTo: desk@example.org\nSubject: Fwd: Hailstorm flattens vineyards "
     "across the Langhe hills\nDate: Thu, 10 Apr 2025 08:00:00 +0000\nMIME-Version: 1.0\n"
     "Content-Type: text/plain; charset=\"utf-8\"\n\nFor the morning call.\n\nBegin forwarded message:\n\n"
     "From: Wire English <english@wire.example.it>\nSubject: Hailstorm flattens vineyards across the Langhe "
     "hills\nDate: 9 April 2025 at 17:02:11 CEST\nTo: Ana Ruiz <ana@example.org>\n\nHailstorm flattens "
     "vineyards across the Langhe hills\nGrowers fear half the young shoots lost\n\n(ANSA) - Alba, "
     "April 9 - A violent hailstorm tore through the vineyards south of Alba on Wednesday afternoon, "
     "growers said.\n\nRead on wire.example.it: https://wire.example.it/en/2025/04/09/hail-langhe_1a2b.html\n",
     {"title": "Hailstorm flattens vineyards across the Langhe hills",
      "url": "https://wire.example.it/en/2025/04/09/hail-langhe_1a2b.html"},
     "a forward whose subject is the headline's line: the deck under it is no wrapped headline; "
     "'Read on <site>: URL' is the story's link"),
    ("forward-deck-signed.eml",
     "From: Ana Ruiz <ana@example.org>\nTo: desk@example.org\nSubject: Fwd: Late frost strikes apricot "
     "orchards along the Po valley\nDate: Fri, 11 Apr 2025 08:00:00 +0000\nMIME-Version: 1.0\n"
     "Content-Type: text/plain; charset=\"utf-8\"\n\nMorning all,\nthis one may matter for the fruit "
     "contracts we discussed.\nLet me know what you think.\n\nAna\nSourcing team\nOffice 4B\n\n"
     "Begin forwarded message:\n\nFrom: Wire English <english@wire.example.it>\nSubject: Late frost strikes "
     "apricot orchards along the Po valley\nDate: 10 April 2025 at 16:45:00 CEST\nTo: Ana Ruiz "
     "<ana@example.org>\n\nLate frost strikes apricot orchards along the Po valley\nGrowers count the "
     "damage in Romagna\n\n(ANSA) - Ravenna, April 10 - Two nights below freezing have burned the "
     "blossom in many apricot orchards, growers said.\n",
     {"title": "Late frost strikes apricot orchards along the Po valley", "cities": ["Ravenna"]},
     "a forward read by the head's envelope: the inner subject is the headline's line, the deck stays out"),
    ("forward-signature.eml",
     "From: Uwe Brandt <u.brandt@example.de>\nTo: team@example.de\nSubject: WG: Hafenfest in Kiel "
     "bricht Besucherrekord\nDate: Mon, 14 Apr 2025 09:10:00 +0200\nMIME-Version: 1.0\n"
     "Content-Type: text/plain; charset=\"utf-8\"\n\nHallo zusammen,\n\nhier die Meldung von gestern, falls ihr sie\nfür die Runde am Dienstag braucht.\n\n"
     "Viele Grüße\nUwe\n\n--\nUwe Brandt\nAgentur Nordlicht\nTel. 0431 000 111\n\n"
     "-------- Weitergeleitete Nachricht --------\nBetreff: \tHafenfest in Kiel bricht Besucherrekord\n"
     "Datum: \tSun, 13 Apr 2025 16:20:00 +0200\nVon: \tNewsletter Nord <newsletter@wire.example.de>\n"
     "An: \tu.brandt@example.de\n\n\nHafenfest in Kiel bricht Besucherrekord\n\nKiel (dpa) - Mehr Gäste "
     "als je zuvor haben am Wochenende das Hafenfest an der Förde besucht, teilte die Stadt mit.\n",
     {"title": "Hafenfest in Kiel bricht Besucherrekord", "published": "2025-04-13T16:20:00+02:00",
      "cities": ["Kiel"]},
     "a forwarder's note signed under '--' (name, firm, phone) over the forward mark: the envelope still reads the forward"),
    ("profile-alert.eml",
     "From: Market Briefing <alerts@briefing.example.com>\nTo: analyst@example.org\nSubject: Briefing Alert "
     "[Shipping]: Tanker rates climb for third week\nDate: Wed, 5 Mar 1997 14:02:10 GMT\nMIME-Version: 1.0\n"
     "Content-Type: text/plain; charset=\"us-ascii\"\n\nMarket Briefing - Profile alert SHIPPING-03\n"
     "2 item(s) matched your profile.\n==================================================\n\n"
     "Tanker rates climb for third week\n\nOSLO, March 5 (Reuter) - Rates for large crude tankers rose for a "
     "third week as Gulf loadings picked up, brokers said on Wednesday.\n\n"
     "==================================================\nFor subscribers only.\n",
     {"title": "Tanker rates climb for third week", "published": "1997-03-05T14:02:10+00:00", "cities": ["Oslo"]},
     "a profile alert's masthead and its count ('N item(s) matched your profile.') over a rule: the one "
     "story it mails, sent at the mail's time"),
    ("mime-digest.eml",
     "From: ports-request@lists.example.org\nTo: ports@lists.example.org\nSubject: Ports Digest, Vol 3, Issue 9\n"
     "Date: Sat, 7 Jun 2025 06:00:00 -0500\nMIME-Version: 1.0\n"
     "Content-Type: multipart/mixed; boundary=\"OUTER\"\n\n--OUTER\nContent-Type: text/plain; charset=\"us-ascii\"\n\n"
     "Send Ports mailing list submissions to\n\tports@lists.example.org\n\nToday's Topics:\n\n"
     "   1. Callao port workers end two-day stoppage (Wire Desk)\n\n--OUTER\n"
     "Content-Type: multipart/digest; boundary=\"INNER\"\n\n--INNER\nContent-Type: message/rfc822\n\n"
     "Date: Fri, 6 Jun 2025 18:22:40 -0500\nFrom: Wire Desk <desk@wire.example.com>\n"
     "Subject: Callao port workers end two-day stoppage\nContent-Type: text/plain; charset=\"utf-8\"\n\n"
     "Lima, 6 jun (EFE).- Los estibadores del puerto del Callao levantaron hoy la paralización tras "
     "un acuerdo salarial con los operadores.\n\n--INNER--\n\n--OUTER--\n",
     {"title": "Callao port workers end two-day stoppage", "published": "2025-06-06T18:22:40-05:00",
      "cities": ["Lima"], "agencies": ["EFE"]},
     "a list's MIME digest: the message its multipart/digest carries is the story, not the contents list"),
    ("text-digest.eml",
     "From: harbours@groups.example.com\nTo: harbours@groups.example.com\nSubject: [harbours] Digest Number 412\n"
     "Date: Thu, 9 Mar 2006 10:00:00 -0000\nMIME-Version: 1.0\nContent-Type: text/plain; charset=us-ascii\n\n"
     "There is 1 message in this issue.\n\nTopics in this digest:\n\n      1. Genoa dredging contract goes to "
     "Dutch group\n           From: \"Marco Serra\" <mserra@example.it>\n\n\n"
     "______________________________________________________________\n\nMessage: 1\n"
     "   Date: Wed, 8 Mar 2006 16:05:12 +0100\n   From: \"Marco Serra\" <mserra@example.it>\n"
     "Subject: Genoa dredging contract goes to Dutch group\n\n(ANSA) - Genoa, March 8 - The port authority "
     "awarded a dredging contract for the old harbour to a Dutch group on Wednesday.\n(ANSA).\n\n\n"
     "______________________________________________________________\n\nGroup Links\n\n"
     "<*> To visit your group on the web, go to:\n    http://groups.example.com/group/harbours/\n",
     {"title": "Genoa dredging contract goes to Dutch group", "published": "2006-03-08T16:05:12+01:00",
      "cities": ["Genoa"], "url": None},
     "a plain-text digest ('Message: 1' over its headers): the message is the story, the group's links no URL of it"),
    ("graph-message.json",
     json.dumps({"@odata.context": "https://graph.example.com/v1.0/$metadata#users('desk')/messages/$entity",
                 "createdDateTime": "2021-09-14T06:31:02Z", "lastModifiedDateTime": "2021-09-14T09:12:45Z",
                 "sentDateTime": "2021-09-14T06:30:58Z", "internetMessageId": "<alert.8812@wire.example.com>",
                 "subject": "Dalian opens new cold-chain terminal",
                 "webLink": "https://mail.example.com/owa/?ItemID=AAMk123",
                 "body": {"contentType": "html", "content": "<html><body><h2>Dalian opens new cold-chain "
                          "terminal</h2><p>DALIAN, Sept. 14 (Xinhua) -- A cold-chain terminal for frozen seafood "
                          "opened at Dalian port on Tuesday.</p><p><a href=\"http://wire.example.com/2021-09/14/"
                          "c_1.htm\">Read more: http://wire.example.com/2021-09/14/c_1.htm</a></p></body></html>"},
                 "from": {"emailAddress": {"name": "Wire English", "address": "alert@wire.example.com"}},
                 "toRecipients": [{"emailAddress": {"address": "desk@example.org"}}]}),
     {"title": "Dalian opens new cold-chain terminal", "published": "2021-09-14T06:30:58+00:00", "updated": None,
      "url": "http://wire.example.com/2021-09/14/c_1.htm"},
     "a mailbox API's message (Graph): sent when its sentDateTime says, its last change no update, its "
     "'Read more' link the story's"),
    ("agency-forward.eml",
     "From: Oleg Ivanov <oleg@example.ru>\nTo: sales@example.ru\nSubject: Fwd: Murmansk port adds second "
     "coal berth\nDate: Mon, 6 Oct 2025 09:00:00 +0300\nMIME-Version: 1.0\nContent-Type: text/plain; "
     "charset=\"utf-8\"\n\nКоллеги, для отчёта.\n\nОлег\n\n---------- Forwarded message ---------\n"
     "From: TASS <noreply@tass.com>\nDate: Fri, Oct 3, 2025 at 2:15 PM\nSubject: Murmansk port adds second "
     "coal berth\nTo: <oleg@example.ru>\n\n\nMurmansk port adds second coal berth\n\nMURMANSK, October 3. "
     "/TASS/. The port of Murmansk has put a second coal berth into service, its operator told TASS on Friday.\n",
     {"title": "Murmansk port adds second coal berth", "published": "2025-10-03T14:15:00", "cities": ["Murmansk"]},
     "a forward of a story an agency mailed under its headline: the agency's mail gives the day's time"),
    ("foxmail-paste.txt",
     "发件人： \"新华社浙江分社\" <zjnews@wire.example.cn>\n收件人： \"王芳\" <wangfang@example.cn>\n抄  送：\n"
     "主  题： 浙江夏粮收购过半\n发送时间： 2003-06-20 15:42:10\n\n王芳，您好！\n\n浙江夏粮收购过半\n\n"
     "新华社杭州6月20日电　记者从浙江省粮食局获悉，全省夏粮收购已完成计划的一半以上。（完）\n",
     {"title": "浙江夏粮收购过半", "published": "2003-06-20T15:42:10", "cities": ["杭州"]},
     "a Chinese client's paste (padded '主  题：' and full-width colons): the agency's branch sent it, its time stands"),
    ("webmail-saved.html",
     "<!DOCTYPE html><html><!-- saved from url=(0074)https://webmail.example.de/?_task=mail&_mbox=INBOX&_uid=77&_action=show -->"
     "<head><title>Webmail :: Neue Radbrücke in Ulm freigegeben</title></head><body><div id=\"messagebody\">"
     "<p>Neue Radbrücke in Ulm freigegeben</p><p>Ulm (dpa/lsw) - Nach zwei Jahren Bauzeit ist die neue "
     "Radbrücke über die Donau am Dienstag für den Verkehr freigegeben worden, teilte die Stadt mit.</p>"
     "</div></body></html>",
     {"url": None, "cities": ["Ulm"]},
     "a webmail's message page saved from the browser: its 'saved from url=' is the mailbox's address, no story URL"),
    ("notes-memo.txt",
     "Wire English Desk <english@wire.example.jp>\n03/11/2008 09:05 AM\n\nTo\nbuyers@example.co.jp\ncc\n\n"
     "Subject\nNagasaki shipyard wins order for two car carriers\n\n\n\nNagasaki shipyard wins order for two "
     "car carriers\n\nNAGASAKI, March 11 Kyodo - A Nagasaki shipyard has won an order to build two car "
     "carriers for a European operator, the company said Tuesday.\n",
     {"title": "Nagasaki shipyard wins order for two car carriers", "cities": ["Nagasaki"],
      "published": "2008-03-11T09:05:00"},
     "a Lotus Notes memo pasted as text (labels alone on their lines): the sender's line is no title, the date stands"),
]

# An agency API's item with its keys in Portuguese (a signature, an editing credit, a
# picture object) and one whose keys the reader knows in no language.
API_PT = json.dumps({
    "titulo": "Metrô de Recife amplia horário aos domingos",
    "linha_fina": "Trens passam a circular até a meia-noite",
    "data_publicacao": "2024-09-08T10:05:00-03:00", "data_atualizacao": "2024-09-08T12:30:00-03:00",
    "assinatura": "Por Joana Freitas Lins - Repórter da Agência Brasil - Recife",
    "edicao": "Paulo Teles Rocha",
    "foto": {"legenda": "Estação central", "credito": "Caio Mendes Araújo/Agência Brasil"},
    "corpo": "<p>O metrô do Recife vai funcionar até a meia-noite aos domingos a partir do mês que vem, "
             "informou a companhia nesta segunda-feira.</p><p>A mudança atende a um pedido antigo dos "
             "usuários da linha sul.</p>"}, ensure_ascii=False)
API_UNKNOWN = json.dumps({
    "uid": "n-20240908-17", "secao": "Cidades", "chamada": "Metrô de Recife amplia horário aos domingos",
    "materia": "<p>O metrô do Recife vai funcionar até a meia-noite aos domingos a partir do mês que vem, "
               "informou a companhia nesta segunda-feira. A mudança atende a um pedido antigo dos usuários "
               "da linha sul, que reclamavam do fim das viagens às 23h.</p>"}, ensure_ascii=False)
XINHUA_API = json.dumps({"status": 0, "data": {
    "title": "Kigali opens a second bus terminal", "pubtime": "2023-05-02 09:14:27", "source": "Xinhua",
    "editor": "Liu Fang", "content": "<p>KIGALI, May 2 (Xinhua) -- Rwanda's capital opened a second bus "
    "terminal on Tuesday.</p>"}})

STORIES += [
    ("api-pt.json", API_PT,
     {"title": "Metrô de Recife amplia horário aos domingos", "published": "2024-09-08T10:05:00-03:00",
      "updated": "2024-09-08T12:30:00-03:00", "reporters": ["Joana Freitas Lins"], "cities": ["Recife"],
      "editors": ["Paulo Teles Rocha"], "photographers": ["Caio Mendes Araújo"], "agencies": ["Agência Brasil"]},
     "an API item with Portuguese keys: title, body, dates, signature, editor and photo credit"),
    ("api-unknown.json", API_UNKNOWN,
     {"title": "Metrô de Recife amplia horário aos domingos", "language": "pt"},
     "no key the reader knows: the prose value is the text, the headline-like value the title"),
    ("xinhua-api.json", XINHUA_API,
     {"published": "2023-05-02T09:14:27", "editors": ["Liu Fang"], "agencies": ["Xinhua"]},
     "an agency API's 'pubtime' is the publication time"),
    ("envelope-own-name.json", json.dumps({"Result": "Y", "ResultData": {"Items": [{
        "HeadLine": "高雄輕軌環狀線全線通車 首週免費搭乘", "CreateTime": "2024/03/11 09:20",
        "PageUrl": "https://news.example.tw/aloc/202403110042.aspx",
        "Photo": {"Caption": "輕軌列車駛過愛河旁的車站。（中央社記者林書平攝　113年3月11日）"},
        "Body": "（中央社記者林書平高雄11日電）高雄輕軌環狀線今天全線通車，市府宣布首週免費搭乘，"
                "沿線車站湧入不少試乘民眾。（編輯：陳怡如）1130311"}]}}, ensure_ascii=False),
     {"title": "高雄輕軌環狀線全線通車 首週免費搭乘", "published": "2024-03-11T09:20:00",
      "url": "https://news.example.tw/aloc/202403110042.aspx", "reporters": ["林書平"],
      "photographers": ["林書平"], "editors": ["陳怡如"], "cities": ["高雄"]},
     "an API envelope under a name of its own ('ResultData') holds the items list; 'PageUrl' is the "
     "address; the photo's Chinese caption closing with its credit names the photographer"),
    ("cms-two-editors.json", json.dumps({"code": 0, "data": {
        "title": "跨江大桥今晚起封闭检修 公交线路临时绕行", "pubtime": "2023-04-06 21:05:40",
        "editor": "孔德明", "responsible_editor": "韩晓芸",
        "content": "<p>记者今天从交通部门获悉，跨江大桥将从今晚起封闭检修十天，途经的公交线路临时绕行。</p>"
                   "<p>（总台记者 邵文博 冯雨桐）</p>"}}, ensure_ascii=False),
     {"editors": ["孔德明", "韩晓芸"], "reporters": ["邵文博", "冯雨桐"]},
     "a Chinese CMS's 'editor' and 'responsible_editor' name two editors; a broadcaster's closing "
     "byline bracket, its outlet's short name before 记者, names the reporters"),
    ("portal-contents.json", json.dumps({"data": {"contents": [{"content": {
        "contentType": "STORY", "title": "Harbour cranes idle as dockers walk out",
        "provider": {"displayName": "AFP", "url": "http://www.afp.com/"},
        "pubDate": "2024-02-06T05:40:12Z", "displayTime": "2024-02-06T08:15:00Z",
        "canonicalUrl": {"url": "https://news.portal.example/harbour-cranes-idle-054012345.html"},
        "authors": [{"author": {"displayName": "Kofi Mensah Owusu"}}],
        "body": {"markup": "<p>Tema (AFP) - Dock workers at the country's main port stopped work on "
                           "Tuesday over unpaid overtime, leaving cranes idle.</p><p>km/dw</p>"}}}]}}),
     {"title": "Harbour cranes idle as dockers walk out", "published": "2024-02-06T05:40:12+00:00",
      "updated": "2024-02-06T08:15:00+00:00", "reporters": ["Kofi Mensah Owusu"], "agencies": ["AFP"],
      "url": "https://news.portal.example/harbour-cranes-idle-054012345.html"},
     "a portal's content API: the items under 'contents', the text as body 'markup', each author "
     "object inside an 'author' key, the provider's 'displayName', 'displayTime' the update"),
]

# Chat copies: a story passed on in a messenger group, saved as text.
STORIES += [
    ("whatsapp-ios.txt",
     "[02/10/2023, 08:40] Rui Matos (night desk): for the Africa page?\n"
     "[02/10/2023, 08:41] Rui Matos (night desk): Malawi raises maize price floor for farmers\n\n"
     "LILONGWE, Oct 2 (Reuters) - Malawi raised the minimum price traders must pay farmers for maize "
     "on Monday, the agriculture ministry said.\n\nReporting by Kondwani Phiri; Editing by Sam Hale\n"
     "[02/10/2023, 08:50] Lea K: taking it\n",
     {"title": "Malawi raises maize price floor for farmers", "published": "2023-10-02", "updated": None,
      "agencies": ["Reuters"], "reporters": ["Kondwani Phiri"]},
     "WhatsApp on iOS: the longest message is the story, its headline after the sender prefix"),
    ("whatsapp-android.txt",
     "10/3/23, 9:05 PM - Dana: Port strike spreads to second terminal\n\nDURBAN, Oct 3 (AFP) - Dock "
     "workers at a second container terminal joined the strike on Tuesday, union officials said.\n"
     "10/3/23, 9:07 PM - Omar: seen\n",
     {"title": "Port strike spreads to second terminal", "published": "2023-10-03", "agencies": ["AFP"]},
     "WhatsApp on Android with a 12-hour clock: the stamps are month first"),
    ("whatsapp-notice-link.txt",
     "12/05/22, 18:10 - Messages and calls are end-to-end encrypted. No one outside of this chat can "
     "read them.\n12/05/22, 18:31 - Tomás Vidal: mirad esto\n12/05/22, 18:32 - Tomás Vidal: "
     "https://www.example.es/galicia/2022/05/12/vigo-cierra-puente-rande-noche.html\n"
     "12/05/22, 18:32 - Tomás Vidal: Vigo cierra el puente de Rande tres noches por obras\n"
     "VIGO, 12 May. (EFE) - El puente de Rande permanecerá cerrado al tráfico tres noches la próxima "
     "semana para sustituir juntas de dilatación, informó este jueves la concesionaria de la autopista.\n"
     "12/05/22, 18:40 - Noa Pena: uff\n",
     {"title": "Vigo cierra el puente de Rande tres noches por obras",
      "url": "https://www.example.es/galicia/2022/05/12/vigo-cierra-puente-rande-noche.html",
      "cities": ["Vigo"]},
     "WhatsApp's export opens with its encryption notice; the link the sender sent alone just "
     "before the story is its address"),
    ("telegram.txt",
     "Petro Savchuk, [11.04.2024 18:02]\n[Forwarded from Ukrinform]\n⚡️ Kharkiv reopens two metro "
     "stations after repairs\n\nTwo metro stations in Kharkiv reopened on Thursday after repairs to "
     "their entrances, the city council said.\n\n👉 https://www.ukrinform.example.ua/news/kharkiv-metro.html\n\n"
     "Petro Savchuk, [11.04.2024 18:05]\nfor the evening file?\n",
     {"title": "Kharkiv reopens two metro stations after repairs", "published": "2024-04-11",
      "updated": None, "agencies": ["Ukrinform"],
      "url": "https://www.ukrinform.example.ua/news/kharkiv-metro.html"},
     "a Telegram Desktop copy: the forward header names the agency, markers go, a later stamp is no update"),
    ("telegram-channel-forward.txt",
     "Port City Daily | news of the coast\n[14.05.2022 21:30] Port City Daily:\nForwarded from Anadolu Ajansı | AA "
     "(14.05.2022 16:45)\n\n🔴 Ferry line to the islands resumes after two years\n\nThe ferry line linking the "
     "port with three islands resumed on Saturday after a two-year pause, the operator said in a statement.\n\n"
     "Tickets are on sale at the harbour office.\n\n🔗 https://www.aa.example.com.tr/tr/ferry-line/123456\n",
     {"title": "Ferry line to the islands resumes after two years", "published": "2022-05-14", "updated": None,
      "agencies": ["Anadolu"], "url": "https://www.aa.example.com.tr/tr/ferry-line/123456"},
     "a Telegram copy of one forwarded channel post under the channel's name: the name is no headline, "
     "the forward header (its names parted by a bar, the post's time after them) names the agency"),
]

# More chat shapes: a group's notices atop the export, other locales' clocks, a link to an
# agency's site, a chat mailed as the export's attachment.
STORIES += [
    ("whatsapp-es-group.txt",
     "5/3/21, 8:02 p. m. - Los mensajes y las llamadas están cifrados de extremo a extremo.\n"
     "5/3/21, 8:02 p. m. - Rosa Olmedo creó el grupo \"Vecinos del 4B\"\n"
     "5/3/21, 8:03 p. m. - Rosa Olmedo añadió a Luis\n"
     "5/3/21, 8:10 p. m. - Rosa Olmedo: *Quito amplía el horario del trolebús los fines de semana*\n\n"
     "Quito, 4 mar (EFE).- El municipio de Quito extenderá desde este sábado el horario del trolebús hasta la "
     "medianoche los fines de semana, informó este jueves la empresa de transporte.\n"
     "5/3/21, 8:15 p. m. - Luis: buenísimo\n",
     {"title": "Quito amplía el horario del trolebús los fines de semana", "published": "2021-03-04",
      "agencies": ["EFE"], "cities": ["Quito"]},
     "WhatsApp in Spanish: the group's notices (created, added) atop the export are no messages, 'p. m.' is "
     "no US clock (the stamps stay day first), the headline's bold asterisks go"),
    ("whatsapp-ar.txt",
     "3/2/2023، 9:15 م - سامي: الكويت تفتتح أول محطة لتحلية المياه بالطاقة الشمسية\n\n"
     "الكويت (كونا) - افتتحت وزارة الكهرباء والماء اليوم أول محطة لتحلية مياه البحر تعمل بالطاقة الشمسية "
     "بطاقة إنتاجية تبلغ خمسة ملايين غالون يوميا.\n"
     "3/2/2023، 9:20 م - ليلى: خبر جميل\n",
     {"title": "الكويت تفتتح أول محطة لتحلية المياه بالطاقة الشمسية", "published": "2023-02-03",
      "agencies": ["KUNA"]},
     "WhatsApp in Arabic: the Arabic comma after the day and the evening mark after the time; no sender prefix "
     "in the headline, the stamps day first"),
    ("whatsapp-agency-link.txt",
     "[09.10.2022 14:20:05] Deniz: https://www.aa.com.tr/tr/ekonomi/ornek-liman-yeni-vinc/2700001\n"
     "[09.10.2022 14:20:31] Deniz: Mersin Limanı'na iki yeni vinç geldi\n\nLimana getirilen iki yeni konteyner "
     "vinci ile yükleme kapasitesinin yüzde 20 artması bekleniyor.\n"
     "[09.10.2022 14:25:00] Cem: süper\n",
     {"title": "Mersin Limanı'na iki yeni vinç geldi", "agencies": ["Anadolu"],
      "url": "https://www.aa.com.tr/tr/ekonomi/ornek-liman-yeni-vinc/2700001"},
     "a chat's link to an agency's own site, sent just before the story: the site credits the story its text "
     "credits to no one"),
    ("whatsapp-mailed.eml",
     "From: Pablo Ruiz <pablo@example.com>\nDate: Mon, 8 Feb 2021 09:30:00 +0100\n"
     "Subject: WhatsApp Chat with Work friends\nMIME-Version: 1.0\n"
     "Content-Type: multipart/mixed; boundary=\"b1\"\n\n--b1\nContent-Type: text/plain; charset=UTF-8\n\n"
     "WhatsApp chat with Work friends is attached.\n\n--b1\nContent-Type: text/plain; charset=UTF-8; "
     "name=\"WhatsApp Chat with Work friends.txt\"\nContent-Disposition: attachment; "
     "filename=\"WhatsApp Chat with Work friends.txt\"\n\n"
     "07/02/2021, 18:01 - Pablo: Valencia opens a bike lane along the old riverbed\n\n"
     "VALENCIA, Feb 7 (Reuters) - Valencia opened a six-kilometre bike lane along its old riverbed park on "
     "Sunday, the city council said, the first stage of a ring of lanes round the centre.\n"
     "07/02/2021, 18:05 - Marta: nice\n\n--b1--\n",
     {"title": "Valencia opens a bike lane along the old riverbed", "agencies": ["Reuters"],
      "cities": ["Valencia"]},
     "a chat mailed as WhatsApp exports it (a line of note, the chat attached as text): the story passed on "
     "there, not the note; the subject is no headline"),
    ("whatsapp-ios-hi-12h.txt",
     "[05/03/24, 9:02:10 AM] Vikas Jain: आज की खबर देखिए\n"
     "[05/03/24, 9:04:31 AM] Vikas Jain: *इंदौर में नई सिटी बस सेवा शुरू*\n\n"
     "इंदौर (मध्य प्रदेश) [भारत], 5 मार्च (एएनआई): शहर में सोमवार से बीस नई इलेक्ट्रिक बसें चलने लगीं, "
     "नगर निगम के अधिकारियों ने बताया।\n\nइन बसों का किराया पुरानी बसों के बराबर रखा गया है।\n"
     "[05/03/24, 9:10:48 AM] Neha: बढ़िया\n",
     {"published": "2024-03-05", "agencies": ["ANI"], "cities": ["इंदौर"]},
     "an Indian phone's export: a 12-hour clock, yet the day first in a chat written in Devanagari; ANI's "
     "Hindi dateline brackets the state, then the country"),
]

# Telegram Desktop's JSON export of one chat (result.json): a channel's posts, or a
# conversation whose longest message is the story.
STORIES += [
    ("tg-channel.json",
     json.dumps({"name": "Укрінформ", "type": "public_channel", "id": 77, "messages": [
         {"id": 9, "type": "message", "date": "2021-10-04T07:48:02", "edited": "2021-10-04T08:05:19",
          "from": "Укрінформ", "from_id": "channel77",
          "text": [{"type": "bold", "text": "🔴 У Вінниці відкрили новий міст через Південний Буг"},
                   "\n\nНовий пішохідний міст з'єднав два береги річки в центрі міста, повідомили в міській раді. "
                   "Будівництво тривало півтора року.\n\n👉 Детальніше: ",
                   {"type": "link", "text": "https://www.ukrinform.example.ua/rubric-regions/111-vinnytsia-mist.html"},
                   "\n\nПідписуйтесь на наш канал | ", {"type": "text_link", "text": "Telegram",
                                                         "href": "https://t.me/example"}]}]},
                ensure_ascii=False),
     {"title": "У Вінниці відкрили новий міст через Південний Буг", "published": "2021-10-04T07:48:02",
      "updated": "2021-10-04T08:05:19", "agencies": ["Ukrinform"], "language": "uk",
      "url": "https://www.ukrinform.example.ua/rubric-regions/111-vinnytsia-mist.html"},
     "a Telegram channel's JSON export: the post's bold first line is the headline (its marker goes), "
     "its time and its edit's are the dates, the agency's channel credits it, the address after 'more' is its url"),
    ("tg-chat.json",
     json.dumps({"name": "Ines Ward", "type": "personal_chat", "id": 5, "messages": [
         {"id": 1, "type": "message", "date": "2020-02-11T21:14:03", "from": "Ines Ward", "text": "look 👇"},
         {"id": 2, "type": "message", "date": "2020-02-11T21:14:09", "from": "Ines Ward", "forwarded_from": "Reuters",
          "text": [{"type": "bold", "text": "Lighthouse on Skye reopens to visitors"},
                   "\n\nThe restored lighthouse at the north of the island opened to visitors on Tuesday after "
                   "three years of work by volunteers."]},
         {"id": 3, "type": "message", "date": "2020-02-12T07:02:00", "from": "Tom Reed", "text": "we should go"}]}),
     {"title": "Lighthouse on Skye reopens to visitors", "published": "2020-02-11", "updated": None,
      "agencies": ["Reuters"], "language": "en"},
     "a Telegram conversation's JSON export: the longest message, forwarded from an agency's channel, is the "
     "story; the day it was passed on is a last resort, no time of the post's own"),
]

# Exports and API items whose keys or column names are in the desk's own language.
STORIES += [
    ("anp-export.csv",
     'Kop;Auteur;Bron;Datum;Tijd;Tekst\n"Groningen opent nieuwe fietsenstalling onder station";;ANP;'
     '03-05-2021;14:10;"GRONINGEN (ANP) - Onder het station van Groningen is dinsdag een stalling voor '
     '4000 fietsen geopend."\n',
     {"title": "Groningen opent nieuwe fietsenstalling onder station", "published": "2021-05-03T14:10:00",
      "agencies": ["ANP"], "cities": ["Groningen"]},
     "a Dutch semicolon export: Kop is the headline column, Datum and Tijd joined"),
    ("antara-export.csv",
     'judul,tanggal,pewarta,editor,kanal,isi\n"Pelabuhan Makassar tambah dua dermaga baru",'
     '"Senin, 5 Juli 2021 09:15 WITA",Rahmat Hidayat,Siti Nurhaliza,Ekonomi,"Makassar (ANTARA) - '
     'Pengelola pelabuhan menambah dua dermaga untuk kapal barang mulai bulan ini."\n',
     {"title": "Pelabuhan Makassar tambah dua dermaga baru", "reporters": ["Rahmat Hidayat"],
      "editors": ["Siti Nurhaliza"], "agencies": ["Antara"], "cities": ["Makassar"]},
     "an Indonesian export: judul the title, pewarta the reporter, isi the text"),
    ("aa-item.json",
     json.dumps({"baslik": "Samsun'da yeni balıkçı barınağı hizmete girdi", "muhabir": "Kemal Aydın",
                 "fotografci": "Selin Kaya", "tarih": "08.06.2022 10:25", "guncelleme": "08.06.2022 12:50",
                 "metin": "SAMSUN (AA) - Kentte yapımı tamamlanan balıkçı barınağı törenle açıldı."},
                ensure_ascii=False),
     {"title": "Samsun'da yeni balıkçı barınağı hizmete girdi", "reporters": ["Kemal Aydın"],
      "photographers": ["Selin Kaya"], "published": "2022-06-08T10:25:00",
      "updated": "2022-06-08T12:50:00", "agencies": ["Anadolu"]},
     "Turkish API keys: baslik, muhabir, fotografci, tarih the publication, guncelleme the update"),
    ("bernama-item.json",
     json.dumps({"tajuk": "Kuantan buka dua jeti nelayan baharu bulan depan", "penulis": "Azlan Mohd Yusof",
                 "kredit_foto": "Foto BERNAMA", "diterbitkan": "2022-04-11T09:20:00+08:00",
                 "dikemaskini": "2022-04-11T12:35:00+08:00", "pautan": "https://www.bernama.example.com/bm/am/news.php?id=77",
                 "kandungan": ["KUANTAN, 11 April (Bernama) -- Dua jeti nelayan di muara sungai akan dibuka "
                               "kepada pengguna mulai bulan depan.", "-- BERNAMA"]}, ensure_ascii=False),
     {"title": "Kuantan buka dua jeti nelayan baharu bulan depan", "reporters": ["Azlan Mohd Yusof"],
      "published": "2022-04-11T09:20:00+08:00", "updated": "2022-04-11T12:35:00+08:00",
      "agencies": ["Bernama"], "photographers": [], "url": "https://www.bernama.example.com/bm/am/news.php?id=77"},
     "Malay API keys: tajuk the title, kandungan the text's paragraphs, diterbitkan and dikemaskini the "
     "dates, pautan the link; the agency's picture service ('Foto BERNAMA') is no photographer"),
    ("send-date.json",
     json.dumps({"TITLE": "Ferry line adds winter sailings", "SEND_DATE": "2022-12-01 09:10:00",
                 "UPDATE_DATE": "2022-12-01 11:45:00", "BODY": "The ferry line will add two sailings a day."}),
     {"published": "2022-12-01T09:10:00", "updated": "2022-12-01T11:45:00"},
     "an agency API's send date is the publication, its update date the update"),
    ("cms-item.json",
     json.dumps({"id": "c-77", "content": {
         "headline": {"default": "Tasmanian ferry fares frozen for summer"},
         "authors": [{"name": "Grace Whitlam", "role": "reporter"}, {"name": "Ben Achterberg", "role": "editor"}],
         "source": {"agency": "Australian Associated Press"},
         "body": [{"type": "text", "html": "Fares on the Bass Strait ferries will not rise this summer."},
                  {"type": "image", "caption": "The ferry in port.", "credit": "AAP Image/Nina Castellano"}]},
         "dates": {"published": "2021-11-02T09:00:00+11:00"}}),
     {"title": "Tasmanian ferry fares frozen for summer", "reporters": ["Grace Whitlam"],
      "editors": ["Ben Achterberg"], "agencies": ["AAP"], "photographers": ["Nina Castellano"],
      "published": "2021-11-02T09:00:00+11:00"},
     "a nested CMS item: roles, the source's agency, the body's picture credit"),
    ("handout-picture.json",
     json.dumps({"headline": "Island council opens a new boat ramp", "author": "Mele Tupou",
                 "publishedAt": "2023-03-07T10:00:00+13:00",
                 "image": {"src": "/img/ramp.jpg", "caption": "The new ramp at low tide.", "credit": "Supplied"},
                 "body": ["The council opened a concrete boat ramp at the village wharf on Tuesday.",
                          "Fishers had launched from the beach for years."]}),
     {"reporters": ["Mele Tupou"], "photographers": []},
     "a picture's credit 'Supplied' (a handout) names no photographer"),
    ("abr-feed.xml",
     '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">'
     '<channel><title>Agência Brasil - Geral</title><item><title>Porto de Santos bate recorde em maio</title>'
     '<pubDate>Wed, 12 Jun 2024 10:05:00 -0300</pubDate>'
     '<dc:creator>Rafael Bittencourt - Repórter da Agência Brasil</dc:creator>'
     '<description><![CDATA[<p>O porto movimentou 15 milhões de toneladas em maio, o maior volume do ano.</p>]]>'
     '</description></item></channel></rss>\n',
     {"reporters": ["Rafael Bittencourt"], "agencies": ["Agência Brasil"]},
     "an RSS creator of name and role at the agency: the byline rules read the name"),
    ("yandex-full-text-feed.xml",
     '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:yandex="http://news.yandex.ru">'
     '<channel><title>Новости Прикамья</title><item><title>В Перми открыли новый мост</title>'
     '<pubDate>Tue, 04 Jun 2024 10:05:00 +0500</pubDate>'
     '<description>Мост соединил два микрорайона</description>'
     '<yandex:full-text>ПЕРМЬ, 4 июня. /ТАСС/. Новый мост через Егошиху открыли во вторник, он соединил '
     'два микрорайона города.\nДвижение по нему будет круглосуточным.</yandex:full-text>'
     '</item></channel></rss>\n',
     {"agencies": ["TASS"], "cities": ["Пермь"]},
     "a Russian site's feed gives the whole story in yandex:full-text, its summary in the description"),
]

# A CMS node exported whole (Drupal's "node" and its "field_" names, keys in Portuguese on a
# Spanish edition), a Nordic archive's CSV rows and a desk's CSV with a photo credit column.
DRUPAL_NODE = json.dumps({
    "export": {"system": "Drupal 7", "site": "noticias.example.com.br"},
    "node": {"nid": "2201", "type": "noticia", "language": "es",
             "title": "Salvador abre tres nuevas líneas de autobús nocturno",
             "created": "2019-04-02T08:20:00-03:00", "changed": "2019-04-02T11:45:00-03:00",
             "field_autor": [{"nome": "Mariana Couto Reis", "funcao": "Repórter da Agência Brasil"}],
             "field_tradutor": "Inés Galarza", "field_editor": "Davi Montenegro",
             "field_fonte": "Agência Brasil",
             "field_imagem": {"legenda": "Un autobús en la terminal", "credito": "Tiago Prado/Agência Brasil"},
             "body": {"value": "<p>La alcaldía de Salvador pondrá en marcha tres líneas de autobús que "
                               "circularán de madrugada a partir del lunes, según informó el municipio.</p>"
                               "<p>Las rutas unen el centro con los barrios del norte.</p>",
                      "format": "full_html"}}}, ensure_ascii=False)
NORDIC_CSV = ('"id";"julkaistu";"paivitetty";"osasto";"otsikko";"kirjoittaja";"teksti";"lahde";"kieli"\r\n'
              '"A-1";"3.2.2015 8:05";"3.2.2015 10:30";"Talous";"Oulun satama saa uuden nosturin";'
              '"Veera Laaksonen";"OULU (STT)\r\nOulun satamaan hankitaan ensi kesänä uusi konttinosturi, '
              'kertoi satamayhtiö tiistaina.";"STT";"fi"\r\n'
              '"A-2";"3.2.2015 9:15";"";"Kotimaa";"Lumityöt viivästyttävät busseja";"";'
              '"KUOPIO (STT)\r\nRunsas lumi hidasti linja-autoja Kuopiossa tiistaiaamuna.";"STT";"fi"\r\n')
PHOTO_CSV = ("guid,created,headline,byline,dateline,body,source,photo_credit\n"
             "X-9,2011-05-04T10:10:00+02:00,Færgerne sejler igen efter stormen,,AARHUS,"
             "\"Færgerne mellem Aarhus og Odder sejlede igen onsdag, efter at stormen havde lagt sig.\","
             "/ritzau/,Sofie Brandt/Ritzau Scanpix\n")

STORIES += [
    ("drupal-node.json", DRUPAL_NODE,
     {"title": "Salvador abre tres nuevas líneas de autobús nocturno",
      "published": "2019-04-02T08:20:00-03:00", "updated": "2019-04-02T11:45:00-03:00",
      "reporters": ["Mariana Couto Reis"], "translators": ["Inés Galarza"], "editors": ["Davi Montenegro"],
      "photographers": ["Tiago Prado"], "agencies": ["Agência Brasil"], "language": "es"},
     "a Drupal node export: the node's field_ names in Portuguese, an author object's 'nome'"),
    ("nordic.csv#1", NORDIC_CSV,
     {"title": "Oulun satama saa uuden nosturin", "published": "2015-02-03T08:05:00",
      "updated": "2015-02-03T10:30:00", "reporters": ["Veera Laaksonen"], "agencies": ["STT"],
      "cities": ["Oulu"], "language": "fi"},
     "a Finnish CSV export: otsikko, teksti, julkaistu, paivitetty, kirjoittaja, lahde; row 1"),
    ("nordic.csv#2", NORDIC_CSV,
     {"title": "Lumityöt viivästyttävät busseja", "published": "2015-02-03T09:15:00", "updated": None,
      "reporters": [], "cities": ["Kuopio"]},
     "a CSV export of two rows is two stories, the second labelled #2"),
    ("photo.csv", PHOTO_CSV,
     {"photographers": ["Sofie Brandt"], "reporters": [], "cities": ["Aarhus"]},
     "a CSV's photo_credit column names the photographer, its agency no person"),
]

# An Atom Entry Document: one <entry> as the root, with no <feed> around it.
ATOM_ENTRY = """<?xml version="1.0" encoding="UTF-8"?>
<entry xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
  <id>urn:example:story:5521</id>
  <title>Harbour pilots agree new night-shift rota</title>
  <link rel="alternate" type="text/html" href="https://wire.example.org/story/5521"/>
  <published>2022-10-05T06:40:00+01:00</published>
  <updated>2022-10-05T09:15:00+01:00</updated>
  <author><name>Niamh Costello</name><email>ncostello@wire.example.org</email></author>
  <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">
    <p>CORK, Oct 5 (Reuters) - Harbour pilots in Cork agreed a new rota for night shifts on Wednesday,
    ending a dispute that had held up tankers for a week.</p>
    <p>The port company said ships would move on the evening tide.</p></div></content>
</entry>
"""

STORIES += [
    ("atom-entry.xml", ATOM_ENTRY,
     {"title": "Harbour pilots agree new night-shift rota", "published": "2022-10-05T06:40:00+01:00",
      "updated": "2022-10-05T09:15:00+01:00", "reporters": ["Niamh Costello"], "agencies": ["Reuters"],
      "cities": ["Cork"], "language": "en", "url": "https://wire.example.org/story/5521"},
     "an Atom Entry Document (an <entry> root) is one Atom story, not a refused XML"),
]

# XML of a root no story format names (an archive's own export): its elements read by the
# same key names as JSON keys and CSV columns; with none, its text as one story.
ARCHIVE_CS = """<?xml version="1.0" encoding="UTF-8"?>
<archiv zdroj="ČTK" pocet="2">
  <zprava id="A1"><datum>09.11.2011</datum><cas>07:50</cas>
    <titulek>Olomouc otevře nové parkoviště u nádraží</titulek><autor>Lenka Horáková</autor>
    <text><odstavec>Olomouc 9. listopadu (ČTK) - Město otevře v pondělí nové parkoviště pro tři sta aut u hlavního nádraží.</odstavec>
      <odstavec>Řidiči zaplatí za den dvacet korun.</odstavec></text></zprava>
  <zprava id="A2"><datum>09.11.2011</datum><cas>08:15</cas>
    <titulek>Zlín prodlouží provoz městské knihovny</titulek>
    <text><odstavec>Zlín 9. listopadu (ČTK) - Městská knihovna bude od ledna otevřená i v sobotu odpoledne.</odstavec></text></zprava>
</archiv>
"""
ARCHIVE_HU = """<?xml version="1.0" encoding="UTF-8"?>
<hirek_export>
  <hir kiadva="2016-09-14T10:05:00+02:00" modositva="2016-09-14T12:40:00+02:00" nyelv="hu">
    <cim>Új kompjárat indul Szegednél a Tiszán</cim><szerzo>Varga Dóra</szerzo>
    <szoveg><bekezdes>Szeged, 2016. szeptember 14., szerda (MTI) - Új kompjárat köti össze a Tisza két partját Szeged alatt.</bekezdes>
      <bekezdes>A komp óránként indul reggeltől estig.</bekezdes></szoveg>
    <kep><kepalairas>A komp a kikötőben.</kepalairas><fotos>MTI Fotó: Bartos Ildikó</fotos></kep>
  </hir>
</hirek_export>
"""
ARCHIVE_EN = """<?xml version="1.0" encoding="UTF-8"?>
<desk_archive source="PTI">
  <story><slug>MUM12 MH-FERRY</slug><date>21-06-2018</date><time zone="IST">11:20</time>
    <headline>Mumbai to add two ferry routes before monsoon</headline><byline/>
    <text>Mumbai, Jun 21 (PTI) The state maritime board will add two ferry routes across the harbour before the monsoon, an official said today.

The routes will link the city with two towns on the mainland. PTI ABC XYZ</text></story>
</desk_archive>
"""
# A photo's XMP packet: Photoshop's schema in attributes, Dublin Core's in RDF containers.
XMP_PHOTO = """<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
 <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"
   xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/"
   photoshop:Headline="Ferje innstilt etter storm i Bodø" photoshop:City="Bodø"
   photoshop:DateCreated="2022-01-17T09:30:00+01:00" photoshop:Credit="NTB">
  <dc:title><rdf:Alt><rdf:li xml:lang="x-default">BODO-FERJE</rdf:li></rdf:Alt></dc:title>
  <dc:creator><rdf:Seq><rdf:li>Sindre Holm</rdf:li></rdf:Seq></dc:creator>
  <dc:description><rdf:Alt><rdf:li xml:lang="x-default">Bodø 20220117. Ferjen til Lofoten ble liggende
ved kai mandag etter at vinden økte gjennom natten.</rdf:li></rdf:Alt></dc:description>
  <dc:subject><rdf:Bag><rdf:li>vær</rdf:li><rdf:li>ferje</rdf:li></rdf:Bag></dc:subject>
 </rdf:Description></rdf:RDF></x:xmpmeta>
<?xpacket end="w"?>
"""
XMP_DOCUMENT = """<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
 <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <dc:title><rdf:Alt><rdf:li xml:lang="x-default">Harbour fees rise for cruise ships</rdf:li></rdf:Alt></dc:title>
  <dc:creator><rdf:Seq><rdf:li>Alma Reyes</rdf:li></rdf:Seq></dc:creator>
  <dc:description><rdf:Alt><rdf:li xml:lang="x-default">The port board raised the fees cruise ships pay
to dock by a tenth on Monday, its chairman said.</rdf:li></rdf:Alt></dc:description>
 </rdf:Description></rdf:RDF></x:xmpmeta>
"""
ARCHIVE_TEXT = """<?xml version="1.0" encoding="UTF-8"?>
<bundle><k1>Ferry timetable changes for the winter</k1>
<k2>SPLIT, Croatia (Reuters) - Ferries to the islands off Split will run less often from November, the operator said on Monday.</k2></bundle>
"""

STORIES += [
    ("archive-cs.xml#1", ARCHIVE_CS,
     {"title": "Olomouc otevře nové parkoviště u nádraží", "published": "2011-11-09T07:50:00",
      "reporters": ["Lenka Horáková"], "agencies": ["CTK"], "cities": ["Olomouc"], "language": "cs"},
     "an archive's XML with Czech names: titulek, autor, datum and cas joined, paragraphs in text"),
    ("archive-cs.xml#2", ARCHIVE_CS,
     {"title": "Zlín prodlouží provoz městské knihovny", "published": "2011-11-09T08:15:00",
      "reporters": [], "cities": ["Zlín"]},
     "an archive's XML of two story elements is two stories"),
    ("archive-hu.xml", ARCHIVE_HU,
     {"title": "Új kompjárat indul Szegednél a Tiszán", "published": "2016-09-14T10:05:00+02:00",
      "updated": "2016-09-14T12:40:00+02:00", "reporters": ["Varga Dóra"], "photographers": ["Bartos Ildikó"],
      "agencies": ["MTI"], "cities": ["Szeged"], "language": "hu"},
     "an archive's XML with Hungarian names, dates in attributes, the picture's 'MTI Fotó:' credit"),
    ("archive-en.xml", ARCHIVE_EN,
     {"title": "Mumbai to add two ferry routes before monsoon", "published": "2018-06-21T11:20:00+05:30",
      "reporters": [], "agencies": ["PTI"], "cities": ["Mumbai"]},
     "an archive's XML: a time element's zone attribute, the root's source attribute"),
    ("xmp-photo.xml", XMP_PHOTO,
     {"title": "Ferje innstilt etter storm i Bodø", "published": "2022-01-17T09:30:00+01:00",
      "photographers": ["Sindre Holm"], "reporters": [], "agencies": ["NTB"], "cities": ["Bodø"]},
     "a photo's XMP: rdf:Alt's and rdf:Seq's values unwrapped, dc:creator the photographer"),
    ("xmp-document.xml", XMP_DOCUMENT,
     {"title": "Harbour fees rise for cruise ships", "reporters": ["Alma Reyes"], "photographers": []},
     "...an XMP packet with no photo schema: dc:creator stays the writer"),
    ("archive-text.xml", ARCHIVE_TEXT,
     {"agencies": ["Reuters"], "cities": ["Split"]},
     "an XML of names no vocabulary knows: its text is read as one story, not refused"),
]

# A story's picture in NITF (<media media-type="image">) and in NewsML-G2 (an itemMeta link to
# an image): its producer or by element, else its caption's closing credit, is the photographer.
NITF_MEDIA = """<?xml version="1.0" encoding="UTF-8"?>
<nitf><head><title>Cusco market</title></head><body><body.head>
<hedline><hl1>Cusco market adds a Sunday farmers' row</hl1></hedline>
<byline><person>Lucía Pari Condori</person></byline><distributor>EFE</distributor>
</body.head><body.content>
<p>Cusco (Perú), 4 may (EFE).- El mercado central abrirá los domingos una fila de puestos para agricultores de la provincia.</p>
<media media-type="image"><media-reference source="m1.jpg" mime-type="image/jpeg"/>
<media-caption>Puestos del mercado central de Cusco. EFE/Tomás Huamán Ccori</media-caption>
<media-producer>Tomás Huamán Ccori</media-producer></media>
<media media-type="video"><media-reference source="v1.mp4" mime-type="video/mp4"/>
<media-producer>Rosa Yupanqui</media-producer></media>
</body.content></body></nitf>
"""
NITF_MEDIA_CAPTION = NITF_MEDIA.replace("<media-producer>Tomás Huamán Ccori</media-producer>", "")
G2_PICTURE_LINK = """<?xml version="1.0" encoding="UTF-8"?>
<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" xmlns:x="http://agency.example/ns" guid="urn:x:1" version="2">
 <itemMeta><itemClass qcode="ninat:text"/><provider literal="ANP"/>
  <versionCreated>2023-03-02T10:30:00+01:00</versionCreated><firstCreated>2023-03-02T09:10:00+01:00</firstCreated>
  <link rel="irel:associatedWith" contenttype="image/jpeg" residref="urn:x:p1">
   <x:caption>Fietsers op de nieuwe brug in Zwolle. ANP / Joost van Dam</x:caption>
   <x:photographer>Joost van Dam</x:photographer></link>
  <link rel="irel:seeAlso" contenttype="video/mp4" residref="urn:x:v1"><by>Femke Bos</by></link>
 </itemMeta>
 <contentMeta><headline>Zwolle opent fietsbrug over de IJssel</headline></contentMeta>
 <contentSet><inlineXML contenttype="application/xhtml+xml"><html xmlns="http://www.w3.org/1999/xhtml"><body>
  <p>ZWOLLE (ANP) - De nieuwe fietsbrug over de IJssel bij Zwolle is donderdag geopend.</p></body></html></inlineXML></contentSet>
</newsItem>
"""
NITF_BYTTL = NITF.replace("<byline><person>Amani Njoroge</person></byline>",
                          "<byline>By AMANI NJOROGE<byttl>Associated Press Writer</byttl></byline>")
G2_PICTURE_CAPTION = G2_PICTURE_LINK.replace("<x:photographer>Joost van Dam</x:photographer>", "")

STORIES += [
    ("nitf-media.xml", NITF_MEDIA,
     {"photographers": ["Tomás Huamán Ccori"], "reporters": ["Lucía Pari Condori"], "agencies": ["EFE"]},
     "NITF: a picture's media-producer is its photographer, a video's producer is not"),
    ("nitf-media-caption.xml", NITF_MEDIA_CAPTION,
     {"photographers": ["Tomás Huamán Ccori"], "agencies": ["EFE"]},
     "NITF: with no media-producer, the picture caption's closing credit"),
    ("g2-picture-link.xml", G2_PICTURE_LINK,
     {"photographers": ["Joost van Dam"], "reporters": [], "agencies": ["ANP"], "cities": ["Zwolle"]},
     "NewsML-G2: an image link's photographer child names the picture's photographer, a video link's by no one"),
    ("g2-picture-caption.xml", G2_PICTURE_CAPTION,
     {"photographers": ["Joost van Dam"], "reporters": []},
     "NewsML-G2: an image link with only a caption, its closing credit"),
    ("nitf-byline-byttl.xml", NITF_BYTTL,
     {"reporters": ["Amani Njoroge"]},
     "NITF: a byline in capitals with its title in <byttl> right after it, no space between"),
]

# A NewsML-G2 creator or contributor whose name is its own text, no <name> child inside
G2_CONTRIBUTOR_TEXT = """<?xml version="1.0" encoding="UTF-8"?>
<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:x:7" version="3">
 <itemMeta><itemClass qcode="ninat:text"/><provider literal="EFE"/>
  <firstCreated>2021-06-09T11:00:00-05:00</firstCreated></itemMeta>
 <contentMeta><headline>Cartagena amplía el horario de sus bibliotecas de barrio</headline>
  <creator role="crol:writer">Mariela Quintero Gil</creator>
  <contributor role="editor">Hernando Sáenz Ruiz</contributor>
  <contributor role="photographer">Iván Castaño</contributor></contentMeta>
 <contentSet><inlineXML contenttype="application/xhtml+xml"><html xmlns="http://www.w3.org/1999/xhtml"><body>
  <p>Cartagena (Colombia), 9 jun (EFE).- Las bibliotecas de barrio abrirán hasta las nueve de la noche desde el lunes.</p></body></html></inlineXML></contentSet>
</newsItem>
"""

STORIES += [
    ("g2-contributor-text.xml", G2_CONTRIBUTOR_TEXT,
     {"reporters": ["Mariela Quintero Gil"], "editors": ["Hernando Sáenz Ruiz"],
      "photographers": ["Iván Castaño"], "agencies": ["EFE"]},
     "NewsML-G2: a creator's or contributor's name as its own text, each to its role's field"),
    ("app-imagenes.json",
     '{"titulo": "Mendoza habilita la temporada de pesca en el Atuel", '
     '"autor": {"nombre": "Ramiro Elizalde"}, "fecha_publicacion": "2022-11-05T10:15:00-03:00", '
     '"imagenes": [{"src": "https://img.example/atuel.jpg", "epigrafe": "Pescadores en la orilla.", '
     '"credito": "Foto: Noelia Barrionuevo/Télam"}], '
     '"cuerpo": ["Mendoza, 5 de noviembre (Télam).- La provincia habilitó este sábado la temporada de pesca '
     'deportiva en el río Atuel, con cupos diarios por pescador."]}',
     {"photographers": ["Noelia Barrionuevo"], "reporters": ["Ramiro Elizalde"], "agencies": ["Télam"]},
     "JSON: the story's pictures under a Spanish plural key, its labelled credit the photographer"),
]

# A picture's credit line in the feed's own structure: a NewsML-G2 image link's <creditline>,
# a NewsML 1.x photo component's NewsLines, an image sitemap's caption.
G2_PICTURE_CREDITLINE = G2_PICTURE_LINK.replace("<x:photographer>Joost van Dam</x:photographer>", "") \
    .replace("<x:caption>Fietsers op de nieuwe brug in Zwolle. ANP / Joost van Dam</x:caption>",
             "<creditline>Sanne de Wit / ANP</creditline>")
NEWSML1_PHOTO_COMPONENT = """<?xml version="1.0" encoding="UTF-8"?>
<NewsML Version="1.2"><NewsItem xml:lang="en">
 <NewsManagement><FirstCreated>20110907T061500Z</FirstCreated></NewsManagement>
 <NewsComponent>
  <NewsLines><HeadLine>Ghana's cocoa board raises farm-gate price</HeadLine><ByLine>by Kwesi Ampofo</ByLine>
   <CreditLine>AFP</CreditLine></NewsLines>
  <NewsComponent><Role FormalName="Main"/><ContentItem><MediaType FormalName="Text"/><DataContent>
   <p>ACCRA, Sept 7 (AFP) - Ghana's cocoa board on Wednesday raised the price it pays growers for the new season.</p>
  </DataContent></ContentItem></NewsComponent>
  <NewsComponent><Role FormalName="Photo"/>
   <NewsLines><HeadLine>Ghana-cocoa</HeadLine><CreditLine>AFP PHOTO/Efua Mensah Boateng</CreditLine></NewsLines>
   <ContentItem Href="http://photos.example/gh1.jpg"><MediaType FormalName="Photo"/></ContentItem></NewsComponent>
 </NewsComponent>
</NewsItem></NewsML>
"""
SITEMAP_IMAGE_CAPTION = SITEMAP.replace('xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"',
                                        'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9" '
                                        'xmlns:image="http://www.google.com/schemas/sitemap-image/1.1"') \
    .replace("</news:news>", "</news:news>\n  <image:image><image:loc>https://img.lakeside.example.com/l.jpg</image:loc>"
             "<image:caption>Readers at the east branch on Sunday. Marta Lindqvist/AP</image:caption></image:image>")

RSS_FEEDBURNER = RSS.replace('xmlns:dc="http://purl.org/dc/elements/1.1/"',
                             'xmlns:dc="http://purl.org/dc/elements/1.1/" '
                             'xmlns:feedburner="http://rssnamespace.org/feedburner/ext/1.0"') \
    .replace("<link>https://www.norte.example.es/bizkaia/funicular-artxanda.html</link>",
             "<link>http://feeds.norte.example.es/~r/bizkaia/~3/Xk2pQ/funicular-artxanda.html</link>\n"
             "   <feedburner:origLink>https://www.norte.example.es/bizkaia/funicular-artxanda.html</feedburner:origLink>")

STORIES += [
    ("rss-feedburner.xml", RSS_FEEDBURNER,
     {"url": "https://www.norte.example.es/bizkaia/funicular-artxanda.html"},
     "a FeedBurner item: its origLink is the story's address, its link the redirector's"),
    ("g2-picture-creditline.xml", G2_PICTURE_CREDITLINE,
     {"photographers": ["Sanne de Wit"], "agencies": ["ANP"]},
     "NewsML-G2: an image link's creditline names its photographer, its agency no person"),
    ("newsml1-photo-component.xml", NEWSML1_PHOTO_COMPONENT,
     {"photographers": ["Efua Mensah Boateng"], "reporters": ["Kwesi Ampofo"], "agencies": ["AFP"]},
     "NewsML 1.x: a photo component's credit line names the photographer"),
    ("sitemap-image-caption.xml", SITEMAP_IMAGE_CAPTION,
     {"photographers": ["Marta Lindqvist"], "title": "County library extends Sunday hours at four branches"},
     "an image sitemap: the story's picture caption's closing credit"),
]

# East Asian agencies' own forms (h146): a later version of a NITF item, a Korean content API.
NITF_VERSION = """<?xml version="1.0" encoding="UTF-8"?>
<nitf><head><title>港湾労働者の賃上げで合意</title><docdata>
<date.issue norm="20190312T083000+0900"/>
<date.release norm="20190312T121500+0900"/>
<du-key generation="2" part="1" version="2" key="XX20190312A0001"/>
</docdata></head><body><body.head><hedline><hl1>港湾労働者の賃上げで合意</hl1></hedline>
<distributor>時事通信社</distributor></body.head>
<body.content><p>【釜山時事】港湾の労使は１２日、今年の賃金を３％引き上げることで合意した。</p></body.content>
<body.end><tagline>（2019/03/12-12:15）</tagline></body.end></body></nitf>
"""

STORIES += [
    ("nitf-second-version.xml", NITF_VERSION,
     {"published": "2019-03-12T08:30:00+09:00", "updated": "2019-03-12T12:15:00+09:00", "agencies": ["Jiji"]},
     "NITF's second version (du-key version 2): its later release stamp is the version's, an update"),
    ("nitf-first-version.xml", NITF_VERSION.replace('version="2"', 'version="1"').replace("<tagline>（2019/03/12-12:15）</tagline>", ""),
     {"published": "2019-03-12T08:30:00+09:00", "updated": None},
     "the first version's release stamp names no update (an embargo's release, maybe)"),
    ("ko-content-api.json", json.dumps({"RESULT": "SUCCESS", "DATA": {
        "TITLE": "항만 노사, 올해 임금 3% 인상 합의", "WRITER": "정민수",
        "SEND_DATE": "2019-03-12 08:30:00", "UPD_DATE": "2019-03-12 12:15:10",
        "BODY": "(부산=연합뉴스) 정민수 기자 = 항만 노사가 12일 올해 임금을 3% 올리기로 합의했다.\n\n(끝)"}},
        ensure_ascii=False),
     {"published": "2019-03-12T08:30:00", "updated": "2019-03-12T12:15:10", "reporters": ["정민수"]},
     "a Korean agency API's upper-case 'UPD_DATE' beside its 'SEND_DATE' is the update"),
]

# A sports desk's SportsML: a results-and-table document of data only (its date, title and
# publisher in its metadata, the matches' own start times beside them), and a recap carrying
# its story as namespaced NITF; and an NITF whose later version names its time in a head meta.
SPORTSML_RESULTS = """<?xml version="1.0" encoding="UTF-8"?>
<sports-content xml:lang="de">
 <sports-metadata language="de" date-time="20190310T201000+0100">
  <sports-title>Handball-Bundesliga, 24. Spieltag: Ergebnisse</sports-title>
  <sports-content-codes>
   <sports-content-code code-name="Handball" code-type="sport"/>
   <sports-content-code code-name="Deutsche Presse-Agentur" code-type="publisher"/>
  </sports-content-codes>
 </sports-metadata>
 <schedule><sports-event>
  <event-metadata event-key="hbl.md24.e1" start-date-time="20190309T190000+0100" event-status="post-event"/>
  <team><team-metadata alignment="home"><name full="SC Magdeburg"/></team-metadata><team-stats score="31"/></team>
  <team><team-metadata alignment="away"><name full="HSG Wetzlar"/></team-metadata><team-stats score="27"/></team>
 </sports-event></schedule>
</sports-content>
"""
SPORTSML_RECAP = """<?xml version="1.0" encoding="UTF-8"?>
<sports-content xml:lang="en" xmlns:nitf="http://iptc.org/std/NITF/2006-10-18/">
 <sports-metadata language="en" date-time="20191020T183000-0400">
  <sports-title>Harbor City edges Lakeport in overtime</sports-title>
  <sports-content-codes><sports-content-code code-name="The Associated Press" code-type="publisher"/></sports-content-codes>
 </sports-metadata>
 <sports-event><event-metadata start-date-time="20191020T130000-0500"/></sports-event>
 <article><nitf:nitf><nitf:head><nitf:title>Overtime kick decides it</nitf:title></nitf:head><nitf:body><nitf:body.head>
  <nitf:hedline><nitf:hl1>Harbor City edges Lakeport in overtime</nitf:hl1></nitf:hedline>
  <nitf:byline>By <nitf:person>DALE OKAFOR</nitf:person> AP Sports Writer</nitf:byline>
 </nitf:body.head><nitf:body.content>
  <nitf:p>Harbor City kicked a field goal on the first drive of overtime and beat Lakeport 23-20 on Sunday.</nitf:p>
 </nitf:body.content><nitf:body.end><nitf:tagline>Follow the league on the wire's sports desk.</nitf:tagline></nitf:body.end>
 </nitf:body></nitf:nitf></article>
</sports-content>
"""
NITF_META_UPDATED = NITF.replace("<head><title>Ferry service resumes</title></head>",
                                 '<head><title>Ferry service resumes</title><meta name="afp:updated" '
                                 'content="2022-06-14T11:05:00Z"/><docdata><date.issue norm="20220614T090000Z"/>'
                                 '</docdata></head>')

STORIES += [
    ("sportsml-results.xml", SPORTSML_RESULTS,
     {"title": "Handball-Bundesliga, 24. Spieltag: Ergebnisse", "published": "2019-03-10T20:10:00+01:00",
      "agencies": ["dpa"], "language": "de"},
     "SportsML of data only: the document's date-time, not a match's start, its publisher code the agency"),
    ("sportsml-recap.xml", SPORTSML_RECAP,
     {"title": "Harbor City edges Lakeport in overtime", "published": "2019-10-20T18:30:00-04:00",
      "agencies": ["AP"], "reporters": ["Dale Okafor"]},
     "SportsML carrying its recap as NITF: the story's fields, the document's date"),
    ("nitf-meta-updated.xml", NITF_META_UPDATED,
     {"published": "2022-06-14T09:00:00+00:00", "updated": "2022-06-14T11:05:00+00:00"},
     "NITF: an agency's head meta naming the version's update time"),
]

parsed, test_fields_through_the_cli = cli_field_tests(STORIES, "forms")
