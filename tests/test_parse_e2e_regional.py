"""Regional agencies' shapes through the real command: their datelines (GNA, Kazinform, MAP,
ENA, TT, IANS in Hindi, BSS in Bangla), their closing credits (EFE's English trailer, STT,
Armenpress, PNA, NTB, a paper's own contributors), a PDF page's headline wrapped in a column
and a news terminal's code before the headline, as whole stories in a folder read by
`wire parse --format jsonl` in its own process.

The per-shape rules have their rows in test_parse_tables.py (DATELINES, DATELINE_DATES,
CREDITS, BODY_CREDITS, WRAPPED_AND_CODED_TITLES). Every story, name and event here is invented.
"""
from __future__ import annotations

from wirerun import cli_field_tests

# (file name, text, {field: value}, why)
STORIES = [
    ("akp-khmer-colon-dateline.txt",
     "ផ្លូវថ្មីនៅខេត្តបាត់ដំបង\n\n"
     "បាត់ដំបង ៖ មន្ទីរសាធារណការខេត្ត បានចាប់ផ្តើមសាងសង់ផ្លូវថ្មីមួយ ប្រវែង ១២ គីឡូម៉ែត្រ "
     "ដើម្បីជួយកសិករដឹកស្រូវទៅកាន់ទីផ្សារ នៅព្រឹកថ្ងៃចន្ទនេះ។\n\n"
     "ការងារនឹងបញ្ចប់ក្នុងរយៈពេលពីរឆ្នាំ។\n\nដោយ ៖ សុខ ដារ៉ា\n",
     {"cities": ["បាត់ដំបង"], "reporters": ["សុខ ដារ៉ា"]},
     "AKP's Khmer dateline: the place and Khmer's colon open the lead; the closing 'by' and its colon "
     "are the byline, no place"),
    ("akp-wordpress-post.json",
     '{"id": 91, "date": "2023-02-06T08:10:00", "date_gmt": "2023-02-06T01:10:00", '
     '"link": "https:\\/\\/www.akp.gov.kh\\/post\\/detail\\/91", '
     '"title": {"rendered": "\\u1795\\u17d2\\u179b\\u17bc\\u179c\\u1790\\u17d2\\u1798\\u17b8"}, '
     '"content": {"rendered": "<p>\\u1780\\u17c6\\u1796\\u178f \\u17d6 '
     + "".join("\\u%04x" % ord(c) for c in "មន្ទីរសាធារណការខេត្ត បានចាប់ផ្តើមសាងសង់ផ្លូវថ្មីមួយ ប្រវែង ១២ គីឡូម៉ែត្រ ដើម្បីជួយកសិករ។")
     + '<\\/p>"}}',
     {"agencies": ["AKP"], "cities": ["កំពត"], "published": "2023-02-06T08:10:00"},
     "a WordPress API post from an agency's own site (its link on akp.gov.kh) is the agency's, as "
     "its page would be; its Khmer dateline gives the place"),
    ("beta-mail-sr.txt",
     "BETA – DNEVNI SERVIS\nPrivreda\n\nNiš dobija novu autobusku stanicu\n\nNIŠ, 5. mar (Beta) - Nova autobuska "
     "stanica u Nišu biće otvorena sledeće nedelje, saopštila je danas gradska uprava. Vrednost radova je "
     "oko 900 miliona dinara, a stanica će imati 24 perona i nedeljno primati oko 3.000 polazaka.\n\n"
     "Prevoznici su ranije ukazivali da je stara stanica premala, posebno u letnjoj sezoni, kada je "
     "broj putnika za trećinu veći.\n\n(kraj) ab/cd\n\nDežurni urednik: Milan Perić\n",
     {"agencies": ["Beta"], "cities": ["Niš"], "editors": ["Milan Perić"], "language": "sr"},
     "Beta's dateline in its own title case; a town whose háček the folded Turkish month ('Nis.') lacks; "
     "the duty editor's label; Serbian in Latin letters by its ekavian words"),
    ("gna-en.txt",
     "Tamale abattoir reopens after upgrade\n\nBy Yaw Boakye, GNA\n\n"
     "Tamale, Oct. 3, GNA – The municipal abattoir reopened on Thursday after a year of work "
     "on its cold rooms and drainage.\n\nButchers said the new hall would cut their losses in "
     "the dry season.\n\nGNA\n",
     {"cities": ["Tamale"], "agencies": ["GNA"], "reporters": ["Yaw Boakye"],
      "title": "Tamale abattoir reopens after upgrade"},
     "GNA's dateline, its word after the date"),
    ("kazinform-en.txt",
     "Shymkent opens its first cycle park\n\nSHYMKENT. KAZINFORM – A cycle park with eight "
     "kilometres of tracks opened on the city's southern edge on Saturday.\n\nEntry is free "
     "for children under twelve.\n",
     {"cities": ["Shymkent"], "agencies": ["Kazinform"]},
     "Kazinform's dateline: place and agency each closed by a full stop"),
    ("map-fr.txt",
     "Marrakech : le festival des arts de rue ouvre ses portes\n\nMarrakech, 12/11/2023 (MAP) - "
     "Le festival des arts de rue a ouvert ses portes samedi sur la place principale de la "
     "médina.\n\nPlus de quarante troupes sont attendues.\n",
     {"cities": ["Marrakech"], "agencies": ["MAP"], "published": "2023-11-12"},
     "MAP's dateline with the whole date in figures, day first"),
    ("ena-en.txt",
     "Bahir Dar farmers receive improved seed\n\nBahir Dar, June 14/2024(ENA) Farmers in the "
     "region received improved wheat and teff seed ahead of the rainy season, the regional "
     "bureau said.\n\nThe seed was bought with a federal grant.\n",
     {"cities": ["Bahir Dar"], "agencies": ["ENA"], "published": "2024-06-14"},
     "ENA's dateline: the year after a slash, the bracket glued on"),
    ("tt-reuters-sv.txt",
     "Österrike höjer skatten på flygresor\n\nWien (TT-Reuters) Österrike höjer skatten på "
     "korta flygresor från nästa år, meddelade finansministeriet på måndagen.\n\nBeslutet "
     "väntas klubbas i parlamentet i december.\n",
     {"cities": ["Wien"], "agencies": ["TT", "Reuters"]},
     "TT's copy of a Reuters story, no dash after the bracket"),
    ("ians-hi.txt",
     "पटना में नई बस सेवा शुरू\n\nपटना, 3 मार्च (आईएएनएस)। बिहार की राजधानी में सोमवार को नई बस "
     "सेवा शुरू हुई। ये बसें चार मार्गों पर चलेंगी।\n\nअधिकारियों ने कहा कि किराया कम रहेगा।\n",
     {"cities": ["पटना"], "agencies": ["IANS"], "title": "पटना में नई बस सेवा शुरू"},
     "IANS in Hindi: the danda closes the dateline, and the lead is no title"),
    ("lapresse-bracket-place.txt",
     "La Presse\n\nInternational | Europe\n\nGrève des contrôleurs aériens en Italie\n\nAgence "
     "France-Presse\nPublié le 4 mars 2025 à 8 h 15\n\n(Bologne) Des centaines de vols ont été annulés "
     "mardi dans les aéroports italiens en raison d'une grève de 24 heures des contrôleurs aériens.\n\n"
     "Les syndicats réclament des hausses de salaire.\n",
     {"cities": ["Bologne"], "agencies": ["AFP"], "title": "Grève des contrôleurs aériens en Italie"},
     "La Presse's dateline: the place in brackets opening the copy, no dash"),
    ("ani-hi-bare.txt",
     "लखनऊ में नई मेट्रो लाइन का काम शुरू\n\nBy Agency Edited By: Sunita Verma\nPublish Date: Mon, 03 Mar "
     "2025 11:20 AM (IST)\n\nलखनऊ, एएनआई। उत्तर प्रदेश सरकार ने सोमवार को शहर में नई मेट्रो लाइन का काम "
     "शुरू किया।\n\nअधिकारियों ने कहा कि लाइन दो साल में पूरी होगी।\n",
     {"cities": ["लखनऊ"], "agencies": ["ANI"], "title": "लखनऊ में नई मेट्रो लाइन का काम शुरू"},
     "ANI in Devanagari with no date: the place, a comma, the name and the danda"),
    ("bss-bn.txt",
     "রাজশাহীতে নতুন সেতু চালু\n\nরাজশাহী, ১২ এপ্রিল, ২০২৪ (বাসস) : রাজশাহীতে পদ্মা নদীর ওপর "
     "নতুন সেতু আজ খুলে দেওয়া হয়েছে।\n\nসেতুটি দুই উপজেলাকে যুক্ত করেছে।\n",
     {"cities": ["রাজশাহী"], "agencies": ["BSS"]},
     "BSS in Bangla: a place with vowel signs, Bangla figures, a colon after the tag"),
    ("pdf-column-headline.txt",
     "4   THE COAST LEDGER                                   Monday, May 6, 2024\n\n"
     "                      REGION\n\nTown council\nvotes to close\nold quarry road\n\n"
     "By NORA HALVORSEN\nAssociated Press\n\nHALIFAX, N.S. (AP) — Councillors voted 9-2 on "
     "Tuesday to shut the quar-\nry road for good after a third rockfall this spring.\n",
     {"title": "Town council votes to close old quarry road", "reporters": ["Nora Halvorsen"],
      "cities": ["Halifax"]},
     "a PDF page's headline set over three column lines"),
    ("bloomberg-terminal.txt",
     "(BN) Copper Miner Cuts Output Forecast on Power Shortages\n2024-05-06 09:40:02.511 GMT\n\n"
     "By Tomas Arriaga\n(Bloomberg) -- A Chilean copper miner cut its output forecast for the "
     "year, blaming power cuts at two of its smelters.\n\nTo contact the reporter on this story:\n"
     "Tomas Arriaga in Santiago at tarriaga@example.net\n",
     {"title": "Copper Miner Cuts Output Forecast on Power Shortages", "reporters": ["Tomas Arriaga"],
      "agencies": ["Bloomberg"]},
     "Bloomberg's terminal code is no part of the headline"),
    ("pna-en.txt",
     "Iloilo City adds night ferry to Guimaras\n\nBy Lorna dela Torre\n\nILOILO CITY – A night "
     "ferry to Guimaras will start sailing next week, the port office said on Monday. (PNA)\n\n"
     "Tickets will cost the same as day trips.\n\n(With reports from Maricel Bautista)\n",
     {"title": "Iloilo City adds night ferry to Guimaras",
      "reporters": ["Lorna dela Torre", "Maricel Bautista"], "agencies": ["PNA"]},
     "a Filipino particle in a byline, PNA's credit closing the lead, its note of a second reporter"),
    ("efe-en-trailer.txt",
     "Seville adds shade sails over its busiest streets\n\nSeville, Jun 3 (EFE).- Seville will "
     "stretch shade sails over twelve more streets this summer, the city said on Monday.\n\n"
     "The sails go up in mid-June.\n\n(Text: Noemí Carrasco / Translation: Owen Pryce)\n",
     {"reporters": ["Noemí Carrasco"], "translators": ["Owen Pryce"], "agencies": ["EFE"]},
     "EFE's English trailer: writer and translator"),
    ("stt-fi.txt",
     "Tampere avaa uuden uimahallin\n\nTampereen uusi uimahalli avataan yleisölle "
     "lauantaina, kertoi kaupunki tiistaina.\n\nHallissa on kaksi allasta ja kuntosali.\n\n"
     "Teksti: Aino Lehtonen / STT\n",
     {"reporters": ["Aino Lehtonen"], "agencies": ["STT"]},
     "STT's writer label with the agency after a slash"),
    ("armenpress-en.txt",
     "Gyumri to restore its old market hall\n\nGYUMRI, MAY 6, ARMENPRESS. The city will restore "
     "its nineteenth-century market hall by 2026, the mayor said on Monday.\n\nThe work will "
     "cost about 900 million drams.\n\nTranslated and edited by Gohar Sargsyan\n",
     {"translators": ["Gohar Sargsyan"], "editors": ["Gohar Sargsyan"], "reporters": []},
     "Armenpress: one person translated and edited"),
    ("ntb-nb.txt",
     "Tromsø bygger tre nye sykkelveier\n\nTromsø (NTB): Kommunen bygger tre nye sykkelveier "
     "i sommer, opplyser byrådet.\n\nArbeidet starter i mai.\n\nSiri Holm og Arne Bakken, NTB\n",
     {"reporters": ["Siri Holm", "Arne Bakken"], "agencies": ["NTB"]},
     "NTB's signature: two names, a comma and the agency"),
    ("ap-two-contributors.txt",
     "Ostend to rebuild its storm wall\n\nOSTEND, Belgium (AP) — The city will rebuild its storm "
     "wall after winter gales cracked it in three places, officials said.\n\nWork starts in "
     "April.\n\nAssociated Press writer Tomasz Wolny in Gdansk, Poland, contributed to this "
     "report. Herald staff writer Ines Marlow contributed from Bruges.\n",
     {"reporters": ["Tomasz Wolny", "Ines Marlow"], "agencies": ["AP"]},
     "two contributor notes in one paragraph, the second from a paper's own staff"),
    # South and Southeast Asian copy in its own scripts: agencies' own names, Indian papers'
    # place-and-colon opening, an own-line dateline, RSS Nepal's day word
    ("telugu-colon.txt",
     "సాక్షి\n\nవిజయవాడలో కొత్త బస్టాండ్ ప్రారంభం\n\nPublished : 4 Mar 2024 10:05 IST\n\n"
     "విజయవాడ: నగరంలో నిర్మించిన కొత్త బస్టాండ్‌ను రవాణా శాఖ మంత్రి సోమవారం ప్రారంభించారు. "
     "రోజుకు వెయ్యి బస్సులు ఇక్కడి నుంచి నడుస్తాయని అధికారులు తెలిపారు.\n\n"
     "మొదటి వారం ప్రయాణం ఉచితం.\n\n- పీటీఐ\n",
     {"cities": ["విజయవాడ"], "agencies": ["PTI"], "title": "విజయవాడలో కొత్త బస్టాండ్ ప్రారంభం"},
     "a Telugu paper: the place and colon open the copy, PTI's Telugu sign-off closes it"),
    ("marathi-agency-colon.txt",
     "नाशिकमध्ये नवा उड्डाणपूल खुला\n\nWritten by पीटीआय\n\nपीटीआय, नाशिक : शहरातील "
     "मुख्य रस्त्यावरील नवा उड्डाणपूल सोमवारपासून वाहतुकीसाठी खुला करण्यात आल्याचे महापालिकेने "
     "सांगितले.\n\nपुलाची लांबी दोन किलोमीटर आहे.\n",
     {"cities": ["नाशिक"], "agencies": ["PTI"], "title": "नाशिकमध्ये नवा उड्डाणपूल खुला"},
     "Loksatta's credit, then the agency, the place and a spaced colon"),
    ("univarta-hi.txt",
     "गोरखपुर में नया बस अड्डा\n\nगोरखपुर 5 मार्च (वार्ता) शहर के नए बस अड्डे का उद्घाटन "
     "मंगलवार को किया गया।\n\nयहां से रोज चार सौ बसें चलेंगी।\n",
     {"cities": ["गोरखपुर"], "agencies": ["UNI"]},
     "Univarta's dateline: no comma after the place, '(वार्ता)' for UNI"),
    ("anadolu-place-country-line.txt",
     "Anadolu Agency\nTürkiye | Europe | Photo\n\nFerry service resumes across the Dardanelles\n\n"
     "Kerem Aydın  |11.03.2023 - Update : 11.03.2023\n\nCANAKKALE, Türkiye\n\nFerries resumed crossings "
     "over the Dardanelles on Saturday after two days of gales kept them in port, the operator said.\n\n"
     "About 40 crossings are planned for the day.\n",
     {"cities": ["Canakkale"], "agencies": ["Anadolu"], "reporters": ["Kerem Aydın"],
      "title": "Ferry service resumes across the Dardanelles"},
     "Anadolu's place and country alone on a line under the name and date line"),
    ("bengali-own-line.txt",
     "মালদহে নতুন সেতু চালু\n\nমালদহ, ৪ মার্চ\nমহানন্দা নদীর ওপর নতুন সেতু সোমবার থেকে "
     "যান চলাচলের জন্য খুলে দেওয়া হয়েছে বলে জেলা প্রশাসন জানিয়েছে।\n\nসেতুটি তৈরি করতে দুই "
     "বছর লেগেছে।\n",
     {"cities": ["মালদহ"], "title": "মালদহে নতুন সেতু চালু"},
     "the place, day and month alone on the line over the first paragraph"),
    ("rss-nepal.txt",
     "पोखरामा नयाँ पुल सञ्चालनमा\n\nपोखरा, जेठ ३ गते । सेती नदीमाथि बनेको नयाँ पुल आजदेखि "
     "सञ्चालनमा आएको छ ।\n\nपुल निर्माणमा दुई वर्ष लागेको थियो । –रासस\n",
     {"cities": ["पोखरा"], "agencies": ["RSS"], "title": "पोखरामा नयाँ पुल सञ्चालनमा"},
     "RSS Nepal: the day word's dateline and the '–रासस' sign-off"),
    ("akp-km.txt",
     "ខេត្ត​បាត់ដំបង​បើក​ស្ពាន​ថ្មី\n\nបាត់ដំបង ៣ មីនា (អ.ក.ព) – ខេត្ត​បាត់ដំបង​បាន​បើក​ស្ពាន​ថ្មី​"
     "មួយ​ឆ្លង​កាត់​ស្ទឹង​សង្កែ។\n\nស្ពាន​នេះ​មាន​ប្រវែង ២០០ ម៉ែត្រ។\n",
     {"cities": ["បាត់ដំបង"], "agencies": ["AKP"]},
     "AKP's Khmer dateline, its initials in brackets"),
    ("kpl-en.txt",
     "Savannakhet opens new market\n\n(KPL) Savannakhet province opened a new covered market on "
     "Monday for about 400 traders.\n\nThe market cost 12 billion kip.\n",
     {"cities": [], "agencies": ["KPL"]},
     "KPL's English copy opens with its initials in brackets, no place"),
    ("mna-en.txt",
     "Mandalay starts new water plant\n\nMANDALAY, 4 March — A new water treatment plant began "
     "operating in Mandalay on Monday, officials said.\n\nIt will serve 60,000 homes. — MNA\n",
     {"cities": ["Mandalay"], "agencies": ["MNA"]},
     "the Global New Light of Myanmar: MNA signs after a dash"),
    ("bernama-oleh-agency.html",
     "<html lang=\"ms\"><head><title>Jambatan baharu Kuala Terengganu dibuka kepada orang ramai</title></head>"
     "<body><article><h1>Jambatan baharu Kuala Terengganu dibuka kepada orang ramai</h1>"
     "<div class=\"meta\"><span class=\"author\">Oleh Bernama</span></div>"
     "<p>KUALA TERENGGANU: Jambatan baharu merentasi muara sungai dibuka kepada orang ramai pagi ini, "
     "selepas tiga tahun kerja pembinaan yang tertangguh akibat banjir.</p>"
     "<p>Kerajaan negeri berkata laluan itu akan memendekkan perjalanan ke pusat bandar.</p>"
     "</article></body></html>\n",
     {"reporters": [], "agencies": ["Bernama"]},
     "Malay 'Oleh Bernama' in an author element: the agency's own copy, no person"),
    ("app-nni-ur.txt",
     "کراچی میں نیا پل کھول دیا گیا\n\nکراچی (اے پی پی، این این آئی) شہر کے مشرقی حصے میں ایک نیا پل آج ٹریفک "
     "کے لیے کھول دیا گیا جس سے سفر کا وقت کم ہو جائے گا۔\n\nحکام کے مطابق منصوبے پر دو سال کام جاری رہا۔\n",
     {"agencies": ["APP", "NNI"], "cities": ["کراچی"]},
     "Urdu copy credits Pakistan's NNI beside APP, its initials spelt out letter by letter"),
    ("pti-afp-si.txt",
     "කොළඹ වරායට නව නැව් දෙකක්\n\nමුම්බායි (පීටීඅයි සහ ඒඑෆ්පී) - ඉන්දීය සමාගමක් විසින් නිපදවූ නැව් දෙකක් "
     "ලබන සතියේ කොළඹ වරායට ලැබෙනු ඇතැයි නිලධාරීහු පවසති.\n\nඑම නැව් භාණ්ඩ ප්‍රවාහනය සඳහා යොදා ගැනේ.\n",
     {"agencies": ["PTI", "AFP"], "cities": ["මුම්බායි"]},
     "Sinhala copy spells the world's agencies' initials out, joined by its word for 'and'"),
    ("app-ur-colon-place.txt",
     "ملتان میں نئی سبزی منڈی کا افتتاح\n\nملتان: ضلعی انتظامیہ نے شہر کے شمالی حصے میں ایک نئی سبزی منڈی کا افتتاح کر دیا "
     "ہے جہاں تین سو دکانیں بنائی گئی ہیں۔\n\nحکام کے مطابق پرانی منڈی اگلے ماہ بند کر دی جائے گی۔ (اے پی پی)\n",
     {"agencies": ["APP"], "cities": ["ملتان"]},
     "an Urdu page's place and colon opening the copy; the agency's bracket after Urdu's own full stop closes it"),
    ("ani-hi-closing-bracket.txt",
     "जयपुर में नई मेट्रो लाइन का काम शुरू\n\nराजस्थान सरकार ने सोमवार को शहर में मेट्रो के दूसरे चरण का काम शुरू किया, "
     "अधिकारियों ने बताया कि यह तीन साल में पूरा होगा।\n\nइस पर करीब दो हजार करोड़ रुपये खर्च होंगे। (एएनआई)\n",
     {"agencies": ["ANI"]},
     "ANI's Hindi copy closes with its bracket after the danda"),
    # Africa's agencies and the papers running their copy
    ("ena-am-dateline-only.html",
     "<html lang=\"am\"><head><title>በሀዋሳ አዲስ የጤና ጣቢያ ተከፈተ</title></head><body>"
     "<h3>በሀዋሳ አዲስ የጤና ጣቢያ ተከፈተ</h3>"
     "<div class=\"journal-content-article\"><p>ሀዋሳ፣ መጋቢት 7/2016 (ኢዜአ)፦ በሀዋሳ ከተማ ለአርባ ሺህ ነዋሪዎች አገልግሎት "
     "የሚሰጥ አዲስ የጤና ጣቢያ ዛሬ ተከፍቶ ሥራ ጀመረ።</p><p>ጣቢያው የእናቶችና የህፃናት ክፍል እንዳለውም ተገልጿል።</p></div>"
     "<footer>© 2016 የኢትዮጵያ ዜና አገልግሎት</footer></body></html>\n",
     {"published": "2024-03-16", "agencies": ["ENA"], "cities": ["ሀዋሳ"]},
     "ENA's Amharic dateline the only date: 7 Megabit 2016 in the Ethiopian calendar, its slash kept"),
    ("ahram-mena-writer-box.html",
     "<html lang=\"ar\" dir=\"rtl\"><head><title>افتتاح مكتبة عامة جديدة في طنطا - بوابة الأهرام</title></head><body>"
     "<div class=\"topnav\"><span>الأحد 10 مارس 2024</span> <a href=\"/\">الرئيسية</a></div>"
     "<h1>افتتاح مكتبة عامة جديدة في طنطا</h1>"
     "<div class=\"writer\"><span>أ ش أ</span> <span>9-3-2024 | 11:05</span></div>"
     "<div class=\"content\"><p>طنطا في 9 مارس /أ ش أ/ افتتح محافظ الغربية اليوم مكتبة عامة جديدة بوسط المدينة تضم "
     "أكثر من عشرين ألف كتاب وقاعة للأطفال وأخرى للمطالعة.</p><p>وقال المحافظ إن المكتبة تفتح أبوابها يوميا "
     "حتى العاشرة مساء.</p></div></body></html>\n",
     {"published": "2024-03-09T11:05:00", "agencies": ["MENA"], "cities": ["طنطا"]},
     "Al-Ahram's writer box: MENA's initials written apart before the story's stamp, the site's bar of "
     "the next day above the headline"),
    ("nan-wp-poster-edits.html",
     "<html lang=\"en\"><head><title>Enugu opens new bus terminal - News Agency of Nigeria (NAN)</title>"
     "<meta name=\"author\" content=\"Bola Ajayi\"></head><body>"
     "<h1>Enugu opens new bus terminal</h1><div class=\"meta\">By <a href=\"/author/bola/\">Bola Ajayi</a></div>"
     "<div class=\"content\"><p><strong>By Ngozi Eke</strong></p>"
     "<p>Enugu, March 2, 2024 (NAN) The Enugu State Government has opened a bus terminal with bays for 80 "
     "vehicles near the main market.</p><p>The commissioner said the terminal would ease traffic in the city "
     "centre.</p><p>(NAN)(www.nannews.ng)</p><p>NEE/BAA</p><p>Edited by Bola Ajayi</p></div></body></html>\n",
     {"reporters": ["Ngozi Eke"], "editors": ["Bola Ajayi"], "agencies": ["NAN"], "cities": ["Enugu"]},
     "NAN's WordPress page: its author is the desk editor the trailer names, the copy's byline its writer"),
    ("gna-wp-author-box.html",
     "<html lang=\"en\"><head><title>Ho market gets new stalls - Ghana News Agency</title></head><body>"
     "<h1>Ho market gets new stalls</h1>"
     "<div class=\"content\"><p><strong>By Kwaku Mensah, GNA</strong></p>"
     "<p>Ho, Feb 20, GNA - The Ho Municipal Assembly has handed over 120 new market stalls to traders who lost "
     "their shops in last year's fire.</p><p>The Municipal Chief Executive said the stalls were built with the "
     "Assembly's own revenue.</p><p>GNA</p><p>Edited by Ama Owusu</p></div>"
     "<div class=\"tdb-author-box\">Share your stories with our newsroom by mail and via WhatsApp on the "
     "number above.</div></body></html>\n",
     {"reporters": ["Kwaku Mensah"], "editors": ["Ama Owusu"], "agencies": ["GNA"]},
     "GNA's page: the byline the copy opens with, not the extractor's guess from the contact box"),
    ("kna-caption-photo-by.html",
     "<html lang=\"en\"><head><title>Meru dairy farmers get coolers - Kenya News Agency</title></head><body>"
     "<h1>Meru dairy farmers get coolers</h1><div class=\"content-inner\">"
     "<p>Dairy cooperatives in Meru have received six milk coolers to cut losses during the rainy season, "
     "county officials said.</p><p>Each cooler holds 3,000 litres.</p>"
     "<figure><img src=\"/c.jpg\" alt=\"\"><figcaption>Farmers deliver milk at a collection centre in Meru. "
     "Photo by Jane Wambui</figcaption></figure><p>By Jane Wambui</p></div></body></html>\n",
     {"reporters": ["Jane Wambui"], "photographers": ["Jane Wambui"]},
     "the Kenya News Agency's caption closing on 'Photo by' and the name, no colon"),
    ("nation-caption-bars.html",
     "<html lang=\"en\"><head><title>Eldoret hospital opens cancer wing - Daily Nation</title></head><body>"
     "<h2>Eldoret hospital opens cancer wing</h2><h6>Monday March 4 2024</h6>"
     "<figure><img src=\"/w.jpg\" alt=\"\"><figcaption>The new wing at the referral hospital in Eldoret. "
     "PHOTO | PAUL KIPRONO | NATION MEDIA GROUP</figcaption></figure>"
     "<section class=\"author\"><strong>By MARY ATIENO</strong></section><div class=\"body-copy\">"
     "<p>The referral hospital in Eldoret has opened a cancer wing with 40 beds, sparing patients the trip to "
     "Nairobi for treatment.</p><p>The hospital's chief executive said two radiotherapy machines would be "
     "installed next month.</p></div></body></html>\n",
     {"reporters": ["Mary Atieno"], "photographers": ["Paul Kiprono"]},
     "Nation Media Group's caption credit: the label, the photographer and the outlet between bars"),
    ("taifaleo-picha.html",
     "<html lang=\"sw\"><head><title>Wakulima wa Kitui wapokea mbegu | Taifa Leo</title></head><body>"
     "<h1>Wakulima wa Kitui wapokea mbegu</h1><div class=\"byline\"><span class=\"author\">Na JUMA MWANGI</span></div>"
     "<div class=\"pubdate\">Imechapishwa: Machi 5, 2024</div><figure><img src=\"/k.jpg\" alt=\"\"><figcaption>"
     "Wakulima wakipokea mbegu katika ofisi za kaunti. PICHA | JUMA MWANGI</figcaption></figure>"
     "<div class=\"article-body\"><p>WAKULIMA katika Kaunti ya Kitui wamepokea mbegu za mtama na kunde kabla ya "
     "msimu wa mvua kuanza.</p><p>Afisa wa kilimo alisema kila mkulima atapata kilo kumi.</p></div></body></html>\n",
     {"reporters": ["Juma Mwangi"], "photographers": ["Juma Mwangi"], "language": "sw"},
     "a Swahili paper's caption credit: 'PICHA' ('picture') and the name after a bar"),
    ("mwananchi-api-credit.json",
     "{\"article\": {\"headline\": \"Soko jipya la samaki lafunguliwa Mwanza\", \"authors\": [{\"name\": "
     "\"Rehema Joseph\"}], \"publishedAt\": \"2024-03-01T06:00:00Z\", \"language\": \"sw\", "
     "\"images\": [{\"caption\": \"Wafanyabiashara sokoni.\", \"credit\": \"Picha na Salim Omari\"}], "
     "\"body\": \"<p>Mwanza. Soko jipya la samaki limefunguliwa katika mwalo wa Kirumba, likiwa na meza mia "
     "mbili kwa wachuuzi.</p><p>Wachuuzi wamesema soko hilo litapunguza msongamano.</p>\"}}\n",
     {"reporters": ["Rehema Joseph"], "photographers": ["Salim Omari"]},
     "a content API's picture credit with its Swahili label and no colon: 'Picha na' ('picture by')"),
    ("leadership-hausa-nan.html",
     "<html lang=\"ha\"><head><title>Gwamnati Za Ta Gina Asibitoci Biyar - Leadership Hausa</title></head><body>"
     "<h1>Gwamnati Za Ta Gina Asibitoci Biyar</h1><div class=\"entry-meta\"><span class=\"author\">Daga "
     "Kamfanin Dillancin Labarai na Najeriya (NAN)</span> <span>Maris 6, 2024</span></div>"
     "<div class=\"entry-content\"><p>Gwamnatin jihar ta ce za ta gina sababbin asibitoci biyar a yankunan "
     "karkara kafin karshen shekara.</p><p>Kwamishinan lafiya ne ya bayyana haka ranar Talata.</p></div>"
     "</body></html>\n",
     {"agencies": ["NAN"], "reporters": []},
     "a Hausa paper's credit to NAN by its Hausa name, the agency as the byline"),
    ("tap-mail-masthead.eml",
     "From: TAP <fil@tap.example>\nSubject: Gabes : ouverture d'un centre culturel\n"
     "Date: Wed, 6 Mar 2024 10:20:00 +0100\nContent-Type: text/plain; charset=utf-8\n\n"
     "AGENCE TUNIS AFRIQUE PRESSE - TAP\nFil regional\n\nGabes : ouverture d'un centre culturel\n\n"
     "Gabes, 6 mars (TAP) - Un centre culturel dote d'une salle de spectacle de 300 places a ouvert ses portes "
     "mercredi dans la ville de Gabes.\n\nLe centre proposera des ateliers de theatre et de musique.\n",
     {"agencies": ["TAP"], "cities": ["Gabes"]},
     "TAP's masthead, its full name and its short one after a dash, is no dateline"),
    ("mapexpress-no-credit.html",
     "<html lang=\"fr\"><head><title>Meknès : une nouvelle piscine couverte | MAPEXPRESS</title>"
     "<link rel=\"canonical\" href=\"https://www.mapexpress.ma/actualite/sport/meknes-piscine/\"></head><body>"
     "<h1>Meknès : une nouvelle piscine couverte</h1><div class=\"entry-content\"><p>Meknès &#8211; Une piscine "
     "couverte de dimensions olympiques a été inaugurée samedi à Meknès.</p><p>Elle accueillera les clubs de la "
     "région dès le mois prochain.</p></div></body></html>\n",
     {"agencies": ["MAP"], "cities": ["Meknès"]},
     "MAP's French news site: its address credits the agency when the copy names none"),
    ("kna-wp-rest.json",
     "{\"id\": 5012, \"date\": \"2024-03-04T10:00:00\", \"link\": \"https:\\/\\/www.kenyanews.go.ke\\/embu-road\\/\", "
     "\"title\": {\"rendered\": \"Embu road works resume\"}, \"content\": {\"rendered\": \"<p>Work on the "
     "Embu-Kiritiri road has resumed after a three-month break, the county roads officer said.<\\/p><p>The "
     "contractor expects to finish by June.<\\/p>\"}, \"author\": 7}\n",
     {"agencies": ["Kenya News Agency"], "url": "https://www.kenyanews.go.ke/embu-road/"},
     "a WordPress REST post from the Kenya News Agency's site: its link credits the agency"),
    ("jornal-angola-name-place.html",
     "<html lang=\"pt\"><head><title>Benguela recebe feira do livro | Jornal de Angola</title></head><body>"
     "<div class=\"topo\"><span>Sexta-feira, 8 de Março de 2024</span></div>"
     "<h1>Benguela recebe feira do livro</h1><div class=\"autor-data\"><span>Ana Kalunga | Benguela</span> "
     "<span>7 de Março, 2024</span></div><div class=\"corpo\"><p>Mais de cinquenta editoras nacionais "
     "participam, desde quinta-feira, na feira do livro de Benguela, que decorre até domingo.</p>"
     "<p>A organização espera receber dez mil visitantes.</p></div></body></html>\n",
     {"reporters": ["Ana Kalunga"], "cities": ["Benguela"], "published": "2024-03-07"},
     "a paper's byline box, the reporter's place after a bar run into the date's element"),
    ("ja-byline-place.html",
     "<html lang=\"fr\"><head><title>À Dakar, le port étend ses quais – Jeune Afrique</title></head><body>"
     "<h1>À Dakar, le port étend ses quais</h1><div class=\"article-authors\">Par <a>Awa Ndiaye</a> - à Dakar</div>"
     "<div class=\"article-body\"><p>Le port autonome a lancé lundi les travaux d'extension de deux quais, qui "
     "doivent permettre d'accueillir des navires plus grands d'ici deux ans.</p><p>Le chantier coûtera près de "
     "cent milliards de francs CFA.</p></div></body></html>\n",
     {"reporters": ["Awa Ndiaye"], "cities": ["Dakar"]},
     "Jeune Afrique's byline: the writer, a dash and the place they file from"),
    ("aps-joomla-base.html",
     "<html lang=\"fr\"><head><base href=\"https://www.aps.dz/regions/150321-oran-un-nouveau-marche\" />"
     "<title>Oran: un nouveau marché de gros - Algérie Presse Service</title></head><body>"
     "<h2>Oran: un nouveau marché de gros</h2><div itemprop=\"articleBody\"><p><strong>ORAN - Un nouveau marché "
     "de gros de fruits et légumes a été mis en service mardi à Oran, a-t-on appris auprès de la direction du "
     "commerce.</strong></p><p>Il compte 90 carreaux.</p></div></body></html>\n",
     {"url": "https://www.aps.dz/regions/150321-oran-un-nouveau-marche", "agencies": ["APS"]},
     "a Joomla page's <base href>: the page's own address, the only one it gives"),
    ("tap-drupal-node.json",
     "{\"title\": [{\"value\": \"Sousse : un nouveau centre de santé\"}], \"created\": [{\"value\": \"1709200800\"}], "
     "\"changed\": [{\"value\": \"1709204400\"}], \"body\": [{\"value\": \"<p>Sousse, 29 fév (TAP) - Un centre de "
     "santé de base a ouvert jeudi dans un quartier populaire de Sousse.</p><p>Il assurera des consultations "
     "six jours sur sept.</p>\", \"format\": \"full_html\"}]}\n",
     {"published": "2024-02-29T10:00:00+00:00", "updated": "2024-02-29T11:00:00+00:00", "agencies": ["TAP"]},
     "Drupal's REST export: each field a list of values, the times Unix stamps in strings"),
    ("aip-title-label.html",
     "<html lang=\"fr\"><head><title>Côte d&#8217;Ivoire-AIP/ Daloa : une route bitumée livrée | AIP</title></head><body>"
     "<h1>Côte d&#8217;Ivoire-AIP/ Daloa : une route bitumée livrée</h1><div class=\"entry-content\"><p>Daloa, 6 "
     "mars 2024 (AIP)- Une route bitumée de douze kilomètres reliant Daloa à un village voisin a été livrée mercredi "
     "aux populations.</p><p>Les travaux ont duré dix-huit mois.</p><p>kd/ab</p></div></body></html>\n",
     {"title": "Daloa : une route bitumée livrée", "agencies": ["AIP"], "cities": ["Daloa"]},
     "AIP's label before its headline: the country and the agency's short name, a slash"),
]


parsed, test_regional_shapes_through_the_cli = cli_field_tests(STORIES, "regional")


def test_credit_lines_leave_the_body(parsed):
    """Trailers and signatures taken as credits are no longer part of the body."""
    for name, line in (("efe-en-trailer.txt", "Translation:"), ("ntb-nb.txt", "Arne Bakken"),
                       ("armenpress-en.txt", "Translated and edited"), ("pna-en.txt", "With reports"),
                       ("pna-en.txt", "(PNA)")):
        assert line not in parsed[name]["body"], name
