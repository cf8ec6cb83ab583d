"""Per-stage table tests for credit labels and closing credits: agencies closing the copy
(a full name with its initials, agencies joined by a dash, short names after an em dash, a
Portuguese "with information from"), notes above the copy, desk bylines naming no one, bare
names and weak openers, labels without their colon, joint text-and-photo labels, author
fields and an agency's own opening formula. (input, expected, why) rows; a new row for
every bug fixed. Every line and story is invented."""
from __future__ import annotations

import re

from indexer import fields
from indexer.fields.credits import _lead_agencies
from indexer.formats.base import split_authors
from indexer.pipeline import parse_text
from tablerows import rows as _rows, parsed_fields as _fields

LEAD = ("Tram fares frozen\n\nThe city froze tram fares for a year on Monday, saying riders "
        "needed relief after two rises.\n\nThe freeze starts in July.\n\n")


# (closing line, agencies, why): a line of its own under the copy
CLOSING_AGENCY_LINES = [
    ("Com informações da Agência Brasil", ["Agência Brasil"], "Portuguese 'with information from'"),
    ("Com informações de agências e da Reuters", ["Reuters"],
     "a generic word, and an agency after its joined preposition"),
    ("Com informações da Polícia Militar", [], "a body that is no agency"),
    ("בכתבה השתמשנו בדיווחי AFP ו-AP", ["AFP", "AP"],
     "Hebrew 'in the story we used the reports of', the second agency after a glued 'and'"),
    ("בכתבה נעשה שימוש בדיווחי רויטרס וסוכנויות הידיעות", ["Reuters"],
     "...'use was made of', and 'the news agencies' after the glued 'and'"),
    ("בכתבה השתמשנו בדיווחי משטרת ישראל", [], "...a body that is no agency"),
    ("African News Agency (ANA)", ["ANA"], "an agency's full name with its initials"),
    ("— Agence France-Presse (AFP)", ["AFP"], "...after a dash"),
    ("Water Services Board (WSB)", [], "a body's name with its initials"),
    ("STT–AFP", ["STT", "AFP"], "two agencies joined by an en dash"),
    ("NTB-AFP", ["NTB", "AFP"], "...by a hyphen, where the whole names none"),
    ("— SPA", ["SPA"], "a short name that is also a word, after an em dash"),
    ("— VNA/VNS", ["VNA"], "the agency, then the paper's own initials"),
    ("KS/AA", [], "two desks' initials: a two-letter agency code among them is one more desk's"),
    ("- Petra", [], "a list's item: a hyphen, a name not in capitals"),
    ("(fonte: ANSA)", ["ANSA"], "a source label inside a bracket"),
    ("(ats/red)", ["ATS"], "an agency that signs in lower case and the site's desk, in brackets"),
    ("sda/mak", ["SDA"], "...with the desk's initials, no brackets"),
    ("[AMNA]", ["ANA-MPA"], "an agency's English initials in square brackets, as Greek sites tag its copy"),
    ("[Reuters]", ["Reuters"], "...another agency in square brackets"),
    ("[Video]", [], "...a word in square brackets is no agency"),
    ("(မြန်မာ့သတင်းစဉ်)", ["MNA"], "an agency alone in brackets, in a script with vowel signs (Burmese)"),
    ("(ရန်ကုန်)", [], "...a place alone in brackets is no agency"),
    ("/ritzau/Reuters", ["Ritzau", "Reuters"], "Ritzau's slashes, then the agency it took the story from"),
    ("/ritzau/", ["Ritzau"], "...Ritzau's own copy"),
    ("/ritzau/Frederiksberg", [], "...a word after the slashes that names no agency takes none"),
]


@_rows(CLOSING_AGENCY_LINES)
def test_agencies_closing_the_copy(text, expected, why):
    story = parse_text(LEAD + text + "\n")
    assert story.agencies == expected
    assert (text in story.body) == (not expected)


# (closing line, (agencies, reporters), why): an agency's credit and its reporter's byline on one line
CLOSING_AGENCY_BYLINES = [
    ("– AKP By KEO Sreymom", (["AKP"], ["Keo Sreymom"]),
     "the agency's credit, then 'By' and the reporter, the surname in capitals first (no outlet's desk)"),
    ("— Xinhua By Jo Roe", (["Xinhua"], ["Jo Roe"]), "...a byline in title case"),
    ("— Stand By Me", ([], []), "...a word that names no agency before 'By': no credit"),
]


@_rows(CLOSING_AGENCY_BYLINES)
def test_agency_and_byline_closing_the_copy(text, expected, why):
    story = parse_text(LEAD + text + "\n")
    assert (story.agencies, story.reporters) == expected


DATELINED_LEAD = ("Dam levels fall again\n\nPretoria - The water department said on Friday that the "
                  "main reservoirs had dropped below half for the first time in a decade.\n\n"
                  "Restrictions may follow next month.\n\n")


# (closing line, agencies, why): a line of its own under copy that opened on a dateline
DATELINED_CLOSING_LINES = [
    ("- Sapa", ["SAPA"], "a hyphen and a short name written in title case, under datelined copy"),
    ("- Reuters", ["Reuters"], "...a name that is an agency anywhere"),
    ("- Petra Nkosi", [], "a hyphen and a person's name: no agency"),
    ("- Tuesday", [], "a hyphen and a word that names no agency"),
]


@_rows(DATELINED_CLOSING_LINES)
def test_agencies_closing_datelined_copy(text, expected, why):
    story = parse_text(DATELINED_LEAD + text + "\n\nShare this story\n")
    assert story.agencies == expected
    assert story.cities == ["Pretoria"]


# (last paragraph, agencies, why): a credit closing the copy's last paragraph
TRAILING_CREDITS = [
    ("Riders will pay the old fare until the end of the year. — WAM", ["WAM"],
     "an em dash and the agency after the last sentence"),
    ("Timetables will change after six months. — VNA/VNS", ["VNA"],
     "...the agency and the paper's initials"),
    ("Timetables will change after six months. – SAnews.gov.za", ["SAnews"],
     "...the agency's site written out after its name"),
    ("Timetables will change after six months. — Reuters.com", ["Reuters"], "...another agency's site"),
    ("Timetables will change after six months. — example.com", [], "...a site that names no agency"),
    ("The buses will call at each settlement twice a week. — Xinhua.", ["Xinhua"],
     "...the agency closed with a full stop"),
    ("Crews will start on the north side. – Bernama.", ["Bernama"], "...after an en dash"),
    ("The hall opens in June. — Monday.", [], "a dash and a word that names no agency, with a stop"),
    ("ผู้โดยสารรถไฟฟ้าเพิ่มขึ้นเป็น 3.2 ล้านคนต่อเดือน – สำนักข่าวไทย", ["TNA"],
     "Thai writes no full stop: the dash after the last word, the agency's name with its marks"),
    ("ตลาดน้ำจะเปิดทุกวันเสาร์ – ตลาดใหม่", [], "...a Thai word after the dash that names no agency"),
    ("The new line opens in 2026. — MNA", ["MNA"], "Myanmar's agency in capitals after the dash"),
    ("As obras devem terminar antes das chuvas. (ANGOP)", ["ANGOP"],
     "an agency's initials in brackets that no vocabulary names, as written"),
    ("The council will vote again in a second round. (MORE)", [], "a continuation mark"),
    ("Der Tarif steigt auf 2,50 Euro. (APA, 9.2.2024)", ["APA"],
     "the agency and the day as the story's very last words"),
    ("Die Linie fährt ab Mai im Takt von zehn Minuten. (APA, dpa, 3.4.2024)", ["APA", "dpa"],
     "two agencies, then the day"),
    ("Der Bau beginnt im Herbst. (APA/Reuters, 12.9.2023)", ["APA", "Reuters"],
     "two agencies joined by a slash, then the day"),
    ("Die Gemeinde prüft den Plan. (Stadtrat, Bauamt, 5.6.2024)", [],
     "bodies that are no agencies, then a day"),
    ("Riders - mostly students - welcomed it – AFP", [], "a dash inside a sentence with no stop before it"),
    # the same in a script whose sentences close with the danda
    ("नहरमा पानी छाड्ने तयारी छ । –रासस", ["RSS"],
     "Nepali: the danda, then the agency glued to its dash, its vowel signs kept"),
    ("बाँकी काम असारसम्म सकिनेछ । –बिहान", [], "...a Nepali word after the dash that names no agency"),
    # a closing sentence 'AGENCY's news' (vocab.CLOSING_REPORT_WORDS), the name in the genitive
    ("সেতুটি আগামী মাসে খুলে দেওয়া হবে। খবর এএফপির।", ["AFP"],
     "Bengali 'AFP reports' closing the last paragraph: the genitive's ending cut off"),
    ("সেতুটি আগামী মাসে খুলে দেওয়া হবে। খবর রয়টার্সের।", ["Reuters"], "...Reuters, its '-ের' ending"),
    ("সেতুটি আগামী মাসে খুলে দেওয়া হবে। খবর সরকারের।", [], "...'the government's news': no agency"),
]


