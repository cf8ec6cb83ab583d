"""Per-stage table tests for the world's national and regional agencies: their names in the
vocabulary (short, full, in their own language and script), the words for "news agency"
round a name, and the short names that are words too and count only where an agency stands.
(input, expected, why) rows; every story, name and event is invented."""
from __future__ import annotations

from indexer import normalize
from indexer.fields.byline import parse_byline
from tablerows import check_story
from tablerows import rows as _rows

# (name as written, agency, why): a name where only an agency stands (credit=True)
CREDITED_NAMES = [
    ("Agenția Națională de Presă AGERPRES", "Agerpres", "Agerpres's Romanian masthead"),
    ("Agenţia Naţională de Presă AGERPRES", "Agerpres", "...with the cedilla letters many sites still set"),
    ("Agentia Nationala de Presa AGERPRES", "Agerpres", "...and with no accents at all"),
    ("Българска телеграфна агенция", "BTA", "BTA in Bulgarian (already known: unchanged)"),
    ("Беларускае тэлеграфнае агенцтва", "BelTA", "BelTA in Belarusian"),
    ("Белорусское телеграфное агентство", "BelTA", "BelTA in Russian"),
    ("Česká tisková kancelář", "CTK", "CTK in Czech"),
    ("Ceska tiskova kancelar", "CTK", "...without its accents"),
    ("Polska Agencja Prasowa", "PAP", "PAP in Polish"),
    ("Новинска агенција Републике Српске", "SRNA", "SRNA in Serbian Cyrillic"),
    ("Srna", "SRNA", "SRNA's short name in a credit"),
    ("BETA", "Beta", "the Belgrade agency's name in capitals in a credit"),
    ("Медиумска информативна агенција", "MIA", "MIA in Macedonian"),
    ("Українське незалежне інформаційне агентство новин", "UNIAN", "UNIAN in full, in Ukrainian"),
    ("Інформаційне агентство УНІАН", "UNIAN", "UNIAN's initials after 'information agency'"),
    ("ИА REGNUM", "Regnum", "Regnum as its Russian copy signs"),
    ("SPUTNIK", "Sputnik", "Sputnik in capitals in a credit"),
    ("Ховар", "Khovar", "Tajikistan's agency in Tajik"),
    ("Türkmen döwlet habarlar gullugy", "TDH", "Turkmenistan's agency in Turkmen"),
    ("საქინფორმი", "Sakinform", "Georgia's Sakinform in Georgian"),
    ("საქინფორმი სააგენტო", "Sakinform", "...after Georgian's word for 'agency'"),
    ("АМИТ «Ховар»", "Khovar", "Khovar after the initials of its Tajik name, in guillemets"),
    ("Агентии миллии иттилоотии Тоҷикистон", "Khovar", "...and its Tajik name in full"),
    ("«Արմենպրես» լրատվական գործակալություն", "Armenpress", "Armenpress in guillemets, Armenian's 'news agency' after it"),
    ("Монголын үндэсний мэдээллийн агентлаг", "Montsame", "Montsame's Mongolian name"),
    ("ලංකාපුවත", "Lankapuvath", "Sri Lanka's agency in Sinhala"),
    ("லங்காபுவத்", "Lankapuvath", "...and in Tamil"),
    ("ایکنا", "IQNA", "Iran's Quran news agency by its Persian initials"),
    ("خبرگزاری جمهوری اسلامی", "IRNA", "IRNA in full, in Persian"),
    ("خبرگزاری فارس", "Fars", "Fars after the Persian word for 'news agency' (alone, a province)"),
    ("ایلنا", "ILNA", "Iran's labour agency"),
    ("وكالة سبأ للأنباء", "Saba", "Saba between 'agency' and 'for news'"),
    ("سبأ", "Saba", "Saba's Arabic name in a credit"),
    ("وكالة الأنباء العراقية", "INA", "Iraq's agency in Arabic"),
    ("واع", "INA", "INA's Arabic initials in a credit"),
    ("وكالة الأنباء الليبية", "LANA", "Libya's agency in Arabic"),
    ("وكالة تونس افريقيا للانباء", "TAP", "TAP's Arabic name typed without its hamzas"),
    ("وكالة السودان للأنباء", "SUNA", "Sudan's agency in Arabic"),
    ("الوكالة الموريتانية للأنباء", "AMI", "Mauritania's agency in Arabic"),
    ("وكالة الأنباء والمعلومات الفلسطينية", "WAFA", "WAFA in full, in Arabic"),
    ("סוכנות הידיעות רויטרס", "Reuters", "Reuters after Hebrew 'the news agency'"),
    ("Agência de Informação de Moçambique", "AIM", "Mozambique's agency in Portuguese"),
    ("Namibia Press Agency", "NAMPA", "Namibia's agency in full"),
    ("Zimbabwe Inter-Africa News Agency", "New Ziana", "Zimbabwe's agency in full"),
    ("Agence de Presse Sénégalaise", "APS", "Senegal's APS, spelt as Algeria's"),
    ("Agence Nigérienne de Presse", "ANP", "Niger's ANP, spelt as the Dutch agency"),
    ("Agence Congolaise de Presse", "ACP", "the DRC's agency"),
    ("Agence Togolaise de Presse", "ATOP", "Togo's agency"),
    ("Pan-African News Agency", "PANA", "the pan-African agency"),
    ("বাংলাদেশ সংবাদ সংস্থা", "BSS", "BSS in full, in Bengali"),
    ("United News of Bangladesh", "UNB", "Bangladesh's private agency"),
    ("Pakistan Press International", "PPI", "Pakistan's private agency"),
    ("پژواک", "Pajhwok", "Pajhwok in Dari"),
    ("Pertubuhan Berita Nasional Malaysia", "Bernama", "Bernama in full, in Malay"),
    ("LKBN Antara", "Antara", "Antara's corporate initials"),
    ("越南通讯社", "VNA", "VNA in Chinese"),
    ("朝中社", "KCNA", "KCNA in Chinese"),
    ("교도통신", "Kyodo", "Kyodo in Korean"),
    ("Tatoli", "Tatoli", "Timor-Leste's agency"),
    ("Agencia Venezolana de Noticias", "AVN", "Venezuela's agency"),
    ("Agencia Cubana de Noticias", "ACN", "Cuba's ACN, spelt as Catalonia's"),
    ("DyN", "DyN", "Argentina's Diarios y Noticias in mixed case"),
    ("ABr", "Agência Brasil", "Agência Brasil's short credit"),
    ("Caribbean News Agency", "CANA", "the Caribbean's older agency"),
    ("PACNEWS", "PACNEWS", "the Pacific Islands' service"),
    ("the Saba news agency", "Saba", "a short name wrapped in 'the ... news agency'"),
    ("агентство «Казинформ»", "Kazinform", "a name in guillemets after 'agency'"),
    ("la agencia Andina", "Andina", "Spanish 'the agency' before a short name"),
    ("Agenzia Dire", "Dire", "the Italian agency by its masthead"),
    ("Saudi Press Agency", "SPA", "a full name stays found whole, before any unwrapping"),
    ("АКИpress", "AKIpress", "a name mixing Cyrillic capitals and Latin letters, read in Latin"),
    ("أنغوب", "ANGOP", "Angola's agency as Arabic copy spells it"),
    ("وكالة الأنباء الإثيوبية", "ENA", "Ethiopia's agency by its Arabic name"),
    ("وكالة الأنباء النيجيرية", "NAN", "Nigeria's agency by its Arabic name"),
    ("بانابريس", "PANA", "the Pan-African agency's Arabic name"),
    ("National News Bureau of Thailand", "NNT", "Thailand's government agency by its English name"),
    ("สำนักข่าวแห่งชาติ", "NNT", "...and by its Thai name"),
    ("Katolicka Agencja Informacyjna", "KAI", "Poland's Catholic agency by its full name"),
    ("KAI", "KAI", "...and by its initials in capitals"),
    ("KAP", "Kathpress", "Austria's Catholic agency by its datelines' initials"),
    ("Katholische Presseagentur", "Kathpress", "...and by its full German name"),
    ("Servizio Informazione Religiosa", "SIR", "the Italian church service by its full name"),
    ("Agencia Fides", "Agenzia Fides", "the missionary agency in its Spanish edition: one agency"),
    ("Fides", "Agenzia Fides", "...and its bare name in a dateline's bracket"),
    ("Agência ECCLESIA", "Ecclesia", "Portugal's church agency with its word for 'agency'"),
    ("Thomson Reuters Foundation", "Thomson Reuters Foundation", "the foundation's news service, no Reuters copy"),
    ("Fundação Thomson Reuters", "Thomson Reuters Foundation", "...in Portuguese"),
]


