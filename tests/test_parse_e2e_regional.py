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
]


parsed, test_regional_shapes_through_the_cli = cli_field_tests(STORIES, "regional")


def test_credit_lines_leave_the_body(parsed):
    """Trailers and signatures taken as credits are no longer part of the body."""
    for name, line in (("efe-en-trailer.txt", "Translation:"), ("ntb-nb.txt", "Arne Bakken"),
                       ("armenpress-en.txt", "Translated and edited"), ("pna-en.txt", "With reports"),
                       ("pna-en.txt", "(PNA)")):
        assert line not in parsed[name]["body"], name