@_rows(TRAILING_CREDITS)
def test_credits_closing_the_last_paragraph(text, expected, why):
    story = parse_text(LEAD + text + "\n")
    assert story.agencies == expected
    assert re.split("[.।]", text)[0] in story.body


# (last paragraph, {field: value}, why): credits run into the last paragraph with no brackets
BARE_TRAILING_CREDITS = [
    ("Riders will pay the old fare until July. Reporting by Hanna Lindqvist; Editing by Marek Dolan",
     {"reporters": ["Hanna Lindqvist"], "editors": ["Marek Dolan"]},
     "a feed item's description runs Reuters' trailer into its last paragraph"),
    ("Riders will pay the old fare until July. Additional reporting by Hanna Lindqvist.",
     {"reporters": ["Hanna Lindqvist"], "editors": []}, "...one credit, closed with a full stop"),
    ("Riders will pay the old fare until July. Reporting by the council showed losses. It said so.",
     {"reporters": [], "editors": []}, "a sentence after the opener's words: prose, no credit"),
    ("Riders will pay the old fare. Editor Jo Park said the fare was fair",
     {"reporters": [], "editors": []}, "a one-word role opening a sentence is no bare credit"),
    ("Riders will pay the old fare, he said, reporting by Hanna Lindqvist", {"reporters": []},
     "no sentence's end before the opener: inside a sentence"),
    ("Sebagian berita ini sudah dimuat di situs kantor berita. Sumber: ANTARA", {"agencies": ["Antara"]},
     "a site's note whose last sentence is its source label naming the agency"),
    ("The fare rise was approved on Friday. Source: the transport office", {"agencies": []},
     "...a source label naming no agency: no credit"),
    ("Fim do texto de apoio.\n\nRepórter: Lívia Prado - Repórter da Agência Brasil\nEdição: Caio Nunes",
     {"reporters": ["Lívia Prado"], "editors": ["Caio Nunes"]},
     "a Portuguese reporter's label, the name then a dash and the role at the agency"),
]


@_rows(BARE_TRAILING_CREDITS)
def test_bare_credits_closing_the_last_paragraph(text, expected, why):
    assert _fields(LEAD + text + "\n", expected) == expected
    assert text.split(".")[0] in parse_text(LEAD + text + "\n").body


