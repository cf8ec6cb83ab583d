"""Agencies' language services and smaller agencies through the real command: Reuters in
Arabic, Chinese and Japanese (datelines and role-by-role trailers), Servimedia, Folhapress,
Trend, ANI and RIA Novosti datelines, closing author labels (Ukrainian, Polish, Focus
Taiwan's bracket, AP's Spanish "contribuyó"), a bare names line above the date, a site's
sources after its editor's initials, an EFE caption, and a telex headline with a colon,
as whole stories in a folder read by `wire parse --format jsonl` in its own process.

The per-shape rules have their rows in test_parse_tables.py (DATELINES, CREDITS, BYLINES,
CAPTIONS_NOT_CREDITS) and test_parse_cjk.py (DATELINES, CREDIT_LINES). Every story, name
and event here is invented.
"""
from __future__ import annotations

from wirerun import cli_field_tests

# (file name, text, {field: value}, why)
STORIES = [
    ("reuters-ar.txt",
     "ميناء الإسكندرية يسجل رقما قياسيا في مناولة الحاويات\n\n"
     "الإسكندرية (رويترز) - أعلنت هيئة الميناء يوم الأحد أن عدد الحاويات التي جرى تداولها "
     "الشهر الماضي هو الأعلى منذ افتتاح الرصيف الجديد.\n\n"
     "وقالت الهيئة إن ساعات الانتظار للسفن انخفضت إلى النصف.\n\n"
     "(تغطية صحفية سامي ناصر - إعداد هالة يوسف للنشرة العربية - تحرير فادي رزق)\n",
     {"cities": ["الإسكندرية"], "agencies": ["Reuters"], "reporters": ["سامي ناصر"],
      "editors": ["فادي رزق"]},
     "Reuters Arabic: dateline and trailer roles"),
    ("reuters-zh.txt",
     "上海港五月集装箱吞吐量创新高\n\n"
     "路透上海6月3日 - 上海港务部门周一表示，上月集装箱吞吐量同比增长一成，创下纪录。\n\n"
     "分析人士认为，新航线开通带动了中转业务。\n\n"
     "（记者 周强；编辑 吴敏）\n",
     {"cities": ["上海"], "agencies": ["Reuters"], "reporters": ["周强"], "editors": ["吴敏"]},
     "Reuters Chinese: a dash for 电, then the role-by-role trailer"),
    ("reuters-ja.txt",
     "関西の百貨店売上高、３カ月連続で増加\n\n"
     "［大阪　３日　ロイター］ - 関西の主要百貨店の５月の売上高は前年同月を上回った。"
     "訪日客の買い物が引き続き好調だった。\n\n"
     "各社は夏のセールに向けて人員を増やす方針だ。\n\n"
     "（記者：山田太郎、編集：佐藤花子）\n",
     {"cities": ["大阪"], "agencies": ["Reuters"], "reporters": ["山田太郎"], "editors": ["佐藤花子"]},
     "Reuters Japanese: the bracketed dateline and the colon trailer"),
    ("servimedia.txt",
     "Sanidad amplía el horario de los consultorios de los pueblos pequeños\n\n"
     "   SEVILLA, 3 (SERVIMEDIA)\n"
     "   La consejería anunció este lunes que los consultorios de los municipios pequeños "
     "abrirán también por la tarde a partir de septiembre.\n"
     "   El plan prevé contratar a cuarenta enfermeras más.\n"
     "   (SERVIMEDIA)\n",
     {"title": "Sanidad amplía el horario de los consultorios de los pueblos pequeños",
      "cities": ["Sevilla"], "agencies": ["Servimedia"]},
     "Servimedia's dateline alone on its line is no title"),
    ("folhapress.txt",
     "Recife reabre ponte sobre o Capibaribe após seis meses de obras\n\n"
     "LARA MOTA E DIEGO SALES\n"
     "Publicado em 12/06/2024 às 10h15\n\n"
     "RECIFE, PE (FOLHAPRESS) - A ponte que liga o centro ao bairro da Boa Vista foi "
     "reaberta nesta quarta-feira depois de seis meses de reforma.\n\n"
     "A prefeitura afirma que o tráfego de ônibus volta ao normal na próxima semana.\n",
     {"cities": ["Recife"], "agencies": ["Folhapress"], "reporters": ["Lara Mota", "Diego Sales"]},
     "Folhapress: a names line in capitals joined by E, then the dateline"),
    ("trend.txt",
     "Ganja to get its first electric tram line\n\n"
     "GANJA, Azerbaijan, May 12. A new electric tram line will open in Ganja by the end of "
     "next year, linking the railway station with the city centre, Trend reports.\n\n"
     "The city administration said twelve trams had been ordered.\n",
     {"cities": ["Ganja"], "agencies": ["Trend"]},
     "Trend: the dateline closed by a full stop, the agency at the lead's end"),
    ("ani.txt",
     "Madurai temple tank restored before festival season\n\n"
     "Madurai (Tamil Nadu) [India], June 2 (ANI): The restored tank of a temple in the old "
     "city was opened to devotees on Sunday, officials said.\n\n"
     "The work took eight months.\n\n(ANI)\n",
     {"cities": ["Madurai"], "agencies": ["ANI"]},
     "ANI: state in brackets, country in square brackets, a colon after the agency"),
    ("ria.txt",
     "В Омске открыли новый мост через Иртыш\n\n"
     "ОМСК, 2 июн — РИА Новости, Олег Титов. Новый мост через Иртыш открыли для движения "
     "в понедельник, сообщил губернатор области.\n\n"
     "Строительство заняло четыре года.\n",
     {"cities": ["Омск"], "agencies": ["RIA Novosti"], "reporters": ["Олег Титов"]},
     "RIA Novosti: agency and reporter after the dateline's dash"),
    ("unian.txt",
     "У Черкасах відкрили новий велопарк\n\n"
     "У Черкасах біля набережної відкрили велопарк із трьома трасами, повідомляє "
     "кореспондент УНІАН.\n\n"
     "Вхід вільний для всіх відвідувачів.\n\n"
     "Автор: Тарас Коваль\n",
     {"reporters": ["Тарас Коваль"], "agencies": ["UNIAN"]},
     "a Ukrainian site's closing author label"),
    ("pap.txt",
     "Gdańsk wydłuży linię tramwajową na Morenę\n\n"
     "Gdańsk (PAP) – Rada miasta zgodziła się we wtorek na budowę nowego odcinka linii "
     "tramwajowej. Prace mają ruszyć jesienią.\n\n"
     "Koszt inwestycji to około 200 mln zł.\n\n"
     "Autorzy: Ewa Nowak, Piotr Lis (PAP)\n",
     {"reporters": ["Ewa Nowak", "Piotr Lis"], "agencies": ["PAP"]},
     "PAP's plural author label"),
    ("cna.txt",
     "Kaohsiung light rail loop to add two stations\n\n"
     "Kaohsiung, June 2 (CNA) Two more stations will open on the city's light rail loop "
     "next spring, the city government said Sunday.\n\n"
     "The stations will serve a new housing district.\n\n"
     "(By Lin Wei-chen and Ola Berg)\nEnditem/ASG\n",
     {"reporters": ["Lin Wei-chen", "Ola Berg"], "agencies": ["CNA"]},
     "Focus Taiwan's bracketed closing byline above its end code"),
    ("ap-es.txt",
     "Ecuador amplía el horario del paso fronterizo con Perú\n\n"
     "QUITO (AP) — El gobierno ecuatoriano anunció el lunes que el paso fronterizo de "
     "Huaquillas abrirá las 24 horas a partir de julio.\n\n"
     "Los transportistas celebraron la medida.\n\n"
     "El periodista de AP Hugo Lema contribuyó a este despacho desde Huaquillas.\n",
     {"reporters": ["Hugo Lema"], "agencies": ["AP"]},
     "AP's Spanish closing note of a contributor"),
    ("postmedia.txt",
     "Edmonton library card sign-ups hit a record\n"
     "Branches added evening hours and a music room\n"
     "Author of the article: Ines Roe, The Canadian Press\n"
     "Published Feb 02, 2024\n\n"
     "EDMONTON — More people signed up for a library card last year than in any year "
     "before, the city's library said Thursday.\n\n"
     "The new music room was booked most evenings.\n",
     {"title": "Edmonton library card sign-ups hit a record", "reporters": ["Ines Roe"],
      "agencies": ["CP"]},
     "Postmedia's author label: the headline stays above the standfirst"),
    ("ansa-en.txt",
     "Florence to widen its pedestrian zone\n\n"
     "(by Marta Ricci)\n"
     "(ANSA) - FLORENCE, JUN 3 - Florence will close three more streets to cars from "
     "September, the city council said on Monday.\n\n"
     "Shop owners asked for more delivery hours.\n",
     {"reporters": ["Marta Ricci"], "agencies": ["ANSA"], "cities": ["Florence"]},
     "ANSA English: the reporter in brackets on the line above the dateline"),
    ("spiegel.txt",
     "Streik legt Busse in Bremen lahm\n\n"
     "Bremen – Die Gewerkschaft hat die Fahrer der Stadtbusse zu einem ganztägigen "
     "Warnstreik aufgerufen.\n\n"
     "Die Gespräche sollen in der kommenden Woche weitergehen.\n\n"
     "abc/dpa/Reuters\n",
     {"agencies": ["dpa", "Reuters"], "reporters": []},
     "a site's editor initials, then its two sources"),
    ("efe-caption.txt",
     "Vigo recupera la pesca de bajura tras el temporal\n\n"
     "Vigo (EFE).- Los pescadores de bajura volvieron este lunes al mar después de diez "
     "días de temporal.\n\n"
     "Fotografía de archivo de barcas en el puerto de Vigo. EFE/Lara Gil\n",
     {"photographers": ["Lara Gil"], "agencies": ["EFE"]},
     "EFE caption: the name after 'EFE/', not the caption's last words"),
    ("ansa-telex.txt",
     "ZCZC\nANS0101 3 CRO 0 R01 /ITA\n"
     "  TORINO: NUOVO PARCHEGGIO PER LE BICICLETTE ALLA STAZIONE DI PORTA NUOVA\n"
     "  (ANSA) - TORINO, 4 GIU - Apre domani il nuovo parcheggio per le biciclette accanto "
     "alla stazione, con trecento posti coperti.\n"
     "  (ANSA).\n  RS\nNNNN\n",
     {"title": "TORINO: NUOVO PARCHEGGIO PER LE BICICLETTE ALLA STAZIONE DI PORTA NUOVA",
      "cities": ["Torino"], "agencies": ["ANSA"]},
     "a telex headline in capitals with a colon is no colon dateline"),
    ("ians-hi-service-banner.txt",
     "आईएएनएस हिंदी सेवा\nदिनांक: 14-06-2021  समय: 11:20\nश्रेणी: खेल\n----------------------------------------\n\n"
     "इंदौर में नया हॉकी मैदान खिलाड़ियों के लिए खुला\n\n"
     "इंदौर, 14 जून (आईएएनएस)। शहर के पहले एस्ट्रोटर्फ हॉकी मैदान को सोमवार से खिलाड़ियों के लिए खोल दिया गया।\n\n"
     "--आईएएनएस\n",
     {"title": "इंदौर में नया हॉकी मैदान खिलाड़ियों के लिए खुला", "agencies": ["IANS"]},
     "IANS' Hindi service banner over its labelled header block is the agency's masthead, no headline"),
]

parsed, test_service_shapes_through_the_cli = cli_field_tests(STORIES, "services")