@_rows(CREDITED_NAMES)
def test_world_agency_in_a_credit(text, expected, why):
    assert normalize.normalize_agency(text, credit=True) == expected


# (text, None, why): names that are no agency, even where an agency stands
NOT_AGENCY_NAMES = [
    ("news agency", None, "the wrapping alone names none"),
    ("the state news agency", None, "...nor with more of its words"),
    ("Polish Press", None, "no word for 'agency' taken off: no unwrapping"),
    ("Foreign Press Association", None, "'association' is no wrapping word"),
    ("Mehr Nachrichten", None, "German 'more news': a wrapping word is no word for 'agency'"),
    ("the agency's chief", None, "a possessive is no wrapping"),
    ("Kuna news agency", None, "KUNA signs in capitals: 'Kuna' is the Croatian currency even when wrapped"),
    ("Mina", None, "'Mina' is a given name: MINA signs in capitals"),
    ("Nampa", None, "...and 'Nampa' a town in Idaho"),
    ("Sputnik", None, "...and 'Sputnik' the satellite, ending a line of wrapped prose"),
    ("Аpple", None, "a mixed-script word read in Latin names no agency unless the Latin one is"),
    ("Kai", None, "'Kai' is a given name: KAI signs in capitals"),
    ("Sir", None, "...'Sir' a title"),
    ("Kap", None, "...and 'Kap' German for a cape"),
]