# (story, {field: value}, why): credits and desk lines in the head
HEAD_CREDITS = [
    ("Rail link to the airport opens next spring\n\nKYODO-JIJI\nMar 3, 2025\n\nOSAKA – The new line will "
     "cut the trip to the airport to 20 minutes, the operator said Monday.\n",
     {"agencies": ["Kyodo", "Jiji"], "title": "Rail link to the airport opens next spring"},
     "two agencies joined by a hyphen on a head line of their own, as papers credit shared copy"),
    ("La Commission veut un registre des meublés de tourisme\n\nDe la correspondante de l'AFP à "
     "Bruxelles\n\nLa Commission européenne a proposé mercredi un registre commun des locations de "
     "courte durée dans toute l'Union.\n",
     {"agencies": ["AFP"], "cities": ["Bruxelles"],
      "title": "La Commission veut un registre des meublés de tourisme"},
     "a head line naming the agency's correspondent and the place she filed from"),
    ("Νέοι κανόνες για τα λιμάνια\n\nΤου ανταποκριτή του ΑΠΕ-ΜΠΕ στη Λευκωσία Γιώργου Νικολάου\n\n"
     "Η κυβέρνηση ανακοίνωσε σήμερα νέους κανόνες για τη λειτουργία των λιμανιών της χώρας.\n",
     {"agencies": ["ANA-MPA"], "cities": ["Λευκωσία"], "title": "Νέοι κανόνες για τα λιμάνια"},
     "the Greek form: the correspondent of the agency in the place, then a name in the genitive"),
    ("Νέοι κανόνες για τα λιμάνια\n\nΑπό την ανταποκρίτρια του ΑΠΕ-ΜΠΕ στη Λευκωσία Ελένη Σταύρου\n\n"
     "Η κυβέρνηση ανακοίνωσε σήμερα νέους κανόνες για τη λειτουργία των λιμανιών της χώρας.\n",
     {"agencies": ["ANA-MPA"], "cities": ["Λευκωσία"], "reporters": ["Ελένη Σταύρου"],
      "title": "Νέοι κανόνες για τα λιμάνια"},
     "Greek 'from the (woman) correspondent': the place, then her name as she signs it"),
    ("Νέοι κανόνες για τα λιμάνια\n\nΑπό τον ανταποκριτή του ΑΠΕ-ΜΠΕ στη Λευκωσία Γιώργο Νικολάου\n\n"
     "Η κυβέρνηση ανακοίνωσε σήμερα νέους κανόνες για τη λειτουργία των λιμανιών της χώρας.\n",
     {"agencies": ["ANA-MPA"], "cities": ["Λευκωσία"], "reporters": []},
     "...a man's name after 'from the correspondent' is in the accusative, not as he signs it: left"),
    ("Portuali in agitazione a Livorno\n\nDal nostro inviato MARCO BELLINI\n\nLIVORNO — I lavoratori "
     "delle banchine hanno incrociato le braccia ieri mattina per il secondo giorno.\n",
     {"reporters": ["Marco Bellini"], "title": "Portuali in agitazione a Livorno"},
     "Italian 'from our special correspondent' and the name, no place: the name is the byline's"),
    ("Les vendanges commencent en avance\n\nDe notre envoyé spécial Paul Garnier\n\nBEAUNE. — Les "
     "premiers raisins ont été coupés hier matin dans les vignes de la côte.\n",
     {"reporters": ["Paul Garnier"], "title": "Les vendanges commencent en avance"},
     "...the French label and a name in mixed case"),
    ("Les vendanges commencent en avance\n\nDe notre envoyé spécial à Beaune\n\nLes premiers "
     "raisins ont été coupés hier matin dans les vignes de la côte.\n",
     {"reporters": [], "cities": ["Beaune"]},
     "...a place after the label stays the city, no name"),
    ("Budget talks stall again\n\nFrom our correspondent in the capital\n\nTalks on the budget stalled "
     "again on Tuesday, officials said.\n",
     {"agencies": [], "cities": [], "title": "Budget talks stall again"},
     "a correspondent's line without a place's name gives no city"),
    ("Nuovo orario per i traghetti dello Stretto\n\nRedazione ANSA\nMESSINA\n12 giugno 2024\n10:20\n\n"
     "Dal primo luglio le corse notturne tra le due sponde saranno ogni quaranta minuti, ha "
     "comunicato la società di navigazione.\n",
     {"agencies": ["ANSA"], "cities": ["Messina"], "title": "Nuovo orario per i traghetti dello Stretto"},
     "an agency's desk, then its place in capitals: the story's city when no dateline names one"),
    ("Lviv • UNN\n • 09:40, 03.02.25\n\nA night tram will link the station with the old town\n\n"
     "The city council approved a night tram from the railway station to the old town, running "
     "every half hour from March.\n",
     {"agencies": ["UNN"], "cities": ["Lviv"],
      "title": "A night tram will link the station with the old town"},
     "a place and an agency set apart by a bullet over the time: the agency and the city, no title"),
    ("Sport • Football\n\nCity keep their lead after a late goal\n\nThe leaders won 2-1 with a "
     "goal in the last minute on Saturday.\n",
     {"agencies": [], "title": "City keep their lead after a late goal"},
     "a section and its topic set apart by a bullet credit no one"),
    ("Ferry strike ends\n\nCompiled by Ravi Nair\nPublished: 21 Feb 2025, 09:05 AM\n"
     "With inputs from Reuters, AFP\n\nFerries resumed sailing on Wednesday after crews accepted a "
     "new pay offer from the operator.\n",
     {"agencies": ["Reuters", "AFP"], "reporters": ["Ravi Nair"]},
     "a note of the agencies under the byline and date"),
    ("Port of Tallinn adds a ferry berth\n\nBNS/TBT Staff\n2024-10-15\n\nTALLINN – The port "
     "will add a fourth ferry berth next year, its operator said on Wednesday.\n",
     {"agencies": ["BNS"], "reporters": []},
     "a desk's byline: the agency and the paper's initials, then Staff"),
    ("STA, 19 April 2024 - 16:07\n\nLjubljana opens a new bus depot\n\nLjubljana - The city "
     "opened a depot for 80 electric buses on Tuesday, the operator said.\n",
     {"agencies": ["STA"], "published": "2024-04-19T16:07:00", "title": "Ljubljana opens a new bus depot"},
     "an agency's name and a comma before the date"),
    ("ЎзА  *  03.11.1997  *  ҚИШЛОҚ ХЎЖАЛИГИ\n\nНАМАНГАНДА ЯНГИ ЭЛЕВАТОР ҚУРИЛДИ\n\nНаманган, 3 ноябрь "
     "(ЎзА). Вилоят марказида йилига 40 минг тонна дон сақлашга мўлжалланган элеватор ишга туширилди.\n",
     {"agencies": ["UzA"], "published": "1997-11-03", "title": "НАМАНГАНДА ЯНГИ ЭЛЕВАТОР ҚУРИЛДИ"},
     "an agency, its day and a section set apart by spaced stars: the section is no part of the date"),
    ("Lankapuvath News Service  |  2021.07.09  |  3:20 PM\n\nNew ferry for Trincomalee\n\nTRINCOMALEE, "
     "July 9 (Lankapuvath) - A second passenger ferry began sailing across the bay on Friday.\n",
     {"agencies": ["Lankapuvath"], "published": "2021-07-09T15:20:00", "title": "New ferry for Trincomalee"},
     "the agency, then its day and its time each in a field of its own between bars"),
    ("லங்காபுவத் செய்திச் சேவை  |  2022.02.14  |  09:30 முற்பகல்\n\nமட்டக்களப்பில் புதிய பாலம்\n\n"
     "மட்டக்களப்பு, பெப்ரவரி 14 (லங்காபுவத்) - நகரின் வாவியின் மீது புதிய பாலம் இன்று திறக்கப்பட்டது.\n",
     {"agencies": ["Lankapuvath"], "published": "2022-02-14T09:30:00", "title": "மட்டக்களப்பில் புதிய பாலம்"},
     "...the agency's Tamil name with Tamil's 'news service' after it"),
    ("Νέα γέφυρα στη Λάρισα\n\nΛΑΡΙΣΑ (ΑΠΕ-ΜΠΕ) – Παραδόθηκε σήμερα στην κυκλοφορία η νέα γέφυρα πάνω από "
     "τον ποταμό, μετά από δύο χρόνια εργασιών.\n\nΤο έργο κόστισε οκτώ εκατομμύρια ευρώ.\n\n"
     "Από τον ανταποκριτή του ΑΠΕ-ΜΠΕ Γιάννης Ζαχαρίου\n",
     {"reporters": ["Γιάννης Ζαχαρίου"], "agencies": ["ANA-MPA"]},
     "a Greek sign-off: 'from the correspondent of the' agency, then the name"),
    ("Νέα γέφυρα στη Λάρισα\n\nΛΑΡΙΣΑ (ΑΠΕ-ΜΠΕ) – Παραδόθηκε σήμερα στην κυκλοφορία η νέα γέφυρα πάνω από "
     "τον ποταμό, μετά από δύο χρόνια εργασιών.\n\nΤο έργο κόστισε οκτώ εκατομμύρια ευρώ.\n\n"
     "Από τον ανταποκριτή μας στη Λάρισα\n",
     {"reporters": []}, "...'from our correspondent in' a place names no one"),
    ("Il-port jiftaħ moll ġdid\n\nIl-BELT VALLETTA, 4 ta' Marzu - Il-port fetaħ moll ġdid għall-vapuri "
     "tal-passiġġieri llum, qalet l-awtorità.\n\nIx-xogħol dam sentejn.\n\nTraduzzjoni: Ġorġ Camilleri\n",
     {"translators": ["Ġorġ Camilleri"]}, "Maltese 'translation' under the copy"),
    ("Il-port jiftaħ moll ġdid\n\nIl-port fetaħ moll ġdid għall-vapuri tal-passiġġieri llum, qalet "
     "l-awtorità.\n\nIx-xogħol dam sentejn.\n\nRitratt: Rita Azzopardi\n",
     {"photographers": ["Rita Azzopardi"]}, "Maltese 'photo' under the copy"),
    ("ຂົວໃໝ່ເປີດນຳໃຊ້\n\nຫຼວງພະບາງ, 3 ມິຖຸນາ 2022 (ຂປລ) – ຂົວໃໝ່ຂ້າມແມ່ນ້ຳ ໄດ້ເປີດນຳໃຊ້ຢ່າງເປັນທາງການໃນມື້ນີ້.\n\n"
     "ຂົວມີຄວາມຍາວສາມຮ້ອຍແມັດ.\n\nຂ່າວ: ບຸນທະວີ ສີສຸພັນ\n",
     {"reporters": ["ບຸນທະວີ ສີສຸພັນ"], "agencies": ["KPL"]}, "KPL's Lao 'news' label before the reporter"),
    ("Daraja jipya lafunguliwa\n\nMWANZA, Jumanne (KNA) – Daraja jipya la mto limefunguliwa rasmi leo.\n\n"
     "Wakazi wamefurahia huduma hiyo mpya.\n\nImehaririwa na Halima Juma\n",
     {"editors": ["Halima Juma"]}, "Swahili 'edited by', the name after 'na'"),
    ("Sana, 3 May 2024\n\nWater cuts extended\n\nOfficials extended the water cuts for a "
     "third week on Tuesday, saying the reservoirs were low.\n",
     {"agencies": []},
     "a short name that is also a place's, not in capitals, before the date"),
    ("Port Said ferry crossing reopens\n\nMENA , Tuesday 4 Mar 2025\n\nThe ferry crossing at Port "
     "Said reopened on Tuesday after two weeks of repairs, the canal authority said.\n",
     {"agencies": ["MENA"], "published": "2025-03-04", "title": "Port Said ferry crossing reopens"},
     "a space before the comma and a weekday before the day (Ahram Online's source line)"),
    ("Khulna jute mills to reopen\n\nBSS\nPublished at 10:15 am March 3rd, 2025\n\nTwo state jute "
     "mills in Khulna will reopen next month, the ministry said on Monday.\n",
     {"agencies": ["BSS"], "reporters": [], "title": "Khulna jute mills to reopen"},
     "an agency's short name in capitals as the author line right above the date"),
    ("Khulna jute mills to reopen\n\nRSS\n\nTwo state jute mills in Khulna will reopen next "
     "month, the ministry said on Monday.\n",
     {"agencies": []}, "the same capitals with no date line under them: a feed button, no agency"),
    ("وهران: افتتاح خط جديد للترامواي\n\nواج\nنشر في : الاثنين, 3 مارس 2025 10:20\n\nافتتحت السلطات "
     "المحلية اليوم الاثنين خطا جديدا للترامواي يربط وسط المدينة بالجامعة.\n",
     {"agencies": ["APS"], "reporters": []},
     "APS's Arabic initials as the author line above the date (a script without capitals)"),
    ("Harbour dredging starts in Mombasa\n\nPosted on 4 March 2025 by AFP Staff\n\nDredging of the old "
     "harbour entrance began on Tuesday, the port authority said.\n",
     {"agencies": ["AFP"], "reporters": [], "published": "2025-03-04"},
     "a site's date line, then its lower-case opener and an agency's desk"),
    ("Harbour dredging starts in Lamu\n\nPosted on 6 March 2025 by Halima Odhiambo\n\nDredging of the "
     "channel began on Thursday, the port authority said.\n",
     {"reporters": ["Halima Odhiambo"], "published": "2025-03-06"},
     "...and a person's name"),
    ("Map, 3 May 2024\n\nRail link delayed\n\nThe rail link to the airport will open a year late, "
     "the ministry said on Friday.\n",
     {"agencies": []}, "a word that is an agency's short name, not written as the agency signs"),
    ("Foto Galerie | Reportage Spezial\n\nHamburg baut neue Radwege\n\nHAMBURG (dpa) - Die Stadt "
     "baut in diesem Jahr zwölf Kilometer neue Radwege.\n",
     {"photographers": [], "reporters": []}, "a menu's words after bare role words"),
    ("Durban harbour dredging begins\n\nStaff Reporter\nPublished 22 Sep 2023 | 08:41\n\n"
     "Durban - Dredging of the harbour entrance began on Monday, the port authority said.\n",
     {"reporters": []}, "a desk's byline of role words above the date"),
    ("Flood waters recede in the old town\n\nOur Correspondent\nApril 2, 2025\n\nMULTAN: "
     "Flood waters receded from the old town on Saturday, officials said.\n",
     {"reporters": []}, "'Our' and a role word: the paper's desk"),
    ("Ferry fares rise on the western routes\n\nBy Orla Keane\nHealth Correspondent\n\nUpdated 3 Mar 2024 "
     "10:05\n\nFerry fares on the western routes will rise in May, the operator said.\n",
     {"reporters": ["Orla Keane"], "title": "Ferry fares rise on the western routes"},
     "a role line under the byline names no second person"),
    ("Suburban trains get two more coaches\n\nPress Trust of India\nNew Delhi\nPublished: March 2, 2023 "
     "11:05 IST\n\nNew Delhi, Mar 2 (PTI) Suburban trains on the ring line will run with 12 coaches "
     "from April, the railway said on Thursday.\n",
     {"reporters": [], "agencies": ["PTI"], "title": "Suburban trains get two more coaches"},
     "a city under the agency's credit line is where it files from, no one's name"),
    ("Hospital abre nova ala infantil no Recife\n\nDa Redação\nPublicado em 16/08/2023 às 09h17\n\n"
     "O hospital estadual abriu neste domingo uma ala com 40 leitos para crianças.\n",
     {"reporters": []}, "a Portuguese newsroom word after the opener"),
    ("Wakulima wa kahawa kupokea miche mipya\n\n17 Februari 2025\n\nNa Baraka Mwangi\n\nNYERI, "
     "Jumatatu (KNA) - Zaidi ya wakulima 5,000 wa kahawa watapokea miche mipya mwezi huu.\n",
     {"reporters": ["Baraka Mwangi"], "title": "Wakulima wa kahawa kupokea miche mipya"},
     "Swahili's byline opener"),
    ("Chuvas alagam bairros de Salvador\n\nNa Bahia\n\nSALVADOR - As chuvas da madrugada "
     "alagaram seis bairros da capital baiana nesta terça-feira.\n",
     {"reporters": []}, "Portuguese 'na' before a place: no byline"),
    ("EFE\nCiudad de México | 3 jun. 2024 | 11:20 CEST\n\nLa capital amplía el horario del "
     "metro durante el festival\n\nMaría José Ocampo\n\nCiudad de México (EFE).- La capital "
     "ampliará el horario del metro durante el festival de música.\n",
     {"reporters": ["María José Ocampo"],
      "title": "La capital amplía el horario del metro durante el festival"},
     "a known city and the date in a header; a bare name right above the dateline"),
    ("Kampala opens a new bus terminal this week\n\nVOA News\n\nKAMPALA, UGANDA — The city "
     "opened a bus terminal on Tuesday, officials said.\n",
     {"reporters": []}, "an outlet's name right above the dateline is no byline"),
    ("Harbour cranes idle as dock strike enters its second day\nThe Baltic Courier\nGDANSK (PAP) - Dock "
     "workers kept the cranes idle on Wednesday, a union official said ...\n",
     {"reporters": [], "cities": ["Gdansk"]},
     "a news alert's source line, the English article and the outlet's capitalised words: no byline"),
    ("Bus drivers in Leeds vote to strike over new shift patterns\n\nVisit Website\n\n"
     "By Orla Finnegan | June 4, 2024 at 9:15 AM\n\nLEEDS (PA) - Bus drivers voted to strike.\n",
     {"reporters": ["Orla Finnegan"]}, "a feed reader's link to the story's page is no name"),
    ("Copper slips as the smelter restarts\n\nBy Tove Lindqvist\n\nShare   Tweet   Email\n\n"
     "LONDON (Reuters) - Copper prices fell on Wednesday as a smelter in Peru restarted.\n",
     {"reporters": ["Tove Lindqvist"]}, "a page's buttons over the dateline, under a byline, name no one"),
    ("Metro de Monterrey amplía su horario\n\nRedacción El Norte | 11/04/2024 | 07:55\n\n"
     "MONTERREY.— El metro ampliará su horario durante la feria, informó el gobierno estatal.\n",
     {"reporters": []}, "a newsroom's word before its outlet, in a header: no one"),
    ("Pemkot tambah bus listrik untuk trayek baru\n\nPenulis Wulan Sari Dewi | Editor Agus "
     "Prasetyo\n\nBANDUNG, KOMPAS.com - Pemerintah kota menambah 20 bus listrik.\n",
     {"reporters": ["Wulan Sari Dewi"], "editors": ["Agus Prasetyo"]},
     "labels without their colon between a header's bars"),
    ("Editor pick of the week | Most read\n\nBANDUNG - Pemerintah kota menambah 20 bus listrik "
     "untuk dua trayek baru.\n",
     {"editors": [], "reporters": []}, "a role word over words that are no names"),
    ("Ferry fares to rise on every island route from July\n\nTessa Brook\nAustralian Associated Press\n\n"
     "The state operator will lift fares by four per cent on all routes, it said on Friday.\n",
     {"reporters": ["Tessa Brook"], "agencies": ["AAP"],
      "title": "Ferry fares to rise on every island route from July"},
     "a name alone over the agency's credit line, no 'By': the byline, not the title"),
    ("Senate clears road funding bill after a late deal\n\nMAYA ORTIZ, LEON HART and RUTH CALLOWAY\n"
     "Associated Press\n\nWASHINGTON (AP) — The Senate passed the road bill late on Wednesday.\n",
     {"reporters": ["Maya Ortiz", "Leon Hart", "Ruth Calloway"], "agencies": ["AP"],
      "title": "Senate clears road funding bill after a late deal"},
     "...three names in capitals over it"),
    ("Ferry fares to rise on every island route from July\n\nBBC Wales\nReuters\n\n"
     "The state operator will lift fares by four per cent on all routes, it said on Friday.\n",
     {"reporters": [], "title": "Ferry fares to rise on every island route from July"},
     "an outlet's desk over the agency's line is no byline"),
    ("Ferry fares to rise on every island route from July\n\nNew Delhi\nPress Trust of India\n\n"
     "The state operator will lift fares by four per cent on all routes, it said on Friday.\n",
     {"reporters": []}, "a known city over the agency's line is no byline"),
    ("Mercado de Tegucigalpa estrena techo nuevo\n\nPor Rosaura Almendárez Paz · Fotos: Elmer de la Rosa\n\n"
     "Tegucigalpa, 2 sep (EFE).- El mercado municipal del centro estrenó este lunes un techo de lámina que "
     "sustituye al que se dañó con las lluvias del año pasado.\n",
     {"reporters": ["Rosaura Almendárez Paz"], "photographers": ["Elmer de la Rosa"], "agencies": ["EFE"]},
     "a byline, then a photo label of one word after a middle dot: the photographer, no second reporter"),
    ("Ferry fares to rise on every island route from July\n\nBy Callum Treharne | Photos: Nia Pritchard-Evans\n\n"
     "The state operator will lift fares by four per cent on all routes, it said on Friday.\n",
     {"reporters": ["Callum Treharne"], "photographers": ["Nia Pritchard-Evans"]},
     "...after a bar"),
    ("Ferry fares to rise on every island route from July\n\nBy Callum Treharne | Updated: 4 July 2023\n\n"
     "The state operator will lift fares by four per cent on all routes, it said on Friday.\n",
     {"reporters": ["Callum Treharne"], "photographers": [], "editors": []},
     "...but a stamp's label after the bar credits no one"),
    ("נמל חיפה מרחיב את הרציף הדרומי\n\nחיפה (TPS) -- הנמל החל היום בעבודות להרחבת הרציף הדרומי לקראת "
     "הגעת אוניות גדולות יותר.\n\nהעבודות יימשכו כשנתיים.\n\nכתב: אורי לנדאו\nעריכה: מיכל ברק\n",
     {"reporters": ["אורי לנדאו"], "editors": ["מיכל ברק"]},
     "a Hebrew agency's closing labels: 'reporter', then 'editing'"),
    ("بازاڕی نوێی سلێمانی کرایەوە\n\nڕاپۆرت: هێمن کەریم\n\nوێنە: ژیار عوسمان\n\nسلێمانی - ئەمڕۆ بازاڕێکی نوێ "
     "لە ناوەڕاستی شار کرایەوە و دەیان دوکانی تێدایە بۆ فرۆشتنی بەرهەمی ناوخۆیی جووتیاران.\n",
     {"reporters": ["هێمن کەریم"], "photographers": ["ژیار عوسمان"]},
     "Sorani Kurdish labels: 'report' names the reporter, 'picture' the photographer"),
    ("Pemkot tambah bus listrik untuk trayek baru\n\nRep: Dewi Anggraini/ Red: Yusuf Hakim\n\n"
     "REPUBLIKA.CO.ID, BANDUNG -- Pemerintah kota menambah 20 bus listrik untuk dua trayek baru.\n",
     {"reporters": ["Dewi Anggraini"], "editors": ["Yusuf Hakim"]},
     "Republika's short labels, the slash glued to the reporter's name: 'Rep' the reporter, 'Red' the editor"),
    ("Pemkot tambah bus listrik untuk trayek baru\n\nRep: Antara/ Red: Yusuf Hakim\n\n"
     "REPUBLIKA.CO.ID, BANDUNG -- Pemerintah kota menambah 20 bus listrik untuk dua trayek baru.\n",
     {"reporters": [], "editors": ["Yusuf Hakim"], "agencies": ["Antara"]},
     "...the agency in the reporter's place: its copy, no person"),
]


