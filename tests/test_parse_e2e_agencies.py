"""National agencies through the real command: datelines in their own scripts and date
shapes, sign-offs under the copy and a lead's credit, as whole stories in a folder read by
`wire parse --format jsonl` in its own process.

The per-shape rules have their rows in test_parse_tables.py (DATELINES, AGENCIES). Every
story, name and event here is invented.
"""
from __future__ import annotations


from wirerun import cli_field_tests

# (file name, text, {field: value}, why)
STORIES = [
    ("mti-hu-dateline.txt",
     "Új buszjárat indul Szegeden\n\nSzeged, 2023. június 12., hétfő (MTI) - Új buszjárat indul "
     "júliustól Szegeden, amely a pályaudvart köti össze az egyetemi negyeddel, közölte a "
     "városháza hétfőn.\n\nA járat óránként közlekedik.\n",
     {"cities": ["Szeged"], "agencies": ["MTI"]},
     "MTI: year first and a weekday between the place and the agency"),
    ("bta-bg-slash-reporter.txt",
     "Община Русе ремонтира три моста\n\nРусе, 12 юни /Веселин Колев, БТА/\nОбщина Русе "
     "започва ремонт на три моста над реката, съобщиха от общината днес.\n\nРемонтът ще "
     "продължи до есента.\n",
     {"cities": ["Русе"], "agencies": ["BTA"], "reporters": ["Веселин Колев"]},
     "BTA: the reporter and the agency in the dateline's slashes"),
    ("mena-ar-slash.txt",
     "افتتاح مدرسة جديدة في أسيوط\n\nأسيوط في 12 يونيو /أ ش أ/\nافتتح محافظ أسيوط اليوم "
     "مدرسة جديدة تضم ثلاثين فصلا دراسيا في قرية قريبة من المدينة.\n\nوقال المحافظ إن "
     "المدرسة ستستقبل الطلاب في العام الدراسي المقبل.\n\n/أ ش أ/\n",
     {"cities": ["أسيوط"], "agencies": ["MENA"]},
     "MENA's Arabic initials in slashes, in the dateline and under the copy"),
    ("greek-caps.txt",
     "Νέα γραμμή τραμ στην Πάτρα\n\nΠΑΤΡΑ (ΑΠΕ-ΜΠΕ) - Νέα γραμμή τραμ θα λειτουργήσει από "
     "τον Σεπτέμβριο στην Πάτρα, ανακοίνωσε ο δήμος την Τρίτη.\n\nΗ γραμμή θα έχει δώδεκα "
     "στάσεις.\n",
     {"cities": ["Πάτρα"], "agencies": ["ANA-MPA"]},
     "a Greek city in capitals gets its accent back"),
    ("pna-closing-bracket.txt",
     "Town opens new fish port in Samar\n\nBy Lorna Dizon\n\nCATBALOGAN CITY – The town opened "
     "a new fish port on Monday, giving 300 fishers a place to land their catch, officials "
     "said.\n\nThe port has a cold storage room for ten tonnes of fish. (PNA)\n",
     {"cities": ["Catbalogan City"], "agencies": ["PNA"], "reporters": ["Lorna Dizon"]},
     "PNA's name in brackets after the last sentence"),
    ("nzpa-signoff.txt",
     "Council backs new cycle bridge\n\nNELSON, June 12 NZPA - Nelson City Council has backed "
     "a new cycle bridge over the river, to be built next summer.\n\nThe bridge will cost "
     "$4 million.\n\nNZPA ab cd\n",
     {"cities": ["Nelson"], "agencies": ["NZPA"]},
     "NZPA after the date, and its desk's initials under the copy"),
    ("ukrinform-lead-credit.txt",
     "Lviv opens a new library for teenagers\n\n12.06.2023 10:15\n\nA new library for "
     "teenagers has opened in Lviv's Sykhiv district, with a reading room and a studio.\n\n"
     "This was reported by the city council's press office, Ukrinform reports.\n\nThe "
     "library will be open seven days a week.\n",
     {"agencies": ["Ukrinform"]},
     "Ukrinform credits itself in the lead, with no dateline"),
    ("spa-in-prose.txt",
     "Hotel reopens its spa\n\nBATH, England (AP) — The hotel reopened its spa on Friday after "
     "a year of work, its owners said.\n\nGuests said the spa, SPA-branded towels and all, "
     "was worth the wait.\n",
     {"cities": ["Bath"], "agencies": ["AP"]},
     "a spa in the prose is no agency"),
    # source lines and closing notes in many languages (SOURCE_NOTES in test_parse_tables.py)
    ("mti-hu-forras-label.txt",
     "Új kerékpárút épül Pécsen\n\n2024. március 4., hétfő 10:15\n\nÚj kerékpárút épül Pécsen a "
     "belváros és az egyetemi kampusz között, közölte hétfőn a város.\n\nA munkálatok júniusban "
     "kezdődnek.\n\nForrás: MTI\n\nFotó: MTI/Szabó Gergely\n",
     {"agencies": ["MTI"], "photographers": ["Szabó Gergely"]},
     "a Hungarian portal's source label and photo label under the copy"),
    ("ar-page-source-plus.txt",
     "البلدية توسع خط الترام في وهران\n\nقررت البلدية يوم الاثنين تمديد خط الترام في وهران بمحطتين "
     "جديدتين، بحسب مكتب النقل.\n\nتبدأ الأعمال في مايو.\n\nالمصدر : رويترز + الفرنسية\n",
     {"agencies": ["Reuters", "AFP"]}, "an Arabic page's source line, two agencies joined by a plus"),
    ("cp-full-name-signoff.txt",
     "Harbour ferry fares frozen\n\nHALIFAX — The harbour ferry will keep its fares for another year, "
     "the regional council decided on Tuesday.\n\nRidership rose by a tenth last summer.\n\n"
     "The Canadian Press\n\nPublication title: The Harbour Ledger; Halifax, N.S.\n\nSection: National\n",
     {"agencies": ["CP"], "cities": ["Halifax"]},
     "CP's full name alone on a line under the copy, a database record's fields after it"),
    ("tass-ru-istochnik.txt",
     "В Самаре продлят набережную\n\n4 марта 2024, 10:15\n\nВ Самаре продлят набережную на два "
     "километра, сообщили в мэрии в понедельник.\n\nРаботы начнутся летом.\n\nИсточник: ТАСС\n",
     {"agencies": ["TASS"]}, "a Russian portal's source label"),
    ("vna-vi-theo.txt",
     "Huế mở thêm tuyến xe buýt ra biển\n\nThứ Hai, 04/03/2024 10:15\n\nThành phố Huế sẽ mở thêm "
     "một tuyến xe buýt nối trung tâm với biển Thuận An từ tháng Tư.\n\nGiá vé không thay đổi.\n\n"
     "Theo TTXVN\n",
     {"agencies": ["VNA"]}, "a Vietnamese paper's 'according to' line naming the agency"),
    ("anampa-el-pigi.txt",
     "Νέος ποδηλατόδρομος στα Ιωάννινα\n\n04.03.2024 | 10:15\n\nΝέος ποδηλατόδρομος θα γίνει "
     "γύρω από τη λίμνη των Ιωαννίνων, ανακοίνωσε τη Δευτέρα ο δήμος.\n\nΤα έργα ξεκινούν το "
     "καλοκαίρι.\n\nΦΩΤΟ: ΑΠΕ-ΜΠΕ/ΝΙΚΟΣ ΠΑΠΑΔΑΚΗΣ\n\nΠηγή: ΑΠΕ-ΜΠΕ\n",
     {"agencies": ["ANA-MPA"], "photographers": ["Νικος Παπαδακης"]},
     "a Greek portal's photo label and source label"),
    ("apa-de-dated-close.txt",
     "Tramway: zwei neue Haltestellen in Graz\n\n5. März 2024, 10:15\n\nGraz – Der Gemeinderat hat "
     "am Montag zwei neue Haltestellen beschlossen.\n\nDie Kosten liegen bei drei Millionen "
     "Euro. (APA, 5.3.2024)\n\nTeilen\n\nKommentare (12)\n\nMehr zum Thema\n\nBusse fahren am "
     "Sonntag seltener\n",
     {"agencies": ["APA"]}, "APA's dated credit closing the copy, a page's chrome below it"),
    ("us-paper-information-from.txt",
     "Storms knock out power across the plains\n\nStaff and wire reports\nUpdated May 2, 2024, "
     "6:10 p.m. CT\n\nStorms knocked out power to thousands of homes across the plains on "
     "Thursday, utilities said.\n\nCrews expect to restore most service by Saturday.\n\n"
     "Information from Reuters and The Associated Press was used in this report.\n",
     {"title": "Storms knock out power across the plains", "agencies": ["Reuters", "AP"],
      "reporters": []},
     "a desk's credit line under the headline and a note of the wire sources"),
    ("us-paper-contributing-label.txt",
     "Bus fares frozen for another year\n\nBy Dana Whitcomb\n\nThe regional transit board froze "
     "bus fares for another year on Wednesday, citing rising ridership.\n\nContributing: The "
     "Associated Press\n",
     {"agencies": ["AP"], "reporters": ["Dana Whitcomb"]}, "a US paper's closing contributor label"),
    ("reuters-he-bracket.txt",
     "עיריית חיפה תרחיב את הטיילת\n\nעיריית חיפה הודיעה היום כי תרחיב את הטיילת לאורך החוף "
     "בשני קילומטרים.\n\nהעבודות יחלו בקיץ.\n\n(רויטרס)\n",
     {"agencies": ["Reuters"]}, "a Hebrew page's closing credit, Reuters in Hebrew"),
    ("in-paper-sources-head.txt",
     "Ferry timetable changes in Kochi\n\nCompiled by Ravi Menon from wire reports\nSources: AFP, "
     "Reuters\nApr 2, 2024, 10:05 AM IST\n\nFerries across the backwaters will run every twenty "
     "minutes from May, the operator said on Tuesday.\n",
     {"title": "Ferry timetable changes in Kochi", "agencies": ["AFP", "Reuters"],
      "reporters": ["Ravi Menon"]}, "a sources line under the byline in the head"),
    # agencies newly known, and the reporters their datelines sign
    ("dha-tr-name-city.txt",
     "Bursa'da yeni park açıldı\n\n04.03.2024 - 10:15\n\nKemal ÖZTÜRK/BURSA, (DHA)- Bursa "
     "Büyükşehir Belediyesi, kent merkezinde yeni bir park açtı.\n\nParkta çocuk oyun alanları "
     "bulunuyor.\n",
     {"agencies": ["DHA"], "cities": ["Bursa"], "reporters": ["Kemal Öztürk"]},
     "DHA's dateline: the reporter, a slash, the city"),
    ("ata-sq-atsh.txt",
     "Porti i Durrësit hap terminalin e ri\n\n04/03/2024 10:15\n\nDurrës, 4 mars /ATSH/ Arben "
     "Leka - Porti i Durrësit hapi sot terminalin e ri për pasagjerët.\n\nTerminali ka kapacitet "
     "për dy mijë udhëtarë.\n",
     {"agencies": ["ATA"], "cities": ["Durrës"], "reporters": ["Arben Leka"]},
     "ATA's Albanian short form and its reporter after the tag"),
    ("acn-ca-dateline.txt",
     "Girona amplia la xarxa de carrils bici\n\nDilluns, 4 de març de 2024 - 10:15\n\nGirona "
     "(ACN).- L'Ajuntament de Girona ha aprovat l'ampliació de la xarxa de carrils bici.\n\nLes "
     "obres començaran a l'estiu.\n",
     {"agencies": ["ACN"], "cities": ["Girona"]}, "the Catalan agency's initials in its dateline"),
    ("aip-fr-dateline.txt",
     "Korhogo : le conseil régional vote son budget\n\nPublié le lundi 4 mars 2024 à 10h15\n\n"
     "Korhogo, 4 mars 2024 (AIP) – Le conseil régional a voté lundi un budget en hausse pour "
     "l'entretien des pistes rurales.\n\nLes travaux débuteront après la saison des pluies.\n",
     {"agencies": ["AIP"], "cities": ["Korhogo"]}, "Côte d'Ivoire's agency in its dateline"),
    ("pa-ie-press-association.txt",
     "Cork to trial late-night buses\n\nBy Tadhg Ferris, Press Association\nMonday 4th March 2024 "
     "10:15 GMT\n\nLate-night buses will run between Cork city and its suburbs on weekends from "
     "April under a six-month trial.\n",
     {"agencies": ["PA"], "reporters": ["Tadhg Ferris"]}, "PA under its older name after a byline"),
    ("interpressnews-title-case.txt",
     "Tbilisi extends its cable car line\n\nTBILISI (Interpressnews) - The city will extend its cable "
     "car line to the botanical garden by next summer, the mayor's office said on Friday.\n\nThe work "
     "is expected to cost 30 million lari.\n",
     {"cities": ["Tbilisi"], "agencies": ["Interpressnews"]},
     "an agency the vocabulary lacks, in title case in the dateline's bracket"),
    ("akipress-mixed-case.txt",
     "Osh opens a new bus station\n\nOSH (AKIpress) - A new intercity bus station opened on the "
     "western edge of Osh on Monday, the city hall said.\n",
     {"cities": ["Osh"], "agencies": ["AKIpress"]}, "Kyrgyzstan's agency, its name in mixed case"),
    ("apa-hyphen-city-country.txt",
     "Mali launches a solar irrigation plan\n\nAPA-Bamako (Mali) - The government of Mali on "
     "Thursday launched a plan to equip 5,000 farms along the Niger river with solar pumps.\n\n"
     "The first pumps will be installed before the rainy season.\n",
     {"cities": ["Bamako"], "agencies": ["APA"]},
     "Senegal's APA: the agency, a hyphen, the city and its country in brackets"),
    ("sapa-teletype-dateline.txt",
     "ZCZC SAPA0211 2 GEN\nPORT ELIZABETH HARBOUR DEEPENED\nPORT ELIZABETH JULY 3 SAPA\nDREDGING OF "
     "THE HARBOUR ENTRANCE WAS COMPLETED ON SATURDAY, PORT OFFICIALS SAID.\nSAPA\nEND\n",
     {"cities": ["Port Elizabeth"], "agencies": ["SAPA"]},
     "a teletype's dateline: place, month and day, and the agency, with no punctuation"),
    ("fnb-dashless.txt",
     "Åbo får fler stadscyklar\n\nÅbo (FNB) Staden ska fördubbla antalet hyrcyklar till sommaren, "
     "meddelade stadens trafikavdelning på tisdagen.\n",
     {"cities": ["Åbo"], "agencies": ["FNB"]}, "FNB's Swedish copy: no dash after the agency's bracket"),
    ("pti-bhasha-hi.txt",
     "पटना में नया पुल खुला\n\nपटना, 5 मार्च (भाषा) शहर में गंगा नदी पर बना नया पुल मंगलवार को यातायात के "
     "लिए खोल दिया गया।\n\nभाषा\n",
     {"cities": ["पटना"], "agencies": ["PTI"]}, "PTI's Hindi service, Bhasha, in the dateline"),
    ("irna-fa-report-opening.txt",
     "افتتاح پارک تازه در اصفهان\n\nبه گزارش خبرنگار ایرنا از اصفهان، شهردار اصفهان امروز از افتتاح "
     "یک پارک تازه در شرق شهر خبر داد.\n\nاین پارک ده هکتار وسعت دارد.\n\nانتهای پیام/\n",
     {"cities": ["اصفهان"], "agencies": ["IRNA"], "reporters": []},
     "Persian copy: who reports from where opens the story; 'end of message' names no one"),
    ("ur-reuters-bare-bracket.txt",
     "لاہور میں نئی میٹرو لائن کا افتتاح\n\nلاہور (رائٹرز) پنجاب حکومت نے شہر میں نئی میٹرو لائن کا "
     "افتتاح کر دیا ہے جو ریلوے اسٹیشن کو ہوائی اڈے سے ملاتی ہے۔\n\nلائن پر روزانہ ستر ہزار مسافر سفر کریں گے۔\n",
     {"cities": ["لاہور"], "agencies": ["Reuters"]},
     "Urdu: the place and Urdu's spelling of Reuters in brackets, no date or dash"),
    ("ta-pti-tamil.txt",
     "கோவையில் புதிய மேம்பாலம் திறப்பு\n\nகோவை, ஜூன் 4 (பிடிஐ) கோவை நகரில் கட்டப்பட்ட புதிய "
     "மேம்பாலத்தை அமைச்சர் இன்று திறந்து வைத்தார்.\n\nபாலம் இரண்டு கிலோமீட்டர் நீளம் கொண்டது.\n",
     {"cities": ["கோவை"], "agencies": ["PTI"]}, "PTI in Tamil script in a Tamil dateline"),
    ("prnewswire-release.txt",
     "Acme Robotics Opens Plant in Ohio\n\nCOLUMBUS, Ohio, June 3, 2024 /PRNewswire/ -- Acme "
     "Robotics, a maker of warehouse robots, said today it has opened a plant near Columbus that "
     "will employ 200 people.\n\nSOURCE Acme Robotics\n",
     {"cities": ["Columbus"], "agencies": ["PR Newswire"]},
     "a press release: the wire its dateline tag credits carries it, as OTS does; the place is read"),
    ("businesswire-release.txt",
     "Acme Robotics Raises $20 Million\n\nBOSTON--(BUSINESS WIRE)--Acme Robotics said today it "
     "has raised $20 million to expand its plant near Columbus.\n\nContacts\nJo Roe, press office\n",
     {"cities": ["Boston"], "agencies": ["Business Wire"]}, "Business Wire's dateline: the place and the wire"),
    ("sapa-hyphen-signoff.txt",
     "Taxi ranks to move in Durban\n\nMarch 3 2009 at 11:05am\n\nDurban - The city said on Tuesday "
     "that two taxi ranks near the beachfront would move inland before the holidays.\n\nOwners "
     "will be consulted first.\n\n- Sapa\n\nPrint this page\n",
     {"cities": ["Durban"], "agencies": ["SAPA"]},
     "a hyphen sign-off in title case under datelined copy"),
    ("apa-dpa-dated-bracket.txt",
     "Neue Radwege in Graz\n\n3. März 2024, 10:15\n\nGraz – Die Stadt baut bis zum Herbst vier "
     "neue Radwege, teilte das Rathaus am Montag mit. Die Kosten liegen bei drei Millionen "
     "Euro. (APA, dpa, 3.3.2024)\n\nMehr zum Thema\n",
     {"cities": ["Graz"], "agencies": ["APA", "dpa"]},
     "two agencies and the day in a bracket closing the copy"),
    ("fides-dated-closing.txt",
     "Un nuovo pozzo per tre villaggi\n\nBamako (Agenzia Fides) - Tre villaggi della regione hanno "
     "finalmente acqua potabile grazie a un pozzo scavato dai giovani della parrocchia.\n\nI lavori "
     "sono durati quattro mesi.\n\n(G.T.) (Agenzia Fides 4/11/2021)\n",
     {"cities": ["Bamako"], "agencies": ["Agenzia Fides"], "published": "2021-11-04"},
     "the missionary agency's closing credit: its name and the day, no comma, after the desk's initials"),
    ("dated-closing-month-first.txt",
     "City council backs new bus lane\n\nDENVER (AP) - The city council voted on Monday to add a "
     "bus lane on the main avenue through downtown, officials said.\n\nWork starts in spring.\n\n"
     "(AP 4/11/2021)\n",
     {"cities": ["Denver"], "agencies": ["AP"], "published": "2021-04-11"},
     "...in English copy the day after the name reads month first"),
    ("ats-red-bracket.txt",
     "Lugano, nuova linea di bus per il campus\n\n12.05.2024 - 09:40\n\nLUGANO - Una nuova "
     "linea di bus collegherà la stazione al campus universitario da settembre, ha "
     "comunicato la città.\n\nLe corse saranno ogni dieci minuti.\n\n(ats/red)\n",
     {"cities": ["Lugano"], "agencies": ["ATS"]},
     "the Swiss agency's lower-case initials and the site's desk, in brackets"),
    ("agency-site-bare-city.html",
     "<html><head><title>Ankara opens new metro station</title>"
     "<link rel=\"canonical\" href=\"https://www.aa.com.tr/en/turkiye/metro/123\"></head><body>"
     "<article><h1>Ankara opens new metro station</h1><h4>Station to serve 15,000 riders a day</h4>"
     "<div>Deniz Arslan |04.06.2024</div><p>ANKARA</p><p>A new metro station opened in the "
     "capital's Cankaya district on Tuesday, the city's transport authority said.</p>"
     "<p>Trains will stop there every four minutes at peak hours.</p></article></body></html>",
     {"cities": ["Ankara"], "agencies": ["Anadolu"]},
     "an agency's own site (its address) and a bare city under the page's head lines"),
    ("agency-site-ge-no-dateline.html",
     "<html><head><title>Kutaisi</title>"
     "<link rel=\"canonical\" href=\"https://www.interpressnews.ge/en/article/90001-kutaisi-park/\"></head>"
     "<body><article><h1>Kutaisi to rebuild its central park fountain</h1><div>12.05.2020 11:30</div>"
     "<p>The Kutaisi city council has approved a plan to rebuild the fountain in the central park, "
     "which has stood dry for six years.</p><p>The works are expected to finish by autumn, officials "
     "said on Tuesday.</p></article></body></html>",
     {"agencies": ["Interpressnews"]},
     "a CIS agency's own site (its address) credits copy with no dateline"),
    ("kaztag-soviet-dateline.txt",
     "КазТАГ   04.03.91   10.15\nПАВОДОК В СЕМИПАЛАТИНСКЕ\n\nСемипалатинск, 4 марта (КазТАГ). Уровень воды в "
     "Иртыше за сутки поднялся на полметра, сообщили в областном штабе.\n\nДежурство продолжается.\n",
     {"agencies": ["KazTAG"], "cities": ["Семипалатинск"]},
     "the Kazakh Telegraph Agency's bracket in a Soviet-era dateline"),
    ("eqs-label-release.txt",
     "EQS-News: Moorwald Pumpen AG / Schlagwort(e): Auftragseingang\nMoorwald Pumpen AG gewinnt Großauftrag "
     "aus Skandinavien\n\n03.04.2024 / 08:00 CET/CEST\n\nKiel, 3. April 2024 - Die Moorwald Pumpen AG hat "
     "einen Auftrag über Kühlwasserpumpen für zwei Kraftwerke in Schweden erhalten.\n\nDie Lieferung "
     "beginnt im kommenden Frühjahr.\n",
     {"agencies": ["EQS News"], "title": "Moorwald Pumpen AG gewinnt Großauftrag aus Skandinavien"},
     "an EQS release's label names the wire that carries it, no headline"),
    ("dgap-label-release.txt",
     "DGAP-Ad-hoc: Lindauer Textil AG / Key word(s): Forecast\nLindauer Textil AG lowers its revenue "
     "forecast for 2015\n\n10.09.2015 / 17:30\n\nThe management board of Lindauer Textil AG today "
     "lowered its revenue forecast for the current year after weaker orders from clothing chains.\n",
     {"agencies": ["DGAP"], "title": "Lindauer Textil AG lowers its revenue forecast for 2015"},
     "DGAP's ad-hoc label, two words of kind, in English"),
    ("release-wire-site.html",
     "<html><head><title>Brenmoor Tools Opens Service Centre in Leeds | Cision News</title>"
     "<link rel=\"canonical\" href=\"https://news.cision.com/brenmoor-tools/r/opens-centre,c400112\"></head>"
     "<body><article><h1>Brenmoor Tools Opens Service Centre in Leeds</h1><p>Brenmoor Tools said on "
     "Monday it had opened a repair and service centre for cordless tools near the ring road, "
     "with room for forty technicians.</p><p>The centre will also train apprentices.</p></article></body></html>",
     {"agencies": ["Cision"]},
     "a press-release wire's own page (its address) credits the wire that carries the release"),
    ("market-site-page.html",
     "<html><head><title>Freight rates ease as port queues shorten - MarketWatch</title>"
     "<link rel=\"canonical\" href=\"https://www.marketwatch.com/story/freight-rates-ease-5521\"></head>"
     "<body><article><h1>Freight rates ease as port queues shorten</h1><p>Container freight rates "
     "eased for a fourth week as waiting times at the busiest ports shortened, brokers said.</p>"
     "<p>Spot rates on the main east-west lanes fell by about a tenth.</p></article></body></html>",
     {"agencies": ["MarketWatch"]}, "MarketWatch's own page, no byline or dateline naming it"),
    ("release-feed-company-creator.xml",
     "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
     "<channel><title>Company releases</title><link>https://www.example.org/releases</link><item><title>Brenmoor "
     "Tools Opens Repair Centre</title><pubDate>Mon, 3 Mar 2025 09:00:00 +0000</pubDate><dc:creator>Brenmoor "
     "Tools, Inc.</dc:creator><description>Brenmoor Tools said on Monday it had opened a repair centre for "
     "cordless drills near its main warehouse.</description></item></channel></rss>\n",
     {"reporters": []}, "a feed item's creator that is a company with its legal form is no reporter"),
    ("agency-feed-channel-title.xml",
     "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel><title>Télam - Deportes"
     "</title><link>https://www.example.com.ar/deportes</link><language>es-ar</language><item><title>"
     "Mendoza inaugura un velódromo cubierto</title><pubDate>Sat, 1 Mar 2025 10:00:00 -0300</pubDate>"
     "<description>La provincia inauguró este sábado un velódromo cubierto con capacidad para dos mil "
     "espectadores, informaron fuentes oficiales.</description></item></channel></rss>\n",
     {"agencies": ["Télam"], "language": "es"},
     "an agency's own feed, named only by its channel's title before the section"),
    ("agency-feed-swahili-item.xml",
     "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel><title>Habari za Kaunti"
     "</title><link>https://www.kenyanews.go.ke</link><language>en-US</language><item><title>Wavuvi wa "
     "Lamu wapata boti mpya</title><pubDate>Mon, 3 Mar 2025 09:00:00 +0000</pubDate><description>"
     "Wavuvi zaidi ya mia tano katika kaunti ya Lamu wamepokea boti mpya na nyavu kutoka kwa serikali ya "
     "kaunti ili kuongeza mapato yao. Afisa wa uvuvi wa kaunti hiyo amesema kila kikundi cha wavuvi "
     "kitapata boti moja pamoja na mafunzo ya usalama baharini. Wavuvi wamesema boti hizo zitawasaidia "
     "kufika maeneo ya mbali ambako samaki ni wengi zaidi, hasa wakati wa msimu wa upepo mkali. Serikali "
     "ya kaunti imeahidi kujenga soko jipya la samaki karibu na bandari mwaka ujao.</description></item>"
     "</channel></rss>\n",
     {"agencies": ["Kenya News Agency"], "language": "sw"},
     "an agency's feed by its address's host; a long Swahili item in a feed marked en-US is Swahili"),
    ("agency-site-jiji.html",
     "<html lang=\"ja\"><head><meta charset=\"utf-8\"><title>市営バス、運賃を改定―福岡市：時事ドットコム"
     "</title><link rel=\"canonical\" href=\"https://www.jiji.com/jc/article?k=2025030300123\">"
     "<meta property=\"og:site_name\" content=\"時事ドットコム\"></head><body><article>"
     "<h1>市営バス、運賃を改定―福岡市</h1><p>2025年03月03日10時05分</p><p>福岡市は3日、市営バスの"
     "運賃を来年度から改定すると発表した。</p><p>新運賃は4月1日から適用される。</p></article></body></html>",
     {"agencies": ["Jiji"]}, "Jiji's own site, named only by its address"),
    ("uza-uz-latin.txt",
     "Termizda yangi ko‘prik foydalanishga topshirildi\n\n03.05.2024 09:40\n\nTermiz, 3-may /UzA/. "
     "Surxondaryo viloyatining markazida daryo ustidan o‘tgan yangi ko‘prik foydalanishga "
     "topshirildi, deb xabar berdi viloyat hokimligi.\n\nKo‘prik uzunligi 240 metrni tashkil etadi.\n",
     {"cities": ["Termiz"], "agencies": ["UzA"]}, "UzA's Latin dateline, the tag in slashes after a hyphened date"),
    ("kazinform-kk.txt",
     "Шымкентте жаңа саябақ ашылды\n\nШЫМКЕНТ. ҚазАқпарат – Қаланың оңтүстігінде бес гектар "
     "аумақты алып жатқан жаңа саябақ тұрғындарға есігін ашты, деп хабарлады қала әкімдігі.\n\n"
     "Саябақта балалар алаңы мен велосипед жолы бар.\n",
     {"cities": ["Шымкент"], "agencies": ["Kazinform"]}, "Kazinform's Kazakh name after a place in capitals"),
    ("armenpress-hy.txt",
     "Երևանում նոր դպրոց է բացվել\n\nԵՐԵՎԱՆ, 2 ՄԱՅԻՍԻ, ԱՐՄԵՆՊՐԵՍ։ Մայրաքաղաքի Արաբկիր "
     "վարչական շրջանում այսօր բացվել է նոր դպրոց, որտեղ կսովորի վեց հարյուր աշակերտ։\n\n"
     "Շենքը կառուցվել է երկու տարում։\n",
     {"cities": ["Երևան"], "agencies": ["Armenpress"]}, "Armenpress: Armenian capitals and full stop"),
    ("trend-ru-korr.txt",
     "В Гяндже открыли новый мост\n\nГянджа, Азербайджан, 3 марта /корр. Trend Ильгар Алиев/\n\n"
     "В Гяндже после реконструкции открыли мост через реку, сообщили Trend в городской "
     "исполнительной власти.\n\nДлина моста составляет 180 метров.\n",
     {"cities": ["Гянджа"], "agencies": ["Trend"], "reporters": ["Ильгар Алиев"]},
     "Trend: its correspondent inside the dateline's slashes"),
    ("anadolu-tr-slashed.txt",
     "Bakü'de yeni metro hattı açıldı\n\nBakü / Elif Şahin / Anadolu Ajansı\n\nAzerbaycan'ın başkenti "
     "Bakü'de şehrin kuzeyini merkeze bağlayan yeni metro hattı törenle hizmete girdi.\n\n"
     "Hat üzerinde beş istasyon bulunuyor.\n",
     {"cities": ["Bakü"], "agencies": ["Anadolu"], "reporters": ["Elif Şahin"]},
     "Anadolu's slashed dateline: the place is the city, the middle the reporter"),
    ("kazinform-kk-latin.txt",
     "Aqtóbede jańa kitaphana ashyldy\n\nAQTOBE. QAZAQPARAT – Qalanyń ortalyǵynda 80 myń kitap qory "
     "bar jańa kitaphana oqyrmandarǵa esigin ashty, dep habarlady qala ákimdigi. Kitaphana kúnderi "
     "táýlik boıy jumys isteıdi.\n\nǴımaratta balalar zaly bar.\n",
     {"cities": ["Aqtobe"], "agencies": ["Kazinform"], "language": "kk"},
     "Kazinform's Latin Kazakh: its name, and its language by the alphabet's letters"),
    ("khmer-zwsp-paragraphs.txt",
     "ផ្លូវ\u200bថ្មី\u200bនៅ\u200bបាត់ដំបង\n\n"
     "រាជរដ្ឋាភិបាល\u200bបាន\u200bសម្រេច\u200bសាងសង់\u200bផ្លូវ\u200bថ្មី\u200bមួយ\u200bនៅ\u200bខេត្ត\u200bបាត់ដំបង "
     "ដើម្បី\u200bជួយ\u200bកសិករ\u200bដឹក\u200bស្រូវ\u200bទៅ\u200bទីផ្សារ។\n\n"
     "ការងារ\u200bនឹង\u200bចាប់ផ្តើម\u200bនៅ\u200bខែ\u200bក្រោយ ហើយ\u200bនឹង\u200bបញ្ចប់\u200bក្នុង\u200bរយៈពេល\u200bពីរ\u200bឆ្នាំ។\n\n"
     "ដោយ សុខ ដារ៉ា\n",
     {"language": "km"},
     "Khmer paragraphs whose words zero-width spaces join: whatever the head reads, the language is told"),
    ("wam-wide-gap-byline.txt",
     "Gulf Today\n\nSharjah opens a second desalination plant\n\nPublished: May 2, 2019 10:40   By WAM\n\n"
     "Sharjah: The emirate opened its second desalination plant on Thursday, adding water for 90,000 homes.\n\n"
     "The plant cost Dh300 million.\n",
     {"agencies": ["WAM"], "reporters": [], "published": "2019-05-02T10:40:00"},
     "a page's date and 'By WAM' set apart by a wide gap: the agency, no running head"),
    ("sapa-title-case-byline.txt",
     "Daily Cape Post\n\nTaxi strike ends in Pietermaritzburg\n\nMarch 4 2010 at 09:12am\nBy Sapa\n\n"
     "Pietermaritzburg - Minibus taxis were back on the roads on Thursday after owners and the city "
     "agreed on new rank fees.\n\nThe strike had lasted three days.\n",
     {"agencies": ["SAPA"], "reporters": []},
     "'By Sapa' in title case: the agency's own copy, no reporter named Sapa"),
    ("argus-dateline.txt",
     "Argus Media  |  Markets  Events\n\nUS Gulf diesel premiums narrow as refiners return\n\n"
     "Published date: 3 May 2022\n\nHouston, 3 May (Argus) — Premiums for ultra-low sulphur diesel on the "
     "US Gulf coast narrowed on Tuesday as two refineries came back from maintenance.\n\n"
     "Pipeline shippers said space on the main line was easy to find.\n\nBy Dana Whitfield\n",
     {"agencies": ["Argus"], "cities": ["Houston"], "reporters": ["Dana Whitfield"]},
     "the price reporter Argus: its short name in the dateline's brackets"),
    ("platts-masthead.txt",
     "S&P Global Commodity Insights\n\nIndian sugar mills seek higher export quota\n\n"
     "Agriculture | Sugar\n9 Jun 2023 | 10:05 UTC\n\nMumbai — Indian sugar mills asked the government "
     "on Friday to raise the export quota for the season by a million tonnes.\n\n"
     "Platts assessed raw sugar at 24.1 cents a pound.\n",
     {"agencies": ["Platts"], "cities": ["Mumbai"]},
     "Platts named by its page's masthead, the name S&P Global gives it since 2022"),
    ("platts-in-prose.txt",
     "Tankers queue off Basra\n\nLONDON (Reuters) - Tankers queued off Basra on Monday, data from "
     "S&P Global Platts showed.\n\nPlatts assessed Dubai crude at $80 a barrel.\n",
     {"agencies": ["Reuters"]},
     "a price reporter quoted in another agency's story is no agency of it"),
    # the world's national agencies added continent by continent (test_parse_tables_world_agencies.py)
    ("saba-title-case-bracket.txt",
     "Sanaa market reopens after repairs\n\nSANAA, Oct 9 (Saba) - The old spice market in Sanaa "
     "reopened on Wednesday after six months of repairs to its roofs and drains, traders said.\n\n"
     "About 300 stalls are back in business.\n",
     {"cities": ["Sanaa"], "agencies": ["Saba"]}, "Yemen's Saba, a word too, in a dateline's bracket"),
    ("agerpres-masthead-closing.txt",
     "Noua linie de tramvai din Iași\n\nPrimăria Iași a anunțat joi că noua linie de tramvai spre "
     "cartierul Tătărași va fi deschisă în luna mai, după doi ani de lucrări.\n\nLinia are "
     "unsprezece stații.\n\n(Agenţia Naţională de Presă AGERPRES)\n",
     {"agencies": ["Agerpres"]}, "Agerpres's masthead closing the copy, in the cedilla letters"),
    ("kazinform-ru-source-label.txt",
     "В Караганде открыли новую библиотеку\n\nНовую детскую библиотеку открыли в Караганде в "
     "пятницу, сообщили в городском акимате.\n\nВ ней двенадцать тысяч книг.\n\n"
     "Источник: агентство «Казинформ»\n",
     {"agencies": ["Kazinform"]}, "a Russian source label: 'agency' and guillemets round the name"),
    ("nampa-name-and-initials.txt",
     "Rundu clinic gets solar power\n\nThe clinic in Rundu's Kehemu suburb now runs on solar "
     "power after panels were fitted last month, the regional health director said on Tuesday."
     "\n\nThe clinic serves about 9,000 people.\n\nNamibia Press Agency (NAMPA)\n",
     {"agencies": ["NAMPA"]}, "a full name and its initials on the last line"),
    ("saba-beta-prose.txt",
     "Spa weekend draws visitors\n\nMina and Lina spent the weekend at the hotel spa with Ina, "
     "who said the beta version of her booking app would ship soon.\n\nThey plan to come back "
     "for the Queen of Saba exhibition in the autumn.\n",
     {"agencies": []}, "given names and words that are agencies' short names, in prose, are none"),
]

parsed, test_agency_fields_through_the_cli = cli_field_tests(STORIES, "agencies")



def test_sign_offs_leave_the_body(parsed):
    """An agency's sign-off under the copy is no longer part of the body."""
    assert parsed["nzpa-signoff.txt"]["body"].endswith("$4 million.")
    assert parsed["pna-closing-bracket.txt"]["body"].endswith("ten tonnes of fish.")
    assert parsed["mena-ar-slash.txt"]["body"].endswith("المقبل.")