@_rows(NOT_AGENCY_NAMES)
def test_world_agency_names_that_are_none(text, expected, why):
    assert normalize.normalize_agency(text, credit=True) is expected


def test_words_before_a_name_unwrap_only_in_a_credit():
    """"Persbureau ANP" outside a credit may end "Algemeen Nederlands Persbureau ANP", whose
    first words would be read as a person's name before the agency's."""
    assert normalize.normalize_agency("Persbureau ANP") is None
    assert normalize.normalize_agency("Persbureau ANP", credit=True) == "ANP"
    assert normalize.normalize_agency("Saba News Agency") == "Saba"


# (sentence, agencies find_agencies reads in it, why): prose stays quiet
PROSE = [
    ("The beta version ships in May.", [], "'beta' is a word: Beta only where an agency stands"),
    ("Mina, Lina and Ina met Ana at the spa.", [], "given names that are agencies' initials in capitals"),
    ("the Queen of Saba and her court", [], "Saba is Sheba's kingdom in prose"),
    ("Il faut dire que la ville a changé.", [], "French 'dire' is no Agenzia Dire"),
    ("A Sputnik launch in 1957", [], "the satellite is no agency in prose"),
    ("Regnum Animalia", [], "Latin 'kingdom' is no agency in prose"),
    ("Tak, to prawda.", [], "Polish 'yes' is no Turkish Cypriot agency"),
    ("Mana Pools and the Bakhtar region", [], "a park and a region"),
    ("The AIM market and ACP rules", [], "a stock market's and a treaty group's initials"),
    ("Nampa, Idaho, votes on its budget", [], "the Idaho town"),
    ("the news agency said", [], "the words for 'news agency' alone"),
    ("Altoona, Pa.", [], "a US state's abbreviation in title case with its dot is no PA"),
    ("Kim Sands, PA.", ["PA"], "...PA in capitals before a full stop still is"),
    ("Tatoli and Pajhwok reported", ["Tatoli", "Pajhwok"], "names that are no words count in prose"),
    ("Source: Namibia Press Agency", ["NAMPA"], "a full name in prose"),
    ("Polska Agencja Prasowa podała", ["PAP"], "PAP's Polish name in a Polish sentence"),
]


@_rows(PROSE)
def test_world_agencies_in_prose(text, expected, why):
    assert normalize.find_agencies(text) == expected


_BODY = ("A new road bridge opened on Monday over the river, linking the two halves of the "
         "town, the mayor told reporters at the ceremony.\n\nThe bridge cost 12 million and "
         "took three years to build, officials said.\n")