@_rows(HEAD_CREDITS)
def test_credits_and_desks_in_the_head(text, expected, why):
    assert _fields(text, expected) == expected


# (credit line, (credits, agencies), why): joint text-and-photo labels
JOINT_CREDITS = [
    ("Bài và ảnh: Nguyễn Thu Hà", ({"reporters": ["Nguyễn Thu Hà"], "photographers": ["Nguyễn Thu Hà"]}, []),
     "Vietnamese: text and photos"),
    ("Texto y fotos: Lucía Paredes", ({"reporters": ["Lucía Paredes"], "photographers": ["Lucía Paredes"]}, []),
     "Spanish"),
    ("Text und Fotos: Jonas Weber/dpa", ({"reporters": ["Jonas Weber"], "photographers": ["Jonas Weber"]},
                                         ["dpa"]), "German, with the agency"),
    ("Text and photos: Amelia Hart", ({"reporters": ["Amelia Hart"], "photographers": ["Amelia Hart"]}, []),
     "English"),
]


@_rows(JOINT_CREDITS)
def test_joint_text_and_photo_credits(text, expected, why):
    assert fields.parse_credits(text) == expected


# (caption line, (photographer, agency), why)
PHOTO_CREDITS = [
    ("Sporvognen ved banegården. Foto: Mette Kjær/Ritzau Scanpix", ("Mette Kjær", "Ritzau"),
     "Ritzau's photo service after the caption's sentence"),
    ("Foto: Mette Kjær/Scanpix", ("Mette Kjær", None), "the photo service alone"),
    ("Mercado do peixe no Namibe (Foto: Teodoro Capemba)", ("Teodoro Capemba", None),
     "the label and the name in a bracket closing the caption's words"),
    ("Vista do porto (Foto: arquivo)", (None, None), "...a bracketed label before a word that is no name is no credit"),
    ("Vendors set up stalls along the river road. (PNA photo by Lorna Dimaculangan)",
     ("Lorna Dimaculangan", "PNA"), "the agency's name, 'photo by' and the name in the closing bracket"),
    ("Crews clear the landslide on Tuesday. (KBN file photo by Ravi Menon)", ("Ravi Menon", None),
     "...an acronym of an outlet, a file photo"),
    ("Drifts bury the school buses in the lot on Elm Road. (Staff photo by Wendell Marsh)", ("Wendell Marsh", None),
     "...a paper's own staff photographer in the closing bracket"),
    ("The bridge reopened on Tuesday. (The mayor's photo by Jo Roe)", (None, None),
     "a phrase before 'photo by' that is no outlet"),
    ("Petani memanen padi di Sidoarjo, Jawa Timur. ANTARA FOTO/Dewi Lestari/wsj.", ("Dewi Lestari", "Antara"),
     "Antara's photo credit closing the caption, its editor's initials after the photographer"),
    ("Trawlers moored at Grimsby, March 2, 2023. REUTERS/Nadia Ferris/File Photo "
     "[Purchase Licensing Rights](https://agency.example/licence?src=caption)",
     ("Nadia Ferris", "Reuters"), "a Markdown clipper keeps Reuters' licensing button as a link after the credit"),
    ("Commuters wait at Leipzig's main station. Foto: picture alliance/dpa | Mareike Lorenz",
     ("Mareike Lorenz", "dpa"), "dpa's picture service before the agency, the name after a bar"),
    ("Photo: picture alliance / dpa | Lukas Brandl", ("Lukas Brandl", "dpa"), "...spaced slash, English label"),
    ("Foto: picture alliance / Flashpic | Jens Aurich", (None, None),
     "a picture service's partner that is no agency credits no one here"),
    ("Cais da Ribeira, no Porto. ANA TEIXEIRA/LUSA", ("Ana Teixeira", "Lusa"),
     "Lusa's credit in capitals closing the caption after its sentence, no label"),
    ("Pickers at a tea estate near Kericho, Kenya, on May 3, 2023 - Tony Karumba / AFP", ("Tony Karumba", "AFP"),
     "AFP's credit after a spaced dash closing a caption (Yahoo)"),
    ("The session closed. Talks went on with Jo Roe/AFP", (None, None),
     "a name and an agency after words in lower case are no closing credit"),
    ("The meeting ended. Reporting by Jo Roe/AFP", (None, None), "...nor a credit's role before the name"),
    ("Image: Outi Lindqvist / Lehtikuva", ("Outi Lindqvist", None),
     "Yle's 'Image:' label; a picture agency of the photo list (no wire) on the agency side"),
    ("Image: Lehtikuva / Outi Lindqvist", ("Outi Lindqvist", None), "...the picture agency first"),
    ("Govva: Biret Risten Somby / Ávvir", ("Biret Risten Somby", None),
     "a labelled credit, the outlet of one word the agency list leaves out after the slash"),
    ("Photo: Harbour Board / Handout", (None, None), "a body's name and a handout word: no person"),
    ("Φωτογραφία αρχείου: PHOTOKINISIS / Νίκος Αλεξίου", ("Νίκος Αλεξίου", None),
     "a picture agency's name in capitals longer than ten letters, before the slash"),
    ("Fotografia: Domingos Tchipa", ("Domingos Tchipa", None), "ANGOP's Portuguese label over the story"),
    ("Fotografía: Lucía Paredes/EFE", ("Lucía Paredes", "EFE"), "...the Spanish one, with the agency"),
    ("Image: Supplied", (None, None), "a label and one word: no person"),
    ("Foto: ČTK/Tereza Malá - Nová lávka přes Vltavu v Troji, duben 2006.", ("Tereza Malá", "CTK"),
     "ČTK's credit opening its caption, the agency first, the caption after a spaced dash"),
    ("Φωτογραφία: ΑΠΕ-ΜΠΕ/Γιώργος Λιάπης — Το νέο λιμάνι της Πάτρας.", ("Γιώργος Λιάπης", "ANA-MPA"),
     "...the Greek label, an em dash before the caption"),
    ("RITA GOUVEIA/LUSA - Turistas no miradouro de Santa Luzia, em Lisboa, 3 de junho de 2015.",
     ("Rita Gouveia", "Lusa"), "Lusa's unlabelled credit opening the caption, the name in capitals"),
    ("Rita Gouveia/Lusa - a visita decorreu sem incidentes.", (None, None),
     "...a name in mixed case there is no credit"),
    ("Lisboa/Porto - Os comboios voltam a circular amanhã.", (None, None), "...nor two places and a slash"),
    ("© ТАСС / Павел Смирнов", ("Павел Смирнов", "TASS"), "a copyright mark, the agency first, then the photographer"),
    ("Foto: Lucía Paredes (Télam)", ("Lucía Paredes", "Télam"), "a label, the name and a known agency in brackets"),
    ("Foto: Plaza Mayor (archivo)", (None, None), "...a bracket that names no agency credits no one"),
    ("Foto: picture alliance / Katrin Vogt", ("Katrin Vogt", None), "dpa's picture agency before the photographer"),
    ("Az új híd átadása Szegeden 2015. május 4-én. MTI Fotó: Kovács Zsófia", ("Kovács Zsófia", "MTI"),
     "MTI's label after its name, closing the caption after its last sentence"),
    ("Crews repair the pier on Monday. Photo: Dana Whitlow", ("Dana Whitlow", None),
     "a label and a name closing a caption after its last sentence"),
    ("The minister said the talks had failed. Photo: Supplied", (None, None),
     "...a label before one word names no one"),
    ("Harbour News Photo: Dana Whitlow", (None, None), "...words before the label that name no agency are no credit"),
    ("Photo: سمير الحداد", ("سمير الحداد", None), "a label and a name in a script without capitals"),
    ("(Photo: Dana Whitlow)", ("Dana Whitlow", None), "a labelled credit in brackets on a line of its own"),
    ("(Photo: the harbour board)", (None, None), "...a bracket naming no person credits no one"),
    ("Boats moored at the ghat in Varanasi on Friday. (PTI Photo/Ravi Shankar)", ("Ravi Shankar", "PTI"),
     "a South Asian wire's picture credit closing its caption, as AP's does"),
    ("Vendors wait for buyers in Karachi. (APP Photo/Imran Qadri)", ("Imran Qadri", None),
     "...Pakistan's wire's too (its short name, a word as well, is read as no agency there)"),
    ("Ferries queue at the slipway in Oban. Photograph: Morag Lindsay/West Coast Herald", ("Morag Lindsay", None),
     "a British paper's 'Photograph:' credit, the name before the paper no list names"),
    ("A photograph: the old slipway/harbour at dusk", (None, None),
     "...a caption's own 'photograph' and slash name no one"),
    ("Traders unload sacks at the mandi. File | Photo Credit: M. Periasamy", ("M. Periasamy", None),
     "an Indian page's caption, a bar, then its labelled credit"),
    ("The new school block in Madurai. | Photo Credit: Special Arrangement", (None, None),
     "...a picture the paper was handed credits no one"),
    ("Boats at Sauraha on the Rapti. तस्बिर : गीता थापा/रासस", ("गीता थापा", "RSS"),
     "Nepali 'picture' with its spaced colon, the name and the agency after a slash"),
]


