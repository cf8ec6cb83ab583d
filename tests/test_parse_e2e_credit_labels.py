"""Credit labels and closing credits through the real command: agencies closing a paper's
copy (a full name with its initials, a dash and short names, a Portuguese note), desk
bylines naming no one, a bare name over the dateline, labels without their colon in a page's
credit bar and an author field's label, as whole stories in a folder read by `wire parse
--format jsonl` in its own process.

The per-shape rules have their rows in test_parse_tables_credit_labels.py. Every story,
name and event here is invented.
"""
from __future__ import annotations

from wirerun import cli_field_tests

# (file name, text, {field: value}, why)
STORIES = [
    ("bengali-desk-and-closing-report.txt",
     "বিশ্ব\n\nনেপালে ভূমিধসে মহাসড়ক বন্ধ\n\nবাংলা নিউজ ডটকম ডেস্ক\n\n"
     "Published : 02 Aug 2022, 10:05 AM\nUpdated : 02 Aug 2022, 10:05 AM\n\n"
     "নেপালের পশ্চিমাঞ্চলে ভারী বৃষ্টির পর ভূমিধসে একটি প্রধান মহাসড়ক মঙ্গলবার বন্ধ হয়ে গেছে।\n\n"
     "সড়ক পরিষ্কারের কাজ চলছে বলে কর্মকর্তারা জানিয়েছেন। খবর রয়টার্সের।\n",
     {"title": "নেপালে ভূমিধসে মহাসড়ক বন্ধ", "agencies": ["Reuters"]},
     "a Bengali desk's credit under the headline is no title; 'Reuters' news' closing the copy is the agency"),
    ("za-site-staff-reporter.txt",
     "Durban bus drivers end their strike after a wage deal\n\nStaff Reporter\n"
     "Published 22 Sep 2023 | 08:41\n\nDurban - Bus drivers in Durban ended a four-day strike on "
     "Monday after the city agreed to a seven percent rise.\n\nBuses will run on the normal "
     "timetable from Tuesday morning.\n\nAfrican News Agency (ANA)\n",
     {"reporters": [], "agencies": ["ANA"], "cities": ["Durban"]},
     "a desk's byline names no one; the agency's full name and initials close the copy"),
    ("pl-pap-redaktorka.txt",
     "Gdańsk wydłuża godziny pracy kąpielisk\n\n12.07.2024 09:20\n\nGdańsk (PAP) - Miejskie kąpieliska "
     "będą czynne do godziny 20 do końca sierpnia, poinformował w piątek urząd miasta.\n\n"
     "Ratownicy będą dyżurować na wszystkich plażach.\n\nAutorka: Alicja Nowak (PAP)\n"
     "Redaktorka: Ewa Lis\n",
     {"reporters": ["Alicja Nowak"], "editors": ["Ewa Lis"], "agencies": ["PAP"]},
     "PAP's feminine author and editor labels under the copy"),
    ("bg-bta-korespondent.txt",
     "Варна пуска нова автобусна линия до летището\n\n14.06.2024 11:05\n\nВарна, 14 юни /БТА/ Нова "
     "автобусна линия ще свързва центъра на Варна с летището от понеделник, съобщиха от общината.\n\n"
     "Автобусите ще тръгват на всеки тридесет минути.\n\nКореспондент: Мария Стоянова\n"
     "Редактор: Георги Илиев\n",
     {"reporters": ["Мария Стоянова"], "editors": ["Георги Илиев"], "agencies": ["BTA"]},
     "BTA's correspondent and editor labels"),
    ("sk-tasr-redaktor.txt",
     "Bratislava opraví most cez Dunaj\n\nBratislava 3. júna (TASR) - Mesto začne v lete opravovať "
     "starý most cez Dunaj, oznámil v pondelok magistrát.\n\nPráce potrvajú dva roky.\n\n"
     "Redaktor: Peter Hudák\n",
     {"editors": ["Peter Hudák"], "agencies": ["TASR"]},
     "TASR's editor label as the last line"),
    ("it-reuters-scritto-da.html",
     '<!DOCTYPE html><html lang="it"><head><meta charset="utf-8"><title>Il petrolio sale dopo il taglio '
     "dell'Opec</title></head><body><article><h1>Il petrolio sale dopo il taglio dell'Opec</h1>"
     "<p>LONDRA (Reuters) - I prezzi del greggio sono saliti di oltre il 2% dopo che i paesi produttori "
     "hanno deciso di ridurre l'offerta a partire dal mese prossimo.</p><p>Gli analisti si aspettano "
     "nuovi rialzi nelle prossime settimane.</p><p>- Scritto da Giulia Serra, editing Paolo Conti</p>"
     "</article></body></html>",
     {"reporters": ["Giulia Serra"], "editors": ["Paolo Conti"], "agencies": ["Reuters"]},
     "Reuters Italian's closing writer and editor"),
    ("pl-oprac.txt",
     "Berlin zamyka lotnisko na jeden dzień\n\nBerlin (PAP/AFP) - Lotnisko w Berlinie będzie zamknięte "
     "w sobotę z powodu strajku obsługi naziemnej, poinformował w czwartek zarząd portu.\n\n"
     "Odwołano ponad trzysta lotów.\n\noprac. Marek Wójcik\n",
     {"reporters": ["Marek Wójcik"], "agencies": ["PAP", "AFP"]},
     "PAP's 'compiled by' under a foreign agency's story"),
    ("ms-bernama-oleh.txt",
     "Pulau Pinang tambah 40 bas elektrik tahun depan\n\nOleh Siti Rahmah Ismail\n05/08/2024 11:20 AM\n\n"
     "GEORGE TOWN, 5 Ogos (Bernama) -- Kerajaan negeri akan menambah 40 bas elektrik bagi laluan "
     "utama di pulau itu mulai tahun depan, kata Ketua Menteri hari ini.\n\nBas baharu itu akan "
     "mengurangkan masa menunggu penumpang.\n",
     {"reporters": ["Siti Rahmah Ismail"], "title": "Pulau Pinang tambah 40 bas elektrik tahun depan",
      "agencies": ["Bernama"]},
     "Bernama's Malay byline under the headline"),
    ("ha-daga-byline.txt",
     "Labarai\n\nManoma a Jihar Katsina Sun Fara Shuka Masara\n\nDaga Hauwa Musa Bichi\n\n"
     "Manoma a sassan Jihar Katsina sun fara shuka masara bayan ruwan sama na farko da aka samu "
     "ranar Lahadi.\n\nSun ce suna fatan samun amfanin gona mai yawa a bana.\n",
     {"reporters": ["Hauwa Musa Bichi"]}, "a Hausa paper's 'Daga' byline under the headline"),
    ("sw-mwandishi-mhariri.txt",
     "Kenya yazindua barabara mpya ya Mombasa\n\nSerikali ya Kenya imezindua barabara mpya inayounganisha "
     "bandari ya Mombasa na mji wa Voi siku ya Jumatatu.\n\nWasafiri walisema safari sasa ni fupi zaidi.\n\n"
     "Mwandishi: Neema Mushi Kiwelu/AFP/dpa\nMhariri: Bakari Omari Ngowi\n",
     {"reporters": ["Neema Mushi Kiwelu"], "editors": ["Bakari Omari Ngowi"], "agencies": ["AFP", "dpa"]},
     "DW Kiswahili's closing writer (with the wires) and editor labels"),
    ("hi-published-by.txt",
     "अमर उजाला  |  देश  |  शहर\n\nपटना में नई मेट्रो लाइन का काम अगले महीने शुरू होगा\n\n"
     "एजेंसी, पटना\nPublished by: सुमित वर्मा\nUpdated Tue, 12 Mar 2024 10:05 AM IST\n\n"
     "पटना, 12 मार्च (भाषा) बिहार सरकार ने मंगलवार को बताया कि शहर में मेट्रो की दूसरी लाइन का काम अगले "
     "महीने शुरू हो जाएगा।\n\nअधिकारियों ने कहा कि परियोजना तीन साल में पूरी होगी।\n",
     {"title": "पटना में नई मेट्रो लाइन का काम अगले महीने शुरू होगा", "editors": ["सुमित वर्मा"]},
     "Amar Ujala's 'Published by:' under the agency's line: the web editor, no headline"),
    ("it-reuters-redazione.txt",
     "Torino, nuova linea di metro entro il 2030\n\nTORINO, 6 maggio (Reuters) - La seconda linea della "
     "metropolitana di Torino sarà completata entro il 2030, ha detto oggi il sindaco.\n\nIl costo "
     "previsto è di quattro miliardi di euro.\n\n(Tradotto da Sara Mancini, in redazione a Torino Luca "
     "Ferrante, luca.ferrante@example.com, +39 011 555 0101)\n",
     {"translators": ["Sara Mancini"], "editors": ["Luca Ferrante"], "reporters": []},
     "Reuters Italian's closing translator and desk editor, the desk's city before the name"),
    ("ae-wam-signature.txt",
     "Fujairah adds a second desalination line\n\nFUJAIRAH, 4th March, 2024 (WAM) -- The Fujairah water "
     "authority has opened a second desalination line, doubling the plant's daily output, it said "
     "today.\n\nThe line serves the coastal towns.\n\nWAM/Noor Salem Kaabi/Tariq Hamdan\n",
     {"reporters": [], "editors": [], "agencies": ["WAM"]},
     "WAM's closing 'WAM/Name/Name' is the desk's credit, left out as earlier sets' gold does"),
    ("he-tps-meat.txt",
     "תל אביב תרחיב את שבילי האופניים במרכז העיר\n\nמאת: דנה לוי\n\nתל אביב, 4 במרץ (TPS) – עיריית "
     "תל אביב הודיעה היום כי תוסיף עשרים קילומטרים של שבילי אופניים במרכז העיר עד סוף השנה.\n\n"
     "העבודות יתחילו בחודש הבא.\n",
     {"reporters": ["דנה לוי"], "title": "תל אביב תרחיב את שבילי האופניים במרכז העיר"},
     "a Hebrew byline label under the headline"),
    ("fi-stt-afp.txt",
     "Rooman raitiovaunot kulkevat yöllä kesällä\n\n6.5.2024 10.48\n\nRooman liikennelaitos "
     "kertoi tiistaina, että kaksi raitiolinjaa kulkee kesällä myös öisin.\n\nKokeilu kestää "
     "elokuun loppuun.\n\nSTT–AFP\n",
     {"agencies": ["STT", "AFP"]}, "two agencies joined by an en dash on the last line"),
    ("gulf-paper-dash-spa.txt",
     "Jeddah extends beach opening hours for the holiday\n\nJuly 9, 2024\n\nJEDDAH — The "
     "municipality said on Sunday that the public beaches will stay open until midnight during "
     "the holiday.\n\nLifeguards will be on duty until closing time.\n\n— SPA\n",
     {"agencies": ["SPA"], "cities": ["Jeddah"]}, "a short agency name after an em dash"),
    ("vn-paper-trailing-dash.txt",
     "Đà Nẵng to add night bus routes along the beach\n\nĐÀ NẴNG — The city will add three night "
     "bus routes along the coast from next month, the transport department said.\n\nThe routes "
     "will run until 1am and be reviewed after a year. — VNA/VNS\n",
     {"agencies": ["VNA"]}, "the agency and the paper's initials closing the last paragraph"),
    ("bd-site-author-agency.txt",
     "Nation / Transport\n\nSylhet rail link gets two more daily trains\n\nBSS\nPublished at 08:20 am "
     "May 6th, 2024\nLast updated at 09:02 am May 6th, 2024\n\nTwo more trains will run daily "
     "between Dhaka and Sylhet from next week, the railway said on Monday.\n\nTickets go on sale "
     "on Wednesday.\n",
     {"agencies": ["BSS"], "reporters": [], "published": "2024-05-06T08:20:00",
      "title": "Sylhet rail link gets two more daily trains"},
     "an agency's short name as the author line above the date"),
    ("zw-paper-stop-dash-stop.txt",
     "Masvingo opens a second maternity ward\n\n3 Mar, 2023 - 07:15\n\nHARARE. — The health "
     "ministry opened a second maternity ward at Masvingo's main hospital on Friday, officials "
     "said.\n\nThe ward has 40 beds and two theatres, the hospital's director added. — Xinhua.\n",
     {"agencies": ["Xinhua"], "cities": ["Harare"]},
     "a place with a full stop before the dash; the agency closing the copy between a dash and a stop"),
    ("br-portal-com-informacoes.txt",
     "Prefeitura amplia horário dos postos de saúde\n\nDa Redação\nPublicado em 16/08/2023 às "
     "09h17\n\nA prefeitura vai manter 20 postos de saúde abertos até as 22h a partir de agosto, "
     "informou a secretaria neste domingo.\n\nCom informações da Agência Brasil\n",
     {"reporters": [], "agencies": ["Agência Brasil"]},
     "a newsroom's byline and a Portuguese note of the agency"),
    ("vi-bai-va-anh.txt",
     "Huế khánh thành cầu đi bộ qua sông Hương\n\nHuế (TTXVN) - Sáng 22/10, thành phố Huế khánh "
     "thành cây cầu đi bộ dài 300 mét qua sông Hương.\n\nCông trình được xây trong 18 tháng.\n\n"
     "Bài và ảnh: Phạm Quốc Bảo\n",
     {"reporters": ["Phạm Quốc Bảo"], "photographers": ["Phạm Quốc Bảo"], "agencies": ["VNA"]},
     "one person's text and photos"),
    ("kompas-credit-bar.html",
     "<html lang=\"id\"><head><meta charset=\"utf-8\"><title>Pemkot Bogor Tambah Bus Listrik"
     "</title></head><body><div class=\"read__header\"><h1>Pemkot Bogor Tambah Bus Listrik</h1>"
     "<div class=\"read__time\">Kompas.com - 27/09/2024, 13:10 WIB</div><div class=\"read__credit\">"
     "<span>Penulis Wulan Sari Dewi</span> | <span>Editor Agus Prasetyo</span></div></div>"
     "<div class=\"read__content\"><p>BOGOR, KOMPAS.com - Pemerintah Kota Bogor menambah 12 unit "
     "bus listrik untuk melayani trayek baru ke stasiun.</p><p>Layanan dimulai bulan depan dan "
     "tarifnya tetap empat ribu rupiah sekali jalan.</p><p>Sumber: Antara</p></div>"
     "</body></html>\n",
     {"reporters": ["Wulan Sari Dewi"], "editors": ["Agus Prasetyo"], "agencies": ["Antara"]},
     "a page's credit bar of labels without their colon"),
    ("hr-portal-autor-hina.html",
     "<html lang=\"hr\"><head><meta charset=\"utf-8\"><title>Zadar dobiva novu trajektnu liniju"
     "</title></head><body><article><h1>Zadar dobiva novu trajektnu liniju</h1><div class=\"info\">"
     "<span class=\"author\">Autor: Hina</span> <span class=\"date\">Objavljeno: 18.06.2024. u 09:31"
     "</span></div><div class=\"text\"><p>ZADAR - Trajekt između Zadra i Preka vozit će od lipnja "
     "deset puta dnevno, najavili su u utorak iz lučke uprave.</p><p>Cijena karte ostaje ista."
     "</p></div></article></body></html>\n",
     {"reporters": [], "agencies": ["HINA"]}, "an author field's label before the agency's short name"),
    ("sr-portal-autor-cyrillic.html",
     "<html lang=\"sr-Cyrl\"><head><meta charset=\"utf-8\"><title>Нови Сад отвара нови мост</title></head>"
     "<body><section><h1>Нови Сад отвара нови мост</h1><div class=\"info\"><span class=\"author\">Аутор: "
     "Јована Петровић</span> <span class=\"date\">03.05.2024. 09:12</span></div><div class=\"body\"><p>НОВИ "
     "САД, 3. маја (Танјуг) - Нови мост преко Дунава биће отворен за саобраћај крајем године, најавио је "
     "данас градоначелник.</p><p>Радови ће коштати око 90 милиона евра.</p></div></section></body></html>\n",
     {"reporters": ["Јована Петровић"], "agencies": ["Tanjug"]},
     "the Serbian Cyrillic author label ('Аутор') before the name is no part of it"),
    ("ru-belta-foto-author-class.html",
     "<html lang=\"ru\"><head><meta charset=\"utf-8\"><title>В Гродно построят новый мост</title></head>"
     "<body><div class=\"content\"><h1>В Гродно построят новый мост</h1><div class=\"date_full\">3 июня "
     "2024, 10:20</div><div class=\"main_img\"><img src=\"m.jpg\"><div class=\"foto_author\">Фото: Сергей "
     "Новиков, БЕЛТА</div></div><div class=\"text\"><p>ГРОДНО, 3 июня (БЕЛТА) – Новый мост через Неман "
     "построят до конца 2026 года, сообщили в облисполкоме.</p><p>Стоимость работ оценивается в 40 млн "
     "рублей.</p></div></div></body></html>\n",
     {"reporters": [], "photographers": ["Сергей Новиков"], "agencies": ["BelTA"]},
     "a photo credit's element, its class naming an author, credits the photographer alone"),
    ("mk-site-kicker-over-headline.html",
     "<html lang=\"mk\"><head><meta charset=\"utf-8\"><title>Битола ќе добие нов парк | МИА</title>"
     "<meta property=\"article:published_time\" content=\"2022-05-04T09:15:00+02:00\"></head><body>"
     "<header><a href=\"/\">МИА</a><ul><li>Македонија</li><li>Економија</li><li>Свет</li></ul></header>"
     "<div class=\"story\"><span class=\"cat\">Македонија</span><h1>Битола ќе добие нов парк</h1>"
     "<div class=\"story-meta\">Автор: Марија Стојанова · 4 мај 2022 09:15</div><div class=\"story-body\">"
     "<p>Битола, 4 мај 2022 (МИА) - Општина Битола до крајот на годината ќе уреди нов парк во населбата "
     "Баирска, соопштија денеска од општината.</p><p>Проектот чини околу 2 милиони евра.</p></div></div>"
     "</body></html>\n",
     {"reporters": ["Марија Стојанова"], "agencies": ["MIA"]},
     "a section's kicker over the headline, a word the menu holds too: the meta bar under the headline is read"),
    ("lt-site-date-dot-name-agency.html",
     "<html lang=\"lt\"><head><meta charset=\"utf-8\"><title>Klaipėdoje atidarytas naujas baseinas | BNS"
     "</title><meta property=\"article:published_time\" content=\"2021-03-04T10:15:00+02:00\"></head><body>"
     "<div class=\"item\"><h1>Klaipėdoje atidarytas naujas baseinas</h1><div class=\"item-meta\">2021-03-04 "
     "10:15 · Tomas Petrauskas, BNS</div><div class=\"item-text\"><p>Klaipėda, kovo 4 d. (BNS). Klaipėdoje "
     "ketvirtadienį atidarytas naujas miesto baseinas su šešiais plaukimo takais.</p><p>Statybos kainavo "
     "apie 9 mln. eurų.</p></div></div></body></html>\n",
     {"reporters": ["Tomas Petrauskas"], "agencies": ["BNS"]},
     "the date, a dot, then the name and the agency after a comma: the bar keeps its byline though the markup dates the page"),
    ("lv-text-date-dot-name-agency.txt",
     "Rīgā atklāts jauns peldbaseins\n\n2021-03-04 10:15 · Anna Kalniņa, LETA\n\nRīga, 4. marts, LETA. "
     "Rīgā ceturtdien atklāts jauns pilsētas peldbaseins ar sešiem celiņiem.\n",
     {"reporters": ["Anna Kalniņa"], "published": "2021-03-04T10:15:00"},
     "...in a text's head as well"),
    ("lt-text-date-dot-place-agency.txt",
     "Vilniuje atidarytas naujas tiltas\n\n2021-03-04 10:15 · Vilnius, BNS\n\nVilniaus savivaldybė "
     "ketvirtadienį atidarė naują tiltą per Nerį.\n",
     {"reporters": []},
     "...but a place before the comma is no one"),
    ("sk-tasr-foto-dash.txt",
     "Košice otvoria novú plaváreň v septembri\n\nKošice 4. júna (TASR) - Mesto otvorí novú plaváreň "
     "na sídlisku Terasa v septembri, oznámil v utorok primátor.\n\nPlavci pri bazéne na skúške. "
     "FOTO TASR - Jana Kováčová\n\nVstupné bude rovnaké ako na starej plavárni.\n",
     {"photographers": ["Jana Kováčová"], "agencies": ["TASR"]},
     "TASR's caption credit: the label in capitals, the agency, a dash and the name"),
    ("en-aa-caption-dash.html",
     "<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Bosphorus ferries add night trips"
     "</title></head>\n<body><article>\n<h1>Bosphorus ferries add night trips</h1>\n<figure><img src=\"f.jpg\">"
     "<figcaption>(Kerem Yıldız - Anadolu Agency)</figcaption></figure>\n<p>ISTANBUL - City ferries will "
     "run every hour through the night from June, the operator said on Monday.</p>\n<p>The operator added twelve boats to "
     "the fleet this year to cope with the crowds.</p>\n<p>Tickets keep "
     "their day price, and the night boats stop at four piers on both shores.</p>\n</article></body></html>\n",
     {"photographers": ["Kerem Yıldız"]}, "Anadolu's English caption: the name, a dash, the agency, bracketed"),
    ("en-aa-caption-bare-city.txt",
     "Izmir adds two tram stops\n\nLine to reach the new hospital by May\n\n"
     "(Deniz Aksoy - Anadolu Agency)\n\nIZMIR\n\nThe city's tram line will get two more stops "
     "before the new hospital opens in May, the transport office said on Thursday.\n\n"
     "Trams will run every six minutes at rush hour.\n",
     {"photographers": ["Deniz Aksoy"], "agencies": ["Anadolu"], "cities": ["Izmir"]},
     "copy credited by its caption alone opens on a bare city in capitals: the dateline"),
    ("bg-bta-snimka.txt",
     "Бургас ремонтира морската градина\n\n14.05.2024 10:12\n\nБургас, 14 май /БТА/ Общината започва "
     "ремонт на алеите в морската градина, съобщиха от кметството.\n\nСнимка: Петя Колева/БТА\n\n"
     "Ремонтът ще продължи три месеца.\n",
     {"photographers": ["Петя Колева"], "agencies": ["BTA"]}, "BTA's Bulgarian photo label"),
    ("ms-bernama-disunting.txt",
     "Melaka buka laluan basikal baharu\n\nMELAKA, 7 Jun (Bernama) -- Kerajaan negeri membuka laluan "
     "basikal sepanjang 12 kilometer di tepi sungai pada hari ini.\n\nLaluan itu dibuka setiap hari "
     "dari pukul 6 pagi.\n\nDisunting oleh: Farah Aminah Zakaria\nDiterjemah oleh: Hafiz Rahman\n",
     {"editors": ["Farah Aminah Zakaria"], "translators": ["Hafiz Rahman"], "agencies": ["Bernama"]},
     "Bernama Malay's editor and translator labels closing the copy"),
    ("sk-tasr-autor-agency.txt",
     "Nitra rozšíri parkovisko pri nemocnici\n\nNitra 5. júna (TASR) - Mesto pridá pri nemocnici "
     "dvesto parkovacích miest, oznámil v stredu primátor.\n\nStavba sa začne v júli.\n\n"
     "Autor TASR: Miroslav Kučera\n",
     {"reporters": ["Miroslav Kučera"], "agencies": ["TASR"]}, "TASR's author label naming the agency"),
    ("ar-xinhua-editor-label.txt",
     "السودان يفتتح جسرا جديدا على النيل\n\nافتتحت السلطات السودانية اليوم جسرا جديدا على النيل الأزرق "
     "يربط بين مدينتين.\n\nوقال مسؤول إن الجسر سيخفف الازدحام في العاصمة.\n\nالمحرر: وانغ لي\n",
     {"editors": ["وانغ لي"], "reporters": []}, "Xinhua Arabic's editor label closing the copy"),
    # each language's labels, as tests/test_parse_tables_credit_roles.py tables them
    ("hy-labels-armenian-mark.txt",
     "Վանաձորում նոր այգի կբացվի\n\n02.05.2024 11:20\n\nՎԱՆԱՁՈՐ – Քաղաքապետարանը երեքշաբթի օրը "
     "հայտարարեց, որ կենտրոնում նոր այգի կբացվի մինչև ամառ։\n\nԱյգում կտնկվի երեք հարյուր ծառ։\n\n"
     "Հեղինակ՝ Մարինե Ավետիսյան\nԼուսանկարիչ՝ Տիգրան Գրիգորյան\n",
     {"reporters": ["Մարինե Ավետիսյան"], "photographers": ["Տիգրան Գրիգորյան"]},
     "Armenian labels closed by '՝' rather than a colon"),
    ("ka-labels-no-capitals.txt",
     "ქუთაისში ახალი პარკი გაიხსნება\n\n02.05.2024 11:20\n\nქუთაისი – მერიამ სამშაბათს განაცხადა, "
     "რომ ცენტრში ახალი პარკი ზაფხულამდე გაიხსნება.\n\nპარკში სამასი ხე დაირგვება.\n\n"
     "ავტორი: ეკა ლომიძე\nფოტო: დათო ხარაძე\n",
     {"reporters": ["ეკა ლომიძე"], "photographers": ["დათო ხარაძე"]},
     "Georgian names, written without capitals, after their labels"),
    ("zh-label-lines.txt",
     "杭州新建城市公园夏季开放\n\n2024-05-02 11:20\n\n杭州市政府周二表示，市中心的新公园将于夏季前开放，"
     "园内将种植三百棵树。\n\n公园每天早上六点开门。\n\n作者：周明远\n摄影：孙丽华\n",
     {"reporters": ["周明远"], "photographers": ["孙丽华"]}, "Chinese author and photography labels"),
    ("pl-fot-after-translator.txt",
     "Lublin otworzy nowy park w centrum\n\n02.05.2024 11:20\n\nLUBLIN – Ratusz poinformował we wtorek, "
     "że nowy park w centrum miasta zostanie otwarty przed latem.\n\nW parku posadzonych zostanie "
     "trzysta drzew.\n\nTłumaczenie: Ewa Mazur\nFot. Adam Król\n",
     {"translators": ["Ewa Mazur"], "photographers": ["Adam Król"]},
     "a translator's line over Polish 'Fot.': the photo's line is no wrap of the name above"),
    ("th-updated-label.txt",
     "ขอนแก่นเปิดสวนสาธารณะแห่งใหม่\n\nอัปเดต: 2 พ.ค. 2567 13:40\n\nขอนแก่น – เทศบาลนครขอนแก่นเปิดเผยเมื่อวันอังคาร"
     "ว่าสวนสาธารณะแห่งใหม่กลางเมืองจะเปิดก่อนฤดูร้อน\n\nสวนจะเปิดทุกวันตั้งแต่หกโมงเช้า\n",
     {"updated": "2024-05-02T13:40:00", "title": "ขอนแก่นเปิดสวนสาธารณะแห่งใหม่"},
     "Thai 'updated' label alone over a Buddhist-era date: the update's"),
    ("lk-si-translation-label.txt",
     "මහනුවර නව බස් නැවතුම්පොළක්\n\nමහනුවර (ලංකාපුවත්) - නගරයේ නව බස් නැවතුම්පොළ ලබන මාසයේ සිට භාවිතයට "
     "ගැනෙන බව නගර සභාව පවසයි.\n\nඑහි බස් රථ හැටකට නැවතීමට ඉඩ ඇත.\n\nපරිවර්තනය: සුනිල් ජයසේකර\n",
     {"translators": ["සුනිල් ජයසේකර"], "agencies": ["Lankapuvath"]},
     "Sinhala 'translation' label under the copy: its translator, the name's vowel signs and virama read as a name's"),
    ("lk-ta-in-tamil-label.txt",
     "மட்டக்களப்பில் புதிய மீன் சந்தை\n\nமட்டக்களப்பு நகரில் புதிய மீன் சந்தை அடுத்த வாரம் திறக்கப்படும் என "
     "நகர சபை தெரிவித்துள்ளது.\n\nசந்தையில் நூறு கடைகள் இருக்கும்.\n\n(லங்காபுவத்)\n\nதமிழில்: எம். நிஸார்\n",
     {"translators": ["எம். நிஸார்"], "agencies": ["Lankapuvath"]},
     "a Sri Lankan Tamil paper's 'in Tamil:' under the agency's copy names its translator"),
    ("np-photo-label-slash.html",
     "<html lang=\"ne\">\n<head><title>धरानमा नयाँ पुस्तकालय</title></head>\n<body>\n<div class=\"article-header\">"
     "<h1>धरानमा नयाँ पुस्तकालय</h1>\n<div class=\"author\"><span>रासस</span></div></div>\n<div class=\"description\">\n"
     "<figure><img src=\"x.jpg\" alt=\"\"><figcaption>तस्बिर : सीता राई/रासस</figcaption></figure>\n"
     "<p>धरान, ५ असार (रासस) । धरान उपमहानगरपालिकाले नयाँ सार्वजनिक पुस्तकालय सञ्चालनमा ल्याएको छ ।</p>\n"
     "<p>पुस्तकालयमा दश हजार पुस्तक राखिएका छन् र बिहान सात बजेदेखि खुला रहनेछ ।</p>\n</div>\n</body></html>\n",
     {"photographers": ["सीता राई"], "agencies": ["RSS"]},
     "Nepali's own spelling of 'picture', its colon spaced, over the name and the agency"),
    ("in-caption-bar-photo-credit.html",
     "<html lang=\"en\">\n<head><title>Kochi ferry adds evening trips</title></head>\n<body>\n<div class=\"article\">"
     "<h1 class=\"title\">Kochi ferry adds evening trips</h1>\n<div class=\"author\"><span>PTI</span></div>\n"
     "<figure class=\"picture\"><img src=\"x.jpg\" alt=\"\">\n<figcaption><p>Passengers board a boat at the jetty. "
     "File | Photo Credit: K. Anil Menon</p></figcaption>\n</figure>\n<div class=\"articlebodycontent\">\n"
     "<p>The water metro will run four more evening trips from Monday, officials said on Sunday.</p>\n"
     "<p>Tickets stay at the same price, and the last boat will leave the terminal at ten.</p>\n</div>\n</div>\n"
     "</body></html>\n",
     {"photographers": ["K. Anil Menon"]},
     "an Indian page's caption, a bar, then 'Photo Credit:' and the name"),
]

parsed, test_credit_label_fields_through_the_cli = cli_field_tests(STORIES, "credit_labels")


def test_closing_credits_leave_the_body(parsed):
    """The credits closing the copy are no longer part of the body."""
    assert "VNA" not in parsed["vn-paper-trailing-dash.txt"]["body"]
    assert "ANA" not in parsed["za-site-staff-reporter.txt"]["body"]
    assert "Com informações" not in parsed["br-portal-com-informacoes.txt"]["body"]