# (story, {field: value}, why): a new agency's name in a dateline's bracket, a closing
# credit and a source label
STORIES = [
    ("Bridge opens in Talca\n\nTALCA, 3 jun 2015 (AFP) - " + _BODY + "\npa/rt/jdm\n",
     {"agencies": ["AFP"], "cities": ["Talca"]},
     "AFP's desk initials in lower case, slashed: the first, as short as the others, is no PA"),
    ("Bridge opens in Derby\n\nDERBY, June 3 (PA) - " + _BODY + "\n(PA) jr/kt\n",
     {"agencies": ["PA"], "cities": ["Derby"]}, "...but in brackets it is the agency"),
    ("افتتاح جسر جديد\n\nهوامبو (أنغوب) - افتتح حاكم المقاطعة اليوم الاثنين جسرا جديدا على النهر يربط شطري المدينة.\n",
     {"agencies": ["ANGOP"], "cities": ["هوامبو"]}, "ANGOP's Arabic initials in an Arabic dateline's bracket"),
    ("ስለ ድልድዩ\n\nመቀሌ፡- አዲሱ ድልድይ ሰኞ ዕለት ለትራፊክ ክፍት መሆኑን የከተማው አስተዳደር አስታወቀ።\n\nምንጭ፡- ኢዜአ\n",
     {"agencies": ["ENA"], "cities": ["መቀሌ"]},
     "an Ethiopian paper's dateline closed by the word colon and a dash; its 'source' line names ENA"),
    ("ስለ ድልድዩ\n\nዘጋቢ፡- ዮሐንስ በቀለ\n\nመቀሌ፡- አዲሱ ድልድይ ሰኞ ዕለት ለትራፊክ ክፍት መሆኑን የከተማው አስተዳደር አስታወቀ።\n",
     {"reporters": ["ዮሐንስ በቀለ"]}, "...and its 'reporter' label closed the same way"),
    ("افتتاح جسر جديد\n\nوهران - افتتح والي الولاية اليوم الاثنين جسرا جديدا على الوادي يربط شطري المدينة.\n\n(وأج)\n",
     {"cities": ["وهران"], "agencies": ["APS"]},
     "an Arabic dateline of a known city and a dash, the agency only at the end: the city"),
    ("افتتاح جسر جديد\n\nالمشروع الجديد - افتتح والي الولاية اليوم الاثنين جسرا جديدا على الوادي.\n",
     {"cities": []}, "...but Arabic words before a dash that name no city are none"),
    ("Bridge opens in Polokwane\n\nPolokwane - " + _BODY + "\n– African News Agency (ANA), Editing by Lerato Dube\n",
     {"agencies": ["ANA"], "editors": ["Lerato Dube"], "cities": ["Polokwane"]},
     "the agency's sign-off after a dash, then the desk's editing credit after a comma"),
    ("Bridge opens in Polokwane\n\nPolokwane - " + _BODY + "\n- Roads Board, Editing by Lerato Dube\n",
     {"agencies": [], "editors": []}, "...a board's name there is no agency's sign-off"),
    ("Bridge opens in Sanaa\n\nSANAA, June 3 (Saba) - " + _BODY,
     {"agencies": ["Saba"], "cities": ["Sanaa"]}, "Saba in title case in a dateline's bracket"),
    ("Bridge opens in Dili\n\nDILI, June 3 (Tatoli) - " + _BODY,
     {"agencies": ["Tatoli"], "cities": ["Dili"]}, "Timor-Leste's agency in a dateline's bracket"),
    ("Bridge opens in Dushanbe\n\nDUSHANBE, June 3 (Khovar) - " + _BODY,
     {"agencies": ["Khovar"], "cities": ["Dushanbe"]}, "Tajikistan's agency in a dateline's bracket"),
    ("Bridge opens in Kabul\n\nKABUL, June 3 (Pajhwok) - " + _BODY,
     {"agencies": ["Pajhwok"], "cities": ["Kabul"]}, "Afghanistan's private agency in a dateline's bracket"),
    ("В Бишкеке открыли мост\n\nБишкек (АКИpress) — Новый мост через реку открыли в четверг, сообщили в мэрии.\n",
     {"agencies": ["AKIpress"], "cities": ["Бишкек"]},
     "AKIpress in Russian copy, its 'AKI' in Cyrillic: the Latin name"),
    ("Buxoroda yangi ko‘prik ochildi\n\nBuxoro, 9 mart (O‘zA). Shahar chekkasidagi daryo ustida "
     "uzunligi ikki yuz metrlik yangi ko‘prik foydalanishga topshirildi.\n\nQurilish ikki yil davom etdi.\n",
     {"agencies": ["UzA"], "cities": ["Buxoro"]}, "UzA's Uzbek Latin short name, its o‘ with a turned comma"),
    ("Buxoroda yangi ko'prik ochildi\n\nBuxoro, 9 mart (O'zA). Shahar chekkasidagi daryo ustida "
     "uzunligi ikki yuz metrlik yangi ko'prik foydalanishga topshirildi.\n\nQurilish ikki yil davom etdi.\n",
     {"agencies": ["UzA"], "cities": ["Buxoro"]}, "...and typed with a plain apostrophe"),
    ("ბათუმში ახალი ხიდი გაიხსნა\n\nბათუმი, 4 მარტი, GHN. ქალაქის ცენტრში მდინარეზე ახალი ხიდი "
     "გაიხსნა, რომლის მშენებლობა ორ წელიწადს გაგრძელდა.\n\nხიდის სიგრძე სამასი მეტრია.\n",
     {"agencies": ["GHN"], "cities": ["ბათუმი"]}, "Georgia's GHN after a Georgian dateline's date"),
    ("DARAJA JIPYA LAFUNGULIWA\n\nMWANZA, Jumanne (SHIHATA) - Daraja jipya la mto limefunguliwa "
     "rasmi leo baada ya ujenzi uliodumu miaka miwili.\n\nWakazi wamefurahia huduma hiyo.\n",
     {"agencies": ["Shihata"], "cities": ["Mwanza"]}, "Tanzania's Shihata in a Swahili dateline's bracket"),
    ("גשר חדש נפתח בחיפה\n\nחיפה (איתים) - גשר חדש מעל הנחל נפתח היום לתנועה לאחר שנתיים של "
     "עבודות.\n\nאורכו של הגשר כמאתיים מטר.\n",
     {"agencies": ["ITIM"], "cities": ["חיפה"]}, "Israel's ITIM by its Hebrew name in a dateline's bracket"),
    ("גשר חדש נפתח בחיפה\n\nבעתים של משבר, אמר ראש העיר, צריך לבנות גשרים חדשים בעיר.\n\n"
     "אורכו של הגשר כמאתיים מטר.\n",
     {"agencies": []}, "ITIM's other spelling is a Hebrew word in prose: no agency"),
    ("GHN :: საინფორმაციო სააგენტო\n04.03.2011 12:10\n\nბათუმში ახალი ხიდი გაიხსნა\n\nბათუმი, 4 მარტი, GHN. "
     "ქალაქის ცენტრში მდინარეზე ახალი ხიდი გაიხსნა.\n\nხიდის სიგრძე სამასი მეტრია.\n",
     {"agencies": ["GHN"], "title": "ბათუმში ახალი ხიდი გაიხსნა"},
     "an agency's masthead, its short name and only Georgian's 'information agency' after '::': no headline"),
    ("Il-port jiftaħ moll ġdid\n\nIl-port fetaħ moll ġdid għall-vapuri tal-passiġġieri llum, qalet "
     "l-awtorità.\n\nIx-xogħol dam sentejn.\n\nSors: AFP\n",
     {"agencies": ["AFP"]}, "Maltese 'source' label under the copy"),
    ("Bridge opens in Warsaw\n\nWARSAW, June 3 (Polish Press Agency) - " + _BODY,
     {"agencies": ["PAP"], "cities": ["Warsaw"]}, "PAP's English name in a dateline's bracket"),
    ("Bridge opens in Belgrade\n\nBELGRADE, June 3 (BETA) - " + _BODY,
     {"agencies": ["Beta"], "cities": ["Belgrade"]}, "Beta, a word, in capitals in a dateline's bracket"),
    ("Bridge opens in Cluj\n\n" + _BODY + "\n(Agenția Națională de Presă AGERPRES)\n",
     {"agencies": ["Agerpres"]}, "Agerpres's masthead in brackets closing the copy"),
    ("Bridge opens in Cluj\n\n" + _BODY + "\n— Agerpres news agency\n",
     {"agencies": ["Agerpres"]}, "a dashed closing credit with 'news agency' after the name"),
    ("Bridge opens in Windhoek\n\n" + _BODY + "\nNamibia Press Agency (NAMPA)\n",
     {"agencies": ["NAMPA"]}, "a full name and its initials closing the copy"),
    ("Bridge opens in Windhoek\n\n" + _BODY + "\nSource: Namibia Press Agency\n",
     {"agencies": ["NAMPA"]}, "a full name after a source label"),
    ("Bridge opens in Sanaa\n\n" + _BODY + "\nSource: Saba news agency\n",
     {"agencies": ["Saba"]}, "a short name that is a word, wrapped, after a source label"),
    ("Мост открыт\n\nНовый мост открыли в понедельник в центре города, сообщил аким на "
     "церемонии открытия.\n\nЕго длина триста метров, строили его три года.\n\n"
     "Источник: агентство «Казинформ»\n",
     {"agencies": ["Kazinform"]}, "a Russian source label, 'agency' and guillemets round the name"),
    ("جسر جديد في صنعاء\n\nافتتح اليوم جسر جديد في المدينة بطول ثلاثمئة متر بعد ثلاث سنوات "
     "من العمل.\n\nوقال المسؤولون إن الجسر سيخفف الزحام في وسط المدينة.\n\n"
     "المصدر: وكالة سبأ للأنباء\n",
     {"agencies": ["Saba"]}, "an Arabic source label, Saba between 'agency' and 'for news'"),
    ("Most otwarty\n\nNowy most otwarto w poniedziałek nad rzeką, łącząc dwie części miasta, "
     "poinformował burmistrz.\n\nBudowa trwała trzy lata.\n\nŹródło: Polska Agencja Prasowa\n",
     {"agencies": ["PAP"]}, "PAP's Polish name after a Polish source label"),
    ("Bridge opens in Lusaka\n\nLUSAKA, June 3 - " + _BODY + "\nZANIS\n",
     {"agencies": ["ZANIS"], "cities": ["Lusaka"]}, "ZANIS alone in capitals closing the copy"),
    ("TRADE GAP IS A CHALLENGE\n    DALLAS, March 4 - The central bank chief said the trade\n"
     "gap was a challenge to match the Soviet launch of\nSputnik.\n    \"We have to answer it as "
     "we did then,\" he told a meeting of\nbankers in the city on Wednesday.\n",
     {"agencies": ["Reuters"]}, "the satellite's name alone on a wrapped line of prose is no agency "
     "(Reuters: the 1987 archive's layout)"),
    ("Grain barges held at Riga\n\nRIGA APRIL 9 TASS -- BY TASS CORRESPONDENT BORIS LEVCHUK:\n\n"
     "TWELVE BARGES OF GRAIN WAITED AT THE PORT FOR A SECOND DAY AS DOCKERS REPAIRED TWO CRANES.\n",
     {"agencies": ["TASS"], "cities": ["Riga"], "reporters": ["Boris Levchuk"]},
     "a teletype dateline whose lede is the correspondent's byline up to a colon"),
    ("Grain barges held at Riga\n\nRIGA APRIL 9 TASS -- THE PORT AUTHORITY SAID TODAY:\n\n"
     "TWELVE BARGES OF GRAIN WAITED AT THE PORT FOR A SECOND DAY AS DOCKERS REPAIRED TWO CRANES.\n",
     {"agencies": ["TASS"], "cities": ["Riga"], "reporters": []},
     "...a lede up to a colon without a byline's opener names no one"),
    ("ANR - Agentura da Novitads Rumantscha\nGievgia, ils 14 da november 2024, 16:20\n\n"
     "La punt nova a Tusaun vegn averta\n\nTusaun (ANR) La vischnanca ha avert gievgia la punt nova sur il "
     "Rain. Tenor il president ha la lavur durà dapli ch'in onn, ma ils custs èn stads pli bass che quai "
     "ch'ins aveva quintà.\n\nANR/ab\n",
     {"agencies": ["ANR"], "cities": ["Tusaun"], "published": "2024-11-14T16:20:00", "language": "rm"},
     "the Romansh agency's dateline bracket and its date line in Romansh months"),
    ("La punt nova a Tusaun vegn averta\n\nAutura: Men Tscharner\n\nTusaun – La vischnanca ha avert "
     "gievgia la punt nova sur il Rain. Tenor il president ha la lavur durà dapli ch'in onn, ma ils custs "
     "èn stads pli bass che quai ch'ins aveva quintà.\n\nFuntauna: ANR\n",
     {"agencies": ["ANR"], "reporters": ["Men Tscharner"]},
     "Romansh 'author' (f.) over the copy and 'source' under it"),
    ("สำนักข่าวแห่งชาติ (NNT) กรมประชาสัมพันธ์\n\nท่าเรือแหลมฉบังเปิดท่าเทียบเรือใหม่\n\nวันที่ 28 ธ.ค. 2565\n\n"
     "ท่าเรือแหลมฉบังเปิดท่าเทียบเรือแห่งใหม่เมื่อวันอังคาร เพื่อรองรับเรือสินค้าขนาดใหญ่ที่เพิ่มขึ้นในปีนี้\n",
     {"agencies": ["NNT"], "title": "ท่าเรือแหลมฉบังเปิดท่าเทียบเรือใหม่"},
     "an agency's masthead of its name, its initials in brackets and its parent body credits the agency"),
    ("A weekend at the spa\n\nMina and Lina spent the weekend at the spa with Ina, who said "
     "the beta version of her app would ship soon.\n\nThey plan to return in the autumn, "
     "when the Queen of Saba exhibition opens.\n",
     {"agencies": []}, "names and words that are agencies' short names, in prose, are none"),
    ("KONYA SEKER FABRIKASI KAPASITE ARTIRIYOR\n\nKONYA (A.A) - 4.11.1983 - KONYA SEKER FABRIKASINA "
     "EKLENECEK YENI UNITE ILE GUNLUK PANCAR ISLEME KAPASITESI IKI KATINA CIKACAK.\n",
     {"agencies": ["Anadolu"], "cities": ["Konya"]},
     "Anadolu's dotted teletype bracket in an old Turkish dateline"),
    ("Poems for children\n\nThe collection, edited by A.A. Whitcombe, sold well in the "
     "autumn and a second printing is planned.\n",
     {"agencies": []}, "...while a person's dotted initials in prose name no agency"),
    ("Parafie otwierają świetlice\n\nLublin (KAI) Kilkanaście parafii w mieście uruchomiło w tym "
     "tygodniu świetlice dla dzieci z rodzin w trudnej sytuacji.\n\nZajęcia prowadzą wolontariusze.\n",
     {"agencies": ["KAI"], "cities": ["Lublin"]},
     "the Polish church agency's bracket after the place, no dash before the sentence"),
    ("Pfarren öffnen Wärmestuben\n\nGraz, 12.01.09 (KAP) Mehrere Pfarren der Stadt öffnen ab Montag "
     "ihre Räume für Menschen ohne warme Unterkunft.\n\n(ende) ab/cd\n",
     {"agencies": ["Kathpress"], "cities": ["Graz"]},
     "the Austrian church agency's initials after a dotted date: its canonical name"),
    ("Sempre più giovani in pellegrinaggio\n\nLoreto, 3 settembre 2012 (Fides) - Il santuario ha "
     "accolto quest'estate un numero di giovani mai visto prima.\n",
     {"agencies": ["Agenzia Fides"], "cities": ["Loreto"]},
     "the missionary agency's bare name, a Latin word, where a dated dateline's agency stands"),
    ("Barcos solidários chegam ao porto\n\nAveiro, 7 jun 2011 (Ecclesia) – Três barcos com bens doados "
     "pelas paróquias chegaram hoje ao porto.\n",
     {"agencies": ["Ecclesia"], "cities": ["Aveiro"]},
     "Portugal's church agency in title case in a dated dateline's bracket"),
    ("Glocken läuten zum Gedenken\n\nVon Jonas Ferner\n\nDie Glocken der Stadtkirche. Foto: epd-bild/Maren Kolb\n\n"
     "Kassel (epd) - Die Gemeinden der Stadt läuten am Sonntag zum Gedenken an die Opfer der Flut die Glocken.\n",
     {"agencies": ["epd"], "photographers": ["Maren Kolb"]},
     "the Protestant agency's photo service before the photographer's name, as 'AP Photo' is AP's"),
    ("Torwart fällt für das Derby aus\n\nDer Schlussmann beim Training am Mittwoch. Foto: SID-IMAGES/Ulf Harms\n\n"
     "Gelsenkirchen (SID) - Der Stammtorwart des Revierklubs fehlt am Samstag im Derby wegen einer Zerrung im "
     "Oberschenkel, teilte der Verein mit.\n",
     {"agencies": ["SID"], "photographers": ["Ulf Harms"]},
     "the sports agency's photo service before the photographer's name under a picture"),
    ("Fishers map their own coastline\n\nMOMBASA, May 9 (Thomson Reuters Foundation) - A group of "
     "fishers has begun charting the reefs the county plans to open to dredging.\n",
     {"agencies": ["Thomson Reuters Foundation"], "cities": ["Mombasa"]},
     "the foundation's news service signs its own datelines: no Reuters copy"),
]