@_rows(PHOTO_CREDITS)
def test_photo_credits(text, expected, why):
    assert fields.photo_credit(text) == expected


# (lead, agencies, why): an agency's own opening formula
LEAD_FORMULAS = [
    ("به گزارش خبرگزاری تسنیم از تبریز، شهردار از افتتاح پل جدید خبر داد.", ["Tasnim"],
     "Persian: 'as the Tasnim news agency reports from Tabriz'"),
    ("به گزارش خبرنگار ایرنا، قیمت نان ثابت ماند.", ["IRNA"], "Persian: 'as IRNA's reporter reports'"),
    ("ذكرت وكالة الأنباء السعودية أن الوزارة افتتحت مستشفى جديدا.", ["SPA"],
     "Arabic: 'the Saudi Press Agency reported'"),
    ("به گزارش شهرداری، قیمت نان ثابت ماند.", [], "a body that is no agency"),
]


@_rows(LEAD_FORMULAS)
def test_opening_formulas(text, expected, why):
    assert _lead_agencies(text) == expected


# (author field, (reporters, agencies), why): a page's author field with its label
AUTHOR_FIELDS = [
    ("Autor Hina", ([], ["HINA"]), "a label, then an agency's short name that is also a word"),
    ("Autor: Lena Marić", (["Lena Marić"], []), "a label, then a person"),
    ("Penulis Wulan Sari", (["Wulan Sari"], []), "an Indonesian label"),
    ("Hina", (["Hina"], []), "the short name alone, not in capitals: a given name too"),
    ("Lena Marić; HRT", (["Lena Marić"], []), "an outlet's initials after the reporter: no one's name"),
    ("Haber Merkezi", ([], []), "a Turkish newsroom's credit ('news centre'): no one's name"),
    ("Ekonomi Masası", ([], []), "a Turkish desk's credit ('business desk')"),
    ("Elif Haber", (["Elif Haber"], []), "'Haber' as a surname is still a person's"),
    ("Sumber ANTARA", ([], ["Antara"]), "a source label (its colon lost by the extractor) names the source, no person"),
    ("Źródło: Ewa Roe", ([], []), "...a person after a source label is a source, no writer"),
    ("Mai Lan-Quốc Hưng TTXVN", (["Mai Lan", "Quốc Hưng"], ["VNA"]),
     "VNA's two writers joined by a bare hyphen, the agency after them"),
    ("NTB-Reuters", ([], ["NTB", "Reuters"]), "a Nordic paper's credit of two agencies joined by a hyphen: no one's name"),
    ("Ritzau-AFP", ([], ["Ritzau", "AFP"]), "...a Danish one"),
    ("dpa-AFX", ([], ["dpa-AFX"]), "an agency whose own name holds a hyphen stays one agency"),
    ("Anna-Karin Lund", (["Anna-Karin Lund"], []), "a hyphened given name is a person's"),
    ("ዘጋቢ፡- ዮሐንስ በቀለ", (["ዮሐንስ በቀለ"], []), "an Amharic 'reporter' label closed by the word colon and a dash"),
    ("Mwandishi Wetu", ([], []), "Swahili 'our writer' in an author field: no one's name"),
    ("Notre correspondant", ([], []), "...and French 'our correspondent'"),
    ("Rangi Paewai, Kairīpoata", (["Rangi Paewai"], []), "a Maori author field: the name, then 'reporter' after a comma"),
    ("Rangi Paewai, Kairipoata", (["Rangi Paewai"], []), "...spelled without the macron"),
    ("撰文：周嘉敏 攝影：何志強", (["周嘉敏"], []),
     "a Hong Kong site's byline bar of two labelled roles: the writer's name, the photographer's no writer's"),
    ("报道：吴凯文", (["吴凯文"], []), "a Chinese 'reported by' label with a full-width colon"),
    ("吴凯文 报道", (["吴凯文"], []), "...after the name, as Singapore and Malaysian Chinese papers sign"),
    ("吴凯文、邓佩仪報導", (["吴凯文", "邓佩仪"], []), "...two names, traditional characters, no space"),
    ("记者 田启明 罗晓薇", (["田启明", "罗晓薇"], []), "the role word of a Xinhua bracket, no bracket: two names"),
    ("攝影：何志強", ([], []), "a photographer's credit alone in the author field: no writer"),
]


