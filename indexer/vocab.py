"""Word lists the parse stages match against: data only, no logic.

Each list holds the forms real copy uses, grouped by what they mark. Add a language by
adding its words here; the regexes in fields/ and clean.py are built from these lists.
"""

# Canonical agency names, keyed by the casefolded forms copy writes them in.
AGENCY_ALIASES = {
    "reuters": "Reuters", "reuter": "Reuters", "thomson reuters": "Reuters",
    "reuters breakingviews": "Reuters", "ifr": "Reuters",
    # Reuters as South Asian copy spells it: Sinhala, Bengali, Hindi, Tamil, Malayalam
    "රොයිටර්": "Reuters", "রয়টার্স": "Reuters", "रॉयटर्स": "Reuters", "ராய்ட்டர்ஸ்": "Reuters",
    "റോയിട്ടേഴ്സ്": "Reuters",
    "ap": "AP", "associated press": "AP", "the associated press": "AP", "ap photo": "AP",
    "afp": "AFP", "agence france-presse": "AFP", "agence france presse": "AFP",
    "france-presse": "AFP", "france presse": "AFP", "afp photo": "AFP",
    "dpa": "dpa", "deutsche presse-agentur": "dpa", "dpa-afx": "dpa-AFX", "dpa-infocom": "dpa",
    "apa": "APA", "austria presse agentur": "APA",
    "bloomberg": "Bloomberg", "bloomberg news": "Bloomberg",
    "xinhua": "Xinhua", "xinhua news agency": "Xinhua",
    "efe": "EFE", "agencia efe": "EFE",
    "ansa": "ANSA", "kyodo": "Kyodo", "kyodo news": "Kyodo",
    "yonhap": "Yonhap", "yonhap news agency": "Yonhap",
    "upi": "UPI", "united press international": "UPI", "u.p.i": "UPI",
    "tass": "TASS", "itar-tass": "TASS", "ria novosti": "RIA Novosti", "interfax": "Interfax",
    "anadolu": "Anadolu", "anadolu agency": "Anadolu", "aa": "Anadolu",
    "pti": "PTI", "ians": "IANS", "aap": "AAP", "cp": "CP", "the canadian press": "CP",
    "europa press": "Europa Press", "kna": "KNA", "epd": "epd", "sda": "SDA",
    # the agency has signed "Keystone-SDA" since the 2018 merger; older copy says "sda"
    "keystone-sda": "Keystone-SDA", "ats": "ATS", "anp": "ANP", "belga": "Belga", "pap": "PAP",
    "ctk": "CTK", "mti": "MTI", "lusa": "Lusa", "agência brasil": "Agência Brasil",
    "ntb": "NTB", "tt": "TT", "ritzau": "Ritzau", "stt": "STT", "jiji": "Jiji",
    # STT's service as Factiva names the source: "STT-Info / Suomen Tietotoimisto"
    "stt-info": "STT",
    "jiji press": "Jiji", "bernama": "Bernama", "antara": "Antara", "pa": "PA",
    "pa media": "PA", "dapd": "dapd", "ddp": "ddp", "dow jones": "Dow Jones",
    # the US financial newswire whose copy opens "(RTTNews) - Acme Corp. (ACME) reported ..."
    "rttnews": "RTTNews",
    "kna/dpa": "dpa", "sid": "SID", "notimex": "Notimex", "anka": "ANKA",
    "xinhuanet": "Xinhua", "wafa": "WAFA", "irna": "IRNA", "kcna": "KCNA",
    "lapresse": "LaPresse", "agi": "AGI", "agenzia italia": "AGI", "adnkronos": "Adnkronos",
    "map": "MAP", "maghreb arabe presse": "MAP", "aps": "APS", "algérie presse service": "APS",
    "čtk": "CTK",
    # the merged agency's French and Italian name, kept as it signs (as "Keystone-SDA")
    "keystone-ats": "Keystone-ATS", "agência lusa": "Lusa", "agencia brasil": "Agência Brasil",
    "press trust of india": "PTI", "indo-asian news service": "IANS",
    "australian associated press": "AAP", "canadian press": "CP",
    "la presse canadienne": "CP", "presse canadienne": "CP", "pa news agency": "PA",
    "anadolu ajansı": "Anadolu", "japan economic newswire": "Kyodo",
    # Anadolu's Arabic service ("الدوحة/ عمر الخطيب/ الأناضول")
    "الأناضول": "Anadolu", "وكالة الأناضول": "Anadolu",
    # Xinhua as Russian copy names it: "ХАРБИН, 19 ноября /Синьхуа/ --"
    "синьхуа": "Xinhua",
    "тасс": "TASS", "итар-тасс": "TASS", "интерфакс": "Interfax", "interfax.ru": "Interfax",
    "риа новости": "RIA Novosti",
    "china news service": "China News Service", "newsis": "Newsis", "news1": "News1",
    # Chinese, Japanese and Korean names, as the agencies' own copy and the papers running
    # it write them ("来源：新华社", "<저작권자(c) 연합뉴스>", "（共同通信記者 ...）").
    "新华社": "Xinhua", "新華社": "Xinhua", "新华网": "Xinhua", "新華網": "Xinhua",
    "新华通讯社": "Xinhua", "新华财经": "Xinhua", "新華財經": "Xinhua",
    "中新经纬": "China News Service", "中新經緯": "China News Service",
    "中新社": "China News Service", "中新网": "China News Service",
    "中国新闻社": "China News Service", "中國新聞社": "China News Service",
    "中国新闻网": "China News Service", "共同通信": "Kyodo", "共同通信社": "Kyodo", "共同社": "Kyodo",
    "時事通信": "Jiji", "時事通信社": "Jiji", "时事社": "Jiji", "연합뉴스": "Yonhap", "韩联社": "Yonhap",
    "聯合ニュース": "Yonhap", "뉴시스": "Newsis", "뉴스1": "News1", "路透社": "Reuters",
    "法新社": "AFP", "美联社": "AP", "德新社": "dpa", "塔斯社": "TASS", "彭博社": "Bloomberg",
    # Portugal's Lusa in Macau's Chinese press ("葡新社", traditional and simplified)
    "葡新社": "Lusa",
}
# Press-release wires, in a dateline's tag: "CHICAGO, May 2, 2024 /PRNewswire/ --", "SAN
# JOSE, Calif.--(BUSINESS WIRE)--". They distribute companies' releases for a fee; as with
# APA's OTS, the wire the copy's own furniture credits is the text's agency, by its canonical
# short name (only there: these names are no agency in running text). A bare "newswire"
# (None) marks the dateline and names no one.
PRESS_RELEASE_WIRES = {
    "prnewswire": "PR Newswire", "pr newswire": "PR Newswire",
    "prnewswire-first call": "PR Newswire", "business wire": "Business Wire",
    "businesswire": "Business Wire", "globe newswire": "GlobeNewswire",
    "globenewswire": "GlobeNewswire", "accesswire": "ACCESSWIRE", "newsfile": "Newsfile",
    "newsfile corp.": "Newsfile", "prweb": "PRWeb", "marketwired": "Marketwired",
    "cnw": "CNW", "canada newswire": "CNW", "einpresswire": "EIN Presswire",
    "ein presswire": "EIN Presswire", "jcn newswire": "JCN Newswire", "newswire": None,
}
# German-language release wires that open a release with their own label, the release's
# kind after a hyphen and the issuer after the colon: "EQS-News: Acme AG / Schlagwort(e):
# Quartalsergebnis", "DGAP-Ad-hoc: Acme AG / Key word(s): Forecast" (DGAP became EQS in 2022).
RELEASE_WIRE_LABELS = {"EQS": "EQS News", "DGAP": "DGAP"}
# National agencies of Asia, Africa, the Middle East, Eastern Europe and Latin America, as
# their own copy and the papers running it credit them: the name, its short form, and the
# short form in the agency's own script ("(TTXVN)", "/أ ش أ/", "شیراز- ایرنا-", "/БТА/",
# "(ΑΠΕ-ΜΠΕ)", "(Танјуг)"). Short forms that are also a common word, a region's or a
# currency's name or another body's initials are in BRACKET_AGENCY_ALIASES below instead.
AGENCY_ALIASES.update({
    "vna": "VNA", "vietnam news agency": "VNA", "ttxvn": "VNA", "thông tấn xã việt nam": "VNA",
    "vietnamplus": "VNA",
    "pna": "PNA", "philippine news agency": "PNA",
    "news agency of nigeria": "NAN",
    # ...and NAN as Hausa papers credit it ("Daga Kamfanin Dillancin Labarai na Najeriya (NAN)",
    # 'from the News Agency of Nigeria')
    "kamfanin dillancin labarai na najeriya": "NAN",
    "middle east news agency": "MENA", "أ ش أ": "MENA", "أ.ش.أ": "MENA", "ا ش ا": "MENA",
    "وكالة أنباء الشرق الأوسط": "MENA",
    "wam": "WAM", "emirates news agency": "WAM", "وام": "WAM", "وكالة أنباء الإمارات": "WAM",
    "saudi press agency": "SPA", "واس": "SPA", "وكالة الأنباء السعودية": "SPA",
    # Morocco's MAP and Algeria's APS by their Arabic full names (their short names, "ومع" and
    # "واج", are in BRACKET_AGENCY_ALIASES: "ومع" is also "and with")
    "وكالة المغرب العربي للأنباء": "MAP", "وكالة الأنباء الجزائرية": "APS",
    # ...and MAP's initials dotted, as Moroccan sites credit it ("هسبريس - و.م.ع"); dotted, no word
    "و.م.ع": "MAP",
    # Xinhua as its Arabic service names it: "الخرطوم 14 مارس 2021 (شينخوا)", "المصدر: شينخوا"
    "شينخوا": "Xinhua", "وكالة أنباء شينخوا": "Xinhua",
    "kuwait news agency": "KUNA", "كونا": "KUNA", "وكالة الأنباء الكويتية": "KUNA",
    "qna": "QNA", "qatar news agency": "QNA", "وكالة الأنباء القطرية": "QNA",
    "islamic republic news agency": "IRNA", "ایرنا": "IRNA", "ايرنا": "IRNA",
    "tasnim news agency": "Tasnim", "tasnim news": "Tasnim", "تسنیم": "Tasnim", "تسنيم": "Tasnim",
    "mehr news agency": "Mehr", "mehr news": "Mehr",
    "iranian students' news agency": "ISNA", "ایسنا": "ISNA", "ايسنا": "ISNA",
    "fars news agency": "Fars", "fars news": "Fars",
    "ukrinform": "Ukrinform", "укрінформ": "Ukrinform", "укринформ": "Ukrinform",
    # Ukrinform's English masthead, one word longer than UNN's name below
    "ukrainian national news agency": "Ukrinform",
    # the genitive of "кореспондент Укрінформу" ('Ukrinform's correspondent')
    "укрінформу": "Ukrinform", "укринформа": "Ukrinform",
    "unian": "UNIAN", "уніан": "UNIAN", "униан": "UNIAN",
    # Interfax-Ukraine, a Kyiv agency of its own (not Interfax's regional desk, whose datelines
    # say "ИНТЕРФАКС-УРАЛ"): "KYIV. Oct 8 (Interfax-Ukraine) –", "КИЇВ. 5 грудня. ІНТЕРФАКС-УКРАЇНА -"
    # (hyphened only: "INTERFAX UKRAINE & BALTIC BUSINESS NEWSWIRE" is Interfax's own newsletter)
    "interfax-ukraine": "Interfax-Ukraine",
    "інтерфакс-україна": "Interfax-Ukraine", "интерфакс-украина": "Interfax-Ukraine",
    "інтерфакс": "Interfax",
    # Ukraine's UNN (Українські Національні Новини), whose pages head a story "Київ • УНН"
    "українські національні новини": "UNN", "ukrainian national news": "UNN",
    "bta": "BTA", "бта": "BTA", "bulgarian news agency": "BTA", "българска телеграфна агенция": "BTA",
    "hrvatska izvještajna novinska agencija": "HINA",
    "tanjug": "Tanjug", "танјуг": "Tanjug", "танюг": "Tanjug",
    "slovenska tiskovna agencija": "STA", "slovenian press agency": "STA",
    "baltic news service": "BNS",
    "err uudised": "ERR", "err news": "ERR", "eesti rahvusringhääling": "ERR",
    "tasr": "TASR", "tlačová agentúra slovenskej republiky": "TASR",
    "magyar távirati iroda": "MTI",
    "agerpres": "Agerpres",
    "ana-mpa": "ANA-MPA", "απε-μπε": "ANA-MPA", "απε": "ANA-MPA",
    "athens-macedonian news agency": "ANA-MPA", "athens news agency": "ANA-MPA",
    # Hong Kong China News Agency (香港中國通訊社), China News Service's Hong Kong sister,
    # under its Latin initials: "來源：香港中通社"
    "hkcna": "HKCNA", "hong kong china news agency": "HKCNA", "中通社": "HKCNA", "香港中通社": "HKCNA",
    "香港中國通訊社": "HKCNA", "香港中国通讯社": "HKCNA",
    "central news agency": "CNA", "中央社": "CNA", "中央通訊社": "CNA", "中央通讯社": "CNA",
    "focus taiwan": "CNA",
    # Guatemala's public agency by its full name, as its pages close a story ("..., informó la
    # Agencia Guatemalteca de Noticias"); "AGN" alone is other agencies' initials too
    "agencia guatemalteca de noticias": "AGN",
    # the Caribbean Media Corporation by its name
    "caribbean media corporation": "CMC",
    "cyprus news agency": "Cyprus News Agency", "κυπε": "Cyprus News Agency",
    "κυπριακό πρακτορείο ειδήσεων": "Cyprus News Agency",
    "télam": "Télam", "telam": "Télam", "agencia télam": "Télam",
    "prensa latina": "Prensa Latina", "agencia prensa latina": "Prensa Latina",
    # Ecuador's public agency (its short name alone is in BRACKET_AGENCY_ALIASES: the Andes
    # are mountains), Argentina's Noticias Argentinas, Spain's Colpisa (Vocento's regional
    # papers: "Name | Colpisa"), Italy's askanews and ANSA's Mediterranean service ANSAmed
    "agencia andes": "Andes", "agencia pública de noticias del ecuador y suramérica": "Andes",
    "noticias argentinas": "Noticias Argentinas", "agencia noticias argentinas": "Noticias Argentinas",
    "colpisa": "Colpisa", "askanews": "Askanews", "ansamed": "ANSA",
    "agencia andina": "Andina", "agencia boliviana de información": "ABI",
    "nzpa": "NZPA", "new zealand press association": "NZPA",
    # the public broadcaster, whose copy New Zealand papers run under "By Name, RNZ"
    "rnz": "RNZ", "radio new zealand": "RNZ",
    "south african press association": "SAPA",
    "african news agency": "ANA",
    "kenya news agency": "Kenya News Agency",
    "gna": "GNA", "ghana news agency": "GNA",
    # IANS and PTI in Hindi copy ("लखनऊ, 11 फरवरी (आईएएनएस)।", "--आईएएनएस")
    "आईएएनएस": "IANS", "पीटीआई": "PTI",
    # ... and ANI, spelt out letter by letter ("नई दिल्ली, एएनआई।"), unlike its Latin initials
    # no given name
    "एएनआई": "ANI",
    # ... and PTI in Tamil copy ("சென்னை, மார்ச் 6 (பிடிஐ)")
    "பிடிஐ": "PTI",
    # ... and in the other Indian scripts, as the regional papers credit it over the copy or
    # in the dateline: Marathi "पीटीआय, पुणे :", Bengali "(পিটিআই)", Telugu "- పీటీఐ",
    # Malayalam "പിടിഐ", Kannada "ಪಿಟಿಐ", Gujarati "સુરત, તા. ૫ (પીટીઆઈ)", Punjabi "ਪੀਟੀਆਈ"
    # (not Urdu's "پی ٹی آئی": Pakistan's party of that name)
    "पीटीआय": "PTI", "পিটিআই": "PTI", "పీటీఐ": "PTI", "പിടിഐ": "PTI", "ಪಿಟಿಐ": "PTI",
    "પીટીઆઈ": "PTI", "ਪੀਟੀਆਈ": "PTI", "ପିଟିଆଇ": "PTI",
    # IANS in the same scripts: Tamil "ஐஏஎன்எஸ்", Bengali "আইএএনএস", Telugu "ఐఏఎన్ఎస్",
    # Marathi as Hindi, Kannada "ಐಎಎನ್‌ಎಸ್", Malayalam "ഐഎഎൻഎസ്", Gujarati "આઈએએનએસ"
    "ஐஏஎன்எஸ்": "IANS", "আইএএনএস": "IANS", "ఐఏఎన్ఎస్": "IANS", "ಐಎಎನ್‌ಎಸ್": "IANS",
    "ಐಎಎನ್ಎಸ್": "IANS", "ഐഎഎൻഎസ്": "IANS", "આઈએએનએસ": "IANS",
    # UNI, spelt out in Hindi and Urdu copy ("नई दिल्ली, 5 मई (यूएनआई)", "نئی دہلی، 5 مئی
    # (یو این آئی)"), and its Hindi service Univarta by its full name
    "यूएनआई": "UNI", "یو این آئی": "UNI", "यूनीवार्ता": "UNI", "यूनिवार्ता": "UNI",
    # Nepal's RSS by its Nepali name and initials ("–रासस" closes its copy)
    "राष्ट्रिय समाचार समिति": "RSS", "राष्ट्रीय समाचार समिति": "RSS", "रासस": "RSS",
    # Southeast Asia's state agencies by their own names and short forms: Cambodia's AKP
    # ("សៀមរាប ២០ មិថុនា (អ.ក.ព) –"), Laos's KPL ("(ຂປລ)" opens its copy), Myanmar's MNA
    # ("(မြန်မာ့သတင်းစဉ်)" closes it)
    "agence kampuchea presse": "AKP", "ទីភ្នាក់ងារសារព័ត៌មានកម្ពុជា": "AKP", "អ.ក.ព": "AKP",
    "អកព": "AKP",
    "kpl lao news agency": "KPL", "lao news agency": "KPL", "khaosan pathet lao": "KPL",
    "ຂປລ": "KPL", "ສຳນັກຂ່າວສານປະເທດລາວ": "KPL",
    "myanmar news agency": "MNA", "မြန်မာ့သတင်းစဉ်": "MNA",
    # Thailand's TNA (Thai News Agency, of the broadcaster MCOT), under its Latin initials:
    # "ที่มา: สำนักข่าวไทย อสมท" ('source: Thai News Agency, MCOT')
    "thai news agency": "TNA", "สำนักข่าวไทย": "TNA", "สำนักข่าวไทย อสมท": "TNA",
    # ... and the government's National News Bureau of Thailand (NNT, of the Public Relations
    # Department), by its English and Thai names ("สำนักข่าวแห่งชาติ"), its initials in brackets
    "national news bureau of thailand": "NNT", "สำนักข่าวแห่งชาติ": "NNT",
    "ethiopian news agency": "ENA",
    # ENA's Amharic initials close its datelines: "ጎንደር፣ መጋቢት 3/2016 (ኢዜአ)፡-"; its full name
    "ኢዜአ": "ENA", "የኢትዮጵያ ዜና አገልግሎት": "ENA",
    # the Gulf agencies by their Arabic full names, as their sites' mastheads write them
    "وكالة أنباء البحرين": "BNA", "bahrain news agency": "BNA",
    "وكالة الأنباء العمانية": "ONA",
    "associated press of pakistan": "APP",
    "bangladesh sangbad sangstha": "BSS",
    "rastriya samachar samiti": "RSS", "rashtriya samachar samiti": "RSS",
    "united news of india": "UNI",
    "jordan news agency": "Petra",
    "syrian arab news agency": "SANA", "سانا": "SANA",
    "national news agency": "NNA",
    "tunis afrique presse": "TAP", "agence tunis afrique presse": "TAP",
    "kazinform": "Kazinform", "казинформ": "Kazinform",
    # ... and by its Kazakh name, Cyrillic and the 2018 Latin alphabet ("ҚОНАЕВ. ҚазАқпарат –",
    # "ASTANA. QAZAQPARAT –")
    "қазақпарат": "Kazinform", "qazaqparat": "Kazinform",
    "trend news agency": "Trend",
    "armenpress": "Armenpress", "арменпресс": "Armenpress", "արմենպրես": "Armenpress",
    # Central Asia's and the Caucasus's state agencies as they sign ("Samarqand, 18-aprel /UzA/.",
    # "Наманган, 7 июнь /ЎзА/.", "Gəncə, 22 fevral, AZƏRTAC", "Tbilisi (Interpressnews)")
    "ўза": "UzA", "o‘zbekiston milliy axborot agentligi": "UzA",
    # ... and UzA's Uzbek Latin short name, with each apostrophe copy writes for the letter
    # "o‘" ("Samarqand, 5 dekabr (O‘zA).", "O'zA", "Oʻz A"); Georgia's GHN (Georgian Hot
    # News: "ქუთაისი, 15 ოქტომბერი, GHN.")
    "o‘za": "UzA", "o'za": "UzA", "oʻza": "UzA", "o’za": "UzA", "o`za": "UzA",
    "o'zbekiston milliy axborot agentligi": "UzA",
    "oʻzbekiston milliy axborot agentligi": "UzA",
    "ghn": "GHN", "georgian hot news": "GHN",
    # Tanzania's state agency, Shihata (Shirika la Habari Tanzania, 1976-2000: "DAR ES
    # SALAAM, Jumatano (SHIHATA) -"), and Israel's ITIM by its Hebrew name ("ירושלים (איתים) -";
    # its other spelling "עתים" is the word 'times': a bracket alias)
    "shihata": "Shihata", "shirika la habari tanzania": "Shihata",
    "itim": "ITIM", "איתים": "ITIM",
    "azertac": "AzerTAc", "azərtac": "AzerTAc", "azertag": "AzerTAc", "азертадж": "AzerTAc",
    "interpressnews": "Interpressnews", "ინტერპრესნიუსი": "Interpressnews",
    "kabar news agency": "Kabar", "kabar national news agency": "Kabar",
    "кабар": "Kabar",
    # ...and its full Kyrgyz name, 'Kyrgyz national information agency', as its masthead sets it
    # after the short one ("КАБАР — Кыргыз улуттук маалымат агенттиги")
    "кыргыз улуттук маалымат агенттиги": "Kabar", "кабар улуттук маалымат агенттиги": "Kabar",
    "belta": "BelTA", "белта": "BelTA",
    "moldpres": "Moldpres",
    "montsame": "Montsame", "монцамэ": "Montsame",
    "korean central news agency": "KCNA", "조선중앙통신": "KCNA",
    "agência nacional": "Agência Brasil",
    "বাসস": "BSS",
    # agencies that sign their own copy: Spain's Servimedia ("MADRID, 14 (SERVIMEDIA)"),
    # Folha's Folhapress, India's ANI ("(ANI):", "ANI |"; its short form is a given name
    # too, so it is in BRACKET_AGENCY_ALIASES)
    "servimedia": "Servimedia",
    "folhapress": "Folhapress",
    "asian news international": "ANI",
    # Reuters as Chinese ("路透北京4月9日"), Japanese ("［東京 ロイター］"), Arabic, Hebrew and
    # Thai copy writes it ("ที่มา: รอยเตอร์", Thai's source line)
    "路透": "Reuters", "ロイター": "Reuters", "رويترز": "Reuters", "רויטרס": "Reuters",
    "รอยเตอร์": "Reuters",
    # Xinhua's Thai service ("ปักกิ่ง, 9 ม.ค. (ซินหัว) --") and AFP as Bengali copy writes it
    # ("খবর এএফপির।", 'AFP reports', its genitive read in the tail)
    "ซินหัว": "Xinhua", "এএফপি": "AFP",
    # ... and Urdu copy ("لندن (رائٹرز) ...", Urdu's own spelling, not Arabic's رويترز)
    "رائٹرز": "Reuters", "روئٹرز": "Reuters",
    # ... and as Russian ("МОСКВА, 5 марта (Рейтер) -") and Bulgarian ("Ройтерс") copy does
    "рейтер": "Reuters", "ройтерс": "Reuters",
    # AFP and AP as Arabic copy names them ("المصدر: رويترز + الفرنسية"); AFP's short form
    # "الفرنسية" ('the French') is a word too, so it is a bracket alias below
    "فرانس برس": "AFP", "وكالة فرانس برس": "AFP", "أ ف ب": "AFP", "أ.ف.ب": "AFP",
    "وكالة الصحافة الفرنسية": "AFP", "أسوشيتد برس": "AP", "وكالة أسوشيتد برس": "AP",
    # PA's name before its 2018 rename, still in bylines: "By Jo Roe, Press Association"
    "press association": "PA", "the press association": "PA",
    # Albania's ATA in its own language: "Agjencia Telegrafike Shqiptare", short "ATSH"
    # ("Vlorë, 6 shkurt /ATSH/"); "ata" alone is a word, so it is a bracket alias below
    "atsh": "ATA", "agjencia telegrafike shqiptare": "ATA", "albanian telegraphic agency": "ATA",
    # APP in Urdu copy: "لاہور۔20فروری (اے پی پی):"; Pakistan's NNI beside it, spelt out
    # letter by letter ("لاہور (اے پی پی، این این آئی)"), its Latin initials a bracket alias
    "اے پی پی": "APP", "این این آئی": "NNI",
    # agencies known by their full names; their initials are bracket aliases below
    "demirören haber ajansı": "DHA", "demiroren haber ajansi": "DHA",
    "agència catalana de notícies": "ACN", "agencia catalana de noticias": "ACN",
    "agence ivoirienne de presse": "AIP",
    # agencies of Latin America, Africa, Central Asia and the Nordics that sign their own copy
    # ("BOGOTÁ (Colprensa) -", "BISHKEK (AKIpress) -", "... (ANGOP)", "Por Jo Roe, Estadão
    # Conteúdo"); their short forms that are words too are bracket aliases below
    "colprensa": "Colprensa", "akipress": "AKIpress", "akipress news agency": "AKIpress",
    "angop": "ANGOP", "agência angola press": "ANGOP", "angola press": "ANGOP",
    "estadão conteúdo": "Estadão Conteúdo", "estadao conteudo": "Estadão Conteúdo",
    # its name before 2013, as its copy of those years signs ("Jo Roe, da Agência Estado")
    "agência estado": "Agência Estado", "agencia estado": "Agência Estado",
    # STT's Swedish service signs "FNB" ("Helsingfors (FNB)"), kept apart as the copy names it
    "finska notisbyrån": "FNB", "suomen tietotoimisto": "STT", "finnish news agency": "STT",
    "oman news agency": "ONA", "ihlas haber ajansı": "İHA", "ihlas haber ajansi": "İHA",
    "croatian news agency": "HINA", "federalna novinska agencija": "Fena",
    # the Algerian agency's English site names itself in English ("Algeria Press Service")
    "algeria press service": "APS", "algerian press service": "APS",
    # Senegal's African Press Agency ("APA-Dakar (Senegal) -"), spelt "APA" as Austria's
    # agency: the two are told apart by nothing the fields keep, so both read "APA"
    "agence de presse africaine": "APA", "african press agency": "APA", "apanews": "APA",
    "خبرگزاری تسنیم": "Tasnim",
    # the commodity price reporters, whose wires carry their own reporters' copy: Platts (S&P
    # Global's, whose pages have headed it "S&P Global Commodity Insights" since 2022) and
    # Argus ("Singapore, 22 March (Argus) —"; "argus" alone is a word, so a bracket alias below)
    "platts": "Platts", "s&p global platts": "Platts", "s&p global commodity insights": "Platts",
    "argus media": "Argus",
    "tazpit press service": "TPS", "tazpit news agency": "TPS",
})

# The world's national and major regional agencies beyond the above, continent by continent,
# from what each is called in its own copy and in the papers running it: the full name in its
# own language and in English, and its name in its own script ("Agenția Națională de Presă
# AGERPRES", "Беларускае тэлеграфнае агенцтва", "وكالة الأنباء اليمنية", "越南通讯社").
# Canonical names are the agency's usual short Latin-script name. Initials two agencies share
# read as one name, as "APA" does above (nothing the fields keep tells them apart): "ANP" is
# the Dutch agency and Niger's Agence Nigérienne de Presse, "APS" Algeria's and Senegal's,
# "ACN" Catalonia's and Cuba's, "ABP" Burundi's and Benin's, "AGP" Guinea's and Gabon's.
# Short forms that are also words, names or other bodies' initials are in
# BRACKET_AGENCY_ALIASES below.
AGENCY_ALIASES.update({
    # -- Europe: the Balkans and Central Europe
    "agenția națională de presă agerpres": "Agerpres", "agenția națională de presă": "Agerpres",
    "romanian national news agency": "Agerpres", "агерпрес": "Agerpres",
    "bulgarian telegraph agency": "BTA", "българската телеграфна агенция": "BTA",
    "czech news agency": "CTK", "česká tisková kancelář": "CTK", "чтк": "CTK",
    "polska agencja prasowa": "PAP", "polish press agency": "PAP",
    "hungarian news agency": "MTI", "news agency of the slovak republic": "TASR",
    "tlačová agentúra sr": "TASR", "slovak news agency": "TASR",
    "tanjug news agency": "Tanjug", "telegrafska agencija nova jugoslavija": "Tanjug",
    # Serbia's private agencies (Beta's name is a word: a bracket alias below) and the
    # Republika Srpska's SRNA by its full name ("Banja Luka, 3. jun /Srna/")
    "fonet": "FoNet", "фонет": "FoNet",
    "novinska agencija republike srpske": "SRNA", "новинска агенција републике српске": "SRNA",
    "kosovapress": "KosovaPress", "kosova press": "KosovaPress",
    "macedonian information agency": "MIA", "медиумска информативна агенција": "MIA",
    "македонска информативна агенција": "MIA", "федерална новинска агенција": "Fena",
    "montenegrin news agency": "MINA",
    # -- the Baltics, Belarus, Ukraine, Moldova
    "lietuvos telegramų agentūra": "ELTA", "lithuanian news agency": "ELTA",
    "belarusian telegraph agency": "BelTA", "белорусское телеграфное агентство": "BelTA",
    "беларускае тэлеграфнае агенцтва": "BelTA",
    "ukrainian independent information agency": "UNIAN",
    "українське незалежне інформаційне агентство новин": "UNIAN",
    "молдпрес": "Moldpres",
    "agenția informațională de stat moldpres": "Moldpres",
    # its full name alone, as its site sets it under the short one ('the State Information Agency')
    "agenția informațională de stat": "Moldpres",
    "infotag": "Infotag", "инфотаг": "Infotag",
    # -- Russia, the Caucasus and Central Asia ("Regnum" is Latin for 'kingdom', "Sputnik" and
    # "Спутник" a satellite, "Арка" an arch, "Ховар" Tajik for 'east': bracket aliases below)
    "регнум": "Regnum", "ia regnum": "Regnum", "иа регнум": "Regnum",
    "rosbalt": "Rosbalt", "росбалт": "Rosbalt",
    "arka news agency": "ARKA",
    "azərbaycan dövlət informasiya agentliyi": "AzerTAc", "azerbaijan state news agency": "AzerTAc",
    "азертаж": "AzerTAc",
    "sakinform": "Sakinform", "საქინფორმი": "Sakinform",
    "national news agency of uzbekistan": "UzA", "national information agency of uzbekistan": "UzA",
    "ўзбекистон миллий ахборот агентлиги": "UzA",
    "национальное информационное агентство узбекистана": "UzA",
    "khovar": "Khovar", "national information agency of tajikistan": "Khovar",
    # the Kazakh Telegraph Agency, Kazakhstan's agency of the Soviet years and after ("Алматы, 12
    # қаңтар (ҚазТАГ).", "АЛМА-АТА, 5 марта (КазТАГ)"), its name revived by a private agency since
    "kaztag": "KazTAG", "казтаг": "KazTAG", "қазтаг": "KazTAG", "kazakh telegraph agency": "KazTAG",
    # ... and by its Tajik name, whose initials АМИТ stand before "«Ховар»" as Russian "ИА" does
    "агентии миллии иттилоотии тоҷикистон": "Khovar",
    # Montsame's Mongolian name ('Mongolian National News Agency')
    "монголын үндэсний мэдээллийн агентлаг": "Montsame",
    "национальное информационное агентство таджикистана": "Khovar",
    "asia-plus": "Asia-Plus", "азия-плюс": "Asia-Plus",
    "türkmen döwlet habarlar gullugy": "TDH", "turkmen state news service": "TDH",
    "turkmenistan state news agency": "TDH",
    "mongolian national news agency": "Montsame",
    # -- Western and Northern Europe
    "ritzaus bureau": "Ritzau",
    # the Nordic agencies' picture services, as a photo credit names them: "Jo Roe/Ritzau Scanpix"
    "ritzau scanpix": "Ritzau", "ntb scanpix": "NTB", "tt scanpix": "TT",
    "norsk telegrambyrå": "NTB", "tt nyhetsbyrån": "TT",
    "tidningarnas telegrambyrå": "TT", "algemeen nederlands persbureau": "ANP",
    "katholische nachrichten-agentur": "KNA", "evangelischer pressedienst": "epd",
    "schweizerische depeschenagentur": "SDA", "agence télégraphique suisse": "ATS",
    # the Romansh agency: "Cuira (ANR)", "ANR/sm"
    "agentura da novitads rumantscha": "ANR",
    "agenzia nazionale stampa associata": "ANSA", "italpress": "Italpress", "agenzia dire": "Dire",
    "agência de notícias de portugal": "Lusa",
    # the Turkish Cypriot agency ("TAK" alone is Polish 'yes': a bracket alias)
    "türk ajansı kıbrıs": "TAK", "türk ajans-kıbrıs": "TAK",
    "αθηναϊκό-μακεδονικό πρακτορείο ειδήσεων": "ANA-MPA", "αθηναϊκό πρακτορείο ειδήσεων": "ANA-MPA",
    "μακεδονικό πρακτορείο ειδήσεων": "ANA-MPA", "anka haber ajansı": "ANKA",
    # -- the Middle East and North Africa
    "خبرگزاری جمهوری اسلامی": "IRNA", "خبرگزاری جمهوری اسلامی ایران": "IRNA",
    "خبرگزاری دانشجویان ایران": "ISNA", "ilna": "ILNA", "ایلنا": "ILNA",
    "iranian labour news agency": "ILNA", "young journalists club": "YJC",
    "باشگاه خبرنگاران جوان": "YJC",
    "saba news agency": "Saba", "yemen news agency": "Saba", "وكالة الأنباء اليمنية": "Saba",
    "iraqi news agency": "INA", "وكالة الأنباء العراقية": "INA",
    "وكالة الأنباء الأردنية": "Petra", "الوكالة العربية السورية للأنباء": "SANA",
    "الوكالة الوطنية للإعلام": "NNA",
    "palestinian news and information agency": "WAFA", "وكالة الأنباء والمعلومات الفلسطينية": "WAFA",
    "libyan news agency": "LANA", "libya news agency": "LANA", "وكالة الأنباء الليبية": "LANA",
    "وكالة تونس إفريقيا للأنباء": "TAP", "sudan news agency": "SUNA", "وكالة السودان للأنباء": "SUNA",
    "agence mauritanienne d'information": "AMI", "الوكالة الموريتانية للأنباء": "AMI",
    "jewish telegraphic agency": "JTA", "jta": "JTA",
    # -- Sub-Saharan Africa
    "agência de informação de moçambique": "AIM", "mozambique news agency": "AIM",
    # ...and as Arabic copy names them: Angola's ANGOP ("لواندا (أنغوب) -", "المصدر: أنغوب",
    # spelt with qaf or ghain), Ethiopia's ENA, Kenya's KNA, Nigeria's NAN, Mozambique's AIM,
    # Senegal's APS, the Pan-African PANA (its short name, "بانا", in BRACKET_AGENCY_ALIASES)
    "أنغوب": "ANGOP", "أنغوپ": "ANGOP", "أنقوب": "ANGOP", "انغوب": "ANGOP", "وكالة الأنباء الأنغولية": "ANGOP",
    "وكالة أنباء أنغولا": "ANGOP",
    "وكالة الأنباء الإثيوبية": "ENA", "وكالة الأنباء الكينية": "Kenya News Agency",
    "وكالة الأنباء النيجيرية": "NAN", "وكالة الأنباء الموزمبيقية": "AIM",
    "وكالة الأنباء السنغالية": "APS", "بانابريس": "PANA",
    "namibia press agency": "NAMPA", "zambia news and information services": "ZANIS",
    "zambia news and information service": "ZANIS",
    "new ziana": "New Ziana", "zimbabwe inter-africa news agency": "New Ziana",
    "malawi news agency": "MANA", "botswana press agency": "BOPA",
    "panapress": "PANA", "pan-african news agency": "PANA", "pan african news agency": "PANA",
    "sanews": "SAnews", "south african government news agency": "SAnews",
    "agence burundaise de presse": "ABP", "agence bénin presse": "ABP",
    "agence congolaise de presse": "ACP", "agence congolaise d'information": "ACI",
    "agence malienne de presse et publicité": "AMAP", "agence d'information du burkina": "AIB",
    "agence nigérienne de presse": "ANP", "agence guinéenne de presse": "AGP",
    "agence gabonaise de presse": "AGP", "agence togolaise de presse": "ATOP",
    "agence tchadienne de presse et d'édition": "ATPE", "agence de presse sénégalaise": "APS",
    "somali national news agency": "SONNA", "liberia news agency": "LINA",
    "sierra leone news agency": "SLENA", "slena": "SLENA",
    "inforpress": "Inforpress", "stp-press": "STP-Press",
    # -- South Asia
    "pakistan press international": "PPI", "united news of bangladesh": "UNB", "ইউএনবি": "UNB",
    "news network international": "NNI",
    "বাংলাদেশ সংবাদ সংস্থা": "BSS", "bakhtar news agency": "Bakhtar",
    "pajhwok": "Pajhwok", "pajhwok afghan news": "Pajhwok", "lankapuvath": "Lankapuvath",
    # Sri Lanka's agency as its Sinhala and Tamil services sign ("කොළඹ, මැයි 4 (ලංකාපුවත) -")
    "lanka puvath": "Lankapuvath", "ලංකාපුවත": "Lankapuvath", "லங்காபுவத்": "Lankapuvath",
    "ශ්‍රී ලංකා ජාතික ප්‍රවෘත්ති ඒජන්සිය": "Lankapuvath",
    # ... and the world's agencies as Sinhala copy spells their initials out ("(පීටීඅයි සහ
    # ඒඑෆ්පී) -", 'PTI and AFP')
    "පීටීඅයි": "PTI", "ඒඑෆ්පී": "AFP", "රොයිටර්": "Reuters",
    # Iran's Quran news agency (IQNA), by its Persian initials as its copy opens ("ایکنا/قم")
    "iqna": "IQNA", "ایکنا": "IQNA", "iran quran news agency": "IQNA",
    "univarta": "UNI",
    # India's multilingual agency Hindusthan Samachar, by its name in Latin and Devanagari (both
    # spellings of "Hindu-"), as its pages and its closing "हिन्दुस्थान समाचार/Name/Name" write it
    "hindusthan samachar": "Hindusthan Samachar", "हिन्दुस्थान समाचार": "Hindusthan Samachar",
    "हिंदुस्थान समाचार": "Hindusthan Samachar",
    # -- Southeast and East Asia
    "pertubuhan berita nasional malaysia": "Bernama", "malaysian national news agency": "Bernama",
    "马新社": "Bernama", "lkbn antara": "Antara", "kantor berita antara": "Antara",
    "antara news": "Antara", "越通社": "VNA", "越南通讯社": "VNA", "越南通訊社": "VNA",
    "tân hoa xã": "Xinhua", "신화통신": "Xinhua", "شینهوا": "Xinhua",
    "tatoli": "Tatoli", "agência noticiosa de timor-leste": "Tatoli",
    "朝鲜中央通讯社": "KCNA", "朝中社": "KCNA", "朝鮮中央通信": "KCNA", "조선중앙통신사": "KCNA",
    "교도통신": "Kyodo", "지지통신": "Jiji", "韓聯社": "Yonhap", "로이터통신": "Reuters",
    # -- Oceania: the Pacific Islands' regional service ("SUVA, Fiji (PACNEWS) ---")
    "pacnews": "PACNEWS",
    # -- the Americas and the Caribbean
    "agencia mexicana de noticias": "Notimex", "quadratín": "Quadratín",
    "agencia venezolana de noticias": "AVN", "agencia cubana de noticias": "ACN",
    "diarios y noticias": "DyN", "agência o globo": "Agência O Globo",
    "agencia peruana de noticias andina": "Andina", "agencia peruana de noticias": "Andina",
    "caribbean news agency": "CANA",
})

# Agency names that name another body after a capitalised word ("the Foreign Press
# Association", "the Korea Press Association"): found in a credit only without one before them.
QUALIFIED_AGENCY_NAMES = frozenset(("press association",))

# Kenya and its towns that head the Kenya News Agency's datelines (county seats and the
# largest towns), casefolded; those that are words in other languages ("Hola", "Voi") left out.
KENYA_PLACES = (
    "kenya", "nairobi", "mombasa", "kisumu", "nakuru", "eldoret", "thika", "malindi", "kitale",
    "garissa", "kakamega", "nyeri", "machakos", "meru", "kericho", "embu", "kisii", "lamu",
    "naivasha", "nanyuki", "bungoma", "busia", "homa bay", "migori", "kitui", "isiolo",
    "marsabit", "lodwar", "wajir", "mandera", "kapsabet", "iten", "narok", "kajiado", "murang'a",
    "kerugoya", "nyahururu", "siaya", "vihiga", "bomet", "kabarnet", "maralal", "kilifi",
    "kwale", "wundanyi", "kapenguria", "chuka", "nyamira", "ol kalou", "kakuma", "moyale",
)
# Initials two agencies share -> (the other agency, the places where it is that one, the
# languages it alone writes in, the languages only the first writes in): "NAKURU, Kenya,
# Sept 10 (KNA)", "KERICHO, Jumatatu (KNA)" (Swahili) and English copy naming "Kisumu
# County" are the Kenya News Agency; "Bonn (KNA)", and German copy from Nairobi, the German
# Catholic agency. The other agency's full name in the story settles it whatever the language.
# Iran and its provincial capitals, casefolded, in Latin and Persian script: Mehr News Agency
# signs its English copy "(MNA)" under them ("TEHRAN, Nov. 14 (MNA) –"), as Myanmar's agency
# signs its own under Burmese places.
IRAN_PLACES = (
    "iran", "tehran", "mashhad", "isfahan", "tabriz", "shiraz", "karaj", "qom", "ahvaz",
    "kermanshah", "urmia", "rasht", "zahedan", "kerman", "hamedan", "yazd", "ardabil",
    "bandar abbas", "arak", "zanjan", "sanandaj", "qazvin", "khorramabad", "gorgan", "sari",
    "bushehr", "birjand", "ilam", "semnan", "yasuj", "shahrekord", "bojnurd",
    "ایران", "تهران", "مشهد", "اصفهان", "تبریز", "شیراز",
)
# An agency's name since a merger and the older names it signs with in brackets or a mail's
# subject ("Genève (ats) -" under "Keystone-ATS"): one agency, credited once, by the full name.
AGENCY_MERGED_NAMES = {
    "Keystone-SDA": ("SDA", "ATS"),
    "Keystone-ATS": ("ATS", "SDA"),
}
AGENCY_HOMONYMS = {
    "KNA": ("Kenya News Agency", KENYA_PLACES, ("sw",), ("de",)),
    # MNA: the Myanmar News Agency, and Mehr's English initials; Mehr where Iran is the place,
    # the language is Persian or the page names Mehr; Burmese copy is Myanmar's
    "MNA": ("Mehr", IRAN_PLACES, ("fa",), ("my",)),
}

# Short agency names that are also ordinary words, a region's, a currency's or a person's
# name, or another body's initials ("spa", "mena", "kuna", "nan", "app", "trend", "Petra",
# "Sana", "err", "rss", "mia", "ata", "cna"): taken only where a dateline or a closing
# credit puts an agency ("KUWAIT, March 5 (KUNA) --", "Makkah, ..., SPA --", "(Hina) xmb"),
# never from prose.
BRACKET_AGENCY_ALIASES = {
    "nan": "NAN", "mena": "MENA", "spa": "SPA", "kuna": "KUNA", "tasnim": "Tasnim", "mehr": "Mehr",
    "مهر": "Mehr", "isna": "ISNA", "fars": "Fars", "فارس": "Fars", "hina": "HINA", "sta": "STA",
    "leta": "LETA", "elta": "ELTA", "bns": "BNS", "err": "ERR", "cna": "CNA", "andina": "Andina",
    "andes": "Andes", "tna": "TNA", "nnt": "NNT", "abi": "ABI", "ena": "ENA", "app": "APP", "bss": "BSS", "বাসস": "BSS", "rss": "RSS", "uni": "UNI",
    "petra": "Petra", "sana": "SANA", "nna": "NNA", "tap": "TAP", "trend": "Trend", "fena": "Fena",
    "mia": "MIA", "миа": "MIA", "ata": "ATA", "sapa": "SAPA", "amna": "ANA-MPA", "قنا": "QNA",
    "بترا": "Petra", "وات": "TAP", "وفا": "WAFA",
    # Reuters' wire codes, as partner agencies' copy credits it beside their own: "WASHINGTON
    # (ANP/RTR) -", "(RTRS)"; only in capitals where an agency stands
    "rtr": "Reuters", "rtrs": "Reuters",
    # India's ANI: "ani" is also a given name, so only "Kochi, March 5 (ANI):"
    "ani": "ANI",
    # the church news services above, by the short names their datelines' brackets carry:
    # "Kraków (KAI)", "Wien (KAP)", "(SIR)" (in capitals only: a given name, a cape, a title),
    # "Puno (Fides) -", "Fátima, 11 mai 2005 (Ecclesia) -" (Latin words)
    "kai": "KAI", "kap": "Kathpress", "sir": "SIR", "fides": "Agenzia Fides", "ecclesia": "Ecclesia",
    # La Presse Canadienne signs its French copy "QUÉBEC (PC) -"; "PC" is also a computer's
    # and a party's initials, so only in capitals where an agency stands
    "pc": "CP",
    # Turkey's DHA ("Ayşe DEMİR/İZMİR, (DHA)-"; also a fatty acid's initials), Catalonia's ACN
    # ("Lleida (ACN).-"; also a company's), Côte d'Ivoire's AIP ("Bouaké, 12 déc 2023 (AIP) –";
    # also an aviation manual's)
    "dha": "DHA", "acn": "ACN", "aip": "AIP",
    # the Romansh agency ANR ("Cuira (ANR)"; also a French research agency's initials)
    "anr": "ANR",
    # Finland's FNB (also a bank's initials), Oman's ONA (a Croatian pronoun), Turkey's İHA,
    # and PTI's Hindi service, "(भाषा)" (the Hindi word for "language")
    "fnb": "FNB", "ona": "ONA", "iha": "İHA", "भाषा": "PTI",
    # the African News Agency's "(ANA)": "Ana" is a given name ("Ana Lucía Roe")
    "ana": "ANA",
    "الفرنسية": "AFP",
    # MAP's and APS's Arabic initials: "مراكش 12-6-2024 (ومع) -" ("ومع" is also "and with"),
    # "واج" as the author line of an APS story
    "ومع": "MAP", "واج": "APS",
    # Bahrain's BNA ("المنامة في 4 مارس / بنا /"; "بنا" is also 'with us') and Oman's ONA by
    # its adjective ("مسقط في 2 يونيو /العُمانية/"; 'the Omani', any Omani thing)
    "بنا": "BNA", "العمانية": "ONA",
    # UNN's initials, Latin and Cyrillic (also a company's or a network's)
    "unn": "UNN", "унн": "UNN",
    # Kyrgyzstan's Kabar ("Bishkek, March 5 /Kabar/."): "kabar" is Malay and Indonesian for "news"
    "kabar": "Kabar",
    # Uzbekistan's UzA in Latin and Russian Cyrillic: "uza" is a Swahili verb ('sell'), "уза" Russian ('bond')
    "uza": "UzA", "уза": "UzA",
    # UNI's Hindi service signs "(वार्ता)" ('talk', 'news': a word too): "वाराणसी 12 जून (वार्ता)"
    "वार्ता": "UNI",
    # ... and Hindusthan Samachar's Hindi initials, "वाराणसी, 4 मई (हि.स.)।" (also any "हि." word's short form)
    "हि.स.": "Hindusthan Samachar", "हि.स": "Hindusthan Samachar",
    # the short forms of Cambodia's, Laos's and Myanmar's agencies, in capitals: "Phnom Penh,
    # September 8, 2016 AKP --", "(KPL) Vientiane ...", "... in 2026. — MNA" (AKP is also
    # Turkey's ruling party, KPL a football league's, MNA an assembly member's initials)
    "akp": "AKP", "kpl": "KPL", "mna": "MNA",
    # Argus Media's short name, as its datelines write it ("Houston, 3 May (Argus) —"): also
    # the hundred-eyed giant's name and many papers' ("The Argus")
    "argus": "Argus",
    # Israel's Tazpit Press Service, in capitals: "ירושלים (TPS) –" (also a reporting form's and
    # a police service's initials)
    "tps": "TPS",
    # the Caribbean Media Corporation, in capitals: "BRIDGETOWN, Barbados, Nov 4, CMC –" and a
    # closing "CMC" line (also a company's and a medical term's initials); Switzerland's
    # financial agency AWP, beside SDA in "Zürich (awp/sda) -" (also a rifle's initials)
    "cmc": "CMC", "awp": "AWP",
    # Prensa Latina's own short name, as its datelines sign it: "La Habana, 3 mar (PL)" (also
    # Poland's country code and a language tag)
    "pl": "Prensa Latina",
}
# The short forms of the agencies added continent by continent above that are also a word, a
# name or another body's initials, each as its agency's copy signs it where only an agency
# stands: "Beograd, 3. jun (Beta) -" (a letter), "Banja Luka (Srna)" (a doe), "SANAA, May 2
# (Saba)" (a queen's kingdom), "Bagdad (INA)" (a given name), "MAPUTO (AIM)", "WINDHOEK
# (NAMPA)" (a town in Idaho), "(Sputnik)" (a satellite), "Roma (Dire)" (French 'say').
BRACKET_AGENCY_ALIASES.update({
    # Europe and the CIS
    "beta": "Beta", "бета": "Beta", "srna": "SRNA", "срна": "SRNA", "mina": "MINA",
    "dire": "Dire", "tak": "TAK", "sputnik": "Sputnik", "спутник": "Sputnik",
    "regnum": "Regnum", "arka": "ARKA", "арка": "ARKA", "ховар": "Khovar", "tdh": "TDH",
    # the Middle East and North Africa: Yemen's Saba ("سبأ", Sheba), Iraq's INA ("واع",
    # 'aware'), Libya's LANA ("وال", a governor), Sudan's SUNA, Mauritania's AMI (French
    # 'friend'), Bahrain's BNA in Latin letters
    "saba": "Saba", "سبأ": "Saba", "ina": "INA", "واع": "INA", "lana": "LANA", "وال": "LANA",
    "suna": "SUNA", "سونا": "SUNA", "ami": "AMI", "bna": "BNA",
    # Sub-Saharan Africa
    "aim": "AIM", "nampa": "NAMPA", "zanis": "ZANIS", "ziana": "New Ziana", "mana": "MANA", "bopa": "BOPA",
    "pana": "PANA", "بانا": "PANA", "abp": "ABP", "acp": "ACP", "aci": "ACI", "amap": "AMAP", "aib": "AIB",
    "agp": "AGP", "atop": "ATOP", "atpe": "ATPE", "sonna": "SONNA", "lina": "LINA",
    # South Asia: Pakistan's PPI, Bangladesh's UNB, Afghanistan's Bakhtar ('west') and
    # Pajhwok ('echo') in Dari
    "ppi": "PPI", "unb": "UNB", "nni": "NNI", "bakhtar": "Bakhtar", "باختر": "Bakhtar", "پژواک": "Pajhwok",
    # the Americas: Venezuela's AVN, Argentina's DyN, Agência Brasil's "(ABr)", the
    # Caribbean's CANA (a given name, and sugar cane)
    "avn": "AVN", "dyn": "DyN", "abr": "Agência Brasil", "cana": "CANA",
    # Argentina's Noticias Argentinas as its copy signs ("BUENOS AIRES, 5 mar (NA) --": 'not
    # applicable' elsewhere), and EFE's Central American service ("SAN JOSÉ, 5 mar (ACAN-EFE).-")
    "na": "Noticias Argentinas", "acan-efe": "ACAN-EFE", "acan": "ACAN-EFE",
    # agencies of archived copy, gone or renamed since: East Germany's ADN (1946-1992: "Berlin
    # (ADN)", its teletype's "ADN 0217  14.09.76  1205"; the letters are also French, Spanish
    # and Italian for DNA) and Portugal's ANOP (1975-1987)
    "adn": "ADN", "anop": "ANOP",
    # Israel's ITIM in the spelling that is also the Hebrew word 'times'
    "עתים": "ITIM",
    # Bay City News in its datelines' bracket, "OAKLAND (BCN)" (also Barcelona's airport code)
    "bcn": "Bay City News",
    # Anadolu's teletype-era bracket, dotted: "MERSIN (A.A) - 12.3.1985 -" (also a person's
    # initials, so only where an agency stands)
    "a.a": "Anadolu",
    # NNA's byname, the word 'national' its Arabic copy opens with: "وطنية - صيدا - ..."
    "وطنية": "NNA",
    # Anadolu by its Persian name, "آناتولی" (also the region, Anatolia): "به نقل از آناتولی"
    "آناتولی": "Anadolu",
})
AGENCY_ALIASES.update({
    "allgemeiner deutscher nachrichtendienst": "ADN", "agência noticiosa portuguesa": "ANOP",
    "agencia noticiosa portuguesa": "ANOP",
})
# English-language regional, nonprofit and syndication services whose copy other papers run
# under their credit ("-- City News Service", "Copyright (c) 2024 Bay City News, Inc.",
# "Distributed by Tribune Content Agency, LLC.", "By Jo Roe, Local Democracy Reporting
# Service", "originally published by CalMatters"), by the full names they sign with. Their
# initials are left out: "CNS" is City News Service in Los Angeles copy, Catholic News
# Service in church copy and China News Service in Chinese copy, so a bare "(CNS)" stays
# as written and the full name in the story settles it (pipeline._initials_of_named).
# A paper that only reprints (the Chicago Tribune, the Miami Herald) is no agency.
AGENCY_ALIASES.update({
    "city news service": "City News Service", "bay city news": "Bay City News",
    "bay city news service": "Bay City News", "capitol news illinois": "Capitol News Illinois",
    "local democracy reporting service": "Local Democracy Reporting Service",
    # the service's reporters' title, its credit in their bylines ("By Jo Roe, Local
    # Democracy Reporter"), as "AP Photo" is AP's
    "local democracy reporter": "Local Democracy Reporting Service",
    "courthouse news service": "Courthouse News Service",
    "tribune news service": "Tribune News Service", "tribune content agency": "Tribune Content Agency",
    "tribune media services": "Tribune Media Services",
    "mcclatchy-tribune information services": "McClatchy-Tribune Information Services",
    "mcclatchy-tribune news service": "McClatchy-Tribune Information Services",
    "knight-ridder/tribune information services": "Knight-Ridder/Tribune Information Services",
    "knight ridder/tribune information services": "Knight-Ridder/Tribune Information Services",
    "knight-ridder/tribune news service": "Knight-Ridder/Tribune Information Services",
    "knight ridder/tribune news service": "Knight-Ridder/Tribune Information Services",
    # the religion agencies sign their datelines with their initials: "(RNS)", "(CNS)"
    "religion news service": "RNS", "catholic news service": "CNS",
    "states newsroom": "States Newsroom", "kff health news": "KFF Health News",
    "kaiser health news": "Kaiser Health News", "calmatters": "CalMatters",
    "the texas tribune": "The Texas Tribune", "texas tribune": "The Texas Tribune",
})
# Church and charity news services that sign their copy as agencies do, by the names they
# sign with in their own and other languages: Poland's Catholic agency ("Warszawa (KAI)"),
# Austria's ("Wien, 03.04.08 (KAP)", "Kathpress"), the Italian bishops' SIR, the Vatican's
# missionary agency in each edition's language ("Lima (Agencia Fides) -", "(Agenzia Fides
# 9/2/2016)"), Portugal's Ecclesia, and the Thomson Reuters Foundation's news service, its own
# agency beside Reuters ("LAGOS, Nov 3 (Thomson Reuters Foundation) -"), and Inter Press
# Service. Their short forms that are words or names ("Sir", "Kai", "Kap", Latin "fides",
# "ecclesia") are in BRACKET_AGENCY_ALIASES below.
AGENCY_ALIASES.update({
    "katolicka agencja informacyjna": "KAI", "ekai": "KAI", "ekai.pl": "KAI",
    "kathpress": "Kathpress", "katholische presseagentur": "Kathpress",
    "katholische presseagentur österreich": "Kathpress",
    "servizio informazione religiosa": "SIR", "agensir": "SIR",
    "agenzia fides": "Agenzia Fides", "agencia fides": "Agenzia Fides", "agence fides": "Agenzia Fides",
    "agência fides": "Agenzia Fides", "agencja fides": "Agenzia Fides", "fides news agency": "Agenzia Fides",
    "agência ecclesia": "Ecclesia", "agencia ecclesia": "Ecclesia",
    "thomson reuters foundation": "Thomson Reuters Foundation",
    "fundação thomson reuters": "Thomson Reuters Foundation",
    "fundación thomson reuters": "Thomson Reuters Foundation",
    "fondation thomson reuters": "Thomson Reuters Foundation",
    "thomson reuters stiftung": "Thomson Reuters Foundation",
    "inter press service": "IPS",
    # the German church agencies' photo services, credited as "Foto: epd-bild/Name", "KNA-Bild"
    # (as "AP Photo" is AP's)
    "epd-bild": "epd", "kna-bild": "KNA",
    # ...and the sports agency's, credited as "Foto: SID-IMAGES/Name" under its pictures
    "sid-images": "SID",
})
# ...and of those, the ones whose agency always writes them in capitals while the word or name
# is written in lower or title case: "— SPA" closes Saudi copy, "(Spa)" is a Belgian town,
# "a spa" a place to bathe; "(ANI)" is India's agency, "Ani" a given name.
CAPITALS_ONLY_ALIASES = frozenset((
    "spa", "nan", "app", "tap", "err", "uni", "rss", "ena", "mia", "ata", "ani", "ona", "kuna",
    "mena", "ana", "akp", "kpl", "mna", "pc", "tps", "cmc", "na", "rtr", "rtrs",
    # (the agencies added continent by continent; "Saba", "Srna", "Dire" and "Bakhtar" sign in
    # title case and stay in any case; "Sputnik" and "Beta" do too, but a line of wrapped prose
    # may end on the satellite's name or the word, "... launching of" / "Sputnik.": in capitals only)
    "mina", "tak", "arka", "tdh", "ina", "lana", "suna", "ami", "bna", "aim", "nampa", "ziana",
    "mana", "bopa", "pana", "abp", "acp", "aci", "amap", "aib", "agp", "atop", "atpe", "sonna",
    "lina", "ppi", "unb", "nni", "avn", "cana", "regnum", "zanis", "sputnik", "спутник", "beta", "бета",
    "adn", "anop", "bcn", "kai", "kap", "sir",
))
# ...of which those whose agency signs its datelines in title case: in a dateline's bracket
# after the place (and the day) they are the agency in any case ("NIŠ, 3. feb (Beta) -",
# "МОСКВА, 5 мая (Спутник) -"), where no wrapped prose line ends.
TITLE_CASE_DATELINE_ALIASES = frozenset(("beta", "бета", "sputnik", "спутник"))

# The words copy wraps round an agency's name to say it is one: "the BTA news agency", "la
# agencia Andina", "агентство «Казинформ»", "Agenția Națională de Presă AGERPRES", "وكالة سبأ
# للأنباء", "خبرگزاری فارس", "סוכנות הידיעות רויטרס". A name the vocabulary lacks in that
# wrapping is looked up without it; a word for "agency" (the first tuple) must be among those
# taken off, the others ('news', 'national', 'the', ...) only go with one, and with one the
# short names that are words count too ("Saba news agency", "خبرگزاری فارس": Fars, the province).
# (Russian "ИА", the initials of 'information agency', counts as the word: "ИА REGNUM".)
AGENCY_WRAPPER_WORDS = frozenset((
    "agency", "agence", "agencia", "agência", "agenzia", "agentur", "nachrichtenagentur",
    "presseagentur", "agenția", "agenţia", "agencja", "agentúra", "agentura", "agencija", "ajansı",
    "ajansi", "agentliyi", "agentligi", "nyhetsbyrå", "nyhetsbyrån", "nyhedsbureau", "persbureau",
    "uutistoimisto", "hírügynökség", "l'agence", "l'agenzia", "l'agència", "agència",
    "агентство", "агентства", "иа", "агентстве", "агенція", "агенції", "агенция", "агенцията", "агенција",
    "агенцыя", "агенцтва", "وكالة", "خبرگزاری", "آژانس", "πρακτορείο", "סוכנות", "एजेंसी",
    "সংস্থা",
    # Tajik ("АМИТ «Ховар»": the initials of 'national information agency', as Russian "ИА";
    # its Russian copy's "НИАТ «Ховар»", 'national information agency of Tajikistan'),
    # Kazakh, Kyrgyz, Mongolian, Georgian, Armenian ("«Արմենպրես» լրատվական գործակալություն")
    "амит", "ниат", "агентии", "агенттігі", "агенттиги", "агентлаг", "агентлагийн", "სააგენტო",
    "სააგენტოს", "գործակալություն", "գործակալությունը", "գործակալության",
    # Tamil and Sinhala: 'agency' and 'service', as Sri Lanka's agency and the island's news
    # services name themselves ("லங்காபுவத் செய்திச் சேவை", "ලංකාපුවත් පුවත් සේවය"): only
    # an agency's name left once they go is one ("பிபிசி தமிழ் சேவை" is none)
    "நிறுவனம்", "சேவை", "ආයතනය", "සේවය", "සේවාව",
))
AGENCY_FILLER_WORDS = frozenset((
    "the", "of", "news", "press", "national", "state", "official", "state-run", "government",
    "information", "wire", "service", "la", "le", "de", "del", "di", "da", "do", "des", "du",
    "d'information", "noticias", "notícias", "presse", "prensa", "stampa", "nazionale", "nacional",
    "nationale", "națională", "naţională", "presă", "haber", "habar", "nachrichten",
    "информационное", "інформаційне", "информационная", "новостей", "новин", "национальное",
    "національне", "державне", "государственное", "новинска", "информативна", "телеграфное",
    "أنباء", "الأنباء", "للأنباء", "الرسمية", "خبری", "ειδήσεων", "הידיעות", "समाचार", "সংবাদ",
    # Tajik 'national', 'information'; Kazakh, Mongolian, Georgian, Armenian 'information', 'news'
    "миллии", "иттилоотии", "ақпарат", "мэдээллийн", "საინფორმაციო", "լրատվական",
    # Tamil and Sinhala 'news' ("செய்திச் சேவை", 'news service'; "පුවත් සේවය")
    "செய்தி", "செய்திச்", "செய்திகள்", "පුවත්", "ප්‍රවෘත්ති",
))

# The notes a monitoring service's transcript sets in square brackets before the copy it
# quotes (FBIS, BBC Monitoring): "[Text] Alma-Ata March 14 TASS -- ...", "[Excerpts] ...".
# The dateline after one is read as if it opened the paragraph.
TRANSCRIPT_NOTES = frozenset(("text", "excerpt", "excerpts", "excerpt from", "summary", "report",
                              "passage omitted", "editorial report", "texto", "extraits", "auszüge"))

# The word 'news agency' before an agency's short name in a dateline's tag: Mehr's "اصفهان -
# خبرگزاری مهر:", Arabic "وكالة" / "وكالة أنباء" (Persian and Arabic, their spellings).
TAG_AGENCY_NOUNS = ("خبرگزاری", "خبرگزارى", "خبرگذاری", "وكالة أنباء", "وكالة الأنباء", "وكالة", "وکالت")

# A correspondent's title under the copy, on the line under the name ("Name" / "AZƏRTAC-ın
# xüsusi müxbiri", 'AZERTAC's special correspondent') or before a colon and the name ("مراسلة
# وات بباجة: Name", 'TAP's correspondent in Beja'), with the agency named beside it: its words,
# as they inflect (the possessive and genitive forms), in the languages of the agencies' copy.
SIGNOFF_CORRESPONDENT_WORDS = frozenset((
    "correspondent", "reporter", "correspondant", "correspondante", "corresponsal", "korrespondent",
    "korrespondentin", "korrespondenten",
    "корреспондент", "корреспондента", "корреспондентка", "кореспондент", "кореспондентка",
    "кореспондента", "карэспандэнт", "тілші", "тілшісі", "мухбир", "мухбири", "хабарнигор",
    "müxbir", "müxbiri", "muhabir", "muhabiri", "muxbir", "muxbiri", "habarçy", "habarçysy",
    "мұхбир", "журналист", "журналисти", "журналіст",
    "مراسل", "مراسلة", "مراسلنا", "مراسلتنا", "مندوب", "مندوبة", "خبرنگار", "گزارشگر",
    # Greek, the title after 'from the' ("Από την ανταποκρίτρια του ΑΠΕ-ΜΠΕ Name", m. and f.;
    # 'the envoy')
    "ανταποκριτή", "ανταποκριτής", "ανταποκρίτρια", "ανταποκρίτριας", "απεσταλμένο", "απεσταλμένη"))

# A correspondent's label inside a dateline's slashes, before the agency and the name: Trend's
# "Баку, Азербайджан, 14 октября /корр. Trend Р.Гусейнова/" ('correspondent of Trend').
TAG_CORRESPONDENT_WORDS = ("корр.", "корреспондент", "кореспондент", "corr.", "correspondent", "muxbir",
                           # ...or in the dateline's bracket, as ČTK and TASR sign their own
                           # correspondents' copy: "Brusel 4. dubna (zpravodaj ČTK Jan Roe) -"
                           "zpravodaj", "zpravodajka", "spravodajca", "spravodajkyňa", "korespondent",
                           "korespondentka", "correspondant", "correspondante", "corresponsal",
                           "corrispondente", "korrespondent", "korrespondentin")

# Labels of the line naming a story's sources below (or above) the copy, each before a colon:
# "Quelle: dpa", "Forrás: MTI", "Πηγή: ΑΠΕ-ΜΠΕ", "Источник: ТАСС", "Nguồn: TTXVN",
# "ที่มา: รอยเตอร์", "出典：共同通信". The line counts only when what follows is agencies.
SOURCE_LABELS = (
    "source", "sources", "quelle", "quellen", "fuente", "fuentes", "fonte", "fontes", "font",
    "bron", "bronnen", "źródło", "źródła", "zdroj", "zdroje", "forrás", "forrásai", "kilde",
    "källa", "lähde", "allikas", "šaltinis", "avots", "izvor", "извор", "vir", "sursa", "sursă",
    "burimi", "burim", "kaynak", "nguồn", "sumber", "iturria", "πηγή", "πηγές", "источник",
    "источники", "джерело", "джерела", "източник", "מקור", "ที่มา", "المصدر", "منبع", "ماخذ",
    "स्रोत", "出典", "来源", "來源", "출처",
    # Amharic and Tigrinya 'source' (ENA's copy reprinted: "ምንጭ፡- ኢዜአ"); Swahili 'source'
    "ምንጭ", "ምንጪ", "chanzo",
    # Luxembourgish: "Quell: Belga" under RTL.lu's copy; Romansh "Funtauna: ANR"
    "quell", "funtauna",
    # a monitor's translated summary keeps the original's credit: "Original credit: (أ ش أ)"
    "original credit", "original source",
    # an English site's note of the agency copy it rewrote: "Source material: LUSA"
    "source material",
    # Indian sites' label of the agency copy a story is built on: "Input: IANS", "इनपुट: भाषा"
    "input", "inputs", "इनपुट",
    # the smaller agencies' languages: Maltese, Icelandic, Georgian, Armenian, Azerbaijani,
    # Uzbek, Kazakh, Mongolian, Bengali, Khmer, Lao (Swahili's and Amharic's are above; not
    # Tamil "மூலம்", also the postposition 'by means of')
    "sors", "heimild", "წყარო", "աղբյուր", "mənbə", "manba", "дереккөз", "эх сурвалж",
    "সূত্র", "ប្រភព", "ແຫຼ່ງຂ່າວ",
)
# Words that say "according to" before a story's source with no colon, closing the copy on a
# line of their own: Vietnamese papers' "Theo TTXVN". Only a line of nothing but agencies.
SOURCE_WORDS = ("theo",)
# Words that open a closing sentence crediting the agency by its name in the genitive, the
# paper's "X reports": Bengali "... বলেছেন। খবর রয়টার্সের।" ('Reuters' news', as Bangladeshi
# papers close agency copy).
CLOSING_REPORT_WORDS = ("খবর",)
# The genitive's endings glued to the agency's name there: Bengali "-র", "-এর", "-ের".
CLOSING_REPORT_SUFFIXES = ("ের", "এর", "র")

# Words that close a byline's affiliation rather than name a person
# ("By JANE ROE, Associated Press Writer", "par X, correspondante à Tokyo").
BYLINE_ROLE_WORDS = (
    "writer", "correspondent", "reporter", "editor", "staff", "press", "bureau",
    "chief", "columnist", "analyst", "contributor", "journalist", "special",
    "correspondant", "correspondante", "envoyé", "envoyée", "spécial", "spéciale",
    "journaliste", "rédaction", "korrespondent", "korrespondentin", "redaktion",
    "corresponsal", "enviado", "enviada", "redacción", "corrispondente", "inviato",
    "redazione", "redação", "agency", "news", "newswire", "agencia", "agence", "agentur", "service", "desk",
    "repórter", "reportera", "reportero", "redactor", "redactora",
    # Swahili 'writer' (a reporter), 'writers', 'reporter', 'editor': "Na Mwandishi Wetu" ('by our
    # writer'), "Jo Roe, Mwandishi wa KNA"
    "mwandishi", "waandishi", "ripota", "mhariri",
    # "news" in an outlet's name, as its desk credits itself ("Yle Uutiset | STT")
    "uutiset", "nyheter", "nyheder", "nachrichten", "noticias", "notizie", "nieuws",
    # Uzbek 'correspondent' (and 'its correspondent'), Latin and Cyrillic: "Jo Roe, UzA muxbiri"
    "muxbir", "muxbiri", "мухбир", "мухбири",
    # Turkish newsrooms' credits: "Haber Merkezi" ('news centre'), "Ekonomi Masası" ('business
    # desk'), "Dış Haberler Servisi" ('foreign news service')
    "merkezi", "masası", "servisi",
    # Maori 'reporter', 'journalist', 'editor' after a name ("Jo Roe, Kairīpoata": RNZ's and
    # Te Ao Māori News' bylines), with and without the macron
    "kairīpoata", "kairipoata", "kaipāho", "kaipaho", "kaiētita", "kaietita",
)
# Words that stand with a role word in a desk's byline naming no one: "Our Correspondent",
# "Our Bureau", "Web Desk", "City Desk" (beside "Staff Reporter", "Special Correspondent",
# all role words).
DESK_BYLINE_WORDS = ("our", "web", "online", "digital", "city", "metro", "national", "foreign", "local",
                     "regional", "news", "ziņu", "žinių", "uudis", "uutis",
                     # Turkish 'news', 'foreign news', 'business' ("Haber Merkezi"; "Haber" alone may
                     # be a surname, so it is no role word)
                     "haber", "haberler", "dış", "ekonomi", "spor")
# Words of a newspaper's name that no person's name holds: a byline or credit naming one
# names the paper, no one ("By Guardian Nigeria", "Jo Roe, Herald Tribune"). (Not "Post",
# "Star", "Sun", "Mail", "Express", "Standard", "Nation": surnames, or words of a name.)
MASTHEAD_WORDS = ("guardian", "herald", "tribune", "gazette", "times", "journal", "chronicle",
                  "telegraph", "observer", "inquirer", "examiner", "zeitung", "gazzetta", "daily")
# Words of a page's section and related-links labels and of a monitoring service's name for
# itself, lower case, which no person's name holds: where a byline or a signature stands,
# "МОНИТОРИНГ СМИ | Лента: Интерфакс" ('media monitoring | feed: Interfax') or "Related
# News" names no one. The plurals of 'news' only: a singular ("Khabar", "Novak") may be a name.
# 'Desk' as South Asian sites write it in their scripts ("ডিজিটাল ডেস্ক", "डिजिटल डेस्क").
INDIC_DESK_WORDS = ("डेस्क", "ডেস্ক", "ഡെസ്ക്", "டெஸ்க்", "డెస్క్", "ಡೆಸ್ಕ್", "ડેસ્ક", "ਡੈਸਕ", "ଡେସ୍କ")
# The word that closes a newsroom desk's credit set under a headline, naming no one: "Web
# Desk", "bdnews24.com Desk", "বিশ্ব ডেস্ক" (the world desk); the newsroom's own word where
# a site credits its staff so, often in lower case: "LSM.lv Ziņu redakcija" ('news desk').
NEWSROOM_DESK_WORDS = ("desk", *INDIC_DESK_WORDS, "redakcija", "redakcja", "redakce", "redakcia",
                       "redaktsioon", "toimitus", "redactie", "newsroom")
LABEL_NOT_NAME_WORDS = (
    "news", "related", "media", "monitoring", "headlines",
    # an academic author's post after the name ("Jo Roe, Associate Professor of Geology,
    # University of Leeds", as The Conversation credits its writers): no second person
    "professor", "university", "lecturer",
    "noticias", "notícias", "notizie", "nachrichten", "nouvelles", "monitoreo", "monitoramento",
    "monitoraggio", "nieuws", "nyheter", "nyheder", "uutiset", "wiadomości", "zprávy", "správy",
    "vijesti", "vesti", "știri", "stiri", "hírek", "haberler", "ειδήσεις", "berita", "habari",
    "новости", "новини", "вести", "вијести", "сми", "мониторинг", "медиа",
    # Arabic and Persian 'news', Urdu 'news' and 'related', Persian 'related'
    "أخبار", "اخبار", "خبریں", "متعلقہ", "مرتبط",
    # Indian sites' desk credits ("डिजिटल डेस्क", "ഓൺലൈൻ ഡെസ്ക്": digital, online desk; "एजेंसी":
    # the agency): no one's name, now that names in their scripts (vowel signs) are read
    *INDIC_DESK_WORDS,
    "एजेंसी", "ब्यूरो", "ব্যুরো",
    # ... and their words for 'news' and 'related' in a page's labels ("रेकमेंडेड खबरें",
    # recommended news; "संबंधित खबरें"), as the Urdu ones above
    "खबरें", "ख़बरें", "खबर", "ख़बर", "समाचार", "न्यूज़", "न्यूज", "संबंधित", "बातम्या", "খবর", "সংবাদ",
    "செய்திகள்", "செய்தி", "వార్తలు", "ಸುದ್ದಿ", "വാർത്തകൾ", "വാർത്ത", "સમાચાર", "ਖ਼ਬਰਾਂ", "ਖਬਰਾਂ",
)
# Desks that may stand in a role after an agency ("AP Business Writer").
BYLINE_DESK_WORDS = ("business", "sports", "science", "medical", "political", "economics",
                     "diplomatic")

# Desks that may stand in a role after an agency, beyond the above ("AP Technology Writer",
# "AP Legal Affairs Writer"): any capitalised words between the agency and a role word count.

# A state's or province's code that an agency's regional desk sets, with a colon, before
# the headline of a story from there ("NSW: Teachers reject pay offer", AAP; "QC: ...",
# The Canadian Press' regional wires): Australia's states and territories, Canada's
# provinces and territories. (US postal codes are left out: "OK", "HI", "IN", "ME" are words.)
REGION_CODE_LABELS = frozenset((
    "NSW", "VIC", "QLD", "SA", "WA", "TAS", "NT", "ACT",
    "BC", "AB", "SK", "MB", "QC", "NB", "NS", "PEI", "NL", "NWT", "NU", "YT",
))

# US states written out, as AP has since 2014 ("Jon Kraus in Concord, New Hampshire,
# contributed"): after a contributor's place they are its state, not a second person.
US_STATES = (
    "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut",
    "Delaware", "Florida", "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa",
    "Kansas", "Kentucky", "Louisiana", "Maine", "Maryland", "Massachusetts", "Michigan",
    "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada", "New Hampshire",
    "New Jersey", "New Mexico", "New York", "North Carolina", "North Dakota", "Ohio",
    "Oklahoma", "Oregon", "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota",
    "Tennessee", "Texas", "Utah", "Vermont", "Virginia", "Washington", "West Virginia",
    "Wisconsin", "Wyoming", "District of Columbia",
)

# Regions an agency's desk is named for after its name, that CLDR lists as no country and
# no city ("Jo Roe, PA Scotland", "AP Wales"): the desk of an agency, no second person.
AGENCY_DESK_REGIONS = ("Scotland", "Wales", "England", "Northern Ireland", "Ulster", "Midlands",
                       "Middle East", "Latin America", "Southern Africa", "East Africa", "West Africa")

# Words in capitals that stand in a dateline's brackets without naming an agency: a
# version's mark ("(LEAD)", "(UPDATE 2)"), a medium, a warning. An unknown tag of capitals
# there is read as the agency signing the copy (fields.dateline_parts._unknown_agency).
# Intergovernmental and humanitarian bodies that put their own initials in their releases'
# datelines as an agency would ("GENEVA (ICRC) -", "Genève (CICR) –", "Ginebra (OMS) -",
# "AMMAN (UNHCR) -"), casefolded: the issuer, no news agency; the dateline still names its place.
ISSUING_BODY_TAGS = frozenset((
    "icrc", "cicr", "ikrk", "cicv", "ifrc", "ficr", "ifrk", "unhcr", "hcr", "acnur", "uno-flüchtlingshilfe",
    "who", "oms", "unicef", "wfp", "pam", "ocha", "undp", "pnud", "unfpa", "fao", "iom", "oim",
    "ilo", "oit", "unesco", "iaea", "aiea", "unrwa", "unaids", "onusida", "msf", "osce", "oecd",
    "ocde", "imf", "fmi", "nato", "otan", "unep", "pnue", "unops", "unido", "ifad", "fida",
    "wmo", "omm", "un women", "onu mujeres", "onu femmes", "caritas", "ohchr", "hcdh", "acnudh",
))
DATELINE_TAG_NOT_AGENCY = frozenset((
    "lead", "update", "updated", "urgent", "refile", "repeat", "corrected", "correction",
    "audio", "video", "photo", "photos", "pictures", "graphic", "watch", "live", "file",
    "official", "exclusive", "analysis", "opinion", "sponsored", "ad", "new", "ok", "tv",
    "am", "pm", "est", "edt", "gmt", "utc", "usd", "eur",
))

# Persian agencies open their copy with who reports from where, not a dateline: "به گزارش
# خبرگزاری ایرنا از شیراز،" ('IRNA news agency reports from Shiraz'), "به گزارش خبرنگار مهر
# در تبریز،" ('Mehr's reporter in Tabriz'), "به گزارش گروه اقتصادی خبرگزاری فارس،" (a desk, no
# place). The words: the opener, who reports before the agency's name, a desk's word, the
# prepositions before the place, and the first words of an office that stands there instead
# ("از روابط عمومی ...", 'from the public relations of ...'; "به نقل از", 'quoting').
# Prepositions between an agency and its reporter's place in a byline: "Reuters in Rotterdam",
# "La Presse canadienne à Québec", "EFE en Lima", "Agência Brasil em Brasília".
AGENCY_PLACE_PREPOSITIONS = ("in", "à", "au", "en", "em", "a", "aus", "i", "w", "v")
FA_REPORT_OPENER = "به گزارش"
FA_QUOTING = "به نقل از"      # 'quoting': the agency whose copy the reporting one runs
FA_REPORTER_WORDS = ("خبرگزاری", "خبرنگار", "پایگاه خبری")
FA_DESK_WORD = "گروه"
FA_PLACE_PREPOSITIONS = ("از", "در")
FA_NOT_PLACE_WORDS = frozenset(("وزارت", "سازمان", "اداره", "دفتر", "روابط", "ستاد", "شرکت", "دانشگاه",
                                "بانک", "گروه", "مرکز", "پایگاه", "قول", "نقل", "سوی", "خبرگزاری"))
# The second word of a Persian province's name, after its first ("خراسان رضوی", "آذربایجان
# شرقی"), and the "و" ('and') inside one ("سیستان و بلوچستان", "کهگیلویه و بویراحمد"): where
# an agency's desk writes its place with no mark after it ("ایسنا/خراسان رضوی ..."), the place
# runs on over these.
FA_PLACE_SECOND_WORDS = frozenset(("رضوی", "شمالی", "جنوبی", "شرقی", "غربی", "مرکزی"))
FA_PLACE_JOINER = "و"

# Word stems of agencies' own names ("Colprensa", "Interpressnews", "Infobae", "Agencia
# Andes"): a tag in title case in a dateline's bracket that the vocabulary lacks is read as
# an agency only with one of these in it, as a province or a state stands there too
# ("KOCHI (Kerala) -").
AGENCY_NAME_STEMS = ("press", "prensa", "presse", "news", "noticia", "notícia", "nachrichten",
                     "info", "agencia", "agência", "agence", "agentur", "agenzia", "ajans",
                     "haber", "wire")

# Words in capitals in a bracket closing a story that sign no agency: continuation and end
# marks ("... said. (MORE)", "(CONTINUED)", "(SIGUE)"), beside DATELINE_TAG_NOT_AGENCY's.
CLOSING_TAG_NOT_AGENCY = ("more", "cont", "contd", "continued", "continues", "sigue", "mas", "suite",
                          "mehr", "segue", "end", "ends", "fin", "fim", "ende", "fine", "eom", "nnnn")

# Labels of a correction's note over the copy it corrects ("CORRECTION: An earlier version of
# this story ...", "CORRECTIE: In de tweede alinea ...", "Berichtigung: Im dritten Absatz ..."):
# fields.head_patterns.CORRECTION_NOTE_RE.
CORRECTION_NOTE_LABELS = (
    "correction", "clarification", "corrección", "correccion", "aclaración", "correctie",
    "rectificatie", "rectificatif", "rectification", "korrektur", "berichtigung", "correzione",
    "rettifica", "correção", "correcao", "rectificación", "rectificacion", "rättelse", "rettelse",
    "korrigering", "oikaisu", "korjaus", "sprostowanie", "erratum", "rattelse", "aclaracion",
)

# Words that open a paragraph with an ALL-CAPS word and a colon without being a place
# ("NOTE: ...", "UPDATE: ..."): no colon dateline.
COLON_LABELS = frozenset((
    "note", "notes", "update", "updated", "watch", "listen", "read", "also", "see", "exclusive",
    "breaking", "analysis", "opinion", "comment", "editorial", "editor's note", "eds", "photo",
    "photos", "video", "correction", "clarification", "factbox", "explainer", "warning",
    "source", "sources", "disclaimer", "important", "attention", "urgent", "flash", "alert",
    "q", "a", "faq", "summary", "background", "context", "more", "related", "advisory",
    "undated",
    # AP's note to editors over a writethru ("EDITORS: Adds details ...") and its fact-check
    # series' label over a headline ("FACT FOCUS: Video of ..."; "AP FACT CHECK: ...")
    "editors", "fact focus", "fact check", "ap fact check",
    # the header labels of an agency's video script ("CREDITS: Reporter: A / Camera: B",
    # "SHOTLIST:", "LOCATION: ...", "STORY: ..."): fields of the script, no place
    "credits", "credit", "shotlist", "shot list", "location", "story", "sound", "length",
    "restrictions", "headline",
    # Correction and repeat marks over a headline, by language ("RECTIFICATIF - ...",
    # "KORREKTUR - ...", "REFILE - ..."): a label, never the place of a dash dateline.
    "corrected", "refile", "repeat", "rectificatif", "rectification", "korrektur",
    "berichtigung", "correccion", "correzione", "rettifica", "correcao", "correctie",
    "rectificacion", "erratum", "errata", "wiederholung",
    # ... and the labels of Indian papers, as written (their scripts' vowel signs are kept):
    # an interview's "प्रश्न:" / "उत्तर:" ('question', 'answer'), "इसे भी पढ़ें:" ('read also')
    "प्रश्न", "उत्तर", "सवाल", "जवाब", "नोट", "पढ़ें", "ये भी पढ़ें", "यह भी पढ़ें", "इसे भी पढ़ें",
    "প্রশ্ন", "উত্তর", "আরও পড়ুন", "கேள்வி", "பதில்", "ప్రశ్న", "జవాబు", "ಪ್ರಶ್ನೆ", "ಉತ್ತರ",
    "ചോദ്യം", "ഉത്തരം", "પ્રશ્ન", "જવાબ", "ਸਵਾਲ", "ਜਵਾਬ",
)) | frozenset(CORRECTION_NOTE_LABELS)   # "KORRIGERING: I en tidligere versjon ...": a note

# Labels of a media-monitoring mail's count of the clips it holds, over the clipped story
# ("Number of hits: 3", "Antall treff: 1", "Anzahl Treffer: 2"): a clipping's header line
# (fields.head_patterns.CLIPPING_LINE_RE), never a headline.
CLIPPING_COUNT_LABELS = (
    "number of hits", "number of results", "number of articles", "number of clips", "hits", "results",
    "antall treff", "antal träffar", "antal träffer", "antal hits", "antall artikler", "antal artiklar",
    "anzahl treffer", "anzahl der treffer", "anzahl artikel", "treffer", "trefferanzahl",
    "nombre de résultats", "nombre d'articles", "número de resultados", "número de artículos",
    "aantal treffers", "aantal resultaten", "aantal artikelen", "osumia", "osumien määrä",
    "numero di risultati", "liczba wyników",
)

# A mailing list's or a feed's count of its items after its name and a dash ("HEALTH-WIRE -
# item 3 of 5", "Teil 2 von 4"): the item's word and the word between the two numbers. The
# name before the dash is the list's, no dateline's place.
LIST_COUNT_WORDS = ("item", "items", "part", "page", "story", "message", "article", "no.",
                    "teil", "partie", "parte")
LIST_COUNT_JOINERS = ("of", "von", "de", "sur", "di", "/", "van", "av", "af", "z", "ze", "zo", "из", "з",
                      "от", "od", "din", "από", "من", "از", "מתוך", "dari", "daripada", "จาก", "kati ya",
                      "out of", "sobre")

# Words that stand in a dateline's place to say the story has none: AP's "UNDATED (AP) _"
# over a roundup. The dateline is read, with no city.
NO_PLACE_WORDS = frozenset(("undated",))
# A paper's own short tag in capitals opening its lede before a dash, where a dateline's place
# would stand: Vietnamese papers' "TTO - ..." (Tuổi Trẻ Online), "TPO" (Tiền Phong), "PLO"
# (Pháp Luật), "NLĐO" (Người Lao Động), "SGGPO" (Sài Gòn Giải Phóng), "LĐO" (Lao Động). No place:
# the lede is read with no city. (A code of capitals with no vowel is one too, whatever the
# paper: "VTV -"; see dateline.py.)
OUTLET_LEDE_TAGS = frozenset(("tto", "tpo", "plo", "nlđo", "sggpo", "lđo"))
# Words for a newsroom that open a dateline's place with its desk instead of a city: EFE's
# "Redacción Deportes, 25 jun (EFE).-", "Redacción Internacional, 3 mar (EFE).-". The
# dateline is read, with no city.
NEWSROOM_PLACE_WORDS = frozenset(("redacción", "redaccion", "redação", "redacao", "redazione",
                                  "rédaction", "redaction", "redaktion", "newsroom",
                                  # Catalan's (ACN's "Redacció / ACN") and Basque's
                                  "redacció", "redaccio", "erredakzioa"))
# ...and those words alone, or their abbreviation, where a page's author field signs for its
# newsroom, no person: ORF's "red, wien.ORF.at/Agenturen", "Redaktion", "Redactie".
# News portals' own names, which a portal's author meta sets after the outlet whose story it
# hosts: Naver's "연합뉴스 | 네이버", Daum's "연합뉴스 | 다음", Nate's. The portal, never a writer.
NEWS_PORTAL_NAMES = frozenset(("네이버", "다음", "네이트", "naver", "daum", "nate"))
NEWSROOM_SIGN_WORDS = NEWSROOM_PLACE_WORDS | frozenset((
    "red", "red.", "redaktionen", "redaksjonen", "redactie", "redakce", "redakcia", "redakcja",
    "toimitus", "uredništvo", "uredništvo", "szerkesztőség", "redacția", "редакция", "редакція",
    "σύνταξη", "editorial", "editorial staff", "staff", "desk",
    # ...or "the agencies", unnamed: ynet's "סוכנויות הידיעות", "Agenturen", "وكالات"
    "agencies", "news agencies", "wire services", "wires", "agences", "agenturen", "agencias", "agenzie",
    "agências", "agentschappen", "byråer", "agencje", "agentury", "агентства", "агенції",
    "סוכנויות", "סוכנויות הידיעות", "وكالات", "وكالات الأنباء", "ajanslar", "通讯社", "通信社",
    # ...and Hindi and Urdu papers' "agency", "agencies" over copy they take from a wire
    # unnamed ("एजेंसी, नई दिल्ली।", as a Hindi e-paper credits it)
    "एजेंसी", "एजेंसियां", "एजेंसियाँ", "ایجنسی", "ایجنسیاں",
    # ...or "our correspondent", "our writer", unnamed (English's is NOT_A_PERSON_RE's word):
    # Swahili papers' "Mwandishi Wetu" (Taifa Leo, Mwananchi), French, Spanish, Portuguese,
    # German, Arabic, Amharic
    "mwandishi wetu", "waandishi wetu", "mwandishi wetu maalum", "ripota wetu", "mwandishi maalum",
    "notre correspondant", "notre correspondante", "nos correspondants", "notre envoyé spécial",
    "nuestro corresponsal", "nuestra corresponsal", "nuestros corresponsales",
    "nosso correspondente", "nossa correspondente", "nossos correspondentes",
    "unser korrespondent", "unsere korrespondentin", "مراسلنا", "مراسلتنا", "مراسلونا", "ዘጋቢያችን"))

# Byline openers: the word before the names, by language.
BYLINE_OPENERS = ("by", "par", "von", "por", "de", "di", "da", "door", "av", "af",
                  "story by", "histoire de", "written by",
                  # MSN's "Story by" on its Spanish, Portuguese and Italian editions
                  # ("Historia de AFP" between the headline and the dateline)
                  "historia de", "história de", "storia di",
                  # Arabic 'by the pen of' ("بقلم: Name" under an Arabic paper's headline)
                  "بقلم",
                  # Postmedia's label: "Author of the article: Jo Roe, The Canadian Press"
                  "author of the article:",
                  # Tagalog 'report of' (PTV's, PNA's Filipino pages: "Ulat ni Name")
                  "ulat ni")

# Agencies whose bylines join two writers' names with a bare hyphen: VNA's "Minh Thu-Hoàng
# Nam (TTXVN/Vietnam+)", two reporters of two words each (a hyphen inside one name joins a
# single word to another: "Jean-Luc Roe", "Ana Roe-Day").
HYPHEN_JOINED_BYLINE_AGENCIES = ("VNA",)

# The word for 'by' or 'from' that may stand before a reporter's name set between hyphens
# after a dateline's agency tag (KUNA's "(كونا) -- من Name --"), lower case.
DATELINE_BYLINE_OPENERS = ("من", "by", "von", "par", "por", "di", "da", "de")

# Labels a page's author field keeps before its value ("Autor: Hina", which an extractor
# gives as "Autor Hina"): taken off; an agency's short name after one is the agency.
AUTHOR_FIELD_LABELS = ("author", "authors", "autor", "autorin", "autora", "autore", "autori", "auteur",
                       "autorka", "autorzy", "autorius", "penulis", "pewarta", "wartawan", "reporter",
                       "writer", "written by", "text", "texto", "teksti", "yazar", "muhabir", "автор",
                       "авторка",
                       # Persian and Dari 'reporter', 'writer' (Pajhwok's "گزارشگر: Name" as an
                       # extractor gives it, "گزارشگر Name"), Pashto 'reporter', Arabic 'the
                       # writer', Hebrew 'by' ("מאת Name"), Russian 'correspondent'
                       "خبرنگار", "گزارشگر", "نویسنده", "خبریال", "الكاتب", "מאת", "корреспондент",
                       # Greek 'editor-writer' (a byline's "Συντάκτης: Name", m. and f.), Ukrainian
                       # and Belarusian 'author', Hungarian 'author', Latvian 'author'
                       "συντάκτης", "συντάκτρια", "συντακτης", "аўтар", "szerző", "autors",
                       # Amharic 'reporter' (Ethiopian papers' "ዘጋቢ፡- Name")
                       "ዘጋቢ",
                       # Serbian Cyrillic 'author' (Tanjug's "Аутор: Name"), m. and f., and the
                       # plurals; Croatian, Slovene, Lithuanian feminines; Nordic and Finnish 'writer'
                       "аутор", "ауторка", "аутори", "автори", "авторы", "autorica", "avtor", "avtorica",
                       "autorė", "forfatter", "författare", "skribent", "kirjoittaja",
                       # Kazakh 'its author', 'authors', 'correspondent'; Uzbek and Azerbaijani
                       # 'author', 'correspondent'; Mongolian 'reporter'; Georgian and Armenian
                       # 'author'; Slovene, Icelandic, Maltese, Swahili 'author' / 'writer'
                       "авторлар", "тілші", "muallif", "muxbir", "müəllif", "müxbir",
                       "сурвалжлагч", "ავტორი", "հեղինակ", "höfundur", "awtur",
                       "mwandishi")

# Openers that are also a common word of other languages: Swahili's "Na Baraka Roe" ('by');
# "na" is 'on', 'in the' in Portuguese and Slavic copy ("Na Casa Branca"), so what follows
# must read as people's names (parse_byline).
BYLINE_WEAK_OPENERS = ("na",
                       # Malay and Indonesian "Oleh Nur Aisyah Roe" (Bernama, Antara: 'by'), which
                       # also opens a sentence: "Oleh karena itu ..." ('therefore'); Hebrew's
                       # "מאת: Name" (TPS, Israeli sites: 'by', and 'from' in prose)
                       "oleh", "מאת",
                       # Tagalog "Ni Marites Roe" (PNA's Filipino copy: 'by'); "ni" is 'nor' in
                       # French and Spanish prose ("Ni el alcalde ni ...")
                       "ni",
                       # Khmer "ដោយ Name" (AKP: 'by'), also 'because', 'by means of' in prose
                       "ដោយ",
                       # Hausa "Daga Name" (Leadership Hausa, Aminiya: 'by'), also 'from' in
                       # prose ("Daga Kano zuwa Abuja")
                       "daga",
                       # Samoan "Tusia e Name" (Samoa Observer, Savali: 'written by'), also the
                       # opening of a sentence in prose ("Tusia e le ...", 'written by the ...')
                       "tusia e",
                       # Welsh "Gan Elin Roe" (Golwg360, BBC Cymru Fyw: 'by'), also 'with',
                       # 'since' in prose ("Gan fod y cyngor ..."); Irish "le Jo Roe" (Tuairisc,
                       # RTÉ: 'by', lower case only: a capitalised "Le" opens French names,
                       # papers and prose, parse_byline)
                       "gan", "le")
# Balinese names open with "Ni" (a woman's) or "I" (a man's) before the birth-order name or
# the caste title: "Ni Kadek Roe", "Ni Luh Putu Roe", "I Gusti Ayu Roe". After "Ni" one of
# these is the name's own, no Tagalog 'by' (BYLINE_WEAK_OPENERS), lower case.
BALINESE_NAME_WORDS = frozenset(("putu", "wayan", "gede", "luh", "made", "kadek", "nengah", "nyoman",
                                 "komang", "ketut", "gusti", "ayu", "desak", "dewa", "dewi", "sagung",
                                 "anak"))
# Openers that are also an article: Dutch and Flemish papers' names open with "De" ('the':
# "De Telegraaf", "De Stentor"), so one word after one is a masthead, not a person; a
# byline names a person in full ("De Ana Souza", "de Ion Popescu").
BYLINE_ARTICLE_OPENERS = ("de",)
# Words for "on" that join a byline to its date on one line: NL Times' "By Jo Roe on Friday,
# 8 November 2024 - 13:20", "Par Jo Roe le 14 mars 2024", "Von Jo Roe am 8.11.2024", "Por Jo
# Roe el 12 de marzo" (lowercase: a capitalised "Le", "El" is part of a name).
BYLINE_DATE_JOINERS = ("on", "le", "am", "op", "el", "em")

# Conjunctions that join names in bylines and credits.
NAME_JOINERS = ("and", "et", "und", "y", "e", "i", "en", "og", "och", "&",
                # "Par Paul Lefebvre avec Nadia Benali", "by Ivan Petrov with Lena Koch"
                "avec", "with", "mit", "con", "com",
                # 'and' in Finnish and Estonian ("Teksti: Jo Roe ja Al Day / STT"), Hungarian,
                # Turkish, Russian and Bulgarian, Ukrainian, Romanian, Vietnamese, Greek, Polish
                "ja", "és", "ve", "и", "і", "та", "și", "và", "και", "oraz",
                # Arabic and Persian 'and' as a word of its own (glued to the next name:
                # byline._split_arabic_and)
                "و")

# Credit roles in closing trailers, by the field they fill. Each entry is matched
# case-insensitively at the start of a trailer clause, followed by the names.
# 'Prepared by' as TASS, RIA, Ukrinform, BTA, ČTK and Hina close an explainer or a Q&A,
# masculine, feminine and plural, no colon: "Подготовила Name" (a role word that opens a
# closing credit on its own, as PAP's "opracował")
PREPARED_BY_ROLES = ("подготовил", "подготовила", "подготовили", "підготував", "підготувала",
                     "підготували", "подготви", "подготвиха", "падрыхтаваў", "падрыхтавала",
                     "připravil", "připravila", "připravili", "pripravil", "pripravila", "pripravili",
                     "przygotował", "przygotowała", "przygotowali", "pripremio", "pripremila", "pripremili")
CREDIT_ROLES = {
    "reporters": (
        "additional reporting by", "additional reporting", "with additional reporting by",
        "avec la contribution de", "contribution de", "mit material von",
        "con información de", "con reporte de", "contributing", "contributed by", "reporting by", "reported by",
        "writing by", "written by", "compiled by", "reporting", "reportage de",
        "reportage", "rédigé par", "rédaction", "avec", "par", "bericht von",
        "berichterstattung von", "geschrieben von", "mitarbeit", "mitarbeit von",
        "bericht", "reporter", "autor", "autorin", "autorka", "von", "reporte de", "reportaje de",
        # Reuters German's closing "(Reporterin: Name; redigiert von Name)", the feminine
        "reporterin",
        "información de", "informacion de", "escrito por", "redacción de",
        "reporte adicional de", "reportaje adicional de", "información adicional de",
        "reporte", "reportaje", "información", "reportagem de", "reportagem adicional de",
        "reportagem", "servizio di", "ha collaborato", "hanno collaborato", "redazione",
        "reportage door", "with assistance from", "with files from", "with reporting by", "por",
        "texto", "writer",
        "with reporting from", "with reports from",
        # East Slavic 'with the participation of', a contributor's label after the writer's:
        # "Текст: A. При участии: B." (Russian), "За участю: B" (Ukrainian), "Пры ўдзеле: B"
        # (Belarusian)
        "при участии:", "за участю:", "пры ўдзеле:",
        # the writer of the copy a translation was made from, under the translation:
        # "Article original de A (Belga), traduit du néerlandais par B", "Original story by A"
        "article original de", "texte original de", "original article by", "original story by",
        "original reporting by", "originalartikel von", "artículo original de",
        # EFE's English trailer "(Text: A / Translation: B)"; STT's "Teksti: A / STT"
        "text:", "teksti:",
        "to contact the reporter on this story", "to contact the reporters on this story",
        "by",
        # Labels that name a person only with their colon ("Penulis buku itu ..." opens a
        # sentence): Indonesian (Antara), Vietnamese, Lithuanian, Greek, Spanish, Turkish.
        "pewarta:", "penulis:", "wartawan:", "reporter/penulis:", "phóng viên:", "pv:",
        # ...and the reporter's label of Portuguese, Spanish, French and Italian photo records
        # and credit blocks ("Repórter: Jo Roe - Repórter da Agência Brasil")
        "repórter:", "reportero:", "reportera:", "periodista:", "jornalista:", "journaliste:",
        "giornalista:",
        "autorius:", "ρεπορτάζ:", "συντάκτης:", "reportaje:", "redacción:", "muhabir:",
        # a site's credit for a feature, the writer and the photographer: "Words: A / Pictures: B";
        # US papers' closing "Contributing: The Associated Press"
        "words:", "contributing:",
        # Reuters Arabic: "(تغطية صحفية A - إعداد B للنشرة العربية - تحرير C)"
        "تغطية صحفية",
        # Ukrainian and Russian sites' closing "Автор: Name"; PAP's plural "Autorzy: A, B (PAP)"
        "автор:", "авторка:", "autorzy:",
        # a database record's author field, the family name first: "Author: Roe, Jo" (ProQuest)
        "author:",
        # Slavic agencies' closing labels, masculine and feminine, with their colon (ČTK, TASR,
        # PAP, BTA, UNN, Tanjug, Hina, STA): "Кореспондент: Name", "Reportérka: Name"
        # (not "journalist": an interview's speaker label, "Журналист: Как ...?")
        "reportér:", "reportérka:", "zpravodaj:", "zpravodajka:", "spravodajca:", "spravodajkyňa:",
        "reporterka:", "korespondent:", "korespondentka:",
        "кореспондент:", "кореспондентка:", "корреспондент:", "репортер:", "репортерка:", "аутор:",
        "дописник:", "дописница:",
        # Reuters Italian's closing "Scritto da Name, editing Name"; PAP's "oprac. Name"
        # (opracował, 'compiled by': as "compiled by", the writer of the version that runs)
        "scritto da", "oprac.", "opracował", "opracowała", "opracowanie:",
        *PREPARED_BY_ROLES,
        # a podcast's or a programme's credits: "Reported and presented by Name"
        "reported and presented by", "presented and reported by", "reported and written by",
        "written and reported by", "reported and produced by", "hosted and reported by",
        "autorica:", "avtor:", "avtorica:", "novinar:", "novinarka:", "dopisnik:", "dopisnica:",
        "izvjestitelj:", "izvjestiteljica:", "izveštač:",
        # Persian sites' closing "خبرنگار: Name | ویراستار: Name" (IRNA: 'reporter')
        "خبرنگار:",
        # Turkish agencies' closing "Haber: Name - Kamera: Name" (DHA, İHA: 'news', the writer)
        "haber:",
        # Swahili sites' closing "Mwandishi: Name/AFP" (DW Kiswahili, VOA Swahili: 'writer')
        "mwandishi:",
        # Basque sites' "Egilea: Name" ('author') and "Idazlea: Name" ('writer')
        "egilea:", "idazlea:",
        # Each language's labels, written language by language rather than from misses
        # (tests/test_parse_tables_credit_roles.py), with their colon where the word is also
        # prose's ("Tekst: Name", "Piše: Name", "Szerző: Name", "Müəllif: Name", "كتب: Name"):
        # 'text', 'author', 'writer', 'reporter', 'correspondent', 'written by', 'prepared by'
        # (the writer of the version that runs, as "compiled by"), 'with the contribution of'.
        # Dutch, Scandinavian and Icelandic:
        "met medewerking van", "tekst:", "auteur:", "texti:", "höfundur:", "forfatter:", "författare:",
        "skrevet af", "skrevet av", "skriven av",
        # Portuguese papers' closing "Colaborou Name" / "Colaboraram A e B"; EFE's Spanish
        # "Colaboró (en esta información) Name"; ČTK's Czech "Spolupracoval(a) Name"
        "colaborou", "colaboraram", "colaboró", "colaboraron", "colaboró en esta información",
        "colaboraron en esta información", "spolupracoval", "spolupracovala", "spolupracovali",
        # a Russian interview's closing "Беседовал(а) Name" ('talked to him/her'): its reporter
        "беседовал", "беседовала",
        # Finnish 'reporter' (toimittaja; "toimittanut" is 'edited by', below)
        "toimittaja:",
        # South Slavic 'writes' and 'prepared by' (masculine, feminine), Latin and Cyrillic
        "piše:", "пише:", "priredio:", "priredila:", "приредио:", "приредила:",
        # Hungarian 'author', 'written by', 'correspondent'; Greek and Cyrillic 'text'
        "szerző:", "írta:", "tudósító:", "κείμενο:", "текст:", "тэкст:",
        # Belarusian, Lithuanian, Latvian 'author' (and the feminine forms)
        "аўтар:", "autorė:", "autors:", "autore:",
        # Azerbaijani 'author', 'correspondent'; Kazakh 'correspondent', 'author'; Uzbek 'author',
        # Latin and Cyrillic; Georgian and Armenian 'author' (Armenian closes a label with "՝"
        # as often as with a colon); Armenian 'correspondent'
        "müəllif:", "müxbir:", "тілші:", "авторы:", "muallif:", "муаллиф:", "muxbir:", "ავტორი:",
        "հեղինակ՝", "հեղինակ:", "թղթակից՝", "թղթակից:",
        # Arabic '(he, she) wrote', 'by the pen of', 'report'; Persian 'writer', 'report'; Urdu
        # 'report', 'reporter', 'writing' (Urdu's "تحریر", unlike Arabic's "تحرير" 'editing')
        "كتب:", "كتبت:", "بقلم:", "تقرير:", "نویسنده:", "گزارش:", "رپورٹ:", "رپورٹر:", "تحریر:",
        # Hebrew 'reporter' (masculine, feminine: TPS's and Israeli sites' closing "כתב: Name");
        # Sorani Kurdish 'report', 'reporter' ("ڕاپۆرت: Name")
        "כתב:", "כתבת:", "ڕاپۆرت:", "پەیامنێر:",
        # Dari 'reporter' (Pajhwok's closing "گزارشگر: Name"), Pashto 'reporter'; Tajik
        # 'correspondent'; Mongolian 'reporter', 'journalist'; Georgian 'journalist'; Armenian
        # 'journalist'
        "گزارشگر:", "خبریال:", "хабарнигор:", "мухбир:", "сурвалжлагч:", "сэтгүүлч:",
        "ჟურნალისტი:", "լրագրող՝", "լրագրող:",
        # Hindi 'writer', 'report', 'reporter', 'correspondent'; Bengali 'reporter', 'report',
        # 'writer'; Tamil 'reporter'
        "लेखक:", "रिपोर्ट:", "रिपोर्टर:", "संवाददाता:", "প্রতিবেদক:", "প্রতিবেদন:", "লেখক:",
        "செய்தியாளர்:",
        # Vietnamese 'author', 'article'; Thai 'writer', 'reporter', 'compiled by'; Swahili
        # 'written by'; Amharic 'reporter'
        "tác giả:", "bài:", "ผู้เขียน:", "ผู้สื่อข่าว:", "เรียบเรียง:", "imeandikwa na", "ዘጋቢ:",
        # Thai 'news writer' (NNT's "ผู้เขียนข่าว : Name" under the story); Indonesian portals'
        # reporter cut short, before the editor's "Red:" (Republika's "Rep: A/ Red: B")
        "ผู้เขียนข่าว:", "rep:",
    ),
    "editors": (
        # a closing note's whole sentence: "(This story was edited by Jo Roe.)" (RNS)
        "this story was edited by", "this article was edited by", "this report was edited by",
        "editing by", "edited by", "editing", "édité par", "edité par", "édition",
        "édition par", "redigiert von", "bearbeitet von", "redaktion", "redigiert",
        "editado por", "editado en español por", "edición de", "edición en español de",
        "edición", "editado", "edição de", "edição", "a cura di", "montaggio",
        # Reuters Italian's desk editor after the place: "in redazione a Milano Name"; or
        # the name alone after the desk's own line: "(Redazione Milano, in redazione Name)"
        "in redazione a", "in redazione da", "in redazione",
        "redactie door", "editing by:", "editor", "editors", "edition:",
        # the desk's editor under a wire's copy, by the desk's word: "Desk editor: Jo Roe"
        "desk editor", "duty editor", "copy editor",
        "to contact the editor responsible for this story",
        "to contact the editors responsible for this story",
        # colon labels: Estonian (ERR), Vietnamese, Indonesian, Turkish
        "toimetaja:", "biên tập:", "penyunting:", "editör:",
        # the editor's label cut short: Indonesian portals' "Red: Name" (redaktur, Republika's
        # "Rep: A / Red: B"), Scandinavian "Red:" (redaktør)
        "red:", "redaktur:",
        "تحرير",
        # Reuters Russian: "(Name. Редактор Name)"
        "редактор", "редактор:", "под редакцией",
        # Slavic agencies' closing labels, masculine and feminine, with their colon: PAP's
        # "Redaktorka: Name", TASR's "Redaktor: Name", Hina's "Urednica: Name"
        "redaktor:", "redaktorka:", "editorka:", "редакторка:",
        # PAP's feed print closes "Autor: Name" then "Edytor: Name" (the Polish spelling)
        "edytor:", "edytorka:",
        "уредник:", "уредница:", "urednik:", "urednica:",
        # the duty editor a subscriber's mail closes with (Beta's "Dežurni urednik: Name"), m.
        # and f., in the Serbo-Croatian, Slovene, Macedonian, Bulgarian, Russian, Ukrainian
        # and Polish forms
        "dežurni urednik:", "dežurna urednica:", "дежурни уредник:", "дежурна уредница:",
        "дежурен уредник:", "дежурна уредничка:", "дежурен редактор:", "дежурный редактор:",
        "черговий редактор:", "редактор дня:", "dyżurny redaktor:", "redaktor dyżurny:",
        "redaktor vydania:", "vydávajúci redaktor:",
        # Agerpres's web editor beside the copy's: "(autor: A, editor: B, editor online: C)"
        "editor online", "editor web",
        # PAP's site "Redakcja: Name" (also a desk's word: DESK_ROLES), Bernama Malay's
        # "Disunting oleh: Name" ('edited by'), Persian "ویراستار:" ('editor')
        "redakcja:", "disunting oleh", "ویراستار:",
        # ISNA's closing "خبرنگار: Name | دبیر: Name" (the desk's 'editor'); Armenian and
        # Georgian 'editor'; Hebrew 'editing'
        "دبیر:", "խմբագիր՝", "խմբագիր:", "რედაქტორი:", "עריכה:",
        # IRNA's closing "خبرنگار: A ** انتشاردهنده: B": the desk's 'publisher' who put it out
        "انتشاردهنده:",
        # Swahili sites' closing "Mhariri: Name" (DW Kiswahili: 'editor')
        "mhariri:",
        # Xinhua Arabic's header "المصدر: شينخوا | 2021-03-14 16:20:11 | المحرر: Name" ('the
        # editor', as its English service's "Source: Xinhua | ... | Editor: Name")
        "المحرر:",
        # Indian Hindi sites' "Published by: Name" under the agency's credit (Amar Ujala): the
        # web desk's editor who posted the copy (with its colon only: "published by the
        # ministry" is prose)
        "published by:",
        # Each language's labels, written language by language (as the reporters' above):
        # 'editor', 'edited by', 'editing', 'final editing'. Dutch, Scandinavian, Finnish and
        # Icelandic:
        # Czech and Slovak 'editorial' (the desk's word too: a person only by a full name, as
        # Polish "Redakcja:", credits.DESK_ROLES)
        "redakce:", "redakcia:",
        "eindredactie:", "eindredactie", "bewerkt door", "redaktör:", "redigerad av", "redigeret af",
        "redigert av", "redaktør:", "toimittanut:", "ritstjóri:",
        # South Slavic 'edited by' (masculine, feminine), Latin and Cyrillic; Hungarian 'editor',
        # 'edited by'; Greek 'editing'; Belarusian, Lithuanian and Latvian 'editor'
        "uredio:", "uredila:", "уредио:", "уредила:", "szerkesztő:", "szerkesztette:", "επιμέλεια:",
        "рэдактар:", "redaktorius:", "redaktorė:", "redaktors:", "redaktore:",
        # Uzbek, Georgian and Armenian 'editor'
        "muharrir:", "муҳаррир:", "რედაქტორი:", "խմբագիր՝", "խմբագիր:",
        # Arabic 'editing' with its colon (a line of its own: without it, only within a credit
        # another opened), Hebrew 'editing', 'editor' (m., f.), Urdu 'editor'
        "تحرير:", "עריכה:", "עורך:", "עורכת:", "ایڈیٹر:",
        # Hindi 'editing', 'editor'; Bengali 'editing', 'editor'; Tamil 'editor' (of an edition:
        # the plain "ஆசிரியர்" is an author as often)
        "संपादन:", "संपादक:", "সম্পাদনা:", "সম্পাদক:", "பதிப்பாசிரியர்:",
        # Tagalog 'editor', Thai 'editor', Amharic 'editor'
        "patnugot:", "บรรณาธิการ:", "አርታኢ:",
    ),
    "translators": (
        "translated by", "translation by", "translated and edited by", "translation", "version française",
        "version francaise", "traduction", "traduit par", "übersetzt von",
        "übersetzung", "deutsche fassung", "traducido por", "traducción de",
        "traducción", "versión en español de", "traduzido por", "tradução",
        "tradotto da", "traduzione di", "traduzione", "vertaald door", "vertaling",
        "translated from the french by", "translated from the spanish by",
        "translated from the german by", "translated from the italian by",
        "translated from the portuguese by", "translated from the arabic by",
        # Reuters Arabic: "إعداد B للنشرة العربية", prepared (translated) for the Arabic service;
        # its 'translation' without a colon, within the trailer as its "تحرير" ('editing'):
        # "(تغطية صحفية A - ترجمة B للنشرة العربية - تحرير C)"
        "إعداد", "ترجمة",
        "translated from the russian by", "translated from the chinese by",
        "translation:",     # Agência Brasil's English: "Translation: A - Edition: B"
        # the role's own word as a label, as the editor's ("Editor: A"): Antara English's
        # closing "Reporter: A / Editor: B / Translator: C"
        "translator:", "translators:",
        # the source language named with the role: "Übersetzung aus dem Englischen: A",
        # "Aus dem Englischen übersetzt von A", "Traduit de l'anglais par A", "Traducido del
        # inglés por A"
        "übersetzung aus dem englischen:", "übersetzung aus dem englischen",
        "aus dem englischen übersetzt von", "aus dem englischen von",
        "traduit de l'anglais par", "traduit de l’anglais par", "traduction de l'anglais",
        "traducido del inglés por", "traducción del inglés", "traduzido do inglês por",
        "tradotto dall'inglese da",
        # Turkish: 'translated from the (story's) English original by', 'translated from English by'
        "haberin ingilizce orijinalinden çeviren:", "ingilizce orijinalinden çeviren:",
        "haberin ingilizce aslından çeviren:", "ingilizce aslından çeviren:", "ingilizceden çeviren:",
        # Agerpres's "(autor: A, traducere: B, editor: C)"; Bernama Malay's "Diterjemah oleh: B"
        "traducere:", "diterjemah oleh", "diterjemahkan oleh",
        # what was translated named before the role, as a monitoring service's template or a
        # client briefing labels its English version: "Summary translated by: Jo Roe"
        "summary translated by", "text translated by", "report translated by",
        "article translated by", "story translated by", "excerpt translated by",
        # Each language's labels, written language by language (as the reporters' above):
        # 'translation', 'translated by', 'translator' (masculine and feminine verbs of the
        # Slavic languages). Dutch, Scandinavian, Finnish, Icelandic:
        "vertaling:", "översättning:", "översatt av", "oversat af", "oversættelse:", "oversatt av",
        "oversettelse:", "käännös:", "kääntänyt:", "suomennos:", "þýðing:",
        # West and South Slavic
        "tłumaczenie:", "tłumaczył:", "tłumaczyła:",
        # PAP's abbreviated 'translation' under its foreign correspondent's sign-off, its dot for a
        # colon (as "Fot. Name"): "tłum. Name"; Czech and Slovak 'translated' abbreviated alike
        "tłum.", "přel.", "prel.", "překlad:", "přeložil:", "přeložila:",
        "preklad:", "preložil:", "preložila:", "prevod:", "prevedel:", "prevedla:", "prijevod:",
        "preveo:", "prevela:", "превод:", "превео:", "превела:",
        # Hungarian, Greek, East Slavic
        "fordította:", "fordítás:", "μετάφραση:", "перевод:", "перевела:", "перевёл:", "перевел:",
        "переклад:", "переклала:", "переклав:", "пераклад:",
        # ...and the translator named by the role's noun under the copy (Xinhua's Russian
        # service: "Переводчик: Name"), masculine and feminine
        "переводчик:", "переводчица:", "перекладач:", "перекладачка:",
        # ...and the verb with no colon, the sign-off line under the copy ("Пераклала Jo Roe",
        # 'translated by', Belarusian; Ukrainian and Russian alike)
        "пераклала", "пераклаў", "переклала", "переклав", "перевела", "перевёл", "перевел",
        # Baltic
        "vertė:", "vertimas:", "tulkoja:", "tulkojums:", "tõlkis:", "tõlge:",
        # Turkic, Georgian, Armenian
        "çeviri:", "çeviren:", "tərcümə:", "tərcümə edən:", "аударған:", "аударма:", "tarjimon:",
        "tarjima:", "მთარგმნელი:", "თარგმანი:", "თარგმნა:", "թարգմանիչ՝", "թարգմանիչ:",
        # Arabic, Persian, Hebrew, Urdu
        "ترجمة:", "مترجم:", "ترجمه:", "תרגום:", "ترجمہ:",
        # Hindi, Bengali, Tamil
        "अनुवाद:", "अनुवादक:", "অনুবাদ:", "অনুবাদক:", "மொழிபெயர்ப்பு:",
        # Indonesian, Malay, Tagalog ('translated by', the name after "ni"), Vietnamese
        # ('translation', 'translator', 'translated and compiled')
        "penerjemah:", "alih bahasa:", "penterjemah:", "isinalin ni", "salin ni",
        # ...and with the language translated into: "Isinalin sa Filipino ni A" ('translated
        # into Filipino by')
        "isinalin sa filipino ni", "isinalin sa tagalog ni", "isinalin sa wikang filipino ni", "dịch:",
        "người dịch:", "biên dịch:",
        # Thai, Swahili, Amharic
        "ผู้แปล:", "แปล:", "tafsiri:", "imetafsiriwa na", "ትርጉም:", "ተርጓሚ:",
    ),
    "photographers": (
        "photo by", "photos by", "photography by", "photo", "photos", "foto von",
        "fotos von", "foto", "fotos", "photo de", "photographie", "fotografía de",
        "ảnh:", "fotoğraf:", "foto:",    # Vietnamese, Turkish, Indonesian
        "pictures:", "picture:", "pictures by",
        # Bloomberg's caption credit: "... near Antofagasta. Photographer: Jo Roe/Bloomberg"
        "photographer:", "photographers:",
        # the camera operator of Turkish agencies' copy, whose pictures run with it: "Kamera: Name"
        # after "Haber: Name" (DHA, İHA)
        "kamera:",
        # Each language's labels, written language by language (as the reporters' above):
        # 'photo', 'photo by', 'picture', 'photographer', 'camera'. Those with a colon are a
        # caption's labels too (fields.patterns.PHOTO_LABEL).
        # Dutch 'photos' (the plural's apostrophe straight or curly), 'photography', 'image'
        "foto's:", "foto’s:", "fotografie:", "beeld:",
        "camera:", "foto di", "bild:", "kuva:", "kuvat:", "kuvaaja:", "mynd:", "myndir:", "ljósmynd:",
        # Polish "Fot. Name", its abbreviation's dot for a colon
        "fot.", "zdjęcie:", "zdjęcia:", "фота:", "nuotrauka:", "nuotr.", "сурет:", "суретті түсірген:",
        "ფოტო:", "լուսանկարիչ՝", "լուսանկարիչ:",
        # Armenian 'the photo' (Armenpress's "Լուսանկարը՝ Name" under a picture), 'photo';
        # Mongolian 'photo' ("Гэрэл зураг: Д.Name"), Tajik 'photo'
        "լուսանկարը՝", "լուսանկարը:", "լուսանկար՝", "լուսանկար:", "гэрэл зураг:", "сурат:",
        # Arabic 'photography', 'lens'; Persian 'photo', 'photographer'; Hebrew 'photography';
        # Urdu 'picture', 'photo'
        "تصوير:", "عدسة:", "عکس:", "عکاس:", "צילום:", "تصویر:", "فوٹو:",
        # Sorani Kurdish 'picture' ("وێنە: Name", a caption's credit)
        "وێنە:",
        # Hindi, Bengali, Tamil
        "फोटो:", "फ़ोटो:", "तस्वीर:", "ছবি:", "ফটো:", "படம்:", "புகைப்படம்:",
        # Indonesian, Malay, Tagalog ('picture', 'taken by'), Thai ('picture', 'photographer'),
        # Swahili, Amharic
        "fotografer:", "gambar:", "larawan:", "kuha ni", "ภาพ:", "ช่างภาพ:", "picha:", "picha na", "ፎቶ:",
        "ፎቶግራፍ:",
        # Greek 'photo', 'photos', 'photographer', and 'file photo' ("ΦΩΤΟ ΑΡΧΕΙΟΥ: ΑΠΕ-ΜΠΕ /
        # Name": the archive's picture, by its photographer), also as capitals write it,
        # without the accent
        "φωτογραφία:", "φωτογραφίες:", "φωτό:", "φωτο:", "φωτογράφος:", "φωτο αρχείου:",
        "φωτο αρχειου:", "φωτογραφία αρχείου:", "φωτογραφια αρχειου:",
    ),
}

# ...and the labels of the smaller agencies' languages, each language's roles together:
# Maltese ('writer', 'editor', 'translation', 'translated by', 'photo'), Khmer (AKP's
# "ដោយ៖ Name" and "រូបថត៖ Name", 'by' and 'photo', Khmer's own colon read as one; 'editor'), Lao
# (KPL's "ຂ່າວ: Name", 'news'; "ພາບ: Name", 'picture'; 'editor'), Mongolian (Montsame's
# "Гэрэл зургийг Д.Name", 'the photo [taken by]', no colon; its 'reporter' and 'editor',
# "сурвалжлагч:" and "редактор:", are the lists' above already), Swahili ('edited by', the
# name after "na")
CREDIT_ROLES["reporters"] += (
    "kitba:", "awtur:", "awtriċi:",
    "ដោយ:", "អ្នកយកព័ត៌មាន:",
    "ຂ່າວ:", "ຂ່າວໂດຍ:", "ນັກຂ່າວ:",
)
CREDIT_ROLES["editors"] += (
    "editur:", "editjar:", "editjat minn", "editjata minn",
    "អ្នកកែសម្រួល:", "និពន្ធនាយក:", "ກວດແກ້:", "ຮຽບຮຽງ:", "imehaririwa na", "imehaririwa na:",
)
CREDIT_ROLES["translators"] += (
    "traduzzjoni:", "traduzzjoni ta'", "tradott minn", "tradotta minn", "traduttur:", "tradutriċi:",
    "បកប្រែ:", "អ្នកបកប្រែ:", "ແປ:", "ຜູ້ແປ:", "орчуулсан:", "орчуулагч:",
)
CREDIT_ROLES["photographers"] += (
    "ritratt:", "ritratti:", "ritratt ta'",
    "រូបថត:", "រូបភាព:",
    "ພາບ:", "ພາບໂດຍ:", "ຮູບ:",
    "гэрэл зургийг", "гэрэл зургийг:", "гэрэл зургийн:", "фото:",
)
# Romansh ('author' m. and f., 'editor' m. and f., 'translation', 'photo'): RTR's and the
# Romansh agency's "Autura: Name"
CREDIT_ROLES["reporters"] += ("autur:", "autura:")
CREDIT_ROLES["editors"] += ("redactur:", "redactura:")
CREDIT_ROLES["translators"] += ("translaziun:",)
CREDIT_ROLES["photographers"] += ("fotografia:",)
# ...and those of the small languages of Western Europe and the Balkans, language by
# language: Basque ('translation', 'translator', 'editor', 'photo(s)'), Welsh ('reporter',
# 'editor', 'translation', 'translator', 'picture(s)'), Irish ('reporter', 'editor', 'news
# editor', 'translation', 'photograph'), Faroese ('text', 'editor', 'translation'), Northern
# Sámi ('writer', 'picture'), Corsican ('written by'), Macedonian ('journalist' m. and f.),
# Albanian ('author' m. and f., 'journalist' m. and f., 'translation')
CREDIT_ROLES["reporters"] += (
    "gohebydd:", "tuairisceoir:", "tekstur:", "čálli:", "scrittu da", "scritta da",
    "новинар:", "новинарка:", "autori:", "autorja:", "gazetari:", "gazetarja:",
)
CREDIT_ROLES["editors"] += (
    "editorea:", "golygydd:", "eagarthóir:", "eagarthóir nuachta:",
)
CREDIT_ROLES["translators"] += (
    "itzulpena:", "itzultzailea:", "cyfieithiad:", "cyfieithydd:", "aistriúchán:", "týðing:",
    "përkthimi:", "përktheu:",
)
CREDIT_ROLES["photographers"] += (
    "argazkia:", "argazkiak:", "llun:", "lluniau:", "grianghraf:", "govva:", "govat:",
)
# ...and of South Asia's languages the lists above lack: Nepali's own spelling of 'picture'
# ("तस्बिर : Name/रासस", its colon spaced as Nepali sets it), Sinhala 'translation' and
# 'photo'; Tamil 'in Tamil' under the copy a Sri Lankan paper translates ("தமிழில்: Name");
# and the label Indian English pages put before the photographer in a caption ("... File |
# Photo Credit: Name", The Hindu's)
CREDIT_ROLES["translators"] += ("පරිවර්තනය:", "පරිවර්තනය කළේ:", "தமிழில்:")
CREDIT_ROLES["photographers"] += ("तस्बिर:", "ඡායාරූපය:", "ඡායාරූප:", "photo credit:", "photo credits:")

# Roles that credit one person twice (Armenpress: "Translated and edited by Anush Roe"):
# the fields each fills.
CREDIT_JOINT_ROLES = {
    "translated and edited by": ("translators", "editors"),
    "edited and translated by": ("editors", "translators"),
    "written and edited by": ("reporters", "editors"),
    # one person's text and pictures, under the copy: "Bài và ảnh: Lê Văn An" (Vietnamese
    # papers), "Text and photos: Jo Roe", "Texto y fotos: Ana Ruiz", "Text und Fotos: Jo Roe"
    "bài và ảnh:": ("reporters", "photographers"), "bài, ảnh:": ("reporters", "photographers"),
    "text and photos:": ("reporters", "photographers"), "text and photo:": ("reporters", "photographers"),
    "words and pictures:": ("reporters", "photographers"), "story and photos:": ("reporters", "photographers"),
    "texto y fotos:": ("reporters", "photographers"), "texto y foto:": ("reporters", "photographers"),
    "texto e fotos:": ("reporters", "photographers"), "texto e foto:": ("reporters", "photographers"),
    "text und fotos:": ("reporters", "photographers"), "text und foto:": ("reporters", "photographers"),
    # DHA's one person's story and pictures: "Haber-Kamera: Name"
    "haber-kamera:": ("reporters", "photographers"),
    "texte et photos:": ("reporters", "photographers"), "texte et photo:": ("reporters", "photographers"),
    "testo e foto:": ("reporters", "photographers"),
    # KPL's Lao "news and pictures": "ຂ່າວ-ພາບ: Name" (also with a space or a slash)
    "ຂ່າວ-ພາບ:": ("reporters", "photographers"), "ຂ່າວ ພາບ:": ("reporters", "photographers"),
    "ຂ່າວ/ພາບ:": ("reporters", "photographers"),
}

# Words of an organisation, not a person, credited for a photo: "Photo: Kyiv City State
# Administration", "Foto: Kementerian Kesehatan", "Photo: Ministry of Defence".
PHOTO_ORG_WORDS = (
    "administration", "ministry", "ministerio", "ministère", "ministerium", "office", "service",
    "council", "department", "agency", "press", "police", "army", "government", "university",
    "museum", "company", "group", "foundation", "committee", "handout", "archive", "archives",
    "courtesy", "pool", "file", "municipality", "city", "state", "kementerian", "pemkot", "pemprov",
    "humas", "dokumentasi", "bakanlığı", "belediyesi", "valiliği", "of", "de", "du", "der",
    # a public body or utility: "Metro Harbour Water District", "Port Authority", "Tourism Board"
    "district", "authority", "commission", "board", "bureau", "corporation",
    # "PHOTO FOURNIE PAR LA VILLE" (La Presse: 'supplied by the city')
    "fournie", "fourni", "fournies", "par",
    # ...and in English: "Photo: Supplied" (Australian and New Zealand papers' handout picture),
    # "Photo: Provided", "(Submitted by the council)"
    "supplied", "provided", "submitted",
    # ...and as Indian papers credit a picture they were given: "Photo Credit: Special
    # Arrangement" (The Hindu), "Photo: Collected"
    "arrangement", "collected",
    # a paper's own picture archive or desk: "Foto: Arquivo Global Imagens", "Foto: Archivo"
    "arquivo", "archivo", "arxiu", "imagens", "imágenes", "imagenes", "images",
    # ...in the other alphabets and languages: "Снимка: Архив БТА" (the agency's archive),
    # "Фото: архів", "Φωτογραφία: Αρχείο", "Foto: Archiv", "Fot. Archiwum"
    "архив", "архива", "архів", "архіў", "arhiv", "arhiva", "archiv", "archiwum", "archivio",
    "αρχείο", "αρχειο", "arşiv", "arsip", "ארכיון", "أرشيف", "آرشیو",
    # a chart's source under its caption: "Source: Statistics Estonia/ERR"
    "statistics", "institute", "bank",
)

# Words that open a page header line giving the publication or update time.
PUBLISHED_WORDS = (
    "published", "publié le", "publié", "publie le", "veröffentlicht am",
    "veröffentlicht", "publicado el", "publicado em", "publicado", "pubblicato il",
    "pubblicato", "gepubliceerd op", "gepubliceerd", "posted", "first published",
    # Luxembourgish ("Publizéiert den 03.11.2022 um 10:31") and Romansh ("Publitgà: ...")
    "publizéiert den", "publizéiert am", "publizéiert", "publitgà il", "publitgà",
    # Albanian ("Publikuar: 09/06/2020 14:12"), Welsh 'published', Irish 'published', Maltese 'published'
    "publikuar më", "publikuar", "cyhoeddwyd", "foilsithe", "ippubblikat",
    # CNN's and its peers' pages of the 1990s: "Web posted at: 10:22 a.m. EDT (1422 GMT)"
    "web posted at", "web posted",
    # Bangladeshi and Indian portals' bare verb, a dash or colon after it ("Publish- June 18,
    # 2022, 03:25 PM  Update- ...", UNB; "Publish Date: 18 Jun 2022"), as "update" is the update's
    "publish", "publish date", "publish time", "publish on", "published date", "published time",
    # the noun's label, as a news site's template writes it ("Publication date 09 June 2022 |
    # 18:05 ICT", Khmer Times'; "Publication time: ...")
    "publication date", "publication time", "date of publication",
    "date", "datum", "fecha", "data", "erstellt am", "erstellt", "créé le",
    "publicação", "publiceret", "publicerad", "julkaistu", "opublikowano", "issued on",
    "issued", "originally published", "yayınlanma", "publisert", "data publikacji",
    # a wire system's header lines above the copy: "CREATED: 20240305T143200Z" (IPTC's
    # firstCreated / versionCreated, as feeds written out as text keep them)
    "firstcreated", "first created", "created",
    # a regulatory news service's header: "Released 07:00 07-May-2021" (LSE's RNS), when the
    # announcement went out
    "released", "released on",
    # Arabic sites under the copy: "نشر في 5 مارس 2024 الساعة 14:32 بتوقيت غرينتش"
    "نشر في", "نشر بتاريخ", "تاريخ النشر",
    # Indian sites: "published" in Bangla, Hindi/Marathi/Nepali, Gujarati and Punjabi
    "প্রকাশিত", "प्रकाशित", "પ્રકાશિત", "ਪ੍ਰਕਾਸ਼ਿਤ",
    # embargoed copy above its headline: the release time is when it runs ("HOLD FOR
    # RELEASE UNTIL 6 P.M. EST TUESDAY, MARCH 4, 2025", "Embargoed until 00:01 GMT 5 March 2025")
    "hold for release until", "hold for release", "for release at", "embargoed until", "embargoed till",
    "under embargo until", "embargo until", "embargoed to", "embargoed till", "embargo till", "embargoed for",
    "sperrfrist", "embargo jusqu'au", "sous embargo jusqu'au",
    # Central and Eastern European, Baltic and Nordic portals' "published" ("Publicat: 27.09.2023,
    # 14:10   Actualizat: ...", Romanian): Czech, Slovak, Romanian, Hungarian, Slovene and
    # Croatian/Bosnian/Serbian (Latin and Cyrillic), Bulgarian, Russian, Ukrainian,
    # Lithuanian, Latvian, Estonian, Swedish's neuter, Icelandic
    "publikováno", "zveřejněno", "publikované", "zverejnené", "uverejnené", "publicat la", "publicat",
    "data publicării", "publikálva", "közzétéve", "megjelent", "objavljeno", "објављено",
    "публикувано", "публикувана", "опубликовано", "опубліковано", "paskelbta", "publikuota",
    "publicēts", "avaldatud", "publicerat", "birt",
    # ... and the rest of each language's "published", written language by language
    # (tests/test_parse_tables_credit_roles.py): Greek, Macedonian, Belarusian, Azerbaijani,
    # Kazakh, Uzbek, Georgian, Armenian ("՝" closes the label as a colon does), Persian
    # ('date of publication'), Hebrew, Urdu, Bengali ('publication'), Tamil, Indonesian and
    # Malay, Tagalog, Vietnamese ('date posted', 'posted at'), Thai, Swahili, Amharic
    "δημοσιεύθηκε", "δημοσίευση", "објавено", "апублікавана", "dərc olunub",
    "dərc edilib", "yayımlanıb", "жарияланды", "жарияланған", "nashr qilindi", "nashr qilingan",
    "გამოქვეყნდა", "გამოქვეყნებულია", "հրապարակվել է՝", "հրապարակվել է", "تاریخ انتشار",
    "منتشر شده", "פורסם", "شائع شدہ", "تاریخ اشاعت", "প্রকাশ", "வெளியிடப்பட்டது",
    # Tamil papers' 'date posted' ("பதிவு செய்த நாள்: ஏப்ரல் 02, 2009 10:12")
    "பதிவு செய்த நாள்", "diterbitkan",
    "dipublikasikan", "inilathala", "ngày đăng", "đăng lúc", "đăng ngày", "เผยแพร่",
    "imechapishwa", "የታተመበት ቀን",
    # ... Afghan sites' Dari 'date of publication' and 'published', the other Indian scripts'
    # 'published' (Telugu, Kannada, Malayalam, Odia), Sinhala's 'published on', Thai's 'posted
    # on', Khmer's 'published'
    "تاریخ نشر", "نشر شده", "ప్రచురించబడింది", "ప్రచురణ", "ಪ್ರಕಟಿಸಲಾಗಿದೆ", "ಪ್ರಕಟಣೆ",
    "പ്രസിദ്ധീകരിച്ചത്", "പ്രസിദ്ധീകരിച്ചു", "ପ୍ରକାଶିତ", "පළ කළේ", "පළ වූයේ", "โพสต์เมื่อ",
    "ចុះផ្សាយ",
    # ... and 'date' as other scripts label a stamp (GENERIC_DATE_WORDS below): "วันที่ 25 ต.ค.
    # 2556 เวลา 09:40 น.", "Tanggal: 25 Oktober 2013", "Дата: 25.10.2013"
    "التاريخ", "تاريخ", "تاریخ", "نېټه", "दिनांक", "तारीख", "তারিখ", "தேதி", "дата", "ημερομηνία",
    "tarih", "tanggal", "วันที่",
    # ... and as the other languages of smaller agencies' pages label it: Tagalog "Petsa: Hunyo
    # 3, 2021", Malay, Swahili, Azerbaijani, Georgian, Armenian, Mongolian, Macedonian and
    # Serbian, Icelandic, Nepali, Sinhala, Hebrew, Khmer, Burmese (Lao's "ວັນທີ" is a date
    # line's own word, DATE_LINE_WORDS: 'day' before its number too)
    *(EXTRA_DATE_LABELS := (
        "petsa", "tarikh", "tarehe", "tarix", "თარიღი", "ամսաթիվ", "огноо", "датум", "dagsetning",
        "मिति", "දිනය", "תאריך", "កាលបរិច្ឆេទ", "ရက်စွဲ")),
    # a media-monitoring service's item over the story it matched: "Item time: 9 March 2021,
    # 4:05pm AEDT", "Story date: ...", "Article time: ..." (when the outlet ran it)
    "item time", "item date", "story time", "story date", "article time", "article date",
)
# Words that open a line under the copy giving when the story first ran: the Guardian's foot
# "First published on Wed 17 Apr 2024 09.32 BST" under a head stamp that is the latest change.
FIRST_PUBLISHED_WORDS = ("first published", "originally published", "first posted")
# Labels of a time of day on a record's line of its own or beside its date, the day left to
# the date field ("Date: 19/05/2008" / "Time: 14:32", "Fecha: 12/11/2012     Hora: 13:45"),
# as monitoring services and archives set their templates.
TIME_LABEL_WORDS = ("time", "hora", "heure", "uhrzeit", "zeit", "ora", "время", "час", "saat",
                    "tijd", "godzina", "tempo",
                    # Greek, the Nordic languages, Finnish, Czech and Slovak, Slovene, the
                    # South Slavic, Baltic and Hungarian words ("Ημερομηνία: 03/11/2005   Ώρα: 13:25")
                    "ώρα", "ωρα", "tid", "kellonaika", "čas", "ura", "vrijeme", "vreme", "laikas",
                    "laiks", "kellaaeg", "időpont")
# Note apps whose HTML export names itself in <meta name="generator"> (or OneNote's ProgId):
# the page's <title> and <h1> are then the note's name ("Articolo per tesi cap. 3", "北海道
# 大雪 資料"), the clipped story's headline the emphasised line above its date or dateline.
NOTE_APP_GENERATORS = ("apple notes", "onenote", "evernote", "joplin", "simplenote", "notion",
                       "obsidian", "zotero", "google keep", "standard notes", "upnote", "notesnook",
                       "bear notes", "craft docs", "notability")
# Chat apps whose HTML export names the app at the end of its <title> ("Chat | Ops | Microsoft
# Teams"): a post's author and time are the poster's, a story pasted or quoted in it is the
# page's story, as in a note app's export.
CHAT_APP_TITLES = ("microsoft teams", "slack", "discord", "mattermost", "rocket.chat", "google chat",
                   "zulip", "webex", "workplace from meta")
# Hosts of read-later and feed-reading tools: a page saved from their reader view names
# its own address ("https://getpocket.com/read/3816402217") in og:url or the canonical link,
# never the story's; the clipped page's address is the link to the original beside it.
READER_TOOL_HOSTS = ("getpocket.com", "instapaper.com", "raindrop.io", "omnivore.app", "readwise.io",
                     "feedly.com", "inoreader.com", "theoldreader.com", "newsblur.com", "matter.com")
# Hosts of news aggregators' share links ("https://news.google.com/articles/CBMi...", an
# Apple News or Flipboard link): they lead to the story through the app, never its page; a
# labelled source line elsewhere in the copy ("Source: https://...") names the story's own.
AGGREGATOR_LINK_HOSTS = ("news.google.com", "apple.news", "flipboard.com", "flip.it", "smartnews.com",
                         "squid.app", "upday.com", "newsbreak.com", "ground.news")
# The words of a reader view's link to the page it was saved from ("View Original"), in
# the languages of its interface.
ORIGINAL_LINK_WORDS = frozenset((
    "view original", "view the original", "open original", "original article", "go to original",
    "read original", "view on original site", "original anzeigen", "original öffnen", "zum original",
    "voir l'original", "voir l’original", "article original", "ouvrir l'original", "ver original",
    "ver el original", "abrir original", "artículo original", "ver o original", "artigo original",
    "vedi originale", "apri originale", "articolo originale", "origineel bekijken", "bekijk origineel",
    "origineel artikel", "visa original", "vis original", "näytä alkuperäinen"))
# Words before a date that say when a page or terminal screen was printed, or a reader
# saved, clipped or fetched it, not when the story ran: a print header's "Printed
# 03/14/2024 10:02", a read-later app's "Saved on March 5, 2024", a citation's "Accessed 5
# March 2024" are no dates of the story's.
PRINTED_WORDS = ("printed on", "printed", "print date", "imprimé le", "imprimé", "gedruckt am",
                 "gedruckt", "druckdatum", "impreso el", "impreso", "stampato il", "stampato",
                 "saved on", "saved at", "saved", "date saved", "clipped on", "clipped", "accessed on",
                 "accessed", "retrieved on", "retrieved", "downloaded on", "downloaded",
                 "gespeichert am", "gespeichert", "abgerufen am", "abgerufen", "heruntergeladen am",
                 "enregistré le", "sauvegardé le", "consulté le", "téléchargé le",
                 "guardado el", "consultado el", "descargado el", "salvato il", "consultato il",
                 "scaricato il", "salvo em", "guardado em", "acessado em", "consultado em",
                 "opgeslagen op", "geraadpleegd op", "gedownload op",
                 # a web archive's capture of the page ("Captured March 12, 1998")
                 "captured on", "captured", "archived on", "archived", "crawled on", "crawled",
                 "capturé le", "archivé le", "archiviert am", "erfasst am", "archivado el",
                 "capturado el", "archiviato il", "acquisito il", "arquivado em", "capturado em",
                 "gearchiveerd op", "arkiverad", "arkiveret",
                 # a clipper's or a note's own line for the clip ("Data do recorte: 2020-01-16",
                 # "Date clipped: ...", "Ausgeschnitten am ..."), in the languages above
                 "clip date", "date clipped", "clipped at", "date added", "added on", "added",
                 "date de découpe", "découpé le", "date de capture", "ajouté le",
                 "ausgeschnitten am", "hinzugefügt am", "fecha de recorte", "fecha del recorte",
                 "recortado el", "añadido el", "data do recorte", "data de recorte", "recortado em",
                 "adicionado em", "data del ritaglio", "ritagliato il", "aggiunto il",
                 "knipseldatum", "geknipt op", "toegevoegd op", "klippdatum", "klippt den",
                 "tillagd den", "klipdato", "klippet den", "tilføjet den",
                 # a reference manager's item line ("Added: 10/2/2015, 3:48:12 PM · Modified: ...")
                 "ajouté", "hinzugefügt", "añadido", "aggiunto", "adicionado", "toegevoegd", "tillagd")
# Single words, folded, that say a date is the publication's or the update's wherever
# they stand in its line ("Dieser Inhalt wurde am ... publiziert"); none opens a name.
DATE_WORDS_PUBLISHED = frozenset({"publiziert", "veroffentlicht", "publie", "publicado", "published",
                                  "pubblicato", "publicada", "gepubliceerd", "posted", "issued",
                                  "publizeiert", "publitga"})
DATE_WORDS_UPDATED = frozenset({"aktualisiert", "updated", "actualizado", "aggiornato", "atualizado", "atualizada",
                                "actualizada", "modifie", "modified", "bijgewerkt", "aktualiseiert",
                                "actualisa"})
# The English ones among the date words: a numeric date after them is read month first.
ENGLISH_DATE_WORDS = ("published", "posted", "publish", "publish date", "publish time", "publish on",
                      "published date", "published time", "web posted at", "web posted", "first published", "date", "issued on", "issued", "released", "released on",
                      "originally published", "updated", "last updated", "last update", "modified",
                      "last modified", "hold for release until", "hold for release", "for release at",
                      "embargoed until", "embargoed till", "under embargo until", "embargo until",
                      "embargoed to", "embargo till", "embargoed for", "item time", "item date",
                      "story time", "story date", "article time", "article date")
# Date words that English shares with another language: "Date : 12/01/2022" opens a French
# database export's line as well as an English page's, so the page's language orders its numbers.
SHARED_DATE_WORDS = ("date",)
# Published words that may also stand inside a line of two dates ("Publié le ..., mis à
# jour le ..."); the generic ones ("date", "data") only open one.
GENERIC_DATE_WORDS = ("date", "datum", "fecha", "data", "posted", "erstellt", "erstellt am",
                      "created", "first created", "firstcreated",
                      # 'date' in other scripts' labels: Arabic, Persian and Urdu, Pashto, Hindi
                      # and Marathi, Bengali, Tamil, Russian, Greek, Turkish, Indonesian, Thai
                      "التاريخ", "تاريخ", "تاریخ", "نېټه", "दिनांक", "तारीख", "তারিখ", "தேதி",
                      "дата", "ημερομηνία", "tarih", "tanggal", "วันที่", *EXTRA_DATE_LABELS)
UPDATED_WORDS = (
    "updated", "last updated", "mis à jour le", "mis à jour", "mis a jour le",
    "mise à jour le", "mise à jour", "aktualisiert am", "aktualisiert",
    "zuletzt aktualisiert", "actualizado el", "actualizado", "atualizado em",
    "atualizado",
    # (Brazilian portals agree it with "notícia": "Atualizada em 14/09/2022 12h05", UOL; Mexican
    # ones with "nota": "Actualizada 15:10")
    "atualizada em", "atualizada", "actualizada el", "actualizada", "aggiornato il", "aggiornato", "bijgewerkt op", "bijgewerkt",
    "modified", "last modified", "geändert", "update", "modifié le", "opdateret",
    # Luxembourgish ("Aktualiséiert: 03.11.2022 12:05", RTL.lu) and Romansh ("Actualisà: ...")
    "aktualiséiert den", "aktualiséiert am", "aktualiséiert", "actualisà il", "actualisà",
    "uppdaterad", "päivitetty", "zaktualizowano", "modifié", "aangepast", "güncelleme",
    "oppdatert", "versioncreated", "version created",
    "aktualizacja",     # Polish portals: "Data publikacji: ...", "Aktualizacja: ..."
    "آخر تحديث", "تم التحديث",     # Arabic sites: "last updated"
    # ...and 'update' alone as the label of a page's second stamp, after "نشر في" (MAP's
    # Arabic site: "تحديث : الإثنين ... - 16:05")
    "تحديث", "التحديث",
    # ...Anadolu's Arabic service: "Name |30.04.2023 - محدث : 01.05.2023" ('updated'), and
    # "update date", "last edited"
    "محدث", "تاريخ التحديث", "آخر تعديل",
    # Indian sites: Bangla "শেষ আপডেট:" (last update), Hindi and Marathi "अपडेट", Gujarati
    "শেষ আপডেট", "আপডেট", "अपडेटेड", "अपडेट", "અપડેટ",
    # Corriere's "18 giugno 2024 (modifica il 18 giugno 2024 | 16:05)"
    "modifica il", "modificato il",
    # a CMS's Spanish stamp under the copy, kept on an agency's pages in other languages too
    # ("Modificado el ( viernes, 27 de marzo de 2015 13:02 )"), and English "Last update:"
    # alone under a headline ("Last update: 12/03/2024 04:35 PM")
    "modificado el", "modificado", "last update",
    # "last update" as Dutch, Spanish, Italian, French and German pages write it beside the
    # publication: "3 jun 2024 om 14:22   Laatste update: 15:05"
    "laatste update", "laatst bijgewerkt", "última actualización", "ultima actualizacion",
    "ultimo aggiornamento", "dernière mise à jour", "derniere mise a jour", "letzte aktualisierung",
    # Greek portals: "12.11.2024 | 09:20 - Τελευταία ενημέρωση: 12.11.2024 | 11:05" (last update)
    "τελευταία ενημέρωση", "τελευταια ενημερωση", "ενημερώθηκε",
    # their "updated", the last update: Czech ("12. 3. 2024, 14:05 - aktualizováno 12. 3.
    # 2024, 15:30"), Slovak ("14.07.2022 13:05  Aktualizované 14.07.2022 14:40"), Romanian,
    # Polish, Hungarian, Slovene, Croatian/Bosnian/Serbian, Bulgarian, Russian, Ukrainian,
    # Lithuanian, Latvian, Estonian, Swedish's neuter, Icelandic
    "aktualizováno", "aktualizace", "aktualizované", "aktualizácia", "actualizat la", "actualizat",
    "ultima actualizare", "actualizare", "ostatnia aktualizacja", "frissítve", "utolsó frissítés",
    "módosítva", "posodobljeno", "zadnja posodobitev", "ažurirano", "azurirano", "ажурирано",
    "актуализирана", "актуализирано", "последна актуализация", "обновена", "обновено", "обновлено",
    "оновлено", "atnaujinta", "atjaunināts", "atjaunots", "uuendatud", "uppdaterat", "uppfært",
    # Catalan sites: "12/11/2021 12:05 | Actualitzat a les 14:20" (La Vanguardia, Ara)
    "actualitzat el", "actualitzat", "actualitzada",
    # ... and the rest of each language's "updated", written language by language (as
    # "published" above): Belarusian, Azerbaijani, Kazakh, Uzbek, Georgian, Armenian, Persian
    # (with and without the zero-width non-joiner, or a space, inside "به‌روز"), Hebrew, Urdu,
    # Tamil, Indonesian, Malay, Tagalog, Vietnamese, Thai (as its sites spell the loanword),
    # Swahili, Amharic
    "абноўлена", "yenilənib", "yeniləndi", "жаңартылды", "жаңартылған", "yangilandi", "yangilangan",
    "განახლდა", "განახლებულია", "թարմացվել է՝", "թարմացվել է", "به‌روزرسانی", "بروزرسانی",
    "به روزرسانی", "به‌روز شده", "עודכן", "اپ ڈیٹ", "اپڈیٹ", "புதுப்பிக்கப்பட்டது", "diperbarui",
    "dikemas kini", "dikemaskini", "na-update", "cập nhật", "อัปเดต", "อัพเดท", "อัพเดต",
    "imesasishwa", "የተሻሻለው",
    # Hindi's and Marathi's own word beside the loanword ("अद्यतन: 18 जून 2020")
    "अद्यतन", "अद्यतनित",
    # ... Thai's 'revised' and 'last revised' ("ปรับปรุงล่าสุด", "last" after the word) and its
    # 'last edited', 'last updated'; the other Indian scripts' 'update' (Telugu, Kannada,
    # Malayalam and its 'renewed', Odia); Sinhala's 'updated'; Khmer's 'updated'
    "ปรับปรุงล่าสุด", "ปรับปรุง", "แก้ไขล่าสุด", "อัปเดตล่าสุด", "อัพเดทล่าสุด", "అప్‌డేట్", "ಅಪ್‌ಡೇಟ್",
    "അപ്ഡേറ്റ്", "അപ്‌ഡേറ്റ്", "പുതുക്കിയത്", "ଅପଡେଟ", "යාවත්කාලීන කළේ", "යාවත්කාලීන", "បានកែប្រែ",
    # Albanian 'updated' (ATA, KosovaPress: "Përditësuar: 09/06/2020 16:40", also written
    # without its diaeresis), Welsh 'updated', Irish 'updated', Maltese 'updated'
    "përditësuar", "perditesuar", "përditësimi", "diweddarwyd", "wedi'i ddiweddaru", "nuashonraithe",
    "aġġornat",
)
# The words for a half of the day that follow a time where English writes "am"/"pm", by the
# half they mean: Tagalog ("4:15 ng hapon", 'of the afternoon'; "ng umaga", 'of the morning';
# "ng gabi", 'of the evening'; "ng madaling-araw", 'of the dawn'; not "ng tanghali", 'of
# noon', either side of it), Malay and Indonesian ("3.15 petang", "9.30 pagi", "8.00 malam",
# "4.00 sore"), Tamil ("முற்பகல்", 'forenoon'; "பிற்பகல்", 'afternoon') and Sinhala's
# abbreviations ("පෙ.ව.", 'before noon'; "ප.ව.", 'after noon').
HALF_DAY_WORDS = {
    "umaga": "am", "madaling-araw": "am", "madaling araw": "am", "hapon": "pm", "gabi": "pm",
    "pagi": "am", "petang": "pm", "malam": "pm", "sore": "pm",
    "முற்பகல்": "am", "காலை": "am", "பிற்பகல்": "pm", "மாலை": "pm", "இரவு": "pm",
    "පෙ.ව.": "am", "පෙ.ව": "am", "ප.ව.": "pm", "ප.ව": "pm",
    # Turkish "öğleden önce" / "öğleden sonra" and their short forms, as X and phones write
    # them after a time ("3:42 ÖS · 9 Şub 2026")
    "öö": "am", "ös": "pm", "öğleden önce": "am", "öğleden sonra": "pm",
}

# Cyrillic letters as Latin letters, for an agency's name that mixes the two scripts: Kyrgyz and
# Russian copy writes AKIpress's "AKI" in Cyrillic ("Ош (АКИpress) —"). Upper case only: a mixed
# name's Cyrillic part is its capitals.
CYRILLIC_TO_LATIN = {"А": "A", "Б": "B", "В": "V", "Г": "G", "Д": "D", "Е": "E", "Ё": "E", "Ж": "Zh",
                     "З": "Z", "И": "I", "Й": "Y", "К": "K", "Л": "L", "М": "M", "Н": "N", "О": "O",
                     "П": "P", "Р": "R", "С": "S", "Т": "T", "У": "U", "Ф": "F", "Х": "Kh", "Ц": "Ts",
                     "Ч": "Ch", "Ш": "Sh", "Щ": "Shch", "Ы": "Y", "Э": "E", "Ю": "Yu", "Я": "Ya",
                     "І": "I", "Ї": "Yi", "Є": "Ye", "Ґ": "G"}

# Words for "last" or "latest" that a page may set before any of its updated words ("Sist
# oppdatert: 23.01.2020 15:03", Norwegian; "Senast uppdaterad", Swedish; "Latest update"):
# the stamp is still the update's, whatever the language pairs them as.
LAST_WORDS = ("last", "latest", "sist", "senast", "senest", "seneste", "sidst", "zuletzt",
              "laatst", "laatste", "viimeksi", "viimati", "síðast", "ostatnio", "ostatnia",
              "ultima", "ultimo", "última", "último", "dernière", "derniere", "dernier",
              "naposledy", "utoljára", "zadnje", "zadnja", "последнее", "востаннє",
              "останнє", "τελευταία", "son",
              # Persian and Urdu 'last' ("آخرین به‌روزرسانی", "آخری اپ ڈیٹ")
              "آخرین", "آخری")

# Time-zone abbreviations seen in agency headers, as UTC offsets in minutes.
# "ET"/"PT"-style names without S/D are resolved by date through zoneinfo.
TZ_OFFSETS = {
    "UTC": 0, "GMT": 0, "Z": 0, "WET": 0, "BST": 60, "IST": 330, "CET": 60,
    "CEST": 120, "MEZ": 60, "MESZ": 120, "EET": 120, "EEST": 180, "MSK": 180,
    "EST": -300, "EDT": -240, "CST": -360, "CDT": -300, "MST": -420, "MDT": -360,
    "PST": -480, "PDT": -420, "AKST": -540, "AKDT": -480, "HST": -600,
    "JST": 540, "KST": 540, "HKT": 480, "SGT": 480, "AWST": 480, "AEST": 600,
    "AEDT": 660, "NZST": 720, "NZDT": 780, "WIB": 420, "PHT": 480, "ICT": 420,
    "WITA": 480, "WIT": 540,    # Indonesia's central and eastern zones (WIB is the western)
    "MYT": 480,
    "BRT": -180, "ART": -180,
    "GST": 240,     # Gulf Standard Time, as sites in the Emirates and Oman stamp their pages
    "KSA": 180,     # Saudi Arabia's time, as Saudi-owned sites stamp theirs ("01:05 م KSA")
    # Canada's French names (La Presse Canadienne: "14 h 32 HNE"): heure normale / avancée
    # de l'Est, du Centre, des Rocheuses, du Pacifique, de l'Atlantique
    "HNE": -300, "HAE": -240, "HNC": -360, "HAC": -300, "HNR": -420, "HAR": -360,
    "HNP": -480, "HAP": -420, "HNA": -240, "HAA": -180,
    "МСК": 180,     # Moscow time as Russian copy writes it, in Cyrillic ("14:32 МСК")
    # Australia's central zone; South Africa's, Pakistan's and West, Central and East Africa's;
    # Guam's Chamorro Standard Time, as its papers stamp their pages ("9:14 a.m. ChST")
    "ACST": 570, "ACDT": 630, "SAST": 120, "PKT": 300, "WAT": 60, "CAT": 120, "EAT": 180,
    "ChST": 600,
}
# A capital's local time written out after a time ("à 09h15 (heure de Paris)"), as the
# zone whose offset the date decides.
TZ_LOCAL_NAMES = {"heure de paris": "Europe/Paris", "heure française": "Europe/Paris",
                  "heure de bruxelles": "Europe/Brussels", "hora de madrid": "Europe/Madrid",
                  "hora peninsular": "Europe/Madrid", "ora italiana": "Europe/Rome",
                  "deutscher zeit": "Europe/Berlin",
                  # the Canaries' and Brazil's capital's own: "17:50 (hora canaria)",
                  # "10h05 (horário de Brasília)"
                  "hora canaria": "Atlantic/Canary", "hora de canarias": "Atlantic/Canary",
                  "horário de brasília": "America/Sao_Paulo", "hora de brasília": "America/Sao_Paulo",
                  # East Asia's: "2025/01/28 09:30（日本時間）", "北京时间3月5日14时32分", "한국시간"
                  "日本時間": "Asia/Tokyo", "日本时间": "Asia/Tokyo", "北京时间": "Asia/Shanghai",
                  "北京時間": "Asia/Shanghai", "台北時間": "Asia/Taipei", "台灣時間": "Asia/Taipei",
                  "香港時間": "Asia/Hong_Kong", "한국시간": "Asia/Seoul", "한국 시간": "Asia/Seoul",
                  "韓国時間": "Asia/Seoul",
                  # Arab sites' "(بتوقيت مكة المكرمة)" ('Mecca time'), and their capitals'
                  "بتوقيت مكة المكرمة": "Asia/Riyadh", "بتوقيت مكة": "Asia/Riyadh", "بتوقيت الرياض": "Asia/Riyadh",
                  "بتوقيت القاهرة": "Africa/Cairo", "بتوقيت الدوحة": "Asia/Qatar", "بتوقيت أبوظبي": "Asia/Dubai",
                  "بتوقيت الإمارات": "Asia/Dubai", "بتوقيت دبي": "Asia/Dubai", "بتوقيت عمان": "Asia/Amman",
                  "بتوقيت عمّان": "Asia/Amman", "بتوقيت بيروت": "Asia/Beirut", "بتوقيت دمشق": "Asia/Damascus",
                  "بتوقيت بغداد": "Asia/Baghdad", "بتوقيت القدس": "Asia/Jerusalem", "بتوقيت الكويت": "Asia/Kuwait"}
# US zones by name ("Eastern Time") -> the abbreviation TZ_REGIONS resolves by date.
TZ_NAMES = {"Eastern": "ET", "Central": "CT", "Mountain": "MT", "Pacific": "PT"}
TZ_REGIONS = {"ET": "America/New_York", "CT": "America/Chicago", "MT": "America/Denver",
              "PT": "America/Los_Angeles", "CET/CEST": "Europe/Berlin"}

# Letters that together mark one language's Latin alphabet where the language model, trained
# on another script, reads the text as a neighbour's: Kazakh's 2018 alphabet ("Jańa kitaphana
# ashyldy", "Qoǵam", "kúnderi") comes out Turkmen. All the letters must be in the sample.
LATIN_ALPHABET_LETTERS = {
    "kk": ("ǵ", "ń", "ú"),
}

# The letters beyond ASCII of the languages written in Latin letters whose legacy copy comes in
# a one-byte code page (Windows-1250/1252/1254/1257, ISO 8859-2): what tells a file's right
# code page from a wrong one. Czech read as Windows-1252 gives "Brnìnské" (ě as ì) and
# "støecha" (ř as ø): letters of Italian and Danish, but no language writes both; read in
# Windows-1250 every letter is Czech. Lower case; the upper case folds to it.
LATIN_LETTERS_BEYOND_ASCII = {
    "fr": "àâæçéèêëîïôœùûüÿ", "de": "äöüß", "es": "áéíñóúü", "pt": "áâãàçéêíóôõú",
    "it": "àèéìíîòóù", "nl": "áéëïóöü", "da": "æøåé", "nb": "æøåéó", "sv": "åäöé",
    "fi": "åäöšž", "is": "áðéíóúýþæö", "ca": "àçèéíïòóúü", "ga": "áéíóú",
    "cs": "áčďéěíňóřšťúůýž", "sk": "áäčďéíĺľňóôŕšťúýž", "pl": "ąćęłńóśźż",
    "hu": "áéíóöőúüű", "hr": "čćđšž", "sl": "čšž", "ro": "ăâîșşțţ", "sq": "çë",
    "tr": "çğıöşüâî", "lv": "āčēģīķļņšūž", "lt": "ąčęėįšųūž", "et": "äõöüšž",
}

# Serbian, Bosnian, Croatian and Montenegrin share one standard language but two ways of
# saying the old yat vowel: Serbian writes "ekavian" ("predsednik", "vreme", "posle"), the
# others "ijekavian" ("predsjednik", "vrijeme", "poslije"). The language model reads Serbian
# in Latin letters as Bosnian; more of the first words than of the second make it Serbian.
# Common words of news copy, each with its counterpart; none is a word of the other form.
EKAVIAN_WORDS = frozenset((
    "predsednik", "predsednika", "predsedniku", "predsednica", "predsedništvo", "mesto", "mesta", "mestu",
    "dete", "deca", "dece", "deci", "pesma", "lepo", "lepa", "vest", "vesti", "svetski", "svetske",
    "svetskog", "svetskom", "reč", "reči", "cena", "cene", "cenu", "ceni", "pre", "posle", "uvek",
    "gde", "hteo", "htela", "ovde", "sednica", "sednici", "sednice", "sednicu", "izveštaj",
    "izveštaja", "izveštaju", "poslednji", "poslednje", "poslednjih", "poslednjeg", "nedelja",
    "nedelje", "nedelju", "nedelji", "delom", "deo", "vrednost", "vrednosti", "mere", "mera",
    "meru", "videti", "sedište", "sedištu", "reka", "reke", "reci", "lekova", "lekovi", "belo",
    "bela", "beli", "bele", "primer", "primera", "vreme", "verovatno", "uveren",
    "nedeljno", "nedeljnog", "letnji", "letnjoj", "letnje", "letnjeg", "mesec", "meseca", "meseci",
    "mesečno", "sledeći", "sledeće", "sledećeg", "sever", "severu", "severni", "ceo", "celog",
    "čovek", "čoveka", "vek", "veka", "posledice", "posledica", "promene", "promena", "izmene",
    "izmena", "primena", "primene", "rešenje", "rešenja", "telo", "lekar", "lekara",
))
IJEKAVIAN_WORDS = frozenset((
    "predsjednik", "predsjednika", "predsjedniku", "predsjednica", "predsjedništvo", "mjesto", "mjesta",
    "mjestu", "dijete", "djeca", "djece", "djeci", "pjesma", "lijepo", "lijepa", "vijest", "vijesti",
    "svjetski", "svjetske", "svjetskog", "svjetskom", "riječ", "riječi", "cijena", "cijene", "cijenu",
    "cijeni", "prije", "poslije", "uvijek", "gdje", "htio", "htjela", "ovdje", "sjednica", "sjednici",
    "sjednice", "sjednicu", "izvještaj", "izvještaja", "izvještaju", "posljednji", "posljednje",
    "posljednjih", "posljednjeg", "nedjelja", "nedjelje", "nedjelju", "nedjelji", "djelom", "dio",
    "vrijednost", "vrijednosti", "mjere", "mjera", "mjeru", "vidjeti", "sjedište", "sjedištu",
    "rijeka", "rijeke", "rijeci", "lijekova", "lijekovi", "bijelo", "bijela", "bijeli", "bijele",
    "primjer", "primjera", "vrijeme", "vjerovatno", "vjerojatno", "uvjeren",
    "nedjeljno", "nedjeljnog", "ljetni", "ljetnoj", "ljetnjoj", "ljetne", "ljetnog", "mjesec", "mjeseca",
    "mjeseci", "mjesečno", "sljedeći", "sljedeće", "sljedećeg", "sjever", "sjeveru", "sjeverni", "cio",
    "cijelog", "čovjek", "čovjeka", "vijek", "vijeka", "posljedice", "posljedica", "promjene", "promjena",
    "izmjene", "izmjena", "primjena", "primjene", "rješenje", "rješenja", "tijelo", "ljekar", "ljekara",
))
# (the languages of that standard the model may answer, Latin letters)
EKAVIAN_CHOICES = frozenset(("bs", "hr", "sr"))

# Indonesian and Malay share most of their words; the model mixes them up on short copy. Words
# of news copy that one standard writes and the other does not, each with its counterpart
# (Indonesian "pemerintah", "uang", "Juli", "karena"; Malay "kerajaan", "wang", "Julai",
# "kerana"): more of one kind decides.
INDONESIAN_WORDS = frozenset((
    "pemerintah", "pemerintahan", "uang", "bisa", "saja", "karena", "setelah", "kendaraan", "polisi",
    "universitas", "kebijakan", "pengusaha", "maret", "juni", "juli", "agustus", "desember",
    "mengatakan", "gratis", "kantor", "kampanye", "perusahaan", "senin", "kamis", "jumat", "wib",
    "wita", "bahwa", "mobil",
))
MALAY_WORDS = frozenset((
    "kerajaan", "wang", "sahaja", "kerana", "selepas", "kenderaan", "polis", "universiti",
    "majikan", "mac", "julai", "ogos", "disember", "berkata", "hospital", "percuma",
    "pejabat", "kempen", "syarikat", "ahad", "isnin", "khamis", "jumaat", "bahawa", "iaitu",
    "kereta",
))
MALAY_CHOICES = frozenset(("id", "ms"))

# Romansh is not among the language model's languages: it reads it as a Romance neighbour
# (Occitan, Italian, Catalan). Its frequent words that none of those languages writes tell it:
# the negation "betg", "ina" 'a', "dapli" 'more', "vegn"/"vegnan" 'is/are (done)', "èn" 'are',
# "tenor" 'according to', the Engadine idioms' "ün", "üna", "daplü", "eir", Sursilvan "quei".
ROMANSH_WORDS = frozenset((
    "betg", "ina", "dapli", "daplü", "dentant", "denton", "vegn", "vegnan", "vegnir", "vegnì",
    "vegnida", "vain", "èn", "saja", "sajan", "cun", "sco", "uss", "ussa", "fitg", "perquai",
    "uschia", "mintga", "chantun", "chantunal", "onn", "onns", "pertschient", "tranter",
    "suenter", "ditg", "fatg", "adina", "savens", "lavur", "lavurs", "pudain", "stuain",
    "duain", "duai", "possian", "ün", "üna", "eir", "plü", "quist", "quista", "quei", "aschia",
    "schizunt", "vischnanca", "vischnancas", "confederaziun",
))
# (the model's answers for Romansh copy)
ROMANSH_CHOICES = frozenset(("oc", "it", "ca", "an", "fr", "la", "es", "ro", "gl", "pt"))
# Romansh words among a text's words, at least this many and this share, make it Romansh.
ROMANSH_MIN_WORDS = 3
ROMANSH_MIN_SHARE = 0.04

# Languages whose pages write numeric dates month first (11/09/2023 = Nov 9).
MONTH_FIRST_LANGUAGES = ("en",)
# What an English page shows of a country that writes its numeric dates day first
# (05/03/2024 = 5 March): the last label of its site's address ("www.example.co.uk",
# "example.com.au") and the time zones of its date lines ("10:02 IST", "14:32 CET").
# The United States' own labels and zones say month first. Canada writes both: neither.
DAY_FIRST_DOMAINS = frozenset((
    "uk", "ie", "in", "au", "nz", "za", "sg", "my", "pk", "lk", "bd", "ng", "ke", "gh", "hk",
    "fr", "de", "ch", "at", "it", "es", "pt", "be", "nl", "lu", "dk", "se", "no", "fi", "pl",
    "cz", "gr", "tr", "ru", "ua", "br", "ar", "mx", "cl", "pe", "ae", "qa", "eg", "il",
    # Southeast Asia (not Laos's "la", which Los Angeles sites use too)
    "vn", "id", "th", "kh", "mm",
))
MONTH_FIRST_DOMAINS = frozenset(("us", "gov", "mil", "ph"))
DAY_FIRST_ZONES = frozenset(("IST", "BST", "CET", "CEST", "MEZ", "MESZ", "EET", "EEST", "AEST", "AEDT",
                             "ACST", "ACDT", "AWST", "NZST", "NZDT", "SGT", "HKT", "SAST", "PKT", "WAT",
                             "EAT", "GST"))
MONTH_FIRST_ZONES = frozenset(("ET", "CT", "MT", "PT", "EST", "EDT", "CST", "CDT", "MST", "MDT",
                               "PST", "PDT", "AKST", "AKDT", "HST"))
# France 24's English pages: "Issued on: 05/03/2024 - 14:32", then "Modified: ...", day first.
DAY_FIRST_LABEL_PAIRS = (("issued on", "modified"),)

# Agencies whose own sites, English editions included, write numeric dates day first
# (Agência Brasil's "Published on 10/05/2022 - 16:05" is 10 May): a page crediting one
# and showing nothing else of its country is read day first.
DAY_FIRST_AGENCIES = frozenset(("Agência Brasil", "Lusa", "Anadolu", "ANSA", "EFE", "Bernama", "PTI",
                                "IANS", "AAP", "NZPA", "PA",
                                # the BBC's service for UK local papers, dated as they date
                                "Local Democracy Reporting Service",
                                # VNA's footer "07/03/2024 20:45" is 7 March, on its English
                                # copy too; the Gulf's and Egypt's agencies write day first.
                                # (PNA does not: the Philippines write month first.)
                                "VNA", "WAM", "SPA", "MENA", "QNA", "KUNA", "NAN", "Antara",
                                # mainland Southeast Asia's state agencies: KPL's "Published:
                                # 10/01/2026" is 10 January; AKP's, MNA's, Thailand's alike
                                "KPL", "AKP", "MNA", "TNA", "NNT"))

# Capitals and agency seats that CLDR's exemplar cities (one per time zone) leave out: with
# those, the places a bare dateline may name ("ANKARA" alone above Anadolu's copy) or a
# colon dateline in title case ("Beirut: ..."), where a word alone is no proof of a place.
KNOWN_CITIES = (
    "Ankara", "Brasília", "Brasilia", "Rio de Janeiro", "Washington", "Ottawa", "Canberra",
    "New Delhi", "Beijing", "Islamabad", "Abuja", "Pretoria", "Bern", "Rabat", "Wellington",
    "Geneva", "Milan", "Bologna", "Florence", "Naples", "Frankfurt", "Munich", "Hamburg",
    "Barcelona", "Porto", "Kyiv", "Kiev", "Izmir", "Ramallah", "Gaza", "Mumbai", "Bengaluru",
    "Hyderabad", "Lahore", "Chennai", "Osaka", "Busan", "Sydney", "Geneve", "Tel Aviv",
    "Abu Dhabi", "Sharjah", "Manama", "Muscat", "Doha", "Riyadh", "Jeddah", "Kuwait", "Amman",
    "Cairo", "Baghdad", "Tehran", "Damascus", "Sanaa", "Aden", "Tripoli", "Tunis", "Algiers",
    "Khartoum", "Nairobi", "Addis Ababa", "Lagos", "Accra", "Dakar", "Kinshasa",
    # South and Southeast Asia's datelines CLDR lacks (NDTV's "Kochi: ...", the Jakarta
    # Post's "Antara, Surabaya | ...")
    "Kochi", "Pune", "Ahmedabad", "Lucknow", "Patna", "Bhopal", "Chandigarh", "Guwahati",
    "Thiruvananthapuram", "Bhubaneswar", "Ranchi", "Dehradun", "Srinagar", "Jammu", "Nagpur",
    "Indore", "Coimbatore", "Madurai", "Visakhapatnam", "Mysuru", "Varanasi", "Amritsar",
    "Shimla", "Raipur", "Imphal", "Shillong", "Gangtok", "Kozhikode", "Thrissur", "Ludhiana",
    "Kanpur", "Prayagraj", "Vadodara", "Peshawar", "Quetta", "Faisalabad", "Multan",
    "Rawalpindi", "Chittagong", "Surabaya", "Medan", "Cebu", "Davao", "Penang",
    "Chattogram", "Khulna", "Rajshahi", "Sylhet", "Barishal", "Pokhara", "Biratnagar", "Jaffna",
    # ...and South Asia's capitals and larger cities in the scripts their own papers print
    # them in, which CLDR and GeoNames lack ("বাসস / ঢাকা", a Bangla page's agency and place):
    # Bengali, Nepali and Hindi, Urdu, Tamil, Sinhala
    "ঢাকা", "চট্টগ্রাম", "খুলনা", "রাজশাহী", "সিলেট", "বরিশাল", "কলকাতা",
    "काठमाडौं", "काठमाडौँ", "काठमांडू", "पोखरा", "विराटनगर", "मुंबई", "कोलकाता", "लखनऊ", "पटना",
    "اسلام آباد", "کراچی", "کوئٹہ", "سرینگر",
    "சென்னை", "கொழும்பு", "மதுரை", "யாழ்ப்பாணம்", "கண்டி", "මහනුවර", "ගාල්ල", "යාපනය",
)

# Month names CLDR lacks, as copy writes them: English "Sept", Austria's "Jänner" and
# "Feber" (January and February in Austrian German: "23. Jänner 2024", derStandard, APA),
# AFP's French teletype cut of "août" ("AFP 091843 GMT AOU 11": only longer names are cut);
# the Maghreb's Arabic months, from the French names (Algeria, Tunisia: "28 ماي 2024",
# "5 جوان"), and Morocco's ("غشت", "شتنبر", "دجنبر"), where CLDR gives the Levant's and Egypt's.
EXTRA_MONTH_NAMES = {
    "sept": 9, "juen": 6, "jänner": 1, "feber": 2, "aou": 8,
    "جانفي": 1, "فيفري": 2, "أفريل": 4, "ماي": 5, "جوان": 6, "جويلية": 7, "أوت": 8,
    "يوليوز": 7, "غشت": 8, "شتنبر": 9, "نونبر": 11, "دجنبر": 12,
    # the Levant's two-word months without their article, as Syrian and Iraqi papers also
    # write them ("5 تشرين ثاني 2023"); CLDR gives "تشرين الثاني", "كانون الأول"
    "كانون ثاني": 1, "تشرين أول": 10, "تشرين ثاني": 11, "كانون أول": 12,
    # Sinhala papers write the English months in Sinhala letters ("ජනවාරි 16, 2024"); CLDR
    # gives only the traditional names ("දුරුතු")
    "ජනවාරි": 1, "පෙබරවාරි": 2, "මාර්තු": 3, "අප්‍රේල්": 4, "අප්රේල්": 4, "මැයි": 5, "ජූනි": 6,
    "ජූලි": 7, "අගෝස්තු": 8, "සැප්තැම්බර්": 9, "ඔක්තෝබර්": 10, "නොවැම්බර්": 11, "දෙසැම්බර්": 12,
    # Kannada papers' spelling of February beside CLDR's "ಫೆಬ್ರವರಿ"
    "ಫೆಬ್ರುವರಿ": 2,
    # Kazakh in the Latin alphabets of 2018 ("27 Qyrkúıek 2023") and 2021 ("Qyrküiek")
    "qańtar": 1, "aqpan": 2, "naýryz": 3, "nauryz": 3, "sáýir": 4, "säuır": 4, "mamyr": 5,
    "maýsym": 6, "mausym": 6, "shilde": 7, "şılde": 7, "tamyz": 8, "qyrkúıek": 9, "qyrküiek": 9,
    "qazan": 10, "qarasha": 11, "qaraşa": 11, "jeltoqsan": 12,
    # Azerbaijani's months in its Latin alphabet, as APA and Trend date their copy ("26 noyabr
    # 2019 14:32"); Uzbek Latin writes them alike. Full names only: the az locale's cuts
    # ("sen") and one-letter weekdays ("B.", "Ş.") would read as dates in other copy.
    "yanvar": 1, "fevral": 2, "mart": 3, "aprel": 4, "iyun": 6, "iyul": 7, "avqust": 8,
    "sentyabr": 9, "oktyabr": 10, "noyabr": 11, "dekabr": 12,
    # German teletypes without umlauts write März as "Maerz", cut to "Maer" in the closing
    # stamp ("dpa ws ha / 121432 Maer 91")
    "maerz": 3, "maer": 3,
    # ...and the three letters of DIN's abbreviation, as a teletype's stamp writes it ("051432 MRZ 85")
    "mrz": 3,
    # Burmese glues "month" (လ) to the month's name ("မတ်လ ၁၄ ရက်", March 14)
    "ဇန်နဝါရီလ": 1, "ဖေဖော်ဝါရီလ": 2, "မတ်လ": 3, "ဧပြီလ": 4, "မေလ": 5, "ဇွန်လ": 6, "ဇူလိုင်လ": 7,
    "ဩဂုတ်လ": 8, "စက်တင်ဘာလ": 9, "အောက်တိုဘာလ": 10, "နိုဝင်ဘာလ": 11, "ဒီဇင်ဘာလ": 12,
    # Hebrew glues "in" (ב) to the month's name after the day ("14 במרץ 2024")
    "בינואר": 1, "בפברואר": 2, "במרץ": 3, "במרס": 3, "באפריל": 4, "במאי": 5, "ביוני": 6, "ביולי": 7,
    "באוגוסט": 8, "בספטמבר": 9, "באוקטובר": 10, "בנובמבר": 11, "בדצמבר": 12,
    # Samoan ("18 Setema 2024": Samoa Observer, Savali) and Bislama ("14 Ogis 2023": Vanuatu
    # Daily Post), which CLDR lacks; not the short ones that are words elsewhere (Samoan "Me",
    # "Mati"; Bislama "Maj", "Jun")
    "ianuari": 1, "fepuari": 2, "aperila": 4, "iuni": 6, "iulai": 7, "aokuso": 8, "setema": 9,
    "oketopa": 10, "novema": 11, "tesema": 12,
    "epril": 4, "julae": 7, "ogis": 8, "septemba": 9, "oktoba": 10, "novemba": 11, "desemba": 12,
}

# Zones as Arabic wire copy writes them in its closing sent stamp, in Arabic letters: "جمت"
# is GMT (KUNA's teletype "كونا 101432 جمت يول 98", BNA's "بنا 1732 جمت 2023/10/09").
SENT_ZONE_WORDS = {"جمت": "GMT"}

# The months of the Ethiopian calendar, as Ethiopian News Agency (ENA) dates its Amharic copy
# ("አዲስ አበባ፣ ጥር 10/2016 (ኢዜአ)": 10 Tir 2016, 19 January 2024), each with the spellings its
# letters take (ኀ/ሐ/ሀ/ሕ alike); the thirteenth is Pagume's five or six days. normalize's
# ethiopian_as_gregorian converts them.
ETHIOPIAN_MONTHS = (
    ("መስከረም",), ("ጥቅምት",), ("ኅዳር", "ህዳር", "ሕዳር"), ("ታኅሣሥ", "ታህሳስ", "ታሕሳስ", "ታኅሳስ", "ታህሣሥ"),
    ("ጥር",), ("የካቲት",), ("መጋቢት",), ("ሚያዝያ", "ሚያዚያ"), ("ግንቦት",), ("ሰኔ",), ("ሐምሌ", "ሀምሌ"),
    ("ነሐሴ", "ነሀሴ"), ("ጳጉሜ", "ጳጉሜን"),
)
# Amharic's "day" between a month and its day's number and its year ("ጥር 10 ቀን 2016"), and
# the era's mark after the year ("ዓ.ም", 'year of mercy').
ETHIOPIAN_DATE_WORDS = ("ቀን", "ዓ", "ም", "ዓ.ም")

# Buddhist-era years, as Thai copy dates (2567 = 2024): this many years ahead of the common era.
BUDDHIST_ERA_OFFSET = 543

# The eras a year is counted in before "年" ('year'), each with the Gregorian year before its
# first: Taiwan's Minguo ("民國113年3月5日", 2024; the Republic's founding, 1912, is its first),
# and Japan's imperial eras ("令和6年", 2024; "平成31年", 2019; their first year written "元年").
# Taiwanese sites print the Minguo year bare too ("113年3月5日", "113-03-05"): three figures
# before a month and day, in a line of Han characters, are its year (normalize.era_years).
ERA_YEAR_OFFSETS = {"民國": 1911, "民国": 1911, "中華民國": 1911, "令和": 2018, "平成": 1988,
                    "昭和": 1925, "大正": 1911, "明治": 1867}
MINGUO_ERA_OFFSET = 1911

# The months of the Solar Hijri calendar (Iran's and Afghanistan's), each with its names: Iran's
# Persian ones ("۱۵ اسفند ۱۴۰۲"), Afghanistan's Dari ones, the zodiac's Arabic names ("۲۴ حوت
# ۱۴۰۲", Hut = Esfand), and Pashto's own ("۲۴ کب ۱۴۰۲"), with the spellings their letters take
# (Arabic's ی/ي and ک/ك, Pashto's ګ beside Persian's گ). normalize.calendar_as_gregorian converts
# them (jdatetime) when a day, the month and a year of the 1300s or 1400s stand together.
SOLAR_HIJRI_MONTHS = (
    ("فروردین", "حمل", "وری", "وري"),
    ("اردیبهشت", "اردی‌بهشت", "ثور", "غویی", "غويي", "غوایی"),
    ("خرداد", "جوزا", "غبرگولی", "غبرګولی", "غبرګولي"),
    ("تیر", "سرطان", "چنگاښ", "چنګاښ"),
    ("مرداد", "امرداد", "اسد", "زمری", "زمري"),
    ("شهریور", "سنبله", "وږی", "وږي"),
    ("مهر", "میزان", "ميزان", "تله"),
    ("آبان", "عقرب", "لړم"),
    ("آذر", "قوس", "لیندۍ", "ليندۍ"),
    ("دی", "جدی", "جدي", "مرغومی", "مرغومي"),
    ("بهمن", "دلو", "سلواغه"),
    ("اسفند", "حوت", "کب", "كب"),
)

# The months of Nepal's Bikram Sambat, as Nepali copy dates it ("२०८० फागुन २२ गते", "फागुन २२,
# २०८०": 5 March 2024), with their colloquial and Sanskrit spellings. The calendar is solar and
# its months' lengths vary from year to year: normalize.calendar_as_gregorian converts its dates
# by the published tables (nepali-datetime), for years of the 2000s of that era only (2000 BS
# is 1943 AD; India's Shaka years, "शके १९४५", are of the 1900s).
BIKRAM_SAMBAT_MONTHS = (
    ("बैशाख", "वैशाख"), ("जेठ", "जेष्ठ", "ज्येष्ठ"), ("असार", "आषाढ", "असाढ"), ("साउन", "श्रावण"),
    ("भदौ", "भाद्र", "भाद्रपद"), ("असोज", "आश्विन", "असोझ"), ("कात्तिक", "कार्तिक"),
    ("मंसिर", "मङ्सिर", "मार्ग", "मार्गशीर्ष"), ("पुस", "पौष", "पूष"), ("माघ",), ("फागुन", "फाल्गुन"),
    ("चैत", "चैत्र"),
)
# Words of a lunar date in the same month names (India's Vikram Samvat: "फाल्गुन शुक्ल पक्ष",
# the bright fortnight; "कृष्ण", the dark one; the Shaka era's "शके"): no Bikram Sambat day.
LUNAR_DATE_WORDS = ("शुक्ल", "कृष्ण", "शके", "सुदी", "बदी", "वदी")
# Tibetan's marks before a date's parts: "ཕྱི་ལོ་༢༠༢༤ ཟླ་༣ ཚེས་༡༤" (the Western year 2024, month 3,
# day 14), as Tibetan sites date their copy.
TIBETAN_DATE_MARKS = ("ཕྱི་ལོ་", "ཕྱི་ལོ", "ལོ་", "ཟླ་", "ཚེས་")

# Words a date line writes around its numbers, folded: Vietnamese "ngày 5 tháng 3 năm 2024",
# Latvian "2024. gada 5. marts", the year's mark of Bulgarian, Serbian and Russian dates
# ("5 март 2024 г.", "god."), Arabic's "in" and the Gregorian era's letter ("في ٥ مارس ٢٠٢٤ م").
# Thai's era marks ("พ.ศ.", Buddhist era; "ค.ศ.", common era), its "at" before a time ("เวลา")
# and the hour's mark after it ("15.05 น.").
# Lao's "date" and "at" ("ວັນທີ ໑໒ ມີນາ ໒໐໒໔ ເວລາ ໐໙:໓໐"); Khmer's "day", "hour" and the
# marks it glues to a date's parts (DATE_PART_MARKS).
DATE_LINE_WORDS = frozenset(("ngay", "thang", "nam", "gada", "g", "god", "r", "m", "d", "في", "م",
                             "พ", "ค", "ศ", "เวลา", "น", "ວັນທີ", "ເວລາ", "ថ្ងៃ", "ម៉ោង"))
# A calendar era's word, its year after it, that a page sets beside the Gregorian year: the
# DPRK's "May 12, 2005 Juche 94" (Juche 1 = 1912).
ERA_YEAR_WORDS = ("juche",)
# A page's label for the day's news before the day it gives, as a state agency's archive
# heads each day's page: "News from May 12, 2005".
DAY_PAGE_LABELS = ("news from", "news of", "news for", "nachrichten vom", "noticias del",
                   "actualités du", "notizie del")
# Words Khmer glues to a date's parts: the day's ordinal ("ទី២០"), "month" before the month's
# name ("ខែមិថុនា") and "year" before the year ("ឆ្នាំ២០២៤"); dropped before a date is read.
# Burmese writes the year's, the day's and the hour's words after their numbers ("၂၀၂၄ ခုနှစ်၊
# မတ်လ ၁၄ ရက်": year 2024, month March, day 14), the state press's year as "full year" too
# ("၂၀၂၀ ပြည့်နှစ် ဇန်နဝါရီလ ၁၅ ရက်"); its month's word is glued on (EXTRA_MONTH_NAMES).
DATE_PART_MARKS = ("ថ្ងៃ", "ទី", "ខែ", "ឆ្នាំ", "ម៉ោង", "ပြည့်နှစ်", "ခုနှစ်", "ရက်နေ့", "ရက်", "နာရီ",
                   *TIBETAN_DATE_MARKS)
# The months of the Hebrew calendar, as Israeli pages date a story beside its Gregorian date
# ("ט' באדר ב' תשפ"ד, 19/03/24 16:32": 9 Adar II 5784); Adar I and II ("אדר א'", "אדר ב'")
# take their letter after the name.
HEBREW_MONTHS = ("תשרי", "חשוון", "חשון", "כסלו", "כסליו", "טבת", "שבט", "אדר", "ניסן", "אייר", "איר",
                 "סיוון", "סיון", "תמוז", "אב", "אלול")
# The Persian weekdays, as Iranian agencies open their Solar Hijri date lines ("یکشنبه ۲۶ بهمن
# ۱۳۹۹، ۱۲:۴۵"); Persian's CLDR months are the Gregorian ones (DATE_LOCALES), which Iranian
# copy prints beside the Solar Hijri date if at all. "سه\u200cشنبه" and "پنج\u200cشنبه" are written with a zero-width
# non-joiner, which parts a word: their parts count too (dates.LINE_WORDS).
PERSIAN_WEEKDAYS = ("شنبه", "یکشنبه", "دوشنبه", "سه\u200cشنبه", "سه", "چهارشنبه", "پنجشنبه", "پنج\u200cشنبه", "پنج",
                    "جمعه",
                    # Pashto's own (Afghan agencies' "نېټه: درېشنبه، ۱۳۹۷/۷/۳"): Sunday with the
                    # Arabic yeh, Tuesday, Wednesday
                    "يکشنبه", "درېشنبه", "څلورشنبه")
# What a weekday's name carries glued to it: Thai's ordinal before the day ("วันพฤหัสบดีที่ 15").
WEEKDAY_SUFFIXES = ("ที่",)

# The words of a Hijri date that Arabic pages print beside the Gregorian one ("الأربعاء 13 ذو
# الحجة 1445هـ - 19 يونيو 2024م", "12 ربيع الأول 1447 هـ الموافق 4 سبتمبر 2025 م"): the
# months' names, the era's letter ("هـ", "ه") and "corresponding to". The Hijri date is no
# date parse_date reads (its year is no Gregorian one); a date line may hold it all the same.
HIJRI_DATE_WORDS = (
    "محرم", "صفر", "ربيع", "الأول", "الآخر", "الثاني", "جمادى", "الأولى", "الآخرة", "الثانية",
    "رجب", "شعبان", "رمضان", "شوال", "ذو", "ذي", "القعدة", "الحجة", "هـ", "ه", "الموافق",
)

# Greek places as written in lower case: Greek capitals drop the accent ("ΘΕΣΣΑΛΟΝΙΚΗ (ΑΠΕ-ΜΠΕ)"),
# so an ALL-CAPS dateline gets it back from here (keyed by the accentless fold).
GREEK_CITIES = (
    "Αθήνα", "Θεσσαλονίκη", "Πάτρα", "Ηράκλειο", "Λάρισα", "Βόλος", "Ιωάννινα", "Χανιά", "Ρέθυμνο",
    "Καβάλα", "Ρόδος", "Κέρκυρα", "Καλαμάτα", "Πειραιάς", "Αλεξανδρούπολη", "Κομοτηνή", "Ξάνθη",
    "Σέρρες", "Κατερίνη", "Τρίκαλα", "Λαμία", "Χαλκίδα", "Κοζάνη", "Δράμα", "Βέροια", "Καρδίτσα",
    "Αγρίνιο", "Τρίπολη", "Κόρινθος", "Μυτιλήνη", "Χίος", "Σάμος", "Σύρος", "Ερμούπολη", "Ναύπλιο",
    "Άρτα", "Πρέβεζα", "Φλώρινα", "Καστοριά", "Έδεσσα", "Γιάννενα", "Λευκωσία", "Λεμεσός",
    "Λάρνακα", "Πάφος", "Αμμόχωστος", "Κιλκίς", "Πολύγυρος", "Ηγουμενίτσα", "Μεσολόγγι",
)

# Locales whose month and weekday names dates are read in (names come from CLDR via babel).
# The city names of CLDR's exemplar cities are read in the first ones only (CITY_LOCALES):
# the others add month names to read, not places to filter on.
CITY_LOCALES = ("en", "fr", "de", "es", "it", "pt", "nl", "sv", "da", "nb", "fi", "pl",
                "ca", "ro", "cs", "tr", "ru", "hu")
DATE_LOCALES = CITY_LOCALES + (
    "id", "ms", "hr", "sr_Latn", "sr", "sl", "sk", "bg", "uk", "el", "lv", "lt", "et",
    # Arabic: the Egyptian and Gulf month names ("مارس"), then the Levantine and Iraqi ones
    # ("آذار"), which CLDR gives only for the countries that write them
    "ar", "ar_IQ",
    # Galician (EFE's "martes, 21 de xaneiro de 2025"), Hindi and Bangla (IANS, BSS), Thai
    # ("16 ต.ค. 2567": its years are the Buddhist era's, BUDDHIST_ERA_OFFSET), Swahili
    # (Kenya News Agency, Tanzania's papers: "4 Agosti 2026", "Ijumaa"), Tamil and Urdu (PTI's
    # and the Indian and Pakistani papers' "மார்ச் 6, 2024", "منگل 12 نومبر 2024")
    "gl", "hi", "bn", "th", "sw", "ta", "ur",
    # The other Indian papers' languages, which write the English months in their scripts
    # (Marathi "१८ डिसेंबर", Gujarati "૧૮ ડિસેમ્બર", Punjabi "22 ਅਪ੍ਰੈਲ", Telugu, Kannada,
    # Malayalam, Odia), Nepali's Gregorian months, Kazakh ("12 наурыз 2024", Kazinform),
    # Khmer ("២០ មិថុនា", AKP), Lao ("໑໒ ມີນາ", KPL) and Burmese ("မတ် ၂၁", MNA)
    "mr", "gu", "pa", "te", "kn", "ml", "or", "ne", "kk", "km", "lo", "my",
    # Filipino (PNA's and the Manila papers' Tagalog copy: "Nobyembre 12, 2013", "Lunes")
    "fil",
    # Persian's Gregorian months, as BBC Persian and Euronews date their copy ("۱۴ مارس ۲۰۲۴",
    # "ژانویه"), and Hebrew's ("14 במרץ 2024", the month glued to 'in': EXTRA_MONTH_NAMES)
    "fa", "he",
    # Armenian, Georgian and Belarusian months, in their own scripts (Armenpress's "17:15, 3
    # Փետրվար, 2020"); the Latin-script Caucasian and Central Asian ones are left out, their
    # abbreviations ("sen", "dek") being words elsewhere
    "hy", "ka", "be",
    # Romansh (the Romansh agency's "Mesemna, ils 22 da matg 2019, 10:40")
    "rm",
    # Maltese ("27 ta' Frar 2024", TVM, the Times of Malta's Maltese pages), Welsh ("14
    # Mehefin 2022", Golwg360, BBC Cymru Fyw), Irish ("12 Bealtaine 2020", Tuairisc, RTÉ) and
    # Albanian ("15 Janar 2024", ATA, KosovaPress)
    "mt", "cy", "ga", "sq")

# Words that follow a day's number to mark it as the month's day where the month is the
# local calendar's (Nepali "वैशाख २५ गते", the 25th of Baisakh): with one, a place, a comma and
# such a date before the danda make RSS Nepal's dateline ("काठमाडौं, वैशाख २५ गते । ...").
DAY_OF_MONTH_WORDS = ("गते",)
# The short form of 'date' (तारीख) Marathi and Gujarati papers set before the day alone, with
# no month: "सांगली, ता. १५ : ...", "સુરત, તા. ૫ (પીટીઆઈ)"
DAY_NUMBER_MARKS = ("ता", "તા")

# "News agency" in South Asian copy, next to the agency it names in the lead: Bengali "সংবাদ
# সংস্থা পিটিআই" ('the news agency PTI'), Sinhala "රොයිටර් පුවත් සේවය" ('the Reuters news
# service'), Malayalam "വാർത്താ ഏജൻസിയായ പിടിഐ" (the words take suffixes glued on).
NEWS_AGENCY_WORDS = ("সংবাদ সংস্থা", "വാർത്താ ഏജൻസി", "පුවත් සේවය", "समाचार एजेंसी", "वृत्तसंस्था",
                     "செய்தி நிறுவனம்", "వార్తా సంస్థ", "ಸುದ್ದಿ ಸಂಸ್ಥೆ", "સમાચાર સંસ્થા", "ਖ਼ਬਰ ਏਜੰਸੀ")

# Lowercase particles inside city names ("Rio de Janeiro", "Frankfurt am Main").
CITY_PARTICLES = ("de", "do", "da", "dos", "das", "del", "della", "di", "la", "le", "les",
                  "am", "an", "im", "sur", "en", "upon", "on", "y", "of", "el", "al", "los", "las",
                  "der", "ob",
                  # ...and German ones abbreviated, as epd and KNA write the place: "Frankfurt a.M."
                  # (am Main), "Mülheim a.d. Ruhr", "Freiburg i.Br.", "Bad Homburg v.d.H."
                  "a.m.", "a.d.", "i.br.", "v.d.h.", "a.rh.", "i.opf.")

# Words in brackets that belong to a German city's name, as dpa writes it: "Frankfurt
# (Oder)", "Halle (Saale)", "Weiden (Oberpfalz)", "Frankfurt (Main)" (a river or a region
# telling two towns of one name apart), keyed by their casefolded form. Any other bracket
# after a place is its region ("Ronda (Málaga)", "Davao (Philippines)").
CITY_QUALIFIERS = {q.casefold(): q for q in (
    "Oder", "Saale", "Main", "Lahn", "Saar", "Inn", "Donau", "Weser", "Aller", "Havel", "Spree",
    "Elbe", "Mosel", "Rhein", "Lech", "Wümme", "Oberpfalz", "Westfalen", "Westf.", "Allgäu",
    "Holstein", "Oldb", "Oldb.", "Pfalz", "Breisgau", "Bodensee", "Weinstraße", "Spreewald",
)}

# Lines that end the story: everything after them is site chrome.
# A page's label over its most-read list, under the copy ("Most read", "Meistgelesen", "Lo
# más leído"), lower case, beyond the English, French, German and Spanish ones in END_MARKERS:
# alone on its line it is chrome (BOILERPLATE_LINES), and the copy ends over it.
MOST_READ_LABELS = (
    "meest gelezen", "mest läst", "mest lästa", "mest læste", "mest lest", "luetuimmat",
    "najczęściej czytane", "nejčtenější", "najčítanejšie", "legolvasottabb", "legolvasottabbak",
    "cele mai citite", "най-четени", "най-четено", "najčitanije", "najbolj brano",
    "τα πιο διαβασμένα", "самое читаемое", "самые читаемые", "найпопулярніше", "найчитаніше",
    "en çok okunanlar", "çok okunanlar", "الأكثر قراءة", "پربازدیدترین", "הנקראים ביותר",
    "सबसे ज्यादा पढ़ी गई", "सबसे ज़्यादा पढ़ी गईं", "सर्वाधिक पढ़ी गई", "সর্বাধিক পঠিত",
    "terpopuler", "paling popular", "paling banyak dibaca", "đọc nhiều nhất", "ข่าวยอดนิยม",
    "热门阅读", "热门新闻", "熱門新聞", "阅读排行", "よく読まれている記事", "アクセスランキング",
    "많이 본 뉴스", "가장 많이 본 뉴스", "zilizosomwa zaidi", "el més llegit", "irakurrienak",
    "o máis lido", "i più letti", "mais lidas", "mais lidos",
)

END_MARKERS = (
    "derniers commentaires", "latest comments", "neueste kommentare", "últimos comentarios",
    "ultimi commenti", "comentários mais recentes", "installez nos applications",
    "install our app", "install our apps", "installieren sie unsere app",
    "installieren sie unsere apps", "instala nuestras aplicaciones", "instale nossos aplicativos",
    "installa le nostre app", "risk disclosure", "divulgation des risques",
    "risikohinweis", "advertencia de riesgo", "divulgación de riesgos", "avviso sui rischi",
    "aviso de risco", "comments", "commentaires", "kommentare", "comentarios",
    "related coverage", "related stories", "more from", "recommended", "read more:",
    # PR Newswire's list of the issuer's own sites under a release ("Related Links")
    "related links",
    "our standards:", "our standards: the thomson reuters trust principles",
    "sign up here", "register now for free", "most popular", "most read",
    "les plus lus", "meistgelesen", "lo más leído", *MOST_READ_LABELS,
)

# A page's label over its links to other stories ('related news', 'read also'), lower case,
# in the languages dates are read in (DATE_LOCALES) beside the English, French, German,
# Spanish, Italian and Portuguese ones in BOILERPLATE_STARTS. Alone under the text it is no
# reporter's signature: an Urdu portal closes its page with "متعلقہ خبریں" ('related news').
RELATED_LINKS_LABELS = (
    "also read", "related posts", "related content", "you may also like",
    "noticias relacionadas", "te puede interesar", "notícias relacionadas", "veja também",
    "notizie correlate", "articoli correlati", "das könnte sie auch interessieren",
    "lees ook", "gerelateerde artikelen", "gerelateerd nieuws", "läs också", "läs även",
    "relaterade artiklar", "læs også", "relaterede artikler", "les også", "relaterte artikler",
    "lue myös", "czytaj także", "czytaj też", "zobacz także", "zobacz też", "powiązane artykuły",
    "llegeix també", "notícies relacionades", "citește și", "citeste si", "articole similare",
    "știri similare", "čtěte také", "související články", "související zprávy", "čítajte aj",
    "súvisiace články", "ilgili haberler", "i̇lgili haberler", "benzer haberler",
    "kapcsolódó cikkek", "kapcsolódó hírek",
    # Russian, Ukrainian, Bulgarian, Serbian (both alphabets), Croatian, Slovenian
    "читайте также", "новости по теме", "похожие новости", "другие новости", "материалы по теме",
    "смотрите также", "читайте також", "новини за темою", "інші новини", "схожі новини",
    "прочетете още", "свързани новини", "прочитајте још", "повезане вести", "pročitajte još",
    "povezane vijesti", "povezane vesti", "povezani članci", "preberite še", "sorodne novice",
    # Vietnamese ('related news', 'news of the same section', 'see more'); a Polish
    # newsletter's 'other news' under its lead story
    "tin liên quan", "tin cùng chuyên mục", "xem thêm", "pozostałe wiadomości",
    # Greek, Baltic, Indonesian and Malay, Swahili
    "διαβάστε επίσης", "σχετικά άρθρα", "σχετικές ειδήσεις", "lasiet arī", "saistītie raksti",
    "taip pat skaitykite", "susiję straipsniai", "seotud artiklid", "baca juga", "berita terkait",
    "berita berkaitan", "artikel berkaitan", "habari zinazohusiana", "soma pia",
    # Arabic, Persian, Urdu, Hindi, Bangla, Tamil, Thai
    "أخبار ذات صلة", "اخبار ذات صلة", "مواضيع ذات صلة", "مقالات ذات صلة", "اخبار مرتبط",
    "مطالب مرتبط", "بیشتر بخوانید", "متعلقہ خبریں", "مزید پڑھیں", "یہ بھی پڑھیں",
    "ये भी पढ़ें", "यह भी पढ़ें", "इसे भी पढ़ें", "संबंधित खबरें", "संबंधित ख़बरें", "संबंधित समाचार",
    "আরও পড়ুন", "আরো পড়ুন", "সম্পর্কিত খবর", "இதையும் படிக்க", "தொடர்புடைய செய்திகள்",
    # Hebrew 'more stories', Chinese, Japanese, Korean 'related news/articles', Basque and
    # Galician 'related news', a bare "Related"
    "כתבות נוספות", "相关新闻", "相關新聞", "相关阅读", "関連記事", "관련 기사", "관련기사",
    "lotutako albisteak", "novas relacionadas",
    "ข่าวที่เกี่ยวข้อง", "อ่านเพิ่มเติม",
)

# Site chrome found inside the story area: a short line starting with one of these is dropped.
BOILERPLATE_STARTS = (
    "publicité tierce", "third party ad", "anzeige von drittanbietern", "drittanbieter-anzeige",
    "anuncio de terceros", "publicidad de terceros", "pubblicità di terze parti",
    "install our app", "installez notre application", "installez nos applications",
    "installieren sie unsere app", "instala nuestra app", "instala nuestras aplicaciones",
    "sponsored content", "contenu sponsorisé", "read also", "read more", "see also",
    "related:", "related news", "lire aussi", "à lire aussi", "a lire aussi", "lire la suite",
    "voir aussi", "lesen sie auch", "lesen sie mehr", "mehr zum thema", "auch interessant",
    "lee también", "leer más", "lea también", "ver también", "leia também", "leia mais",
    "leggi anche", "share this", "share on", "partager sur", "teilen auf", "compartir en",
    "follow us", "suivez-nous", "folgen sie uns", "síguenos", "تابعونا",   # Arabic: follow us
    "تابعوا أخبار",     # ...and SANA's "تابعوا أخبار سانا على تلغرام" ('follow SANA's news on Telegram')
    "اقرأ أيضا", "إقرأ أيضا", "اقرأ ايضا", "اقرأ المزيد",   # Arabic: read also, read more (a related-links label)
    "sign up", "subscribe", "abonnez-vous", "inscrivez-vous", "newsletter", "abonnieren",
    "suscríbete", "we use cookies", "we value your privacy", "this site uses cookies",
    "this website uses cookies", "we and our partners", "unsubscribe", "you are receiving this",
    # a newsletter's foot: "you receive this mail because ...", "unsubscribe", in its languages
    "vous recevez ce courriel", "vous recevez cet e-mail", "vous recevez cet email", "se désabonner",
    "se désinscrire", "sie erhalten diese", "newsletter abbestellen", "abmelden:", "recibe este correo",
    "recibes este correo", "darse de baja", "date de baja", "cancelar suscripción", "você está recebendo",
    "você recebeu este", "cancelar inscrição", "descadastrar", "ricevi questa email", "ricevi questa e-mail",
    "annulla iscrizione", "cancella iscrizione", "disiscriviti", "u ontvangt deze", "afmelden:", "uitschrijven",
    "du får detta", "avsluta prenumeration", "avregistrera", "du modtager denne", "afmeld nyhedsbrev",
    "du mottar denne", "meld deg av", "saat tämän viestin", "peruuta tilaus", "otrzymujesz tę wiadomość",
    "otrzymujesz ten e-mail", "wypisz się", "anuluj subskrypcję", "tento e-mail jste obdrželi",
    "odhlásit odběr", "odhlásiť odber", "ezt a levelet azért", "leiratkozás", "primiți acest e-mail",
    "dezabonare", "dezabonează-te", "получавате този имейл", "отписване", "primate ovaj e-mail",
    "odjava s liste", "odjavite se", "prejemate to sporočilo", "odjava od novic", "λαμβάνετε αυτό το email",
    "διαγραφή από τη λίστα", "вы получили это письмо", "отписаться от рассылки", "ви отримали цей лист",
    "відписатися від розсилки", "bu e-postayı", "abonelikten çık", "jūs gavote šį laišką",
    "atsisakyti prenumeratos", "jūs saņēmāt šo", "atteikties no jaunumiem", "saite selle kirja",
    "loobu uudiskirjast", "tühista tellimus", "anda menerima email ini", "berhenti berlangganan",
    "you received this", "to unsubscribe", "sent from my iphone", "sent from my android",
    "sent from my phone", "get outlook for", "nous utilisons des cookies", "wir verwenden cookies",
    "utilizamos cookies", "accept all cookies", "accepter", "cookie", "click here",
    "cliquez ici", "klicken sie hier", "haga clic aquí", "download the app", "download our app",
    "support us", "support our journalism", "support the guardian", "log in", "sign in",
    "story continues", "continue reading", "most read from",
    "get the app", "téléchargez l'application", "laden sie die app", "descarga la app",
    "voir détails", "see details", "details anzeigen", "ver detalles", "leave a comment",
    "add a comment", "laisser un commentaire", "ajouter un commentaire", "kommentar schreiben",
    "deja un comentario", "escribe un comentario", "photo:", "photo :", "foto:", "bild:",
    "image:", "caption:", "légende", "file photo", "photo d'archive", "foto de archivo",
    "archivfoto", "archivbild", "all rights reserved", "tous droits réservés",
    "alle rechte vorbehalten", "todos los derechos reservados", "tutti i diritti riservati",
    "copyright", "(c) copyright", "©", "(c)", "this article", "cet article", "dieser artikel",
    "este artículo", "lisez l'avertissement", "read the disclaimer", "en savoir plus",
    "learn more", "mehr erfahren", "más información",
    # a mailed newsletter's banner over its stories: "View this email in your browser"
    "view this email in your browser", "view this email online", "view this email in a browser",
    "view in browser", "view online version", "having trouble viewing this email",
    "voir la version en ligne", "afficher dans le navigateur", "im browser ansehen",
    "online-version ansehen", "ver en el navegador", "ver versión web", "visualizza nel browser",
    "ver no navegador", "ver este e-mail no navegador",
    # a news terminal's export, under the item: "For related news, double click on one of the codes"
    "for related news", "double click on", "double-click on",
    # share buttons naming their network, newsletter, follow, app, subscriber and paywall
    # prompts and cookie notices in the other languages' words (vocab order: nl, sv, da,
    # nb, fi, pl, cs, sk, hu, ro, bg, hr/sr, sl, el, ru, uk, tr, ar, fa, he, hi, bn, id, ms,
    # vi, th, zh, ja, ko, sw, ca, eu, gl, pt, it)
    "deel op", "deel via", "dela på facebook", "dela via", "del på facebook", "jaa facebookissa",
    "udostępnij na", "udostępnij w", "sdílet na", "zdieľať na", "megosztás a", "megosztás facebookon",
    "distribuie pe", "сподели във", "сподели в", "podijeli na", "podeli na", "deli na facebooku",
    "μοιραστείτε στο", "κοινοποίηση στο", "поделиться в", "поделиться во", "поділитися в",
    "поділитися у", "شارك على", "شارك عبر", "اشتراک در", "bagikan ke", "bagikan di", "kongsi di",
    "kongsi ke", "chia sẻ lên", "chia sẻ qua", "แชร์ไปยัง", "分享到", "shiriki kwenye", "comparteix a",
    "partekatu", "compartilhar no", "compartilhar via", "partilhar no", "condividi su", "字号",
    "jetzt newsletter", "newsletter abonnieren", "assine a nossa newsletter", "assine a newsletter",
    "assine nossa newsletter", "subscreva a newsletter", "inscreva-se", "iscriviti alla",
    "schrijf je in voor", "abonneer je op", "meld je aan voor", "prenumerera på", "tilmeld dig",
    "meld deg på", "tilaa uutiskirje", "zapisz się do", "zapisz się na", "přihlaste se k odběru",
    "prihláste sa na odber", "iratkozzon fel", "iratkozz fel", "abonează-te", "абонирайте се",
    "pretplatite se", "prijavite se na", "naročite se", "εγγραφείτε στο", "подпишитесь на",
    "подписывайтесь на", "підпишіться на", "підписуйтесь на", "bültenimize abone", "abone ol",
    "اشترك في", "اشترك الآن", "عضویت در خبرنامه", "הירשמו לניוזלטר", "הירשמו לדיוור",
    "हमारे न्यूज़लेटर", "न्यूज़लेटर की सदस्यता", "আমাদের নিউজলেটারে", "berlangganan newsletter",
    "berlangganan buletin", "langgan surat berita", "langgan buletin", "đăng ký nhận bản tin",
    "สมัครรับจดหมายข่าว", "订阅我们的", "订阅新闻", "ニュースレターに登録", "ニュースレター登録",
    "뉴스레터 구독", "jiandikishe kupokea", "subscriu-te", "harpidetu", "subscríbete",
    "volg ons", "följ oss", "følg os", "følg oss", "seuraa meitä", "obserwuj nas", "sledujte nás",
    "kövessen minket", "kövess minket", "urmărește-ne", "urmăriți-ne", "последвайте ни",
    "pratite nas", "sledite nam", "ακολουθήστε μας", "следите за нами", "стежте за нами",
    "bizi takip", "עקבו אחרינו", "ikuti kami", "theo dõi chúng tôi", "ติดตามเรา", "关注我们",
    "tufuate", "segueix-nos", "jarrai gaitzazu", "seguici", "siga-nos",
    "laden sie unsere app", "descarregue a", "baixe o app", "scarica la nostra app", "scarica l'app",
    "download onze app", "download de app", "ladda ner vår app", "ladda ner appen", "hent vores app",
    "hent appen", "last ned appen", "lataa sovellus", "pobierz naszą aplikację", "pobierz aplikację",
    "stáhněte si naši aplikaci", "stiahnite si našu aplikáciu", "töltse le", "descarcă aplicația",
    "изтеглете приложението", "preuzmite našu aplikaciju", "preuzmite aplikaciju",
    "prenesite našo aplikacijo", "κατεβάστε την εφαρμογή", "скачайте наше приложение",
    "скачайте приложение", "завантажте наш застосунок", "uygulamamızı indirin", "حمّل تطبيق",
    "حمل تطبيق", "unduh aplikasi", "muat turun aplikasi", "tải ứng dụng", "pakua programu",
    "descarrega't l'app", "deskargatu aplikazioa", "descarga a app",
    "already a subscriber", "already subscribed", "déjà abonné", "bereits abonnent",
    "ya eres suscriptor", "já é assinante", "sei già abbonato", "al abonnee", "redan prenumerant",
    "allerede abonnent", "oletko jo tilaaja", "masz już subskrypcję", "již jste předplatitel",
    "ste už predplatiteľ", "már előfizető", "ai deja abonament", "вече сте абонат",
    "već ste pretplatnik", "ste že naročnik", "είστε ήδη συνδρομητής", "уже подписаны",
    "уже есть подписка", "вже маєте передплату", "zaten abone", "مشترك بالفعل", "כבר מנויים",
    "पहले से सब्सक्राइबर", "sudah berlangganan", "sudah melanggan", "ja ets subscriptor",
    "harpiduna zara", "xa es subscritor", "jetzt weiterlesen",
    "dit artikel is", "denna artikel", "denne artikel", "denne artikkelen", "tämä artikkeli",
    "ten artykuł", "tento článek", "tento článok", "ez a cikk", "acest articol", "тази статия",
    "ovaj članak", "ovaj tekst", "ta članek", "материал доступен", "матеріал доступний",
    "bu içerik", "هذا المحتوى", "این مطلب", "הכתבה זמינה", "यह लेख", "artikel ini",
    "bài viết dành cho", "บทความนี้", "本文仅限", "この記事は有料会員", "유료 회원",
    "makala hii", "aquest contingut", "eduki hau", "contido exclusivo", "contenuto riservato",
    "conteúdo exclusivo", "este contenido es exclusivo",
    "wij gebruiken cookies", "we gebruiken cookies", "deze website gebruikt cookies",
    "vi använder cookies", "vi bruger cookies", "vi bruker informasjonskapsler", "vi bruker cookies",
    "käytämme evästeitä", "tämä sivusto käyttää evästeitä", "używamy plików cookie",
    "ta strona używa plików cookie", "tento web používá", "táto stránka používa",
    "weboldalunk sütiket", "ez a weboldal sütiket", "acest site folosește cookie",
    "този сайт използва бисквитки", "ova stranica koristi kolačiće", "ovaj sajt koristi kolačiće",
    "spletna stran uporablja piškotke", "χρησιμοποιούμε cookies", "мы используем файлы cookie",
    "мы используем cookie", "ми використовуємо файли cookie", "sitemizde çerezler",
    "çerez kullanıyoruz", "يستخدم هذا الموقع", "این وب‌سایت از کوکی", "אתר זה משתמש בעוגיות",
    "यह वेबसाइट कुकीज़", "এই ওয়েবসাইট কুকি", "situs ini menggunakan cookie",
    "laman web ini menggunakan kuki", "trang web sử dụng cookie", "เว็บไซต์นี้ใช้คุกกี้",
    "本网站使用", "当サイトではクッキー", "이 사이트는 쿠키", "tovuti hii inatumia vidakuzi",
    "aquest lloc web utilitza galetes", "webgune honek cookieak", "este sitio web usa cookies",
    "questo sito utilizza cookie", "utilizziamo i cookie",
    *RELATED_LINKS_LABELS,
)

# A print view's buttons, in brackets on its masthead's line ("[Print] [Close]"), lower case.
PRINT_VIEW_BUTTONS = ("print", "close", "close window", "print this page", "print this", "email",
                      "e-mail", "back", "imprimer", "fermer", "fermer la fenêtre", "retour",
                      "drucken", "schließen", "fenster schließen", "zurück", "imprimir", "cerrar",
                      "cerrar ventana", "volver", "fechar", "voltar", "stampa", "chiudi",
                      "chiudi finestra", "indietro", "afdrukken", "sluiten", "skriv ut", "stäng",
                      "udskriv", "luk", "tulosta", "sulje", "drukuj", "zamknij", "tisk", "zavřít",
                      "печать", "закрыть", "yazdır", "kapat", "인쇄", "닫기", "印刷", "閉じる", "打印", "关闭", "關閉")
# Site chrome that stands alone on its line ("Advertisement", "Partager", "Newsletter").
BOILERPLATE_LINES = (
    "advertisement", "advertising", "publicité", "anzeige", "werbung", "publicidad",
    "pubblicità", "publicidade", "sponsored", "partager", "teilen", "compartir", "condividi",
    "share", "tweet", "email", "print", "imprimer", "drucken", "imprimir", "cookies",
    "newsletter", "copyright", "ad", "pub", "menu", "home", "accueil", "startseite", "inicio",
    # site navigation and share buttons, each alone on its line
    "skip to main content", "skip to content", "aller au contenu", "zum inhalt springen",
    "sign in", "log in", "login", "se connecter", "anmelden", "iniciar sesión", "register",
    "search", "rechercher", "suche", "buscar", "facebook", "twitter", "linkedin", "whatsapp",
    "reddit", "telegram", "wechat", "weibo", "related coverage", "related stories", "related articles",
    "copy link", "copy the link", "copier le lien", "link kopieren", "copiar enlace", "copia link",
    # Arabic sites' buttons: 'print', 'send', 'share' (Petra, SANA, Al Ahram)
    "طباعة", "إرسال", "ارسال", "مشاركة", "شارك",
    "most read", "most popular", "les plus lus", "meistgelesen", "lo más leído",
    # a page's audio player, between its headline and standfirst
    "listen to this article", "listen to article", "listen to this story", "écouter cet article",
    "écouter l'article", "artikel anhören", "artikel vorlesen lassen", "escuchar artículo",
    "escuchar noticia", "ascolta l'articolo", "ouvir artigo", "ouvir notícia",
    # a consent banner's buttons and a page's privacy links
    "your privacy choices", "accept all", "reject all", "accept all cookies", "reject all cookies",
    "manage preferences", "manage settings", "manage cookies", "cookie settings",
    "cookie preferences", "cookies settings", "privacy settings", "privacy policy",
    "do not sell or share my personal information", "do not sell my personal information",
    "tout accepter", "tout refuser", "alle akzeptieren", "alle ablehnen", "aceptar todo",
    "rechazar todo", "accetta tutto", "rifiuta tutto", "aceitar tudo", "rejeitar tudo",
    # the audio player, the share, e-mail, print, copy-link and text-size buttons, the
    # advertisement label, the login link, the skip link and "most read", in each of the
    # other languages' words (nl, sv, da, nb, fi, pl, cs, sk, hu, ro, bg, hr/sr, sl, el, ru,
    # uk, tr, ar, fa, he, hi, bn, id, ms, vi, th, zh, ja, ko, sw, ca, eu, gl, then en, fr,
    # de, es, pt, it additions)
    "luister naar dit artikel", "luister naar het artikel", "lyssna på artikeln", "lyssna på nyheten",
    "lyt til artiklen", "lytt til artikkelen", "lytt til saken", "kuuntele artikkeli", "kuuntele juttu",
    "posłuchaj artykułu", "odsłuchaj artykuł", "poslechněte si článek", "poslechnout článek",
    "vypočujte si článok", "vypočuť článok", "hallgassa meg a cikket", "cikk meghallgatása",
    "ascultă articolul", "ascultă știrea", "чуйте статията", "слушай статията", "poslušajte članak",
    "poslušaj članak", "poslušajte tekst", "poslušaj članek", "ακούστε το άρθρο", "ακούστε την είδηση",
    "слушать статью", "прослушать статью", "слушать новость", "слухати статтю", "прослухати статтю",
    "haberi dinle", "haberi sesli dinle", "makaleyi dinle", "استمع إلى المقال", "استمع للمقال",
    "استمع إلى الخبر", "شنیدن این خبر", "شنیدن خبر", "האזינו לכתבה", "האזן לכתבה", "यह खबर सुनें",
    "खबर सुनें", "लेख सुनें", "খবরটি শুনুন", "dengarkan artikel ini", "dengarkan berita ini",
    "dengar artikel ini", "dengar berita ini", "nghe bài viết", "nghe bài báo", "ฟังข่าว", "ฟังบทความ",
    "收听本文", "听新闻", "收听新闻", "記事を音声で聞く", "音声で聞く", "기사 듣기", "sikiliza habari hii",
    "sikiliza makala hii", "escolta l'article", "escolta la notícia", "entzun albistea",
    "entzun artikulua", "escoitar a noticia", "escoitar o artigo", "listen", "listen to the article",
    "écouter", "anhören", "escuchar", "ascolta", "ouvir", "related",
    "delen", "dela", "del", "jaa", "udostępnij", "sdílet", "zdieľať", "megosztás", "distribuie",
    "сподели", "podijeli", "podeli", "deli", "κοινοποίηση", "поделиться", "поділитися", "paylaş",
    "اشتراک‌گذاری", "اشتراک گذاری", "שתפו", "שתף", "שיתוף", "शेयर करें", "शेयर", "শেয়ার করুন",
    "শেয়ার", "bagikan", "kongsi", "chia sẻ", "แชร์", "分享", "シェア", "シェアする", "공유하기", "공유",
    "shiriki", "comparteix", "compartilhar", "partilhar", "auf facebook teilen", "facebook'ta paylaş",
    "facebookでシェア", "フェイスブックでシェア", "फेसबुक पर शेयर करें", "ফেসবুকে শেয়ার করুন",
    "페이스북 공유", "페이스북으로 공유", "partekatu facebooken",
    "e-mail", "per e-mail", "per e-mail teilen", "envoyer par e-mail", "envoyer par email",
    "enviar por correo", "enviar por e-mail", "enviar por email", "enviar por correo electrónico",
    "invia per email", "invia per e-mail", "deel via e-mail", "mailen", "skicka med e-post", "e-post",
    "send som e-mail", "send på e-post", "send e-post", "lähetä sähköpostilla", "sähköposti",
    "wyślij e-mailem", "poslat e-mailem", "poslať e-mailom", "küldés e-mailben", "trimite pe e-mail",
    "trimite pe email", "изпрати по имейл", "pošalji e-poštom", "pošalji mejlom", "pošalji e-mailom",
    "pošlji po e-pošti", "αποστολή με email", "αποστολή με e-mail", "отправить по почте",
    "отправить по e-mail", "отправить по email", "надіслати електронною поштою", "надіслати на пошту",
    "e-posta ile gönder", "e-posta", "أرسل بالبريد الإلكتروني", "البريد الإلكتروني", "ارسال به ایمیل",
    "ایمیل", "שליחה במייל", "שלחו במייל", "ईमेल करें", "ईमेल", "ইমেইল করুন", "ই-মেইল",
    "kirim lewat email", "kirim via email", "hantar melalui e-mel", "e-mel", "gửi email", "ส่งอีเมล",
    "发送邮件", "メールで送る", "メール", "이메일 보내기", "이메일", "tuma kwa barua pepe", "barua pepe",
    "envia per correu", "envia per correu electrònic", "bidali posta elektronikoz",
    "afdrukken", "printen", "skriv ut", "udskriv", "tulosta", "drukuj", "tisk", "tisknout", "tlačiť",
    "nyomtatás", "printează", "tipărește", "принтирай", "печат", "ispiši", "ispis", "štampaj",
    "natisni", "εκτύπωση", "распечатать", "печать", "друкувати", "друк", "yazdır", "چاپ", "הדפסה",
    "הדפס", "प्रिंट करें", "प्रिंट", "প্রিন্ট করুন", "প্রিন্ট", "cetak", "in bài viết", "พิมพ์",
    "印刷", "인쇄", "chapisha", "imprimeix", "inprimatu", "stampa",
    "kopieer link", "link kopiëren", "kopiera länk", "kopiér link", "kopier link", "kopier lenke",
    "kopioi linkki", "kopiuj link", "skopiuj link", "kopírovat odkaz", "zkopírovat odkaz",
    "kopírovať odkaz", "link másolása", "copiază linkul", "copiază link", "копирай линка",
    "копирай линк", "kopiraj poveznicu", "kopiraj link", "kopiraj povezavo", "αντιγραφή συνδέσμου",
    "αντιγραφή link", "скопировать ссылку", "копировать ссылку", "копіювати посилання",
    "скопіювати посилання", "bağlantıyı kopyala", "linki kopyala", "نسخ الرابط", "کپی لینک",
    "העתקת קישור", "העתק קישור", "लिंक कॉपी करें", "লিংক কপি করুন", "লিঙ্ক কপি করুন", "salin tautan",
    "salin link", "salin pautan", "sao chép liên kết", "sao chép link", "คัดลอกลิงก์", "复制链接",
    "複製連結", "リンクをコピー", "url 복사", "링크 복사", "nakili kiungo", "copia l'enllaç",
    "kopiatu esteka", "copiar ligazón", "copiar link", "copiar o link",
    "text size", "font size", "taille du texte", "taille de police", "schriftgröße", "textgröße",
    "tamaño de letra", "tamaño del texto", "tamanho da letra", "tamanho do texto", "dimensione testo",
    "dimensione del testo", "lettergrootte", "tekstgrootte", "textstorlek", "tekststørrelse",
    "tekstin koko", "rozmiar czcionki", "rozmiar tekstu", "velikost písma", "veľkosť písma",
    "betűméret", "mărime text", "mărimea textului", "размер на шрифта", "veličina slova",
    "veličina teksta", "velikost pisave", "μέγεθος γραμματοσειράς", "μέγεθος κειμένου",
    "размер шрифта", "размер текста", "розмір шрифту", "yazı boyutu", "حجم الخط", "اندازه متن",
    "اندازه قلم", "גודל טקסט", "גודל גופן", "फॉन्ट साइज", "फ़ॉन्ट साइज़", "ফন্ট সাইজ", "ukuran huruf",
    "ukuran teks", "saiz teks", "saiz fon", "cỡ chữ", "ขนาดตัวอักษร", "文字サイズ", "글자 크기",
    "글자크기", "ukubwa wa maandishi", "mida del text", "mida de la lletra", "letra tamaina",
    "testu tamaina", "tamaño do texto", "tamaño da letra",
    "advertentie", "annons", "annonce", "annonse", "mainos", "reklama", "hirdetés", "publicitate",
    "реклама", "oglas", "διαφήμιση", "reklam", "إعلان", "اعلان", "تبلیغات", "פרסומת", "विज्ञापन",
    "বিজ্ঞাপন", "iklan", "quảng cáo", "โฆษณา", "广告", "廣告", "広告", "광고", "tangazo", "publicitat",
    "publizitatea",
    "inloggen", "logga in", "log ind", "logg inn", "kirjaudu", "kirjaudu sisään", "zaloguj się",
    "přihlásit se", "prihlásiť sa", "bejelentkezés", "autentificare", "вход", "prijava",
    "prijavi se", "σύνδεση", "войти", "увійти", "giriş yap", "تسجيل الدخول", "ورود",
    "ورود به حساب کاربری", "התחברות", "लॉग इन", "लॉगिन", "লগইন", "লগইন করুন", "masuk", "log masuk",
    "đăng nhập", "เข้าสู่ระบบ", "登录", "登入", "ログイン", "로그인", "ingia", "inicia sessió",
    "hasi saioa", "accedi",
    "ga naar de inhoud", "naar inhoud", "hoppa till innehållet", "gå till innehåll", "gå til indhold",
    "hopp til innhold", "hopp til hovedinnhold", "siirry sisältöön", "siirry pääsisältöön",
    "przejdź do treści", "przejdź do głównej treści", "přejít na obsah", "přeskočit na obsah",
    "prejsť na obsah", "preskočiť na obsah", "ugrás a tartalomra", "sari la conținut",
    "treci la conținut", "към съдържанието", "премини към съдържанието", "preskoči na sadržaj",
    "idi na sadržaj", "pređi na sadržaj", "preskoči na vsebino", "μετάβαση στο περιεχόμενο",
    "перейти к содержанию", "перейти к основному содержанию", "перейти до вмісту",
    "перейти до основного вмісту", "içeriğe geç", "içeriğe atla", "انتقل إلى المحتوى",
    "تخطى إلى المحتوى", "پرش به محتوا", "رفتن به محتوا", "דלג לתוכן", "דלג לתוכן העמוד",
    "सामग्री पर जाएं", "मुख्य सामग्री पर जाएं", "মূল কনটেন্টে যান", "langsung ke konten",
    "lompat ke konten", "langkau ke kandungan", "chuyển đến nội dung", "ข้ามไปยังเนื้อหา",
    "跳到主要内容", "跳至主要內容", "跳转到主要内容", "本文へスキップ", "本文へ移動", "본문 바로가기",
    "ruka hadi maudhui", "vés al contingut", "salta al contingut", "joan edukira", "ir ao contido",
    "saltar al contenido", "ir al contenido", "saltar para o conteúdo", "ir para o conteúdo",
    "vai al contenuto", "salta al contenuto", "aller au contenu principal", "passer au contenu",
    "direkt zum inhalt", "zum hauptinhalt springen",
    *MOST_READ_LABELS,
    # a feed reader's link to the story's own page, under its headline (Feedly's)
    "visit website", "visit site",
)

# Names of a site's sections, as its menu runs them together on one line above the headline
# ("Local News National World Sport Property Obituaries", "Nachrichten Politik Wirtschaft
# Sport"): lower case, one word each. A line of several capitalised words, most of them these,
# is a menu (head_patterns.SECTION_MENU_MIN_WORDS).
SECTION_WORDS = (
    # English
    "news", "latest", "local", "national", "world", "international", "regional", "nation", "state",
    "politics", "business", "money", "markets", "economy", "finance", "sport", "sports", "weather",
    "opinion", "opinions", "comment", "editorials", "letters", "lifestyle", "life", "living", "style",
    "entertainment", "arts", "culture", "music", "movies", "tv", "celebrity", "travel", "food",
    "health", "science", "tech", "technology", "education", "environment", "property", "homes",
    "realestate", "motoring", "cars", "autos", "jobs", "careers", "classifieds", "obituaries",
    "obits", "notices", "puzzles", "games", "crosswords", "video", "videos", "photos", "galleries",
    "podcasts", "podcast", "community", "contests", "events", "crime", "courts", "investigations",
    "features", "analysis", "newsletters", "subscribe", "e-edition", "epaper", "home", "more",
    "uk", "us", "u.s.", "australia", "canada", "ireland", "europe", "asia", "africa", "americas",
    # the continents as other languages' desks name them, and as a missionary or church
    # service's rubric opens its headline with one and the country ("AFRICA/NIGERIA - ...")
    "america", "oceania", "afrique", "amérique", "asie", "océanie", "europa", "afrika", "asien",
    "amerika", "ozeanien", "áfrica", "américa", "ásia", "oceanía", "azja", "ameryka",
    "football", "soccer", "rugby", "cricket", "racing", "golf", "afl", "nrl", "nfl", "nba",
    # French, German, Spanish, Italian, Portuguese, Dutch
    "accueil", "actualités", "actualité", "monde", "politique", "économie", "société", "région",
    "régions", "faits-divers", "loisirs", "santé", "planète", "vidéos", "idées",
    "startseite", "nachrichten", "politik", "wirtschaft", "kultur", "panorama", "welt", "lokales",
    "regionales", "meinung", "wissen", "gesellschaft", "reise", "ratgeber", "inland", "ausland",
    "portada", "noticias", "nacional", "internacional", "economía", "deportes", "cultura",
    "opinión", "sociedad", "espectáculos", "tecnología", "salud", "cronaca", "politica",
    "economia", "esteri", "spettacoli", "mondo", "italia", "notícias", "política", "esportes",
    "mundo", "brasil", "nieuws", "binnenland", "buitenland", "economie", "cultuur", "regio",
    # a business desk's sub-sections, as Europa Press heads a story "Economía/Empresas.-"
    "empresas", "finanzas", "mercados", "laboral",
    # Urdu, Arabic, Hindi (a masthead's section: "روزنامہ ایکسپریس — قومی خبریں", national news)
    "خبریں", "قومی", "کاروبار", "کھیل", "أخبار", "اخبار", "محليات", "دولي", "اقتصاد", "رياضة",
    "समाचार", "राष्ट्रीय", "विदेश", "खेल",
    # Southeast Asia: Indonesian and Malay, Tagalog, Thai, Khmer, Burmese ("မြန်မာ့အလင်း --
    # ပြည်တွင်းသတင်း", a paper's name and its 'home news')
    "berita", "nasional", "daerah", "ekonomi", "olahraga", "sukan", "dunia", "nusantara", "bisnis",
    "balita", "pambansa", "ข่าว", "ข่าวในประเทศ", "ข่าวต่างประเทศ", "ព័ត៌មានជាតិ", "អន្តរជាតិ",
    "សេដ្ឋកិច្ច", "កីឡា", "သတင်း", "ပြည်တွင်းသတင်း", "နိုင်ငံတကာသတင်း", "စီးပွားရေး", "အားကစား",
)
# Sports as a sports desk names them in the rubric over a headline, the competition after
# a dash ("Hockey sur glace – National League", "Fußball – Bundesliga", "Tennis – Wimbledon"):
# lower case. A rubric is no headline (head_patterns.RUBRIC_RE).
SPORT_NAMES = (
    "football", "soccer", "tennis", "golf", "cricket", "rugby", "cycling", "athletics", "swimming",
    "skiing", "alpine skiing", "ice hockey", "hockey", "basketball", "volleyball", "handball",
    "boxing", "motor racing", "motorsport", "formula one", "formula 1", "sailing", "rowing",
    "cyclisme", "athlétisme", "natation", "ski", "ski alpin", "ski nordique", "hockey sur glace",
    "basket", "boxe", "voile", "aviron", "formule 1", "sport automobile",
    "fussball", "fußball", "radsport", "leichtathletik", "schwimmen", "eishockey", "boxen",
    "formel 1", "segeln", "rudern", "skispringen", "biathlon",
    "fútbol", "tenis", "ciclismo", "atletismo", "natación", "esquí", "baloncesto", "balonmano",
    "boxeo", "fórmula 1", "automovilismo",
    "calcio", "atletica", "nuoto", "sci", "sci alpino", "pallavolo", "pallacanestro",
    "hockey su ghiaccio", "motomondiale", "ciclismo su strada",
    "voetbal", "wielrennen", "schaatsen", "atletiek", "zwemmen", "basketbal", "volleybal", "handbal",
    "ijshockey",
)
# The noun closing an outlet's description of itself after its name on a masthead line
# ("MercoPress, South Atlantic News Agency", "Harbour Ledger - Daily Newspaper"), lower case.
MASTHEAD_NOUNS = ("agency", "newspaper", "news", "newswire", "daily", "weekly", "magazine",
                  "broadcaster", "agence", "agencia", "agência", "agenzia", "nachrichtenagentur",
                  "zeitung", "quotidien", "hebdomadaire", "diario", "periódico", "semanario",
                  "quotidiano", "giornale", "jornal", "diário", "dagblad", "krant",
                  # 'news' closing an agency's own name for itself ("Andina - Agencia Peruana
                  # de Noticias", "Agência Brasil - Agência de Notícias")
                  "noticias", "notícias", "notizie", "nouvelles", "nachrichten",
                  # ... and the word that opens a South Asian paper's name: 'daily' in Urdu
                  # ("روزنامہ جنگ"), Persian, Hindi and Marathi ("दैनिक भास्कर"), Bengali ("দৈনিক")
                  "روزنامہ", "روزنامه", "दैनिक", "দৈনিক")
# What an issuing body calls the text under its name on the line over a release's headline
# ("European Commission - Press release", "Commission européenne - Communiqué de presse",
# "UNHCR BRIEFING NOTES", "Organización Mundial de la Salud | Comunicado de prensa"), lower case:
# such a line is the issuer's furniture, no headline (title._masthead).
RELEASE_KIND_PHRASES = (
    "press release", "news release", "media release", "press statement", "briefing notes",
    "briefing note", "press briefing notes", "communiqué de presse", "communique de presse",
    "comunicado de prensa", "nota de prensa", "comunicado de imprensa", "nota de imprensa",
    "nota à imprensa", "comunicato stampa", "nota stampa", "pressemitteilung", "presseerklärung",
    "medienmitteilung", "presseinformation", "persbericht", "komunikat prasowy",
    "informacja prasowa", "pressmeddelande", "pressemelding", "pressemeddelelse", "tiedote",
)
# The legal form closing a company's name ("Halverton Mining PLC", "Ferrovale Resources Inc.",
# "Nordhafen AG"), lower case: a line of only such a name over a release or an announcement
# is its issuer, no headline (title._issuer_name).
COMPANY_FORMS = ("plc", "p.l.c.", "inc", "inc.", "incorporated", "ltd", "ltd.", "limited", "corp",
                 "corp.", "corporation", "llc", "l.l.c.", "lp", "l.p.", "ag", "se", "gmbh", "kgaa",
                 "sa", "s.a.", "nv", "n.v.", "bv", "b.v.", "spa", "s.p.a.", "sas", "s.a.s.", "ab",
                 "ab (publ)", "asa", "oyj", "a/s", "bhd", "berhad", "tbk", "pty", "pte", "s.l.",
                 "sarl", "s.à r.l.", "kk", "k.k.", "llp", "pty.", "bhd.", "spa.", "s.a.b.")
# Of those, the forms a person's name may end with ("SA" and "AB" are initials, "Asa" a
# given name, "Se" a family name): where a byline or a signature stands, a name ending in
# any other form ("Halden Copper PLC", "Nordwerk GmbH") is an issuer, no person.
NAME_ENDING_COMPANY_FORMS = ("sa", "ab", "ab (publ)", "asa", "se", "nv", "bv", "lp", "spa",
                             "sas", "pte", "kk")
# A site's line naming itself the online form of a paper, over the page's date ("Online
# edition of The Harbour Ledger", "Edición digital de El Faro", "Online-Ausgabe der
# Bergpost"): what it opens with, lower case.
MASTHEAD_EDITION_PHRASES = ("online edition", "internet edition", "web edition", "digital edition",
                            "electronic edition", "edición digital", "edición electrónica",
                            "édition numérique", "édition électronique", "online-ausgabe",
                            "internet-ausgabe", "digitale ausgabe", "edizione online", "edizione digitale",
                            "edição digital", "edição online", "online editie", "digitale editie")
# The word opening what follows a paper's name on an archive's masthead ("Rovnost - archiv
# článků", articles' archive; "The Harbour Ledger - Archives", "El Faro - Hemeroteca"), lower case.
# The word for a paper's web form before "Archive" on its archive's masthead ("The Daily
# Courier Online Archive", "Harbour Ledger Digital Archive"), lower case.
MASTHEAD_ONLINE_WORDS = ("online", "digital", "web", "internet", "electronic", "numérique",
                         "digitale", "digitales", "en línea", "on-line")
# Words of outlets' names that no person's name holds, casefolded: a line of two or three
# capitalised words with one of them under a headline, where a bare byline stands ("Yahoo
# Finance", "Financial Post", "Zeit Online", "Kleine Zeitung", "Corriere Adriatico", "Business
# Insider"), is the page's outlet, not its reporter. Words that are also surnames somewhere
# ("Sun", "Stern", "Bild", "Spiegel", "Star", "Avis", "Posten") are left out; MASTHEAD_WORDS
# ("Herald", "Zeitung") are matched anywhere in such a line already.
OUTLET_NAME_WORDS = (
    # English
    "news", "online", "digital", "finance", "financial", "business", "economic", "economist",
    "markets", "money", "tv", "television", "radio", "broadcasting", "network", "channel",
    "press", "media", "express", "post", "mail", "courier", "monitor", "dispatch", "bulletin",
    "ledger", "sentinel", "standard", "independent", "republic", "review", "record", "insider",
    "wire", "today", "tonight", "weekly", "magazine", "world", "globe", "reporter", "newsroom",
    "headlines", "update",
    # German
    "nachrichten", "rundschau", "anzeiger", "kurier", "tagblatt", "blatt", "presse",
    "allgemeine", "morgenpost", "abendblatt", "wirtschaft", "rundfunk", "fernsehen", "aktuell",
    "tagesspiegel", "volksblatt", "landeszeitung",
    # French, Spanish, Portuguese, Italian
    "dépêche", "infos", "info", "actu", "actualités", "économie", "télévision", "quotidien",
    "prensa", "tribuna", "correo", "correio", "heraldo", "diario", "periódico", "noticias",
    "economía", "economia", "televisión", "televisão", "rádio", "jornal", "diário", "folha",
    "notícias", "corriere", "stampa", "messaggero", "giornale", "notizie",
    "televisione", "quotidiano",
    # Dutch, Nordic, Central and Eastern Europe
    "nieuws", "dagblad", "krant", "courant", "omroep", "nyheter", "nyheder", "uutiset",
    "tidning", "tidende", "wiadomości", "gazeta", "dziennik", "zprávy",
    "noviny", "deník", "hírek", "novosti", "новости", "газета", "известия", "вести", "ведомости",
)
MASTHEAD_ARCHIVE_WORDS = ("archive", "archives", "archiv", "archivo", "archivio", "arquivo",
                          "archief", "archiwum", "arkiv", "hemeroteca", "emeroteca")

# A page's reading time under its headline ("Lesezeit: 3 Min.", "Czas czytania: 3 min",
# "زمان مطالعه: ۳ دقیقه", "Muda wa kusoma: dakika 3", "읽는 시간 3분"): the label before the
# figure, lower case (clean.READING_TIME_RE) ...
READING_TIME_LABELS = (
    "reading time", "read time", "estimated reading time", "temps de lecture", "durée de lecture",
    "lecture", "lesezeit", "lesedauer", "tiempo de lectura", "lectura", "tempo de leitura",
    "leitura", "tempo di lettura", "lettura", "leestijd", "lästid", "læsetid", "lesetid",
    "lukuaika", "czas czytania", "czas lektury", "doba čtení", "čas čtení", "čas čítania",
    "olvasási idő", "timp de citire", "timp de lectură", "време за четене",
    "vrijeme čitanja", "vreme čitanja", "време читања", "čas branja", "χρόνος ανάγνωσης",
    "время чтения", "время прочтения", "час читання", "час прочитання", "okuma süresi",
    "مدة القراءة", "وقت القراءة", "زمان مطالعه", "زمان تقریبی مطالعه", "זמן קריאה",
    "पढ़ने का समय", "पढ़ने में लगने वाला समय", "পড়তে সময় লাগবে", "পড়ার সময়", "waktu baca",
    "waktu membaca", "masa membaca", "masa bacaan", "thời gian đọc", "ระยะเวลาอ่าน", "เวลาอ่าน",
    "阅读时间", "阅读时长", "預計閱讀時間", "阅读需要", "読了時間", "この記事は約", "읽는 시간",
    "읽는시간", "muda wa kusoma", "temps de lectura", "irakurtzeko denbora", "irakurketa denbora",
    "tempo de lectura",
)
# ... the unit after (or, in Swahili, before) the figure, lower case ...
READING_TIME_UNITS = (
    "min", "mins", "minute", "minutes", "minuten", "minutos", "minuti", "minuty", "minut", "minuter",
    "minutter", "minuuttia", "minuutti", "perc", "percnyi", "minute", "мин", "минути", "минута",
    "минуты", "минут", "хв", "хвилин", "хвилини", "λεπτά", "λεπτό", "dakika", "dk", "دقائق",
    "دقيقة", "دقیقه", "דקות", "דקה", "मिनट", "মিনিট", "menit", "minit", "phút", "นาที",
    "分钟", "分鐘", "分", "분", "minutu", "minutuak", "minuts",
)
# ... and the phrase after a figure and its unit that says it is read ("3 min read",
# "4 minutes de lecture", "3 Min. Lesezeit", "3 minutos de lectura"), lower case.
READING_TIME_AFTER = (
    "read", "to read", "de lecture", "lesezeit", "lesedauer", "de lectura", "de leitura",
    "di lettura", "leestijd", "lästid", "læsetid", "lesetid", "lukuaika", "czytania",
    "čtení", "čítania", "olvasás", "de citire", "четене", "čitanja", "branja", "ανάγνωση",
    "чтения", "читання", "okuma", "de lectura", "irakurketa", "で読めます", "で読める", "읽기",
)

# A photo gallery's counter over its pictures ("Photo 1 of 12", "Foto 1/12", "Снимка 1 от
# 12", "Galéria: 12 fotó", "Fotogalerija (12)"): the word for a picture or a gallery, lower
# case; its joiners are LIST_COUNT_JOINERS' (clean.GALLERY_COUNT_RE).
GALLERY_WORDS = (
    "photo", "photos", "image", "images", "picture", "pictures", "slide", "gallery", "photo gallery",
    "foto", "fotos", "bild", "bilder", "bildergalerie", "galerie", "fotogalerie", "imagen", "imágenes",
    "galería", "fotogalería", "imagem", "imagens", "galeria", "immagine", "immagini", "fotogalleria",
    "galleria", "afbeelding", "fotoserie", "billede", "billeder", "bilde", "kuva", "kuvat",
    "kuvagalleria", "zdjęcie", "zdjęcia", "fotografie", "obrázek", "fotogaléria", "obrázok", "fotó",
    "galéria", "kép", "imagine", "снимка", "снимки", "галерия", "fotografija", "fotogalerija",
    "galerija", "slika", "φωτογραφία", "φωτογραφίες", "φωτογκαλερί", "фото", "фотография",
    "фотографія", "фотогалерея", "фотогалерія", "галерея", "fotoğraf", "galeri", "صورة", "الصورة",
    "عکس", "تصویر", "گالری", "תמונה", "גלריה", "फोटो", "तस्वीर", "ছবি", "গ্যালারি", "gambar",
    "galeri foto", "ảnh", "hình", "ภาพ", "ภาพที่", "รูป", "รูปที่", "图片", "圖片", "图", "写真", "画像",
    "사진", "picha", "imatge", "fotografia", "argazkia", "argazki", "irudia", "imaxe",
)

# A page's counter of its readers, a line of its own under the headline ("Total Views: 1,204",
# "1.2K views", "Aufrufe: 812", "阅读：3520"): the words, lower case.
VIEW_COUNT_WORDS = ("views", "total views", "page views", "reads", "hits", "vues", "lectures",
                    "aufrufe", "visitas", "vistas", "lecturas", "visualizzazioni", "letture",
                    "visualizações", "leituras", "просмотров", "просмотры", "阅读", "阅读量",
                    "浏览", "浏览量", "閱讀", "瀏覽", "조회", "조회수", "閲覧数")

# Words of a subscription or sale promo that a page sets over its headline with a figure
# ("Essai gratuit 14 jours", "Save 30% on your first year"): a line above a standfirst
# with figures and one of these is chrome; with figures and none, a headline ("Italy
# industrial output up 1.4% in January", title._chrome_above). Lower case.
PROMO_WORDS = ("free", "trial", "save", "subscribe", "subscription", "discount", "coupon", "promo", "unlock",
               "unlimited", "gratuit", "gratuite", "essai", "abonnez-vous", "abonnement", "remise", "kostenlos",
               "gratis", "testen", "abo", "rabatt", "pruebe", "prueba", "descuento", "suscríbete", "suscripción",
               "gratuito", "prova", "sconto", "abbonati", "abbonamento", "grátis", "assine", "desconto")

# A market-data page's quote box labels the time of its last price: "Market Closed  Oct 26,
# 2023 4:00 PM", "After hours: $3.50  Nov 13, 2024 7:58 PM ET", "Pre-market 08:12 ET"; the
# line is the box's, not the story's date line (clean.QUOTE_BOX_STAMP_RE). Lower case.
QUOTE_BOX_LABELS = ("market closed", "markets closed", "market is closed", "market open", "markets open",
                    "market is open", "after hours", "after-hours", "afterhours", "pre-market", "premarket",
                    "pre market", "extended hours", "extended trading", "overnight trading", "at close",
                    "at the close", "as of close", "as of", "closed", "delayed", "delayed quote",
                    "real-time", "real time", "real-time quote", "last trade", "last price", "quote as of",
                    "prices as of", "nachbörslich", "vorbörslich", "börsenschluss", "clôture", "marché fermé",
                    "mercado cerrado", "al cierre", "chiusura", "mercato chiuso")

# A page's search box, its prompt pasted as a line of its own over the headline ("Search for
# news, symbols or companies", "Search quotes, news & videos"): the box's verb, then what it
# finds, a list of these (clean.SEARCH_BOX_RE). Lower case.
SEARCH_BOX_VERBS = ("search", "search for", "rechercher", "suche", "suchen", "buscar", "cerca",
                    "pesquisar", "zoeken")
SEARCH_BOX_TARGETS = ("news", "symbols", "symbol", "companies", "company", "quotes", "quote", "tickers",
                      "ticker", "stocks", "articles", "videos", "keywords", "topics", "people", "funds",
                      "markets", "authors", "more", "and more", "actualités", "cours", "valeurs",
                      "nachrichten", "kurse", "aktien", "noticias", "cotizaciones", "notizie", "titoli",
                      "notícias", "cotações", "nieuws", "koersen")

# Phrases that mark a whole paragraph as site legal text or promotion wherever they occur.
BOILERPLATE_CONTAINS = (
    "fusion media", "investing.com", "il ne s'agit pas d'une offre", "is not an offer",
    "not a recommendation", "keine empfehlung", "no es una oferta", "prise de décision",
    "propicks", "investingpro", "all rights reserved", "tous droits réservés", "alle rechte vorbehalten",
    "todos los derechos reservados", "thomson reuters trust principles",
    "may not be published, broadcast, rewritten or redistributed",
    "darf nicht veröffentlicht", "ne peut être reproduit",
)

# Publishing sites recognised from their own chrome (a signature phrase -> site name).
SITE_SIGNATURES = {
    "fusion media": "Investing.com", "investing.com": "Investing.com",
    "boursorama": "Boursorama", "zonebourse": "Zonebourse", "marketscreener": "MarketScreener",
    "yahoo finance": "Yahoo Finance", "finanzen.net": "finanzen.net",
    "msn.com": "MSN", "reuters.com": "Reuters.com", "apnews.com": "AP News",
}

# ---------------------------------------------------------------- Chinese, Japanese, Korean

# What opens a Chinese dateline, before its place: "新华社北京3月5日电", "本报北京3月5日电"
# (a paper's own correspondent: no agency).
ZH_DATELINE_SOURCES = {
    "新华社": "Xinhua", "新華社": "Xinhua", "新华网": "Xinhua", "新華網": "Xinhua",
    "中新社": "China News Service", "中新网": "China News Service", "中國新聞社": "China News Service",
    "中国新闻社": "China News Service", "本报": None, "本報": None,
    # the agencies' finance services, under their own names: Xinhua's "新华财经北京3月5日电",
    # China News Service's "中新经纬北京3月5日电"
    "新华财经": "Xinhua", "新華財經": "Xinhua", "中新经纬": "China News Service", "中新經緯": "China News Service",
    # Reuters' Chinese service, with a dash for 电: "路透北京4月9日 -"
    "路透": "Reuters",
    # Taiwan's CNA, its dateline in brackets: "（中央社記者王小明台北23日電）"
    "中央社": "CNA",
    # Hong Kong China News Agency, China News Service's Hong Kong sister: "中通社香港5日電"
    "中通社": "HKCNA", "香港中通社": "HKCNA",
    # Foreign agencies under their Chinese names, as Taiwan and Hong Kong papers open the
    # stories they carry ("（法新社巴黎十三日電）", "（美聯社華盛頓二日電）") and mainland copy
    # quotes them ("共同社东京3月5日电").
    "法新社": "AFP", "美联社": "AP", "美聯社": "AP", "路透社": "Reuters", "合众社": "UPI",
    "合眾社": "UPI", "共同社": "Kyodo", "时事社": "Jiji", "時事社": "Jiji", "韩联社": "Yonhap",
    "韓聯社": "Yonhap", "塔斯社": "TASS", "德新社": "dpa", "埃菲社": "EFE", "安莎社": "ANSA",
}
# The agency closing a Japanese dateline in square brackets, after the place and the day:
# Reuters' Japanese service writes "［東京　１８日　ロイター］ -".
JA_BRACKET_DATELINE_AGENCIES = {"ロイター": "Reuters"}
# The agency word closing the place in a Japanese dateline: "【ワシントン共同】", "【北京時事】".
# Yonhap's Japanese service signs its own "【ソウル聯合ニュース】".
JA_DATELINE_AGENCIES = {"共同": "Kyodo", "時事": "Jiji", "聯合ニュース": "Yonhap"}
# ...and the agency opening it, before the place: Nikkei QUICK News's "【NQNニューヨーク＝戸田圭介】".
JA_DATELINE_LEAD_AGENCIES = {"NQN": "NQN"}
# Foreign agencies as Yonhap names them after the place in its dateline, when it carries
# their story: "(뉴욕 로이터=연합뉴스)", "(베이징 신화=연합뉴스)". Only read there: alone,
# "신화" is the word for "myth". Latin names ("(파리 AFP=연합뉴스)") go through the aliases.
KO_DATELINE_FOREIGN_AGENCIES = {"로이터": "Reuters", "신화": "Xinhua", "교도": "Kyodo", "지지": "Jiji",
                                "타스": "TASS"}
# Yonhap's own name in its dateline before 1998, when it was 연합통신 and its copy wrote
# names in hanja: "(大田=聯合) 李相勳기자 =", "(서울=연합)". Only read there: alone, 聯合
# is the word for "united" (聯合國, 聯合報).
KO_DATELINE_AGENCIES = {"聯合": "Yonhap", "연합": "Yonhap", "聯合通信": "Yonhap", "연합통신": "Yonhap"}
# Who is named in a Chinese dateline's bracket: "（记者张三、李四）", "（记者 张三 通讯员 李四）".
ZH_REPORTER_WORDS = ("特派记者", "见习记者", "實習記者", "实习记者", "记者", "記者", "通讯员", "通訊員",
                     "实习生", "實習生", "报道员", "報道員")
# 'Reported by' opening a Chinese closing bracket of roles (Reuters' Chinese service):
# "（报导 Jo Roe；翻译 刘婷；审校 张强）". Only there: elsewhere "据报道" is 'reportedly'.
ZH_REPORTED_BY_WORDS = ("报导", "报道", "報導")
# A Korean byline's role after the names: "홍길동 기자 =", "김철수 특파원 =".
KO_REPORTER_WORDS = ("선임기자", "객원기자", "인턴기자", "기자", "특파원", "통신원")
# Labels of a Korean credit line, each before an equals sign (or a colon), by the field it
# fills: "글=홍길동 기자 · 번역=김영희 기자" ('text', 'translation'), "사진=최준호 기자" ('photo'),
# "취재=홍길동 기자" ('reporting'), "편집=이지은" ('editing'). Not "영상" ('video'), "그래픽"
# ('graphics'): their makers are no photographers.
KO_LABEL_FIELDS = {"글": "reporters", "취재": "reporters", "번역": "translators", "사진": "photographers",
                   "편집": "editors"}
# Labels that take a dateline's place in a Korean photo or chart credit: "(사진=연합뉴스)",
# "[그래픽=뉴시스]" (no city).
KO_CREDIT_LABELS = ("사진", "자료사진", "그래픽", "영상", "제공", "자료", "출처", "편집", "디자인")
# ...of those, the ones for a photo: a reporter named after one took the picture
KO_PHOTO_LABELS = ("사진", "자료사진")
# The label a page sets before the place a story was filed from, beside its date: AFPBB's
# "発信地：カイロ/エジプト" ('place of dispatch'), the city first, then its country after a slash.
CJK_FILED_PLACE_WORDS = ("発信地",)
# A Japanese byline's role before the name: "（共同通信記者 山田太郎）".
JA_REPORTER_WORDS = ("編集委員", "論説委員", "特派員", "記者", "通信員")
# The desk a Japanese agency's signature names before the writer: its departments by name
# ("（時事通信経済部　森田健太）": economics, politics, society, foreign news, sport, science,
# culture, life, international, photo, video, the editorial and news bureaus; a family name
# may end in 部 too, "阿部", "長谷部"), and a place's bureau ("ソウル支局", "中国総局").
JA_DESKS = ("経済部", "政治部", "社会部", "外信部", "外報部", "国際部", "運動部", "科学部", "文化部",
            "生活部", "写真部", "映像部", "地方部", "編集局", "報道局", "解説委員室")
JA_BUREAU_WORDS = ("総局", "支局")
# Weekdays written out after a CJK date, not in brackets: Taiwanese "2024年11月6日 週三 下午3:53",
# "星期四", "周二", Japanese "木曜日" (or "木曜"), Korean "목요일".
CJK_WEEKDAYS = tuple(
    [f"{week}{day}" for week in ("星期", "週", "周", "禮拜", "礼拜") for day in "一二三四五六日天"]
    + [f"{day}曜日" for day in "月火水木金土日"] + [f"{day}曜" for day in "月火水木金土日"]
    + [f"{day}요일" for day in "월화수목금토일"])
# Words before a date that say what it is: "입력 2024.03.05. 14:32 수정 ...", "发布时间：...".
CJK_PUBLISHED_WORDS = ("기사입력", "송고", "입력", "등록", "발행", "게재", "发布时间", "發佈時間", "发布于", "发布",
                       "發布", "發佈", "发表时间", "发表", "發表", "公開日", "公開", "配信", "掲載", "首发",
                       # Xinhua's archive records: "【发稿时间】1998-07-12 16:40" ('filing time')
                       "发稿时间", "發稿時間",
                       # a Korean database's record: "작성일: 2020.07.23 14:18" ('written on'),
                       # "등록일", "입력일", "송고일" ('filed on')
                       "작성일", "등록일", "입력일", "송고일")
CJK_UPDATED_WORDS = ("최종수정일", "최종수정", "최종 수정", "수정일", "수정", "업데이트", "更新时间", "更新時間", "最終更新",
                     "更新日", "更新", "修改时间", "修改")
# A link a portal sets after an article's date stamp, on its line: Naver's "입력 ... 수정 ...
# 기사원문" (to the original article), Daum's "원문보기", Chinese portals' "原文链接".
# A relative stamp in CJK ("3時間前", "30分前", "3小时前", "3小時前", "2天前", "3시간 전", "30분
# 전"): it dates nothing, on its own line or after a page's date ("2019年4月2日 / 下午3点28分 / 3小时前").
CJK_RELATIVE_STAMP = r"\d{1,2}\s*(?:秒|分|分钟|分鐘|時間|小时|小時|天|日|週間|周|週|초|분|시간|일|주)\s*(?:前|전)"
# ... and in the other languages beside English's and the Romance ones' (RELATIVE_STAMP_RE):
# Russian "3 часа назад", Turkish "3 saat önce", Polish "3 godziny temu", Dutch "3 uur geleden",
# Swedish "för 3 timmar sedan", Greek "πριν από 3 ώρες", Arabic "منذ 3 ساعات", Hebrew "לפני 3
# שעות", Thai "4 วันที่แล้ว", Vietnamese "3 giờ trước", Indonesian and Malay "3 jam (yang) lalu".
RELATIVE_STAMP_MORE = (
    r"\d{1,2}\s*(?:секунд[уы]?|минут[уы]?|час(?:а|ов)?|дн(?:я|ей)|день)\s+назад"
    r"|\d{1,2}\s*(?:saniye|dakika|dk\.?|saat|gün|hafta)\s+önce"
    r"|\d{1,2}\s*(?:sekund[ya]?|minut[ya]?|min\.|godzin[ya]?|godz\.|dni|dzień)\s+temu"
    r"|\d{1,2}\s*(?:seconden|minuten|min\.|uur|dagen|dag)\s+geleden"
    r"|(?:för\s+)?\d{1,2}\s*(?:sekunder|minuter|min|timmar|timme|dagar|dag)\s+sedan"
    r"|πριν(?:\s+από)?\s+\d{1,2}\s*(?:δευτερόλεπτα|λεπτά|ώρες|ώρα|ημέρες|μέρες)"
    r"|منذ\s+\d{1,2}\s*(?:ثوان|دقائق|دقيقة|ساعات|ساعة|أيام|يوم)"
    r"|לפני\s+\d{1,2}\s*(?:שניות|דקות|שעות|ימים)"
    r"|\d{1,2}\s*(?:วินาที|นาที|ชั่วโมง|ชม\.|วัน|สัปดาห์)\s*(?:ที่)?แล้ว"
    r"|\d{1,2}\s*(?:giây|phút|giờ|ngày|tuần)\s+trước"
    r"|\d{1,2}\s*(?:detik|menit|minit|jam|hari|minggu)\s+(?:yang\s+)?lalu")
CJK_DATE_LINK_WORDS = ("기사원문", "원문보기", "원문", "原文链接", "原文鏈接", "查看原文", "阅读原文")
# The label of a source line: "来源：新华社", "來源：中央社".
CJK_SOURCE_WORDS = ("来源", "來源", "新闻来源", "新聞來源", "출처", "出典", "稿源")
# The label of an editor's credit in Chinese trailers: "【责任编辑：赵六】", "(编辑 赵六)".
# Japanese editors in a closing bracket: "（記者：山田太郎、編集：佐藤花子）".
JA_EDITOR_WORDS = ("編集",)
# (and CNA's "核稿", 'copy checked by', closing its translated stories: "（譯者：劉五/核稿：張六）")
ZH_EDITOR_WORDS = ("责任编辑", "責任編輯", "责编", "責編", "编辑", "編輯", "编审", "審校", "审校", "核稿")
# Labels of a credit line of its own under Chinese, Japanese and Korean copy, before a colon
# (Japanese also "・"), by the field each fills, beside the editors' words above: "作者：王五",
# "撰文：王五", "（文・山田太郎）" ('text'), "（取材・文＝山田太郎）" ('reporting and text'), "편집: 이지은", "翻译：刘洋", "编译：刘洋" ('translated
# and compiled'), "翻訳：高橋直子", "번역: 박서연", "摄影：陈静", "写真：田中翔", "사진: 최준호".
CJK_CREDIT_LABELS = {
    # (and 'reported by' with its colon, a Malaysian paper's byline line: "报道：王五")
    "reporters": ("作者", "撰文", "执笔", "執筆", "文", "글", "取材・文", "取材・執筆", "取材", "报道", "報導", "报导"),
    "editors": ("편집",),
    "translators": ("翻译", "翻譯", "编译", "編譯", "译者", "譯者", "翻訳", "번역"),
    "photographers": ("摄影", "攝影", "写真", "撮影", "사진"),
}
# Marks that close Chinese, Japanese and Korean copy: "（完）", "(끝)", "＝終わり＝"; and the
# link Xinhua's pages close the copy with, before its editor: "【纠错】 【责任编辑：赵六】"
# ('report an error'), and the print and close buttons of xinhuanet's older pages, on the
# editor's line ("【打印】【关闭】 责任编辑：赵六").
# Words closing a photo credit's "name" that is a source, no person: '... provided', 'file
# material', 'news agency', 'newspaper' ("写真：政府提供（共同）").
CJK_HANDOUT_ENDINGS = ("提供", "資料", "资料", "通信", "通信社", "新聞", "新聞社", "新闻社", "供图", "供圖")
# The word a Chinese site's name ends with, after the headline and its channel in a page's
# <title> ("标题_国内新闻_某某网"): 'net', 'news', 'daily', 'online'.
CJK_SITE_NAME_ENDINGS = ("网", "網", "新闻", "新聞", "日报", "日報", "在线", "在線", "头条", "頭條")
CJK_END_MARKS = ("完", "完了", "終わり", "끝", "END", "纠错", "糾錯", "打印", "关闭", "關閉")
# Words of a Chinese, Japanese or Korean copyright notice under the copy.
CJK_COPYRIGHT_WORDS = ("저작권자", "무단 전재", "무단전재", "版权所有", "版權所有", "禁止转载", "未经授权",
                       "無断転載", "無断で転載", "著作権")
# The mail domains of agencies whose reporters sign with an address ("gildong@yna.co.kr").
AGENCY_MAIL_DOMAINS = {"yna.co.kr": "Yonhap", "newsis.com": "Newsis", "news1.kr": "News1"}
# Agencies' own news sites, by the host of a page's address ("https://www.aa.com.tr/en/..."):
# a page there runs the agency's copy, so the site credits it when the text credits no one
# (as a page's site name does: "Agencia EFE"). A subdomain counts ("en.irna.ir").
AGENCY_SITE_DOMAINS = {
    "apnews.com": "AP", "reuters.com": "Reuters", "afp.com": "AFP", "aa.com.tr": "Anadolu",
    "yna.co.kr": "Yonhap", "ansa.it": "ANSA", "efe.com": "EFE", "pap.pl": "PAP",
    "ceskenoviny.cz": "CTK", "tasr.sk": "TASR", "bta.bg": "BTA", "hina.hr": "HINA", "sta.si": "STA",
    "agerpres.ro": "Agerpres", "ukrinform.ua": "Ukrinform", "ukrinform.net": "Ukrinform",
    "antaranews.com": "Antara", "bernama.com": "Bernama", "irna.ir": "IRNA", "xinhuanet.com": "Xinhua",
    "kyodonews.net": "Kyodo", "tass.ru": "TASS", "tass.com": "TASS", "aap.com.au": "AAP",
    "europapress.es": "Europa Press", "agenciabrasil.ebc.com.br": "Agência Brasil", "lusa.pt": "Lusa",
    "wam.ae": "WAM", "spa.gov.sa": "SPA", "kuna.net.kw": "KUNA", "qna.org.qa": "QNA",
    "aps.dz": "APS", "ptinews.com": "PTI", "apanews.net": "APA", "bssnews.net": "BSS",
    "jiji.com": "Jiji", "news.cn": "Xinhua", "cna.com.tw": "CNA", "focustaiwan.tw": "CNA",
    "vnanet.vn": "VNA", "telam.com.ar": "Télam", "kenyanews.go.ke": "Kenya News Agency",
    "pna.gov.ph": "PNA", "mena.org.eg": "MENA",
    # East and South-East Asia's state agencies: Cambodia's AKP, Laos's KPL, the DPRK's KCNA,
    # Thailand's TNA (MCOT's news site) and NNT (the PRD's), and Korea's Newsis and News1
    "akp.gov.kh": "AKP", "kpl.gov.la": "KPL", "kcna.kp": "KCNA", "tna.mcot.net": "TNA",
    "thainews.prd.go.th": "NNT", "newsis.com": "Newsis", "news1.kr": "News1",
    # Africa's agencies: Morocco's MAP (its French and English news sites too), Senegal's APS,
    # Tunisia's TAP, Ethiopia's ENA, Nigeria's NAN, Ghana's GNA (and its older address),
    # South Africa's SAnews, Angola's ANGOP, Mozambique's AIM, Côte d'Ivoire's AIP
    "mapexpress.ma": "MAP", "mapnews.ma": "MAP", "map.ma": "MAP", "aps.sn": "APS", "tap.info.tn": "TAP",
    "ena.et": "ENA", "nannews.ng": "NAN", "gna.org.gh": "GNA", "ghananewsagency.org": "GNA",
    "sanews.gov.za": "SAnews", "angop.ao": "ANGOP", "aim.org.mz": "AIM", "aip.ci": "AIP",
    # the CIS's agencies: Georgia's Interpressnews, Kazakhstan's Kazinform and KazTAG, Belarus's
    # BelTA, Kyrgyzstan's Kabar and AKIpress, Azerbaijan's AzerTAc, Trend and APA, Armenia's
    # Armenpress, Uzbekistan's UzA, Tajikistan's Khovar, Ukraine's UNIAN, Russia's Interfax and RIA
    "interpressnews.ge": "Interpressnews", "inform.kz": "Kazinform", "kaztag.kz": "KazTAG",
    "belta.by": "BelTA", "kabar.kg": "Kabar", "akipress.org": "AKIpress", "akipress.com": "AKIpress",
    "azertag.az": "AzerTAc", "trend.az": "Trend", "apa.az": "APA", "armenpress.am": "Armenpress",
    "uza.uz": "UzA", "khovar.tj": "Khovar", "unian.ua": "UNIAN", "unian.net": "UNIAN",
    "unian.info": "UNIAN", "interfax.ru": "Interfax", "ria.ru": "RIA Novosti", "rian.ru": "RIA Novosti",
    "calmatters.org": "CalMatters", "texastribune.org": "The Texas Tribune",
    "courthousenews.com": "Courthouse News Service", "capitolnewsillinois.com": "Capitol News Illinois",
    "kffhealthnews.org": "KFF Health News", "khn.org": "Kaiser Health News",
    "religionnews.com": "RNS", "baycitynews.com": "Bay City News",
    # the church news services' and the Thomson Reuters Foundation's own sites
    "ekai.pl": "KAI", "kathpress.at": "Kathpress", "agensir.it": "SIR", "fides.org": "Agenzia Fides",
    "agencia.ecclesia.pt": "Ecclesia", "news.trust.org": "Thomson Reuters Foundation",
    "context.news": "Thomson Reuters Foundation", "ipsnews.net": "IPS", "kna.de": "KNA",
    # press-release wires' own pages (vocab.PRESS_RELEASE_WIRES): the wire carries the release
    "businesswire.com": "Business Wire", "globenewswire.com": "GlobeNewswire",
    "prnewswire.com": "PR Newswire", "news.cision.com": "Cision",
    # Dow Jones's MarketWatch, whose site runs its own reporters' market stories
    "marketwatch.com": "MarketWatch",
}

# -- the envelope around a story (envelope.py)
# Mail headers, English and as Outlook and Gmail write them in other languages.
# A forward's headers in Czech, Slovak, Polish, Hungarian, Slovene, Croatian, Serbian,
# Bulgarian, Romanian, Russian, Ukrainian, Dutch, the Nordic and Baltic languages and
# Turkish, as Gmail and Outlook write them: the sender ("Od:", "Feladó:", "Från:"), the
# recipients ("Komu:", "Do:", "Címzett:"), Outlook's sent time ("Odesláno:", "Wysłano:"),
# the subject ("Předmět:", "Temat:", "Tárgy:", "Ämne:"). Lower case.
MAIL_SENDER_NAMES = ("od", "feladó", "šalje", "от", "de la", "від", "van", "från", "fra",
                     "lähettäjä", "saatja", "no", "nuo", "kimden")
MAIL_RECIPIENT_NAMES = ("komu", "kopie", "kópia", "do", "dw", "címzett", "másolat", "za", "prima",
                        "до", "către", "кому", "копия", "aan", "till", "til", "kopia", "vastaanottaja",
                        "kopio", "saaja", "kam", "kime")
MAIL_SENT_NAMES = ("odesláno", "odoslané", "wysłano", "wysłane", "elküldve", "küldve", "poslano",
                   "poslato", "изпратено", "trimis", "отправлено", "надіслано", "verzonden", "skickat",
                   "sendt", "lähetetty", "saadetud", "nosūtīts", "išsiųsta", "gönderildi",
                   "gönderilme tarihi")
MAIL_SUBJECT_WORDS = ("předmět", "predmet", "temat", "tárgy", "zadeva", "tema", "тема", "subiect",
                      "onderwerp", "ämne", "emne", "aihe", "teema", "tēma", "konu")
# Korean (Naver, Daum, Gmail, Outlook), Japanese and Chinese clients' headers: "보낸사람:",
# "받는 사람:", "날짜:", "제목:"; "差出人:", "件名:"; "发件人:", "主题:", "寄件者:", "主旨:".
MAIL_CJK_SENDER_NAMES = ("보낸사람", "보낸 사람", "보낸이", "差出人", "送信者", "发件人", "寄件者", "寄件人")
MAIL_CJK_RECIPIENT_NAMES = ("받는사람", "받는 사람", "받는이", "참조", "宛先", "收件人", "收件者", "抄送", "副本")
MAIL_CJK_DATE_NAMES = ("날짜", "보낸 날짜", "送信日時", "日付", "日期", "发送时间", "發送時間", "寄件日期", "时间")
MAIL_CJK_SUBJECT_NAMES = ("제목", "件名", "主题", "主題", "主旨")
# Thunderbird's and other clients' headers of a forwarded message in French, German, Italian,
# Spanish and Portuguese: "Sujet:", "Pour:", "Copie à:", "Répondre à:"; "Antwort an:";
# "Mittente:", "Rispondi a:"; "Responder a:", "Responder para:"; "Cci:", "Ccn:".
MAIL_CLIENT_RECIPIENT_NAMES = ("pour", "copie à", "cci", "répondre à", "kopie (cc)", "antwort an",
                               "rispondi a", "ccn", "responder a", "responder para", "cco")
MAIL_CLIENT_SENDER_NAMES = ("mittente", "expéditeur", "absender", "remitente", "remetente")
MAIL_CLIENT_SUBJECT_NAMES = ("sujet",)
MAIL_HEADER_NAMES = ("from", "sent", "date", "to", "cc", "bcc", "subject", "reply-to",
                     *MAIL_CLIENT_RECIPIENT_NAMES, *MAIL_CLIENT_SENDER_NAMES, *MAIL_CLIENT_SUBJECT_NAMES,
                     "de", "envoyé", "à", "objet", "von", "gesendet", "an", "betreff",
                     "para", "enviado", "enviado el", "asunto", "assunto", "da", "inviato",
                     "a", "oggetto", "data",
                     # Gmail's and Outlook's headers of a forward in Central, Eastern and Northern
                     # Europe ("Od: ...", "Datum: po 5. 6. 2023 v 10:14", "Předmět: ..."), and Turkish
                     *MAIL_SENDER_NAMES, *MAIL_RECIPIENT_NAMES, *MAIL_SENT_NAMES, *MAIL_SUBJECT_WORDS,
                     "datum", "dátum", "dată", "дата", "dato", "päivämäärä", "kuupäev", "datums", "tarih",
                     # Spanish clients' "Fecha:"; Korean, Japanese and Chinese clients' headers
                     "fecha", *MAIL_CJK_SENDER_NAMES, *MAIL_CJK_RECIPIENT_NAMES, *MAIL_CJK_DATE_NAMES,
                     *MAIL_CJK_SUBJECT_NAMES)
# A webmail's address for a message it shows, as a saved page's "saved from url=" keeps it
# (Roundcube's "?_task=mail", Outlook on the web's "/owa/", Gmail's, Yahoo's): the reader's
# mailbox, never the story's address.
WEBMAIL_URL_MARKS = ("_task=mail", "/owa/", "mail.google.com", "mail.yahoo.com", "outlook.live.com",
                     "outlook.office.com", "outlook.office365.com", "/squirrelmail/", "/horde/imp/",
                     "mail.aol.com")
# Headers that name the sender ("From:", "Von:", "Od:", "发件人："...).
MAIL_FROM_NAMES = frozenset(("from", "de", "von", "da", *MAIL_SENDER_NAMES, *MAIL_CLIENT_SENDER_NAMES,
                             *MAIL_CJK_SENDER_NAMES))
# Headers that name a person's address: only a mail has them.
MAIL_ONLY_NAMES = frozenset(("from", "sent", "to", "cc", "bcc", "reply-to", "de", "envoyé", "à",
                             "von", "gesendet", "an", "para", "enviado", "enviado el", "da",
                             "inviato", "a", *MAIL_CLIENT_RECIPIENT_NAMES, *MAIL_CLIENT_SENDER_NAMES,
                             *MAIL_SENDER_NAMES, *MAIL_RECIPIENT_NAMES, *MAIL_SENT_NAMES,
                             *MAIL_CJK_SENDER_NAMES, *MAIL_CJK_RECIPIENT_NAMES))
MAIL_SUBJECT_NAMES = frozenset(("subject", "objet", "betreff", "asunto", "assunto", "oggetto",
                                *MAIL_CLIENT_SUBJECT_NAMES,
                                *MAIL_SUBJECT_WORDS, *MAIL_CJK_SUBJECT_NAMES))
MAIL_DATE_NAMES = frozenset(("date", "sent", "envoyé", "gesendet", "enviado", "enviado el",
                             "data", "inviato", *MAIL_SENT_NAMES, "datum", "dátum", "dată", "дата",
                             "dato", "päivämäärä", "kuupäev", "datums", "tarih", "fecha", *MAIL_CJK_DATE_NAMES))
# The verb closing a reply's line that introduces the quote it answers ("On Tue, ..., Jo
# <jo@example.org> wrote:", "Le ... a écrit :", "El ... escribió:", "... 님이 작성:"), lower case.
REPLY_ATTRIBUTION_VERBS = ("wrote", "writes", "a écrit", "schrieb", "hat geschrieben", "escribió",
                           "ha escrito", "ha scritto", "escreveu", "schreef", "skrev", "kirjoitti",
                           "napisał", "napisała", "napsal", "napsala", "írta", "написал", "написала",
                           "yazdı", "작성", "님이 작성", "のメッセージ", "写道", "寫道")
# The words between the dashes of a forward mark: "-----Original Message-----".
FORWARD_MARKS = ("original message", "forwarded message", "message d'origine",
                 "message transféré", "ursprüngliche nachricht", "weitergeleitete nachricht",
                 "mensaje original", "mensaje reenviado", "mensagem original",
                 "mensagem encaminhada", "messaggio originale", "messaggio inoltrato",
                 # Gmail's forward and Outlook's original in Central, Eastern and Northern
                 # Europe: "---------- Přeposlaná zpráva ---------", "-----Původní zpráva-----"
                 "přeposlaná zpráva", "původní zpráva", "preposlaná správa", "pôvodná správa",
                 "wiadomość przekazana dalej", "przekazana wiadomość", "wiadomość oryginalna",
                 "oryginalna wiadomość", "továbbított üzenet", "eredeti üzenet",
                 "posredovano sporočilo", "izvirno sporočilo", "proslijeđena poruka",
                 "izvorna poruka", "prosleđena poruka", "originalna poruka", "препратено писмо",
                 "оригинално съобщение", "mesaj redirecționat", "mesaj redirecţionat",
                 "mesaj original", "пересылаемое сообщение", "исходное сообщение",
                 "переслане повідомлення", "оригінальне повідомлення", "doorgestuurd bericht",
                 "oorspronkelijk bericht", "vidarebefordrat meddelande", "ursprungligt meddelande",
                 "videresendt meddelelse", "oprindelig meddelelse", "videresendt melding",
                 "opprinnelig melding", "välitetty viesti", "alkuperäinen viesti", "edastatud kiri",
                 "algne sõnum", "pārsūtīta ziņa", "sākotnējais ziņojums", "persiųstas laiškas",
                 "originalus pranešimas", "iletilen ileti", "özgün ileti", "orijinal mesaj",
                 # Korean, Japanese and Chinese clients: "---------- 전달된 메일 ----------"
                 "전달된 메일", "전달된 메시지", "원본 메일", "원본 메시지", "転送メッセージ",
                 "元のメッセージ", "转发的邮件", "原始邮件", "轉寄的郵件", "原始郵件")
# An agency's service named on the line its copy carries under the masthead ("PAP - Serwis
# Regionalny", "Емисия: Регионални новини", "Regionalni servis / Dalmacija", "AIM Reports -
# news service in English"): the feed's name, no headline (lower case).
# The words of an agency's broadcast or picture service after its name on the banner heading
# a script ("AFP AUDIO - SERVICE RADIO FRANCOPHONE", "AP RADIO NEWS -- NATIONAL DESK", "EFE
# RADIO - SERVICIO PARA EMISORAS", "REUTERS VIDEO NEWS -- CLIENT SCRIPT"), lower case.
BROADCAST_SERVICE_WORDS = ("radio", "audio", "video", "vidéo", "vídeo", "tv", "television", "télévision",
                           "televisión", "televisione", "televisão", "fernsehen", "news", "newsroom",
                           "noticias", "notizie", "nachrichten", "infos", "multimedia", "broadcast",
                           "haber", "görüntülü", "радио", "видео", "тв")
SERVICE_LINE_WORDS = ("service", "services", "serwis", "servis", "servisi", "servizio", "servicio",
                      "serviço", "dienst", "nachrichtendienst", "tjänst", "tjeneste", "palvelu",
                      "emisia", "emisie", "емисия", "служба", "feed", "newsfeed", "wire",
                      # South Asia's word for a service: Hindi and Nepali, Bangla, Tamil, Urdu
                      "सेवा", "সেবা", "சேவை", "سروس")
# How a forwarder's note under the headers opens (regex pieces).
MAIL_NOTE_OPENERS = ("fyi", "fwiw", "see below", "see the story below", "see story below",
                     "please see", "pls see", "hi", "hello", "hey", "dear", "good morning",
                     "good afternoon", "good evening", "thought you", "forwarding", "heads up", "heads-up",
                     "for your info", "for your information", "for information", "please find below",
                     "please find attached", "below please find", "below is", "below, please find",
                     "para su información", "para su conocimiento", "para vuestra información",
                     "para sua informação", "para seu conhecimento", "pour information", "pour votre information",
                     "per vostra informazione", "per opportuna conoscenza", "zu ihrer information",
                     "ter informatie", "for info", "in case you", "have a look", "take a look",
                     "worth a read", "as discussed", "thanks", "thank you", "cheers", "regards",
                     "sent from my", "get outlook for", "--", "pour info", "zur info", "bonjour",
                     "hallo",
                     # greetings and lead-ins in other languages: "Hola a todos, comparto la nota
                     # ...:", "Ciao a tutti", "Olá a todos", "Hej alla", "안녕하세요"
                     "hola", "buenos días", "buenas tardes", "buenas noches", "estimados", "estimadas",
                     "les comparto", "os comparto", "te comparto", "salut", "chers collègues",
                     "chères collègues", "guten morgen", "guten tag", "liebe kollegen", "moin",
                     "ciao", "buongiorno", "buonasera", "buona sera", "bonsoir", "cari colleghi", "olá", "oi", "bom dia", "boa tarde",
                     "prezados", "caros", "hej", "hei", "hoi", "beste collega's", "dzień dobry",
                     "здравствуйте", "добрый день", "привет", "коллеги", "merhaba", "안녕하세요",
                     "こんにちは", "お疲れ様です", "お疲れさまです", "大家好", "各位好",
                     # a mail gateway's warning set over a message from outside the company
                     # ("CAUTION: External sender. Be careful with links ...", "[EXTERNAL EMAIL]
                     # Do not click ..."): no more the story's than a greeting
                     "caution: external", "caution: this email originated", "caution: this e-mail originated",
                     "caution: this message originated", "warning: external", "warning: this email originated",
                     "attention: external", "attention: this email originated", "external email:",
                     "[external email]", "[external]", "[extern]", "achtung: externe", "achtung: diese e-mail",
                     "attenzione: questa e-mail", "atención: este correo", "precaución: este correo",
                     "attention : ce courriel", "attention : cet e-mail")
# A greeting's vocative after the group it hails, without an opener before it: "팀원 여러분,
# ..." ('team members, everyone'), "関係者各位", "チームの皆様" (regex pieces; the group is a
# word or two of any script, CJK set without spaces).
MAIL_NOTE_VOCATIVES = ("여러분", "皆様", "皆さん", "各位")
# A link's words naming the whole story it leads to, in a mail or a page's copied text
# ("Read the full story: https://..."), lower case, beside the English ones in
# envelope.STORY_LINK_RE: they say so anywhere.
STORY_LINK_FULL_PHRASES = (
    "lee la nota completa", "lea la nota completa", "leer la nota completa", "ver la nota completa",
    "lee la noticia completa", "lea la noticia completa", "leer la noticia completa",
    "lee el artículo completo", "lea el artículo completo", "leer el artículo completo",
    "nota completa", "noticia completa", "artículo completo",
    "leia a matéria completa", "leia a notícia completa", "leia o artigo completo", "matéria completa",
    "notícia completa", "lire l'article complet", "lire l’article complet", "article complet",
    "den ganzen artikel lesen", "ganzen artikel lesen", "zum vollständigen artikel", "vollständiger artikel",
    "leggi l'articolo completo", "leggi l’articolo completo", "leggi la notizia completa", "articolo completo",
    "lees het volledige artikel", "lees het hele artikel", "volledig artikel",
    "læs hele artiklen", "læs hele historien", "les hele saken", "les hele artikkelen",
    "läs hela artikeln", "läs hela texten", "lue koko juttu", "lue koko artikkeli",
    "czytaj całość", "przeczytaj cały artykuł", "cały artykuł", "přečtěte si celý článek", "celý článek",
    # a press-release wire's link under the release to its own page (PR Newswire's and its
    # sister services' "View original content:https://www.prnewswire.com/news-releases/..."),
    # in English and the wire's other editions
    "view original content to download multimedia", "view original content", "ver contenido original",
    "ver el contenido original", "vea el contenido original", "ver conteúdo original",
    "veja o conteúdo original", "voir le contenu original", "consulter le contenu original",
    "originalinhalt anzeigen", "visualizza il contenuto originale", "bekijk originele inhoud",
    # a newsletter's link to the whole story in Arabic, Persian, Turkish, Russian and Ukrainian
    "لقراءة الخبر كاملاً", "لقراءة الخبر كاملا", "لقراءة الخبر كاملًا", "اقرأ الخبر كاملاً",
    "اقرأ الخبر كاملا", "لقراءة المزيد", "التفاصيل كاملة", "متن کامل خبر", "مشروح خبر",
    "haberin tamamı", "haberin tamamını okuyun", "haberin devamı", "читать полностью",
    "полный текст", "читати повністю", "повний текст",
)
# ...and the plain "read more" of those languages, which names the story only in a mail (on a
# page it leads to another one).
STORY_LINK_MORE_PHRASES = (
    "leer más", "lee más", "seguir leyendo", "sigue leyendo", "leia mais", "continue lendo",
    "lire la suite", "en savoir plus", "weiterlesen", "mehr lesen", "leggi tutto", "continua a leggere",
    "lees meer", "verder lezen", "læs mere", "les mer", "läs mer", "lue lisää", "czytaj więcej",
    "czytaj dalej", "čtěte dále", "více",
    # ...and "read the article (on our site)", as a newsletter's mail sets it under the one story
    # it carries
    "read the article", "read it on our website", "read it on our site", "read on our website",
    "read on our site", "read on the website", "read online", "lire l'article sur notre site",
    "lire l’article sur notre site", "lire l'article", "lire l’article", "lire sur notre site", "lire en ligne",
    "artikel lesen", "zum artikel", "online lesen", "auf unserer website lesen", "auf unserer webseite lesen",
    "leer el artículo", "lee el artículo", "leer en nuestra web", "leer en la web", "leia o artigo",
    "ler o artigo", "leia no site", "ler no site", "leggi l'articolo", "leggi l’articolo", "leggi sul sito",
    "leggi online", "lees het artikel", "lees online", "lees op onze website", "læs artiklen",
    "læs på hjemmesiden", "les artikkelen", "les saken", "les på nettsiden", "läs artikeln", "läs på sajten",
    "lue juttu", "lue artikkeli", "lue verkossa", "lue lisää sivuiltamme", "loe edasi", "loe lähemalt",
    "loe artiklit", "lasīt vairāk", "lasīt rakstu", "lasiet vairāk", "skaityti svetainėje", "skaityti daugiau",
    "skaitykite daugiau", "skaityti straipsnį", "czytaj na stronie", "przeczytaj artykuł", "czytaj artykuł",
    "číst článek", "přečtěte si článek", "čítajte viac", "prečítajte si článok", "tovább olvasom",
    "olvassa el a cikket", "citește mai mult", "citește articolul", "pročitajte više", "pročitajte članak",
    "opširnije", "preberite več", "preberite članek", "прочетете още", "прочети повече", "прочетете статията",
    "διαβάστε περισσότερα", "διαβάστε το άρθρο", "читать далее", "читать на сайте", "читать полностью",
    "читати далі", "читати на сайті", "devamını oku", "haberin devamı", "baca selengkapnya",
    "baca di situs", "đọc tiếp", "đọc bài viết", "続きを読む", "全文を読む", "阅读全文", "閱讀全文",
    "阅读原文", "閱讀原文", "기사 전문 보기", "اقرأ الخبر كاملا", "ادامه مطلب", "המשך לקרוא",
)

# A mailed digest's lines above the item it carries, under the mail's headers: its masthead
# ("SOUTH ASIA WIRES - daily digest") and the item's place in it ("Item 3 of 7 | Source: ...").
# Regex pieces: the digest's kinds, and the item words with their "of" (English, Spanish,
# French, German, Portuguese, Italian).
DIGEST_KINDS = ("digest", "briefing", "bulletin", "roundup", "round-up", "newsletter", "news summary",
                "press review", "media review", "monitoring report", "resumen", "boletín", "revue de presse",
                "presseschau", "rassegna stampa")
DIGEST_ITEM_WORDS = (r"item\s+\d+\s+of", r"story\s+\d+\s+of", r"ítem\s+\d+\s+de", r"nota\s+\d+\s+de",
                     r"article\s+\d+\s+(?:of|sur)", r"meldung\s+\d+\s+von", r"notizia\s+\d+\s+di")
# What a database's keyword alert counts in its mail's opening line over the story it carries
# ("Your folder GOLD PRICES has 1 new article.", "3 new items match your search"), as regexes.
ALERT_COUNT_WORDS = (r"articles?", r"items?", r"stor(?:y|ies)", r"results?", r"documents?",
                     r"headlines?", r"matches")
# A feed item's labels, saved as text -> what each gives: the headline, an author, the
# story's text, nothing ("skip"); dates and links are read by the head's own rules.
FEED_ITEM_LABELS = {
    "title": "title", "link": "link", "url": "link", "permalink": "link", "guid": "skip",
    "author": "author", "authors": "author", "creator": "author", "dc:creator": "author",
    "pubdate": "date", "pub date": "date", "published": "date", "date": "date",
    "dc:date": "date", "updated": "date", "description": "text", "summary": "text",
    "content": "text", "content:encoded": "text", "category": "skip", "categories": "skip",
    "tags": "skip", "keywords": "skip", "comments": "skip", "enclosure": "skip",
    # A database's or a broadcast desk's export writes the same fields under its own labels,
    # in its own language ("Titel: ...", "Titre : ...", "Titular: ...", "Headline: ...",
    # "Auteur : ...", "Firma: ...", "Reporter: ..."), with lines of no field among them
    # ("Ressort: Wirtschaft", "Longueur : 128 mots", "Run time: :38").
    "headline": "title", "titel": "title", "titre": "title", "titular": "title",
    "título": "title", "titulo": "title", "titolo": "title", "tytuł": "title",
    "titulek": "title", "überschrift": "title", "schlagzeile": "title", "başlık": "title",
    "otsikko": "title", "заголовок": "title", "naslov": "title",
    "reporter": "author", "autor": "author", "autorin": "author", "auteur": "author",
    "autore": "author", "firma": "author", "verfasser": "author", "forfatter": "author",
    "författare": "author", "yazar": "author", "автор": "author",
    "datum": "date", "fecha": "date", "data": "date", "дата": "date",
    "ressort": "skip", "rubrik": "skip", "rubrique": "skip", "sección": "skip",
    "seccion": "skip", "secção": "skip", "seção": "skip", "seccao": "skip", "secao": "skip",
    "sezione": "skip", "section": "skip", "wörter": "skip",
    # a wire's service (its desk) in the Romance languages: "Servicio: Nacionales | 17/10/2008
    # 12:30", "Serviço: Internacional", "Servizio: Esteri"
    "servicio": "skip", "serviço": "skip", "servico": "skip", "servizio": "skip",
    "longueur": "skip", "länge": "skip", "palabras": "skip", "parole": "skip",
    "words": "skip", "word count": "skip", "dokument-id": "skip", "document-id": "skip",
    "document id": "skip", "run time": "skip",
    # An agency archive's record ("Categoría: ECONOMIA", "Título: ...", then "Texto:" alone over
    # the story's text).
    "texto": "text", "text": "text", "texte": "text", "testo": "text", "categoría": "skip",
    "categoria": "skip", "catégorie": "skip", "kategorie": "skip",
    # A press review's cutting ("Testata: il Resto del Carlino", "Pagina: 17", "Medium: NZZ",
    # "Auflage: 107 143"): the paper, its page and print run, no field of the story.
    "testata": "skip", "pagina": "skip", "página": "skip", "seite": "skip", "medium": "skip",
    "auflage": "skip", "kunde": "skip",
    # A media-monitoring report's item ("Client: ...", "Outlet: The Irish Times", "Page: 7"),
    # an archive record's section and keywords ("Rubrika: ekonomika", "Klíčová slova: Brno, školství",
    # "Schlagwörter: ...", "Mots-clés : ..."): no field.
    "outlet": "skip", "client": "skip", "page": "skip", "publication": "skip", "rubrika": "skip",
    "rubryka": "skip", "klíčová slova": "skip", "kľúčové slová": "skip", "słowa kluczowe": "skip",
    "ključne riječi": "skip", "ključne reči": "skip", "schlagwörter": "skip", "stichwörter": "skip",
    "mots-clés": "skip", "mots clés": "skip", "palabras clave": "skip", "parole chiave": "skip",
    "palavras-chave": "skip", "trefwoorden": "skip", "nyckelord": "skip", "avainsanat": "skip",
    # A news terminal's item exported as text: its headline over "Story ID: nL1N...", "Topics:
    # BO, ELN, POL" (subject codes): no field.
    "story id": "skip", "topics": "skip",
    # A library database's record over the full text ("Abstract: Ranchers are selling ...",
    # "Subject Terms: DROUGHTS", "Accession Number: 32W...", "Database: Newswires"): the
    # abstract is the indexer's summary, no start of the story, and the rest no field.
    "abstract": "skip", "subject terms": "skip", "geographic terms": "skip", "document type": "skip",
    "accession number": "skip", "database": "skip", "full text word count": "skip",
    # A photo's IPTC record written out as text ("Headline: Port Strike", "Byline Title: STF",
    # "Object Name: Port Strike", "Transmission Reference: XGEN104"): its fields of no story field.
    "byline title": "skip", "object name": "skip", "transmission reference": "skip",
    "special instructions": "skip",
    # ...as a photo tool writes its IIM names out ("By-line: JO ROE", "City: DHAKA", "Date
    # Created: 20230814", "Time Created: 112233+0600", "Caption/Abstract: ..."): the by-line
    # is the photographer's in a record with a caption ("byline": the record decides), the
    # day and its time one date, the caption the text, the rest no field.
    "by-line": "byline", "by-line title": "skip", "caption/abstract": "caption",
    "date created": "date", "time created": "time", "digital creation date": "skip",
    "digital creation time": "skip", "edit status": "skip", "supplemental categories": "skip",
    "supplemental category": "skip", "province/state": "skip", "province-state": "skip",
    "sub-location": "skip", "country/primary location name": "skip",
    "country/primary location code": "skip", "country code": "skip",
    "original transmission reference": "skip", "copyright notice": "skip",
    "caption writer": "skip", "writer/editor": "skip", "urgency": "skip",
    "city": "place",
    # A Chinese, Japanese or Korean archive's record, its labels closed by a full-width colon
    # ("标题：...", "正文：" over the text, "栏目：经济", "字数：412").
    "标题": "title", "標題": "title", "题目": "title", "題目": "title", "見出し": "title", "제목": "title",
    "正文": "text", "本文": "text", "본문": "text", "栏目": "skip", "欄目": "skip", "版次": "skip",
    "版面": "skip", "字数": "skip", "字數": "skip",
    # ...and Xinhua's archive export of the 1990s, its labels in lenticular brackets ("【稿件类别】
    # 国内新闻", "【发稿时间】1998-07-12 16:40", "【资料来源】新华社电讯稿库": the filing time, the
    # category and the archive itself)
    "稿件类别": "skip", "稿件類別": "skip", "发稿时间": "date", "發稿時間": "date", "资料来源": "skip",
    "資料來源": "skip",
    # A broadcast desk's script for radio or television (AP Radio, AFP Audio, EFE Radio, Reuters
    # and APTN video, DHA's "görüntülü haber"): its correspondent, its camera, the editor on
    # duty, the place the pictures are from ("LOCATION: GARISSA, KENYA"), the time it was
    # filed and the day it was shot (no field when the filing time is there), and its
    # production lines of no field ("RESTRICTIONS:", "LENGTH: 2:14", "SHOTLIST:", "DURÉE :").
    "correspondent": "author", "correspondents": "author", "correspondant": "author",
    "correspondante": "author", "corresponsal": "author", "correspondente": "author",
    "corrispondente": "author", "korrespondent": "author", "korrespondentin": "author",
    "корреспондент": "author", "muhabir": "author", "reporters": "author", "reportera": "author",
    "reportero": "author", "reportère": "author", "journalist": "author", "journaliste": "author",
    "periodista": "author", "giornalista": "author", "jornalista": "author", "muhabiri": "author",
    "voicer": "author", "voiced by": "author", "crónica": "author",
    "camera": "camera", "cameraman": "camera", "camerawoman": "camera", "camera operator": "camera",
    "videographer": "camera", "video": "camera", "caméra": "camera", "cadreur": "camera",
    "cadreuse": "camera", "images": "camera", "cámara": "camera", "camarógrafo": "camera",
    "camarógrafa": "camera", "operatore": "camera", "cinegrafista": "camera", "kamera": "camera",
    "kameramann": "camera", "kamerafrau": "camera", "kameraman": "camera", "оператор": "camera",
    "editor": "editor", "editora": "editor", "editor de turno": "editor", "editora de turno": "editor",
    "editor on duty": "editor", "duty editor": "editor", "rédacteur en chef": "editor",
    # a database record's editor, as German, Dutch and Danish/Norwegian archives label it
    # ("Redakteur: ...", "Eindredacteur: ...", "Redaktør: ..."); (Spanish "redactor", Czech
    # and Polish "redaktor" name the writer as often: not here)
    "redakteur": "editor", "redakteurin": "editor", "eindredacteur": "editor", "eindredactrice": "editor",
    "redaktør": "editor", "redaktionell verantwortlich": "editor",
    "éditeur": "editor", "éditrice": "editor", "editore": "editor", "editrice": "editor",
    "editör": "editor", "редактор": "editor",
    "location": "place", "lieu": "place", "lugar": "place", "ubicación": "place", "localización": "place",
    "luogo": "place", "località": "place", "local": "place", "localização": "place", "drehort": "place",
    "yer": "place", "место": "place", "место съёмки": "place",
    "filed": "filed", "sent": "filed", "transmitted": "filed", "date filed": "filed",
    "fecha de envío": "filed", "envoyé": "filed", "gesendet": "filed", "tarih": "filed",
    "shot date": "shot", "shoot date": "shot", "date shot": "shot", "date de tournage": "shot",
    "fecha de grabación": "shot", "data di ripresa": "shot", "data da gravação": "shot",
    "drehdatum": "shot", "çekim tarihi": "shot", "дата съёмки": "shot",
    "shotlist": "skip", "shot list": "skip", "storyline": "skip", "story line": "skip",
    "script": "skip", "restrictions": "skip", "restriction": "skip", "access": "skip",
    "length": "skip", "duration": "skip", "runs": "skip", "run": "skip", "out-cue": "skip",
    "outcue": "skip", "out cue": "skip", "in-cue": "skip", "cue": "skip", "dur": "skip", "slug": "skip", "type": "skip",
    "format": "skip", "producer": "skip", "produced by": "skip", "first run": "skip",
    "edit number": "skip", "story number": "skip", "story no": "skip",
    "liste des plans": "skip", "durée": "skip", "durée totale": "skip", "réalisation": "skip",
    "production": "skip", "producteur": "skip", "productrice": "skip", "restrictions d'usage": "skip",
    "género": "skip", "duración": "skip", "duración total": "skip", "realización": "skip",
    "producción": "skip", "productor": "skip", "productora": "skip", "restricciones": "skip",
    "lista de planos": "skip", "durata": "skip", "realizzazione": "skip", "produttore": "skip",
    "restrizioni": "skip", "duração": "skip", "realização": "skip", "produção": "skip",
    "restrições": "skip", "dauer": "skip", "produktion": "skip", "einschränkungen": "skip",
    "süre": "skip", "haber kodu": "skip", "görüntü dökümü": "skip", "kısıtlama": "skip",
    "haber metni": "text", "хронометраж": "skip",
    # A photo archive's record ("Registro: AB-2019-...", "Título: ...", "Legenda:" over the
    # caption, "Texto de apoio:" over the text): the record's number no field, the rest text.
    "registro": "skip", "nº de registro": "skip", "número de registro": "skip", "legenda": "text",
    "texto de apoio": "text", "texto de apoyo": "text", "texte d'accompagnement": "text",
}
# A news bulletin's subtitle file (SubRip, WebVTT) names its item above the cues: "Item:",
# "Sujet :", "Beitrag:", "Servizio:", "Juttu:", "Onderwerp:" (formats/subtitles.py), casefolded.
SUBTITLE_ITEM_LABELS = ("item", "story", "title", "headline", "sujet", "titre", "beitrag", "titel",
                        "servizio", "titolo", "juttu", "otsikko", "onderwerp", "título", "pieza", "noticia",
                        "reportage", "nachricht", "meldung")
# News databases whose text exports open with their own name as a masthead ("Europresse.com",
# "GBI-Genios Deutsche Wirtschaftsdatenbank GmbH", "WiseNews 慧科新聞", "日経テレコン 記事検索結果",
# "[BIG KINDS] 뉴스 검색 결과", "BIGKINDS 기사 원문"), lower case, a space where one may stand:
# the database's, no story's field (exports.database_record).
DATABASE_NAMES = ("europresse.com", "europresse", "gbi-genios", "genios", "wiso", "wisenews", "慧科", "日経テレコン",
                  "nikkei telecom", "big kinds", "dow jones factiva", "factiva", "newsbank",
                  "access world news", "pressreader", "proquest", "ebsco", "gale onefile", "nexis uni",
                  "lexisnexis", "infomedia", "mediearkivet", "atekst", "apa-onlinemanager", "swissdox",
                  "聞蔵", "ヨミダス", "中国知网", "中國知網")
# The labels of a database's own lines in its export, around the story's: when it printed or
# retrieved the record, its document number, when it loaded it ("Druckdatum: 17.10.2025",
# "列印日期: 2025-11-27", "出力日時：2025/06/30 15:22", "검색일: 2026-01-12", "수록일: ...",
# "文件編號: ..."), casefolded: no field of the story.
DATABASE_FURNITURE_LABELS = (
    "druckdatum", "abrufdatum", "recherchedatum", "dokumentnummer", "dokument-nr", "dokumentennummer",
    "date d'impression", "imprimé le", "date de recherche", "numéro de document", "print date",
    "printed", "printed on", "date printed", "retrieved", "retrieval date", "date retrieved",
    "download date", "downloaded", "export date", "exported", "document number", "document id",
    "doc id", "fecha de impresión", "fecha de consulta", "data di stampa", "列印日期", "打印日期",
    "文件編號", "文件编号", "檢索日期", "检索日期", "出力日時", "出力日", "検索日", "検索日時", "印刷日",
    "검색일", "검색 일자", "수록일", "기사 id", "출력일")
# Labels before the story's own address on a line of its own, beyond "URL:", "Link:": a
# page's short link to the story ("Short link: https://...", WAFA's "رابط مختصر:", "لینک
# کوتاه:", "Короткая ссылка:"), by language.
URL_LINE_LABELS = ("short link", "shortlink", "short url", "permalink", "lien court", "kurzlink",
                   # a database record's permanent link to itself ("Dauerhafte Adresse des
                   # Dokuments: https://www.wiso-net.de/document/...", "Persistent link:", "Lien
                   # permanent :"), by language
                   "dauerhafte adresse des dokuments", "dauerhafte adresse", "permanent link",
                   "persistent link", "stable url", "stable link", "lien permanent", "enlace permanente",
                   "link permanente", "永久链接", "永久連結", "固定リンク",
                   "enlace corto", "link curto", "link breve", "rövid link", "krótki link",
                   "رابط مختصر", "الرابط المختصر", "لینک کوتاه", "پیوند کوتاه", "نشانی کوتاه",
                   "קישור מקוצר", "короткая ссылка", "коротке посилання", "кратък линк", "кратка връзка",
                   "短链接", "短網址", "短网址", "短縮url", "단축 url", "단축url",
                   # a reader app's export, the saved story's address under it (Pocket's, Instapaper's,
                   # Omnivore's "Original: https://...", "Source URL:", "Saved from:"), by language
                   "original", "original url", "original link", "original article", "source url",
                   "saved from", "view original", "read original", "lien original", "url d'origine",
                   "article original", "originallink", "original-link", "originalartikel",
                   "enlace original", "url original", "artículo original", "link original",
                   "artigo original", "link originale", "articolo originale", "origineel artikel",
                   "originele link", "oryginalny link", "eredeti cikk", "оригинал", "ссылка на оригинал",
                   "الرابط الأصلي", "المصدر الأصلي", "原文链接", "原文連結", "原文", "元記事", "원문",
                   # a channel's or an account's post, the story's address written out under its
                   # lead ("👉 Детальніше: https://...", "Full story: https://..."), by language (a
                   # plain "read more" is boilerplate, or names the story only in a mail:
                   # BOILERPLATE_STARTS, STORY_LINK_MORE_PHRASES)
                   "full story", "детальніше", "докладніше", "читати далі", "подробнее",
                   "читать далее", "подробности", "devamı", "ayrıntılar", "detaylar",
                   "التفاصيل", "详情", "詳情", "阅读全文", "閱讀全文",
                   # ...or names it the story's link ("🔗 رابط الخبر: https://...")
                   "رابط الخبر", "ссылка на новость", "посилання на новину", "haberin linki",
                   "haber linki", "news link", "story link", "link to the story")
# The words of a reference's link to the page it cites, inside a citation line ("... Retrieved
# from https://...", APA's and its kin's in each language): the address after them is the
# cited story's, in a reader's note over the clip.
CITATION_URL_LABELS = ("retrieved from", "available at", "available from", "accessed from",
                       "recuperado de", "recuperado desde", "obtenido de", "disponible en", "consultado en",
                       "recuperado em", "disponível em", "disponivel em", "obtido de",
                       "abgerufen von", "abgerufen unter", "verfügbar unter", "online unter",
                       "consulté sur", "disponible sur", "récupéré de", "disponible à l'adresse",
                       "recuperato da", "disponibile su", "disponibile all'indirizzo", "consultato su",
                       "opgehaald van", "geraadpleegd via", "beschikbaar op", "beschikbaar via",
                       "hämtad från", "hämtat från", "tillgänglig på", "hentet fra", "tilgængelig på",
                       "tilgjengelig på", "pobrano z", "dostępne w", "dostępny w", "dostupné z", "dostupné na")
# OneNote's mark under what a page pasted into a note, with no colon: "Pasted from
# <https://...>", in its interface languages: the pasted page's address.
PASTED_FROM_LABELS = ("pasted from", "eingefügt aus", "collé à partir de", "pegado desde", "incollato da",
                      "colado de", "geplakt uit", "wklejone z", "貼り付け元", "粘贴自", "貼上自")

# Words a headline does not end on, as its first line in a narrow column or a microfilm
# scan may ("Ferry aground off" / "Kodiak Island"): articles, prepositions, conjunctions.
HEADLINE_OPEN_WORDS = ("a", "an", "the", "of", "to", "in", "on", "at", "for", "from", "with",
                       "by", "off", "into", "over", "after", "as", "and", "or", "but",
                       "der", "die", "das", "und", "le", "la", "les", "des", "du", "et",
                       "el", "los", "las", "del", "y", "il", "di", "della")
# Labels of a wire system's header lines written out as text above the copy, in capitals
# ("SERVICE: WIR", "ID: tag:...", "PRIORITY: 3", "SLUG: CHILE-MINING/LANDSLIDE", "LANG: en"):
# none is a field; their dates ("CREATED:", "VERSIONCREATED:") are date words.
WIRE_HEADER_LABELS = ("SERVICE", "ID", "GUID", "URI", "PRIORITY", "URGENCY", "SLUG", "SLUGLINE",
                      "LANG", "CATEGORY", "CATEGORIES", "SUBJECT", "SUBJECTS", "KEYWORD", "KEYWORDS", "VERSION",
                      "PROVIDER", "PRODUCT", "PRODUCTS", "EDNOTE", "ITEMCLASS", "PUBSTATUS", "GENRE",
                      "EMBARGOED", "SIGNAL", "FILING", "RECORDID",
                      # a message's routing between desks ("FOR: AAP SYDNEY / CANBERRA", "FROM: NZPA
                      # WELLINGTON", "ATTN: SPORTS DESK")
                      "FOR", "FROM", "TO", "ATTN", "ATTENTION")
# The words that label a document's reference number on a header line of its own ("RNS
# Number : 4821X", "Announcement No: 2024-017", "Ref: HMP/22/031"), lower case: a label, no
# headline (head_patterns.REFERENCE_LINE_RE).
REFERENCE_LABEL_WORDS = ("number", "no.", "no", "nr.", "nr", "ref.", "ref", "reference", "id",
                         "numéro", "nummer", "número", "numero", "n°", "nº")
# A consent banner's buttons, each alone on its line.
CONSENT_BUTTONS = ("accept all", "reject all", "accept all cookies", "reject all cookies",
                   "decline all", "deny all", "allow all", "allow all cookies", "accept cookies",
                   "accept", "reject", "decline", "i accept", "i agree", "agree", "got it",
                   "ok, got it", "manage preferences", "manage settings", "manage cookies",
                   "manage options", "manage choices", "cookie settings", "cookie preferences",
                   "cookies settings", "privacy settings", "customize settings",
                   "customise settings", "more options", "your privacy choices",
                   "do not sell or share my personal information",
                   "do not sell my personal information", "tout accepter", "tout refuser",
                   "continuer sans accepter", "paramétrer les cookies", "personnaliser",
                   "accepter & fermer", "accepter et fermer", "accept & close", "accept and close",
                   "alle akzeptieren", "alle ablehnen", "akzeptieren", "ablehnen",
                   "einstellungen", "einstellungen verwalten", "aceptar", "aceptar todo",
                   "aceptar todas", "rechazar", "rechazar todo", "configurar", "accetta",
                   "accetta tutto", "rifiuta", "rifiuta tutto", "aceitar", "aceitar tudo",
                   "rejeitar", "rejeitar tudo")
# Words of a consent banner's heading or text (regex pieces).
CONSENT_WORDS = ("cookie", "privacy", "consent", r"personal (?:data|information)", "datenschutz",
                 "einwilligung", "confidentialité", "consentement", "privacidad",
                 "consentimiento", "privacidade", "consentimento", "riservatezza")
# Words that mark a live blog's own title ("LIVE BLOG — Baltic ferry strike: latest updates",
# "Wahl in Hessen im Liveticker", "EN DIRECT - Grève ..."): a page's, not the story's, when
# an entry copied from it carries a headline of its own (regex pieces, matched whole words).
LIVE_BLOG_WORDS = ("live blog", "liveblog", "live updates", "live update", "live coverage",
                   "latest updates", "as it happened", "live:", "live ticker", "liveticker",
                   "live-ticker", "en direct", "en vivo", "ao vivo", "in diretta", "minuto a minuto",
                   "live-blog", "en directo", "la diretta", "em direto", "ao minuto", "direct live",
                   "онлайн-трансляция", "онлайн-трансляції", "пряма трансляція", "relacja na żywo",
                   "canlı blog", "canlı anlatım", "živě", "uživo", "ζωντανή ενημέρωση", "liveblogg")
# The mark a messaging app sets above a post or message passed on, on a line of its own:
# before the channel it came from (Telegram: "Forwarded from Kyodo News Wire"), or alone
# (WhatsApp: "Forwarded", "Forwarded many times"); a news app's under the story it shares
# ("Shared from the Focus Taiwan app"). Lower case; no headline, no field.
SHARE_FROM_MARKS = ("forwarded from", "переслано от", "пересланное сообщение от", "reenviado de",
                    "encaminhado de", "weitergeleitet von", "transféré de", "inoltrato da",
                    "shared from", "shared via", "partagé depuis", "partagé via", "compartido desde",
                    "compartilhado de", "compartilhado via", "geteilt über", "condiviso da")
SHARE_MARKS = ("forwarded", "forwarded many times", "переслано", "reenviado", "reenviado con frecuencia",
               "reenviado muchas veces", "encaminhada", "encaminhada com frequência", "weitergeleitet",
               "häufig weitergeleitet", "transféré", "transféré plusieurs fois", "inoltrato",
               "inoltrato molte volte")
# A mailed alert's notice that the sender reads no answers, on a line of its own over the
# copy ("Alerte abonnés - ne pas répondre à ce message", "Please do not reply to this email"):
# no headline. Lower case, matched inside the line.
NO_REPLY_PHRASES = ("do not reply", "don't reply", "please don't reply", "no-reply", "noreply",
                    "ne pas répondre", "ne répondez pas", "merci de ne pas répondre",
                    "nicht antworten", "antworten sie nicht", "bitte nicht auf diese",
                    "no responda", "no responder", "no conteste", "no contestar",
                    "non rispondere", "si prega di non rispondere", "não responda", "não responder",
                    "niet beantwoorden", "niet op deze", "svara inte", "svar ikke", "ikke svar",
                    "älä vastaa", "nie odpowiadaj", "neodpovídejte", "nu răspundeți", "nu raspundeti",
                    "yanıtlamayınız", "yanıtlamayın", "cevaplamayınız", "не отвечайте")
# The verbs that open Reuters' note on what a new version of a story changes, in brackets above
# the copy: "(Adds quotes from the minister in paragraphs 4-6)", "(Updates with closing prices)",
# "(Repeats story first published on Friday)" (regex pieces).
REVISION_NOTE_VERBS = ("Adds", "Updates", "Recasts", "Rewrites", "Corrects", "Refiles", "Repeats",
                       "Changes", "Removes", "Fixes", "Inserts", "Replaces", "Deletes", "Restores",
                       "Clarifies", "Writes through", "Moves", "Releases", "Combines", "Reissues",
                       # Reuters' desks in Spanish, Portuguese, French, Italian and German
                       "Agrega", "Añade", "Actualiza", "Corrige", "Reescribe", "Repite", "Amplía", "Amplia",
                       "Reemplaza", "Elimina", "Inserta", "Aclara", "Cambia", "Reenvía", "Reenvia",
                       "Acrescenta", "Adiciona", "Atualiza", "Reescreve", "Repete", "Inclui", "Substitui",
                       "Retira", "Esclarece", "Ajoute", "Actualise", "Réécrit", "Répète",
                       "Complète", "Remplace", "Supprime", "Précise", "Modifie", "Aggiunge", "Aggiorna",
                       "Corregge", "Riscrive", "Ripete", "Sostituisce", "Precisa", "Ergänzt",
                       "Aktualisiert", "Korrigiert", "Berichtigt", "Wiederholt", "Überarbeitet", "Erweitert")
# An agency's advisory on a line of its own above the copy (AFP, dpa, ANSA, EFE).
ADVISORY_WORDS = ("URGENT", "FLASH", "ALERT", "BULLETIN", "NEWSALERT", "NEWS ALERT", "BREAKING",
                  "BREAKING NEWS", "EILT", "EILMELDUNG", "URGENTE", "ALERTE", "ALERTA", "BLITZ",
                  "FLASH INFO")

# GeoNames cities (normalize.is_gazetteer_city) named like a word that opens a line or a
# dateline's slot: "Union" (New Jersey), "Mobile" (Alabama), "Split" (Croatia), "Reading".
# (Kept only where the word is commoner than the place in copy; the real city's dateline is
# still read when its shape proves it: "SPLIT, Croatia (Reuters) -".)
GAZETTEER_NOT_CITIES = (
    "Union", "Most", "Sale", "Date", "Gold", "Split", "Normal", "Rest", "Basic", "Turn", "Spring",
    "Springs", "Dual", "Surprise", "Mission", "Acre", "Van", "Orange", "Tape", "Lira", "Mobile",
    "Forest", "Enterprise", "Independence", "Reading", "Sour", "Upland", "Male", "Spoken", "Hub",
    "Pare", "Roles", "Nice", "Lion", "Agro", "Logos", "Erode", "Sur", "Shaping", "Confederation",
    "Bush", "Reservoir", "Luck", "Colon", "Turbo", "Sparks", "Plantation", "Pest", "Okay", "Hail",
    "Delta", "Concord", "Commonwealth", "Clay", "Caller", "Bury", "Bend", "Barking", "Worms",
    "Wedding", "Vine", "Temple", "Simmering", "Shoreline", "Riverside", "Revel", "Paramount",
    "Paradise", "Midland", "Metro", "Manger", "Bath", "Chin", "Conception", "Police", "Deal",
    "Of", "Bra", "Marks", "Opinion", "Liberty", "Victory", "Progress", "Hope", "Harmony",
)

# The ISO 639-1 codes a feed writes after a key for the language of its value ("date_fa",
# "title_en"): those of the languages agencies file in ("id", "to" and other codes that end
# keys in English, "post_id", "date_to", left out).
KEY_LANGUAGE_SUFFIXES = frozenset((
    "af", "am", "ar", "az", "be", "bg", "bn", "bs", "ca", "cs", "cy", "da", "de", "el", "en", "es",
    "et", "eu", "fa", "fi", "fr", "ga", "gl", "gu", "he", "hi", "hr", "hu", "hy", "is", "it", "ja",
    "ka", "kk", "km", "kn", "ko", "ky", "lo", "lt", "lv", "mk", "ml", "mn", "mr", "ms", "mt", "my",
    "ne", "nl", "nn", "pa", "pl", "ps", "pt", "ro", "ru", "si", "sk", "sl", "sq", "sr", "sv", "sw",
    "ta", "te", "tg", "th", "tk", "tl", "tr", "uk", "ur", "uz", "vi", "zh",
))
# Story keys in other languages -> the JSON reader's keys
# (formats/jsonfeed.py: TITLE_KEYS, TEXT_KEYS...), shared by the JSON reader and the CSV
# reader's column names (compared as _norm gives them: "data_publicacao" -> "datapublicacao"):
# Agência Brasil's API item {"titulo", "corpo", "data_publicacao", "assinatura", "edicao"} is
# the same story as a German export's "Titel;Datum;Text" columns. Spanish, Portuguese,
# French, German, Italian, Dutch, Polish, Turkish and Indonesian; accented keys and their
# plain spellings both.
STORY_KEY_ALIASES = {
    # the title, and the subtitle or standfirst under it
    "titel": "title", "titre": "title", "titulo": "title", "título": "title", "titolo": "title",
    "tytuł": "title", "tytul": "title", "başlık": "title", "baslik": "title", "judul": "title",
    "überschrift": "headline", "ueberschrift": "headline", "schlagzeile": "headline",
    "titular": "headline", "manchete": "headline", "nagłówek": "headline", "naglowek": "headline",
    "kop": "headline", "krantenkop": "headline",
    "linhafina": "summary", "subtitulo": "summary", "subtítulo": "summary", "sottotitolo": "summary",
    "soustitre": "summary", "chapeau": "summary", "chapo": "summary", "untertitel": "summary",
    "vorspann": "summary", "entradilla": "summary", "bajada": "summary", "resumo": "summary",
    "resumen": "summary", "résumé": "summary", "sommario": "summary", "ondertitel": "summary",
    "intro": "summary", "samenvatting": "summary", "zajawka": "summary",
    "podtytuł": "summary", "podtytul": "summary", "catenaccio": "summary", "özet": "summary",
    "ozet": "summary", "spot": "summary", "ringkasan": "summary",
    # the text
    "texte": "text", "texto": "text", "testo": "text", "tekst": "text", "fließtext": "text",
    "fliesstext": "text", "testo completo": "text", "testocompleto": "text",
    "textocompleto": "text", "inhalt": "content", "inhoud": "content", "contenido": "content",
    "conteudo": "content", "conteúdo": "content", "contenu": "content", "contenuto": "content",
    "treść": "content", "tresc": "content", "corps": "body", "cuerpo": "body", "corpo": "body",
    "corpodotexto": "body", "corpotesto": "body", "artikeltext": "text", "haupttext": "text",
    "metin": "text", "haber metni": "text", "habermetni": "text", "isi": "text",
    "isiberita": "text", "teks": "text",
    # dates: the day alone, the publication, the last update
    "datum": "date", "fecha": "date", "data": "date", "tarih": "date", "tanggal": "date",
    # the day and its time in one key: Italian "dataora" (LaPresse's records), Spanish
    # "fechahora", Portuguese "datahora", French "dateheure", German "datumzeit", "datumuhrzeit"
    "dataora": "date", "fechahora": "date", "datahora": "date", "dateheure": "date", "datumzeit": "date",
    "datumuhrzeit": "date",
    "veröffentlicht": "published", "veroeffentlicht": "published", "publié": "published",
    "publie": "published", "publicado": "published", "publicada": "published",
    "pubblicato": "published", "gepubliceerd": "published", "opublikowano": "published",
    "datapublicacao": "published", "datapublicação": "published",
    "datadepublicacao": "published", "datadepublicação": "published",
    "fechapublicacion": "published", "fechapublicación": "published",
    "fechadepublicacion": "published", "fechadepublicación": "published",
    "datepublication": "published", "datedepublication": "published",
    "datapubblicazione": "published", "datadipubblicazione": "published",
    "veröffentlichtam": "published", "veroeffentlichtam": "published",
    "veröffentlichungsdatum": "published", "veroeffentlichungsdatum": "published",
    "erscheinungsdatum": "published", "publicatiedatum": "published",
    "datumpublicatie": "published", "datapublikacji": "published",
    # the item's creation, the first time an agency's API stamps it (EFE's "fechaCreacion"
    # beside its "fechaActualizacion"): the JSON reader's "created"
    "fechacreacion": "created", "fechacreación": "created", "fechadecreacion": "created",
    "fechadecreación": "created", "datacriacao": "created", "datacriação": "created",
    "datadecriacao": "created", "datadecriação": "created", "datacreazione": "created",
    "datadicreazione": "created", "datecreation": "created", "datecréation": "created",
    "datedecreation": "created", "datedecréation": "created", "erstellungsdatum": "created",
    "erstelltam": "created",
    "aktualisiert": "updated", "aktualisiertam": "updated", "aktualisierungsdatum": "updated",
    "letzteaktualisierung": "updated", "actualizado": "updated", "actualizada": "updated",
    "atualizado": "updated", "atualizada": "updated", "misàjour": "updated",
    "misajour": "updated", "modifié": "updated", "modifie": "updated", "aggiornato": "updated",
    "bijgewerkt": "updated", "gewijzigd": "updated", "zaktualizowano": "updated",
    "dataatualizacao": "updated", "dataatualização": "updated",
    "datadeatualizacao": "updated", "datadeatualização": "updated",
    "fechaactualizacion": "updated", "fechaactualización": "updated",
    "fechamodificacion": "updated", "fechamodificación": "updated",
    "datemiseajour": "updated", "datedemiseajour": "updated", "datemodification": "updated",
    "dataaggiornamento": "updated", "dataultimamodifica": "updated",
    "datumbijgewerkt": "updated", "dataaktualizacji": "updated", "datamodyfikacji": "updated",
    "güncelleme": "updated", "guncelleme": "updated", "güncellenme": "updated",
    "guncellenme": "updated", "diperbarui": "updated",
    # Turkish and Azerbaijani compounds with 'date' (tarih/tarix): "yayinTarihi" the
    # publication's date, "guncellemeTarihi" the update's, as an agency's API names them
    "yayıntarihi": "published", "yayintarihi": "published", "yayınlanmatarihi": "published",
    "yayinlanmatarihi": "published", "yayımtarihi": "published", "yayimtarihi": "published",
    "dərctarixi": "published", "derctarixi": "published",
    "güncellemetarihi": "updated", "guncellemetarihi": "updated", "songüncelleme": "updated",
    "songuncelleme": "updated", "güncellenmetarihi": "updated", "guncellenmetarihi": "updated",
    "yenilənmətarixi": "updated", "yenilenmetarixi": "updated",
    # people: the byline (a signature), the editor, the photographer
    "autor": "author", "auteur": "author", "autore": "author", "verfasser": "author",
    "auteurs": "author", "autori": "author", "autores": "author", "autorzy": "author",
    "assinatura": "byline", "firma": "byline", "signature": "byline",
    "reportero": "reporter", "repórter": "reporter", "journaliste": "reporter",
    "giornalista": "reporter", "dziennikarz": "reporter", "muhabir": "reporter",
    "pewarta": "reporter", "wartawan": "reporter", "yazar": "author", "penulis": "author",
    "edicao": "editor", "edição": "editor", "edicion": "editor", "edición": "editor",
    "redaktor": "editor", "redakteur": "editor", "redaktion": "editor", "eindredactie": "editor",
    "redakcja": "editor", "editora": "editor",
    "fotografo": "photographer", "fotógrafo": "photographer", "photographe": "photographer",
    "fotograf": "photographer", "fotograaf": "photographer", "fotoğrafçı": "photographer",
    "fotografci": "photographer", "fotografer": "photographer", "pewartafoto": "photographer",
    "foto": "photo", "imagem": "photo", "imagen": "photo", "immagine": "photo", "bild": "photo",
    "zdjęcie": "photo", "zdjecie": "photo", "afbeelding": "photo",
    # (the story's pictures as a list: {"imagenes": [{"credito": "Foto: Jo Roe/Télam"}]})
    "imagenes": "images", "imágenes": "images", "imagens": "images", "immagini": "images",
    "credito": "credit", "crédito": "credit", "crédit": "credit", "bildnachweis": "credit",
    "fotonachweis": "credit",
    # where from and in what language
    "agentur": "agency", "agence": "agency", "agencia": "agency", "agência": "agency",
    "agenzia": "agency", "agentschap": "agency", "agencja": "agency",
    "nachrichtenagentur": "agency",
    "quelle": "source", "fuente": "source", "fonte": "source", "bron": "source",
    "źródło": "source", "zrodlo": "source", "kaynak": "source", "sumber": "source",
    "ort": "dateline", "ville": "dateline", "ciudad": "dateline", "città": "dateline",
    "citta": "dateline", "city": "dateline", "place": "dateline", "lieu": "dateline",
    "stadt": "dateline", "luogo": "dateline", "località": "dateline", "local": "dateline",
    "cidade": "dateline", "plaats": "dateline", "miejsce": "dateline", "lugar": "dateline",
    "localidad": "dateline", "localidade": "dateline", "ortsmarke": "dateline",
    "sprache": "language", "langue": "language", "idioma": "language", "lingua": "language",
    "taal": "language", "język": "language", "jezyk": "language", "dil": "language",
    "bahasa": "language",
    # A time in a column of its own beside the date's ("data", "ora"): joined to it.
    "ora": "time", "hora": "time", "heure": "time", "zeit": "time", "uhrzeit": "time",
    "tijd": "time", "godzina": "time", "czas": "time", "saat": "time", "waktu": "time",
    # Nordic (Finnish, Swedish, Danish, Norwegian), Czech, Slovak and Hungarian exports:
    # an STT row's "otsikko;julkaistu;teksti", a ČTK archive's <titulek>, <datum>, <cas>,
    # an MTI archive's <cim>, <szoveg> and kiadva="..."
    "otsikko": "title", "rubrik": "title", "overskrift": "title", "titulek": "title",
    "nadpis": "title", "titulok": "title", "cím": "title", "cim": "title", "főcím": "title",
    "focim": "title",
    "ingressi": "summary", "ingress": "summary", "ingres": "summary", "perex": "summary",
    "alcím": "summary", "alcim": "summary", "bevezető": "summary", "bevezeto": "summary",
    "teksti": "text", "leipäteksti": "text", "leipateksti": "text", "brödtext": "text",
    "brodtext": "text", "brødtekst": "text", "brodtekst": "text", "brødtext": "text",
    "szöveg": "text", "szoveg": "text", "obsah": "content", "tartalom": "content",
    "päivämäärä": "date", "paivamaara": "date", "päiväys": "date", "paivays": "date",
    "dato": "date", "dátum": "date",
    "julkaistu": "published", "julkaisuaika": "published", "julkaisupäivä": "published",
    "julkaisupaiva": "published", "publicerad": "published", "publiceret": "published",
    "publisert": "published", "publikováno": "published", "publikovano": "published",
    "vydáno": "published", "vydano": "published", "publikované": "published",
    "kiadva": "published", "megjelent": "published", "közzétéve": "published",
    "kozzeteve": "published",
    "päivitetty": "updated", "paivitetty": "updated", "muokattu": "updated",
    "uppdaterad": "updated", "opdateret": "updated", "oppdatert": "updated",
    "aktualizováno": "updated", "aktualizovano": "updated", "aktualizované": "updated",
    "módosítva": "updated", "modositva": "updated", "frissítve": "updated", "frissitve": "updated",
    "kirjoittaja": "author", "författare": "author", "forfattare": "author",
    "forfatter": "author", "skribent": "author", "szerző": "author", "szerzo": "author",
    "toimittaja": "reporter", "tudósító": "reporter",
    "tudosito": "reporter",
    "szerkesztő": "editor", "szerkeszto": "editor", "redaktør": "editor",
    "kuvaaja": "photographer", "valokuvaaja": "photographer", "fotós": "photographer",
    "fotos": "photographer",
    "kuva": "photo", "kép": "photo", "kep": "photo", "bilde": "photo", "billede": "photo",
    "fotografie": "photo",
    "lähde": "source", "lahde": "source", "källa": "source", "kalla": "source",
    "kilde": "source", "zdroj": "source", "forrás": "source", "forras": "source",
    "kieli": "language", "språk": "language", "sprak": "language", "sprog": "language",
    "jazyk": "language", "nyelv": "language",
    "aika": "time", "kellonaika": "time", "tid": "time", "klokkeslett": "time",
    "klokkeslæt": "time", "klockslag": "time", "čas": "time", "cas": "time", "idő": "time",
    "ido": "time", "időpont": "time", "idopont": "time",
    # the translator, by the word for the person or for the translation
    "tradutor": "translator", "tradutora": "translator", "traductor": "translator",
    "traductora": "translator", "traducteur": "translator", "traductrice": "translator",
    "traduttore": "translator", "traduttrice": "translator", "übersetzer": "translator",
    "uebersetzer": "translator", "übersetzerin": "translator", "übersetzung": "translator",
    "uebersetzung": "translator", "vertaler": "translator", "vertaling": "translator",
    "tłumacz": "translator", "tlumacz": "translator", "tłumaczenie": "translator",
    "tlumaczenie": "translator", "překladatel": "translator", "prekladatel": "translator",
    "překlad": "translator", "preklad": "translator", "fordító": "translator",
    "fordito": "translator", "kääntäjä": "translator", "kaantaja": "translator",
    "översättare": "translator", "oversattare": "translator", "oversætter": "translator",
    "oversaetter": "translator", "oversetter": "translator", "tradução": "translator",
    "traducao": "translator", "traducción": "translator", "traduccion": "translator",
    "traduction": "translator", "traduzione": "translator", "çevirmen": "translator",
    "cevirmen": "translator", "penerjemah": "translator",
    # Malay (Bernama's, Malaysian portals' exports) beside the Indonesian above: "tajuk" the
    # title, "kandungan" the text, "diterbitkan"/"dikemaskini" the publication and the update,
    # "pautan" (Indonesian "tautan") the link, "kredit foto" the picture's credit
    "tajuk": "title", "tajukberita": "title", "kandungan": "content", "isikandungan": "content",
    "diterbitkan": "published", "tarikhterbit": "published", "tarikhditerbitkan": "published",
    "dikemaskini": "updated", "dikemaskinikan": "updated", "tarikhkemaskini": "updated",
    "pautan": "url", "tautan": "url", "kreditfoto": "photocredit", "jurufoto": "photographer",
    "penterjemah": "translator", "penyunting": "editor", "tarikh": "date", "masa": "time",
}

# Countries as English copy names them where CLDR's English name now reads otherwise (its
# "Türkiye", "Myanmar (Burma)", "Hong Kong SAR China", "Palestinian Territories", "Congo -
# Kinshasa"): "IZMIR, Turkey" (Anadolu's English copy before 2022), "YANGON, Myanmar".
COUNTRY_NAME_VARIANTS = ("Turkey", "Czech Republic", "Swaziland", "Burma", "Myanmar", "Macedonia",
                         "Ivory Coast", "Hong Kong", "Macau", "Macao", "Palestine", "East Timor", "Congo",
                         "DR Congo", "Democratic Republic of Congo", "Democratic Republic of the Congo",
                         "Republic of the Congo")

# Letters Sorani Kurdish adds to the Arabic alphabet, which Persian and Arabic never write
# (velarised "ڵ", trilled "ڕ", the vowels "ێ" and "ۆ"): a text the language model reads as
# Persian or Arabic that holds them is Kurdish (normalize.detect_language).
SORANI_LETTERS = ("\u06b5", "\u0695", "\u06ce", "\u06c6")
SORANI_CHOICES = frozenset(("fa", "ar"))