@_rows(STORIES)
def test_world_agencies_in_stories(text, expected, why):
    check_story(text, expected)


# (byline, (names, agencies), why): an agency's short name over or beside its full name
BYLINES = [
    ("Andina - Agencia Peruana de Noticias", ([], ["Andina"]), "a masthead: the short name is no person"),
    ("Saba - Yemen News Agency", ([], ["Saba"]), "...and the same for Yemen's agency"),
    ("Jo Roe - Yemen News Agency", (["Jo Roe"], ["Saba"]), "a person before the full name stays one"),
    ("Algemeen Nederlands Persbureau ANP", None, "the Dutch agency's name and initials: no byline"),
    ("Por Rodrigo Almada. Corresponsal en Tucumán", (["Rodrigo Almada"], []),
     "a full stop between the name and the role: the name stays the reporter's"),
    ("By TASS correspondent Pyotr Markelov", (["Pyotr Markelov"], ["TASS"]),
     "the agency and its role, then the correspondent's name: the name is the reporter's"),
    ("BY AP CORRESPONDENT DORA FELDMAN", (["Dora Feldman"], ["AP"]), "...the same in teletype capitals"),
    ("By Reuters correspondent in Vienna", ([], ["Reuters"]), "...a place after the role is no name"),
    ("By Kyodo Staff Writer", ([], ["Kyodo"]), "...an agency's role with nothing after it names no one"),
]