@_rows(AUTHOR_FIELDS)
def test_author_field_labels(text, expected, why):
    assert split_authors([text]) == expected


# (story, cities, why): a bare city in capitals above the copy, once the agency is known
BARE_DATELINES = [
    ("Ferry pier reopens\n\nANKARA\n\nThe pier reopened on Monday after a year of repairs, the "
     "port authority said.\n\n- AFP\n", ["Ankara"], "the copy's first line"),
    ("Ferry pier reopens\n\nRepairs took a year, says port authority\n\nANKARA\n\nThe pier reopened "
     "on Monday after a year of repairs, the port authority said.\n\n- AFP\n", ["Ankara"],
     "under a standfirst left above the copy"),
    ("Ferry pier reopens\n\nThe pier reopened on Monday after a year of repairs, the port "
     "authority said, and ferries to the islands will call there again from next week.\n\nANKARA\n\n"
     "More later.\n\n- AFP\n", [], "after the first paragraph: a city alone there is no dateline"),
    ("Ferry pier reopens\n\nANKARA\n\nThe pier reopened on Monday after a year of repairs, the "
     "port authority said.\n", [], "no agency known: a word in capitals may be a kicker"),
]


@_rows(BARE_DATELINES)
def test_bare_datelines(text, expected, why):
    assert parse_text(text).cities == expected


SITE_STORY = ("Le port de Dakar rouvre\n\n{byline}\n\nLe port a rouvert ses quais jeudi après deux mois "
              "de travaux, a annoncé la direction.\n")
# (byline, (format meta, reporters), why): a byline naming the site its page's markup names
SITE_BYLINES = [
    ("Par Sahel Hebdo (avec AFP)", ({"source": "Sahel Hebdo"}, []),
     "the site's own name as the byline, the agency beside it: no reporter"),
    ("Par Awa Diop (avec AFP)", ({"source": "Sahel Hebdo"}, ["Awa Diop"]), "...a person's byline on the same site"),
    ("Par Awa Diop", ({"source": "Awa Diop", "reporters": ["Awa Diop"]}, ["Awa Diop"]),
     "...a one-writer site whose markup names the same person as the author"),
]


@_rows(SITE_BYLINES)
def test_the_site_signs_for_no_person(text, expected, why):
    from indexer.formats.base import Document
    from indexer.pipeline import build_story
    meta, reporters = expected
    story = build_story(Document("-", "site:" + text, SITE_STORY.format(byline=text), dict(meta)))
    assert story.reporters == reporters


# (caption element's text, photographer, why): the closing credit of a page's <figcaption>
CAPTION_ELEMENTS = [
    ("Tartu's town hall at night. Source: Jo Roe/ERR", "Jo Roe",
     "ERR's caption: the credit labelled as the picture's source, its agency's short name after the slash"),
    ("Tartu's town hall at night. (Source: Jo Roe/ERR)", "Jo Roe", "...in brackets"),
    ("Prices over the year. Source: Statistics Estonia/ERR", None, "a chart's source: a body, no photographer"),
    ("A harbour view. Source: Jo Roe/Nowhere", None, "...no agency on the other side"),
    ("Dancers on the square in Bayonne, yesterday. Argazkia: Peio Etxeberri Sarasola / Gaua", "Peio Etxeberri Sarasola",
     "a labelled credit closing the caption, the outlet of one word after the slash"),
    ("Reindeer crossing the road near Kautokeino. Photo: Inga Marja Hætta / Nordlys", "Inga Marja Hætta",
     "...the English label, a paper's one-word name"),
    ("A quiet street in Bayonne. Photo: Peio / Gaua", None, "one word on both sides is no person's credit"),
]


@_rows(CAPTION_ELEMENTS)
def test_caption_element_credits(text, expected, why):
    from indexer.formats.html import caption_photographer
    assert caption_photographer(text) == expected