@_rows(BYLINES)
def test_agency_name_bylines(text, expected, why):
    assert parse_byline(text) == expected


RECORD_STORY = ("Mediearkivet – Artikel\n\nKälla: TT\nDatum: 2001-05-14\nSektion: Inrikes\nOrd: 120\n\n"
                "Nytt bibliotek öppnar i Umeå\n\nUMEÅ (TT) Ett nytt stadsbibliotek öppnar i Umeå i höst, "
                "meddelade kommunen på måndagen.\n\nBiblioteket får plats för 200 000 böcker.\n")


def test_record_headline_under_a_source_field_read_as_furniture():
    """An archive's record whose first field, the source, names an agency the head reads: the
    headline is still the one under the fields, not the archive's name above them."""
    check_story(RECORD_STORY, {"title": "Nytt bibliotek öppnar i Umeå", "agencies": ["TT"]})


_US_BODY = ("Crews worked through the night to repair a water main that burst under a busy "
            "intersection, flooding two shops and closing the road until morning.\n\n"
            "A utility spokeswoman said service would be restored to about 400 homes by noon.\n")

# (story, {field: value}, why): English-language regional, nonprofit and syndication
# services in their credit lines, and their initials beside the name they spell out
US_SERVICES = [
    ("Water main floods downtown corner\n\nPASADENA (CNS) - " + _US_BODY + "\n-- City News Service\n",
     {"agencies": ["City News Service"]},
     "a dateline's initials and the closing sign-off in full: one agency, by its full name"),
    ("Water main floods downtown corner\n\nBy Dana Whitlow\n\n" + _US_BODY
     + "\nCopyright (c) 2020 Bay City News, Inc. All rights reserved.\n",
     {"agencies": ["Bay City News"], "reporters": ["Dana Whitlow"]},
     "a regional wire's copyright line under the copy"),
    ("Water main floods downtown corner\n\nBy Dana Whitlow, Local Democracy Reporting Service\n\n" + _US_BODY,
     {"agencies": ["Local Democracy Reporting Service"], "reporters": ["Dana Whitlow"]},
     "the BBC-funded service after the reporter's name in a byline"),
    ("Water main floods downtown corner\n\nBy Dana Whitlow, CalMatters\n\n" + _US_BODY
     + "\nThis article was originally published by CalMatters and is republished under a "
       "Creative Commons license.\n",
     {"agencies": ["CalMatters"], "reporters": ["Dana Whitlow"]},
     "a nonprofit's name after a byline is its agency, not a second reporter"),
    ("Water main floods downtown corner\n\nBy Dana Whitlow\n\n" + _US_BODY
     + "\n(c)2019 Tribune Content Agency, LLC.\nDistributed by Tribune Content Agency, LLC.\n",
     {"agencies": ["Tribune Content Agency"]},
     "a syndicate's distribution line"),
    ("Tribune News Service\nOPINION\n\nWater main floods downtown corner\n\nBy Dana Whitlow\n\n" + _US_BODY,
     {"agencies": ["Tribune News Service"], "title": "Water main floods downtown corner"},
     "a service's name ending 'News Service' over the headline is its agency, no desk's credit"),
    ("Water main floods downtown corner\n\nBy Dana Whitlow, Local Democracy Reporter\n\n" + _US_BODY,
     {"agencies": ["Local Democracy Reporting Service"], "reporters": ["Dana Whitlow"]},
     "the service's reporters' title in a byline credits the service"),
    ("Water main floods downtown corner\n\nBy Dana Whitlow\n\n" + _US_BODY
     + "\n(c) 1994, The Dayton Courier.\nDistributed by Knight-Ridder/Tribune Information Services.\n",
     {"agencies": ["Knight-Ridder/Tribune Information Services"]},
     "the syndicate's 'Distributed by' line under a member paper's copyright"),
    ("Water main floods downtown corner\n\nBy Dana Whitlow\n\n" + _US_BODY
     + "\nDistributed by the Regional Press Syndicate.\n",
     {"agencies": []},
     "a distributor that is no known agency names none"),
    ("Water main floods downtown corner\n\nBy Dana Whitlow\nSAN RAFAEL (BCN)\n\n" + _US_BODY,
     {"agencies": ["Bay City News"], "cities": ["San Rafael"]},
     "Bay City News' dateline alone on its line, its initials in the bracket"),
    ("Water main floods downtown corner\n\nBy Dana Whitlow\n\n" + _US_BODY
     + "\nThis story was originally published by the Prairie Ledger, part of States Newsroom, and is "
       "republished here under a Creative Commons license.\n",
     {"agencies": ["States Newsroom"]},
     "a republishing note naming an outlet and the network it is part of: the network's credit"),
    ("Water main floods downtown corner\n\nNEW ORLEANS (RNS) - " + _US_BODY,
     {"agencies": ["RNS"]},
     "initials no other agency's full name in the story spells: kept as written"),
]


@_rows(US_SERVICES)
def test_us_regional_services(text, expected, why):
    check_story(text, expected)


def test_initials_not_in_the_vocabulary():
    """"CNS" is three agencies' initials: none of them is its alias, the full name decides."""
    assert normalize.normalize_agency("CNS", credit=True) is None
    assert normalize.normalize_agency("City News Service") == "City News Service"
    assert normalize.normalize_agency("Catholic News Service") == "CNS"