# (story, {field: value}, why): a writer's name in the shapes agencies sign with: a byline
# framed by dashes over the copy, the family name in capitals, a colleague's closing "with"
# line, two writers joined by a bare hyphen, a name of four words in a closing bracket
SIGNATURE_SHAPES = [
    ("Şəkidə yeni məktəb binası istifadəyə verilib\n\nŞəki, 4 sentyabr, AZƏRTAC\n\nŞəhərdə 600 şagird "
     "yerlik yeni məktəb binası istifadəyə verilib, tədris ili orada başlayacaq.\n\nBinada idman zalı da var.\n\n"
     "Elvin Məmmədli\nAZƏRTAC-ın bölgə müxbiri\n",
     {"reporters": ["Elvin Məmmədli"], "agencies": ["AzerTAc"]},
     "AzerTac's closing signature: the name, then its correspondent's title naming the agency as the last line"),
    ("Şəkidə yeni məktəb binası istifadəyə verilib\n\nŞəki, 4 sentyabr, AZƏRTAC\n\nŞəhərdə 600 şagird "
     "yerlik yeni məktəb binası istifadəyə verilib, tədris ili orada başlayacaq.\n\nBinada idman zalı da var.\n\n"
     "Elvin Məmmədli\nBakı şəhəri\n",
     {"reporters": []}, "...a name over a line with no correspondent's title is no signature"),
    ("قابس: افتتاح سوق جديدة للأسماك\n\nقابس 3 مارس 2022 (وات) - افتتحت بلدية قابس اليوم سوقا جديدة "
     "للأسماك بطاقة استيعاب تفوق 80 تاجرا.\n\nوتقدر كلفة المشروع بنحو مليوني دينار.\n\n"
     "مراسل وات بقابس: هشام الطرابلسي\n",
     {"reporters": ["هشام الطرابلسي"], "agencies": ["TAP"]},
     "TAP's closing 'correspondent of TAP in (place): Name'"),
    ("قابس: افتتاح سوق جديدة للأسماك\n\nقابس 3 مارس 2022 (وات) - افتتحت بلدية قابس اليوم سوقا جديدة "
     "للأسماك بطاقة استيعاب تفوق 80 تاجرا.\n\nوتقدر كلفة المشروع بنحو مليوني دينار.\n\n"
     "مصدر الصورة: هشام الطرابلسي\n",
     {"reporters": []}, "...another label before the colon names no reporter"),
    ("Kranbauer senkt die Prognose\n\n--- Von Jonas Hellwig, dpa-AFX ---\n\nBREMEN (dpa-AFX) - Der Kranbauer "
     "Nordhub hat seine Jahresziele gesenkt, teilte das Unternehmen am Dienstag mit.\n\nDie Aktie fiel.\n",
     {"reporters": ["Jonas Hellwig"], "agencies": ["dpa-AFX"]},
     "dpa-AFX frames its byline with runs of dashes over the copy, as below it"),
    ("Le port de Sète rouvre\n\npar Marion DUCLOS et Yanis FERRAND\n\nSETE, 4 mars 2011 (AFP) - Le port de "
     "Sète a rouvert lundi après une semaine de grève des dockers, a annoncé la direction.\n\nLe trafic "
     "reprendra mardi.\n\navec Lucie GARNIER à Montpellier\n\nmd-yf/ial\n",
     {"reporters": ["Marion Duclos", "Yanis Ferrand", "Lucie Garnier"]},
     "AFP: family names in capitals recased, and the closing 'avec' line of a colleague and her place"),
    ("Port reopens after strike\n\nby Marion Duclos\n\nSETE, France, March 4, 2011 (AFP) - The port "
     "reopened on Monday after a week-long dockers' strike, its management said.\n\nTraffic resumes on "
     "Tuesday.\n\nwith the harbour master in Sete\n\nmd/ial\n",
     {"reporters": ["Marion Duclos"]},
     "...a closing 'with' line that names no person adds no one"),
    ("Hải Phòng mở tuyến phà mới\n\nTuyến phà mới nối đảo Cát Bà với đất liền sẽ hoạt động từ tháng Sáu, "
     "Sở Giao thông vận tải cho biết.\n\nGiá vé dự kiến là 50.000 đồng một lượt.\n\n"
     "Thu Hà-Quốc Bảo (TTXVN)\n",
     {"reporters": ["Thu Hà", "Quốc Bảo"], "agencies": ["VNA"]},
     "VNA joins its two writers with a bare hyphen in the closing bracket signature"),
    ("Hải Phòng mở tuyến phà mới\n\nTuyến phà mới nối đảo Cát Bà với đất liền sẽ hoạt động từ tháng Sáu, "
     "Sở Giao thông vận tải cho biết.\n\nGiá vé dự kiến là 50.000 đồng một lượt.\n\n"
     "Trần Thị Thu Hà (TTXVN)\n",
     {"reporters": ["Trần Thị Thu Hà"], "agencies": ["VNA"]},
     "a writer's name of four words in the closing bracket signature"),
    ("Mareggiata a Imperia\n\n(ANSA) - IMPERIA, 3 MAR - Il sindaco ha chiesto lo stato di emergenza dopo la "
     "mareggiata della notte.\n\nLa Protezione civile ha prorogato l'allerta fino a domani. (Additional reporting "
     "by Paola Ricci) (ANSA).\n",
     {"reporters": ["Paola Ricci"], "agencies": ["ANSA"]},
     "a credit's bracket closing the last paragraph, the agency's own bracket after it"),
    ("Nattåget till Kiruna blir kvar\n\nLina Sandqvist/TT Oskar Malmberg/TT TT\n\nStockholm (TT) Trafikverket "
     "förlänger avtalet om nattåget till Kiruna med tre år, meddelade myndigheten på tisdagen.\n\nResenärerna "
     "har blivit fler.\n",
     {"reporters": ["Lina Sandqvist", "Oskar Malmberg"], "agencies": ["TT"], "cities": ["Stockholm"]},
     "two writers' name-slash-agency signatures run together, the agency alone after them: no dateline"),
    ("Nowy prom na Zatoce Gdańskiej\n\nOd czerwca na Zatoce Gdańskiej będzie pływał nowy prom pasażerski, "
     "poinformował w środę zarząd portu.\n\nBilety będą kosztować 20 zł.\n\nRejsy potrwają do września.\n\n"
     "Marta Kowalczyk (PAP)\n\nmko/ abr/\n\nCzytaj więcej:\nhttp://www.portal.example.pl/kraj/prom,4411.html\n\n"
     "=====\nPOZOSTAŁE WIADOMOŚCI\n=====\n\n* Upały w całym kraju\n  http://www.portal.example.pl/kraj/upaly,4412.html\n\n"
     "* Nowy rozkład jazdy pociągów\n  http://www.portal.example.pl/kraj/pkp,4413.html\n\n"
     "* Wyniki ligi\n  http://www.portal.example.pl/sport/liga,4414.html\n",
     {"reporters": ["Marta Kowalczyk"], "agencies": ["PAP"]},
     "a newsletter's story signed above its 'read more' label and the digest's other items"),
    ("Huế mở tuyến xe buýt điện\n\nTừ tháng sau, thành phố Huế sẽ đưa vào vận hành tuyến xe buýt điện đầu tiên "
     "chạy dọc sông Hương, Sở Giao thông vận tải cho biết.\n\nGiá vé dự kiến là 8.000 đồng một lượt.\n\n"
     "Tuyến xe có 14 điểm dừng.\n\nLê Thị Minh Châu (TTXVN)\n\nTin liên quan:\n- Huế mở rộng phố đi bộ\n"
     "- Đà Nẵng thêm tuyến buýt ven biển\n- Quảng Trị nâng cấp cảng cá\n\nBình luận (3)\n"
     "Mời quý độc giả để lại ý kiến về bài viết này.\n",
     {"reporters": ["Lê Thị Minh Châu"], "agencies": ["VNA"]},
     "a page's story signed above its related links and comments"),
    ("Nowy prom na Zatoce Gdańskiej\n\nOd czerwca na Zatoce Gdańskiej będzie pływał nowy prom pasażerski, "
     "poinformował w środę zarząd portu.\n\nBilety będą kosztować 20 zł.\n\n"
     "Ministerstwo Infrastruktury i Budownictwa (PAP)\n",
     {"reporters": []},
     "a ministry's name in the closing bracket is no writer"),
]


@_rows(SIGNATURE_SHAPES)
def test_signature_shapes(text, expected, why):
    assert _fields(text, expected) == expected
