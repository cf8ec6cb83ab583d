"""Reporters, editors and photographers as regional papers, portals and national agencies
credit them, through the real command: story files in a folder, `wire parse --format jsonl`
run as its own process, each record checked against the fields the story gives.

The per-shape rules have their rows in the table tests (test_parse_tables.py,
test_parse_cjk.py, ...); these stories put them together as pages carry them. Every story
is invented.
"""
from __future__ import annotations

from wirerun import cli_field_tests

# (file name, text, {field: value}, why)
STORIES = [
    ("cn-portal-editor-block.html",
     "<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>港口吞吐量创新高-示例网</title>"
     "</head><body>\n<div class=\"nav\"><a href=\"/\">首页</a> <a href=\"/a\">财经</a></div>\n"
     "<h1>港口吞吐量创新高</h1>\n<div id=\"detail\">\n"
     "<p>新华社上海3月4日电（记者陈静）上海港今年前两个月集装箱吞吐量同比增长百分之八，创历史同期新高。</p>\n"
     "<p>港口方面表示，航线网络持续扩大，新开通的三条远洋航线带动了出口箱量增长。</p>\n"
     "<p>业内人士认为，一季度港口运行总体平稳，外贸需求有所回暖。</p>\n</div>\n"
     "<div class=\"editor\">【责任编辑：周明】</div>\n<div class=\"footer\">示例网版权所有</div>\n"
     "</body></html>\n",
     {"editors": ["周明"], "reporters": ["陈静"]},
     "a Chinese page's editor block under the story, left out of the main text, credits the editor"),
    ("vocento-colpisa.txt",
     "DIARIO DEL VALLE\nSuscríbete  |  Entrar\n\nEconomía\n\n"
     "Hacienda adelanta la devolución del IVA a los pequeños exportadores\n\n"
     "Lucía Gorostiza Abad | Colpisa\nMadrid\nJueves, 6 de junio 2024, 10:40\n\n"
     "El Ministerio de Hacienda devolverá el IVA a las pequeñas empresas exportadoras en un plazo "
     "de treinta días a partir del próximo trimestre, según ha anunciado este jueves.\n\n"
     "La medida afectará a unas doce mil empresas.\n",
     {"reporters": ["Lucía Gorostiza Abad"], "agencies": ["Colpisa"]},
     "a Vocento paper's byline: the reporter, a pipe, the group's agency"),
    ("dutch-masthead.txt",
     "Wij gebruiken cookies.  [Akkoord]\n\nDe Stentor\nDeventer | Zwolle | Apeldoorn     Abonneren\n\n"
     "Regio\n\nGemeente Zwolle opent nieuwe overdekte fietsenstalling bij het station\n\n"
     "ANP  4 jun 2024 om 09:12\n\n"
     "ZWOLLE (ANP) - De gemeente Zwolle heeft dinsdag een overdekte stalling voor 3000 fietsen "
     "geopend aan de zuidkant van het station.\n\nDe stalling is de eerste 24 uur gratis.\n",
     {"reporters": [], "agencies": ["ANP"], "cities": ["Zwolle"],
      "title": "Gemeente Zwolle opent nieuwe overdekte fietsenstalling bij het station"},
     "a Dutch paper's masthead 'De Stentor' is no byline"),
    ("pap-author-box.txt",
     "Gazeta Pomorska\nBydgoszcz | Toruń | Sport     Zaloguj\n\nRegion\n\n"
     "Toruń: nowy most tramwajowy otwarty dla pasażerów\n\n"
     "Opublikowano: 14.09.2021 11:05\n\n"
     "Toruń (PAP) - Pierwsze tramwaje przejechały we wtorek nowym mostem nad Wisłą, który łączy "
     "lewobrzeżną część miasta z centrum.\n\nBudowa trwała dwa lata i kosztowała 190 mln zł.\n\n"
     "Autor: Hanna Szymańska-Bąk\nŹródło: PAP\n",
     {"reporters": ["Hanna Szymańska-Bąk"], "agencies": ["PAP"]},
     "a Polish page's author box: the author, then the source on the next line"),
    ("agencia-brasil-caption.html",
     '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Coffee exports hit record in June'
     '</title><meta property="article:published_time" content="2023-07-05T11:20:00-03:00"></head><body>'
     '<article><h1>Coffee exports hit record in June</h1><p class="info">Published on 05/07/2023 - 11:20 '
     'By Rafael Pinto Medeiros - Reporter at Agência Brasil - Brasília</p><figure><img src="/c.jpg" alt="">'
     '<figcaption>© Júlia Serrano Prado/Agência Brasil</figcaption></figure><p>Brazil shipped more '
     'green coffee in June than in any month on record, exporters said on Wednesday.</p><p>Most of it '
     'went to Europe and the United States.</p></article></body></html>',
     {"reporters": ["Rafael Pinto Medeiros"], "photographers": ["Júlia Serrano Prado"],
      "agencies": ["Agência Brasil"]},
     "Agência Brasil's figure caption: a copyright mark, the photographer, the agency"),
    ("hindi-bhasha-author.html",
     '<!DOCTYPE html><html lang="hi"><head><meta charset="utf-8"><title>इंदौर में नई मेट्रो लाइन का ट्रायल शुरू'
     '</title><script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", '
     '"headline": "इंदौर में नई मेट्रो लाइन का ट्रायल शुरू", "datePublished": "2024-05-02T10:15:00+05:30", '
     '"author": {"@type": "Person", "name": "भाषा"}}</script></head><body><article>'
     '<h1>इंदौर में नई मेट्रो लाइन का ट्रायल शुरू</h1><div class="author">Written by <span>भाषा</span></div>'
     '<p>इंदौर, दो मई (भाषा) शहर की पहली मेट्रो लाइन पर बृहस्पतिवार को परीक्षण शुरू हो गया। अधिकारियों ने '
     'बताया कि यात्री सेवा अगले साल से शुरू होगी।</p><p>परीक्षण एक महीने तक चलेगा।</p></article></body></html>',
     {"reporters": [], "agencies": ["PTI"]},
     "PTI's Hindi service named as the page's author: the agency, no reporter"),
    ("vietnamplus-signature.txt",
     "VietnamPlus  |  Kinh tế\n\nĐà Nẵng khai trương cảng du thuyền mới\n\nThứ Sáu, 12/05/2023 10:40 (GMT+7)\n\n"
     "Thành phố Đà Nẵng đã khai trương cảng du thuyền mới tại quận Sơn Trà, có thể đón tàu lớn.\n\n"
     "Cảng dự kiến đón 200 lượt tàu mỗi năm.\n\nNgô Minh Tuấn (TTXVN/Vietnam+)\n",
     {"reporters": ["Ngô Minh Tuấn"], "agencies": ["VNA"]},
     "VNA's end signature: the reporter, then the agency and its site in one bracket"),
    ("vietnamplus-feed.json",
     '{"version": "https://jsonfeed.org/version/1.1", "title": "VietnamPlus - Kinh tế", '
     '"home_page_url": "https://www.vietnamplus.vn/", "language": "vi", "items": [{"id": "800101", '
     '"url": "https://www.vietnamplus.vn/cang-cai-mep-mo-tuyen-moi-post800101.vnp", '
     '"title": "Cảng Cái Mép mở tuyến container mới đi châu Âu", '
     '"content_text": "Một tuyến container mới nối cảng Cái Mép với châu Âu đã được khai trương sáng 3/6.'
     '\\n\\nTuyến này có tần suất một chuyến mỗi tuần.", '
     '"date_published": "2023-06-03T09:00:00+07:00", "authors": [{"name": "Thu Trang (TTXVN/Vietnam+)"}]}]}',
     {"reporters": ["Thu Trang"], "agencies": ["VNA"]},
     "a feed's author with the agency and its outlet in brackets: the reporter, the agency"),
    ("uza-signature.txt",
     "O‘zbekiston Milliy axborot agentligi — UzA\nSiyosat  Iqtisodiyot  Jamiyat\n\n"
     "Namanganda yangi paxta tozalash zavodi ishga tushdi\n\n12.03.2024 10:40\n\n"
     "Namangan, 12-mart /UzA/. Viloyatning Chust tumanida yiliga 60 ming tonna paxta qayta ishlaydigan "
     "zavod foydalanishga topshirildi.\n\nKorxonada 250 nafar ishchi band bo‘ladi.\n\n"
     "Dilnoza Rahimova, UzA muxbiri\nSurat: Jasur To‘xtayev / UzA\n",
     {"reporters": ["Dilnoza Rahimova"], "photographers": ["Jasur To‘xtayev"], "agencies": ["UzA"],
      "cities": ["Namangan"]},
     "UzA's signature and its Uzbek photo credit below the copy"),
    ("kpl-lao.txt",
     "ສຳນັກຂ່າວສານປະເທດລາວ\n\nແຂວງຫຼວງພະບາງ ເປີດຕະຫຼາດກາງຄືນແຫ່ງໃໝ່\n\n"
     "(ຂປລ) ແຂວງຫຼວງພະບາງ ໄດ້ເປີດຕະຫຼາດກາງຄືນແຫ່ງໃໝ່ ຢູ່ໃຈກາງເມືອງ ເພື່ອຮອງຮັບນັກທ່ອງທ່ຽວ.\n\n"
     "ຕະຫຼາດດັ່ງກ່າວມີຮ້ານຄ້າ 200 ຮ້ານ.\n\nຂ່າວ-ພາບ: ສີສະຫວາດ ພົມມະຈັນ\n",
     {"reporters": ["ສີສະຫວາດ ພົມມະຈັນ"], "photographers": ["ສີສະຫວາດ ພົມມະຈັນ"], "agencies": ["KPL"]},
     "KPL's closing 'news and pictures' credit in Lao"),
    ("akp-khmer.txt",
     "ទីភ្នាក់ងារសារព័ត៌មានកម្ពុជា\n\nខេត្តកំពត បើកផ្សារ​ពេលយប់​ថ្មី\n\n"
     "កំពត ៥ មិថុនា (អ.ក.ព) – អាជ្ញាធរ​ខេត្ត​កំពត​បាន​បើក​ផ្សារ​ពេលយប់​ថ្មី​មួយ​នៅ​មាត់​ទន្លេ។\n\n"
     "ផ្សារ​នេះ​មាន​តូប​លក់​ដូរ​ជាង ១០០។\n\nដោយ សុខ វណ្ណា\n",
     {"reporters": ["សុខ វណ្ណា"], "agencies": ["AKP"]},
     "AKP's Khmer byline closing the copy"),
    ("tt-archive-slash-byline.txt",
     "Norrländska Kuriren, 2001-09-04\nSektion: Nyheter\n\nNytt badhus byggs i Boden\n\n"
     "Maria Öhman/TT\n\nBODEN (TT) Kommunfullmäktige beslutade i går att ett nytt badhus ska byggas "
     "intill sporthallen, och bygget börjar nästa vår.\n\nKostnaden beräknas till 140 miljoner kronor.\n",
     {"reporters": ["Maria Öhman"], "agencies": ["TT"], "title": "Nytt badhus byggs i Boden"},
     "a press archive's story: the reporter's name and the agency after a slash, under the headline"),
    ("hr-portal-autor-agency.txt",
     "Portal   Vijesti  Sport  Lifestyle\n\nVijesti\n\nRijeka dobiva novu autobusnu liniju do zračne luke\n\n"
     "Objavljeno: 9.5.2024. u 11:40\nAutor: Hina\n\nRIJEKA, 9. svibnja (Hina) - Gradski prijevoznik od lipnja "
     "uvodi izravnu autobusnu liniju od središta grada do zračne luke na Krku.\n\nKarta će stajati osam eura.\n",
     {"reporters": [], "agencies": ["HINA"]},
     "a portal's author field naming the agency: its copy, no reporter"),
    ("montsame-glued-initial.txt",
     "МОНЦАМЭ   Улс төр  Эдийн засаг  Нийгэм\n\nЭдийн засаг\n\nЭрдэнэт хотод шинэ үйлдвэр ашиглалтад орлоо\n\n"
     "Г.Отгонбаяр\n2024-04-11 09:30\n\nЭрдэнэт, 2024 оны 4 дүгээр сарын 11 /МОНЦАМЭ/. Эрдэнэт хотод "
     "ноос угаах шинэ үйлдвэр өнөөдөр ашиглалтад орлоо.\n\nҮйлдвэрт 80 хүн ажиллана.\n",
     {"reporters": ["Г.Отгонбаяр"]},
     "Montsame's author line, the father's initial glued to the name, over the date line"),
    ("petra-dash-name.txt",
     "وكالة الأنباء الأردنية\nالرئيسية | محليات | اقتصاد\n\nافتتاح مكتبة عامة جديدة في مدينة السلط\n\n"
     "السلط 12 آذار (بترا)- ليلى العبادي- افتتحت وزارة الثقافة اليوم الأحد مكتبة عامة جديدة في وسط المدينة "
     "تضم أكثر من عشرين ألف كتاب.\nوقال مدير المكتبة إنها ستفتح أبوابها يوميا حتى المساء.\n",
     {"reporters": ["ليلى العبادي"], "agencies": ["Petra"]},
     "Petra's dateline: the reporter's name between the tag's dash and a dash glued to the name"),
    ("angop-figcaption-foto.html",
     '<!DOCTYPE html>\n<html lang="pt">\n<head>\n<meta charset="utf-8">\n<title>Namibe recebe novo porto pesqueiro</title>\n'
     '</head>\n<body>\n<nav><a href="/">Início</a> <a href="/economia">Economia</a></nav>\n<article>\n'
     '<h1>Namibe recebe novo porto pesqueiro</h1>\n<div class="datas">Publicado: 03/04/2024 10:12</div>\n'
     '<figure><img src="/p.jpg" alt=""><figcaption>O novo cais do porto pesqueiro do Namibe. Foto: Domingos Kalueyo Mateus'
     '</figcaption></figure>\n<p>Moçâmedes – O porto pesqueiro do Tômbwa foi inaugurado esta quarta-feira, com capacidade '
     'para receber quarenta embarcações por dia, segundo o governo provincial do Namibe.</p>\n<p>A obra custou o '
     'equivalente a 18 milhões de dólares e inclui uma fábrica de gelo e uma lota nova.</p>\n'
     '<p>Os pescadores artesanais da região terão acesso gratuito ao cais durante o primeiro ano.</p>\n'
     '</article>\n</body>\n</html>\n',
     {"photographers": ["Domingos Kalueyo Mateus"]},
     "a page's figcaption closing with a labelled photo credit after its sentence"),
    ("ru-monitoring-service-line.txt",
     "МОНИТОРИНГ СМИ | Лента: ТАСС\nДата: 02.03.2016 09:10\nРубрика: Экономика\n"
     "Заголовок: Аэропорт Казани откроет второй терминал летом\n----------\n\n"
     "Казань. 2 марта. ТАСС - Международный аэропорт Казани откроет новый пассажирский терминал "
     "в июле, сообщил в среду его генеральный директор.\n\n"
     "Терминал сможет обслуживать до двух миллионов пассажиров в год.\n",
     {"reporters": [], "agencies": ["TASS"]},
     "a Russian monitoring template's service line ('media monitoring | feed: TASS') names no reporter"),
    ("ur-portal-related-news.txt",
     "اہم خبریں  |  پاکستان  |  کھیل\n\nملتان میں نیا کرکٹ اسٹیڈیم بنانے کا فیصلہ\n\n"
     "ملتان (اے پی پی) پنجاب حکومت نے ملتان میں ایک نیا کرکٹ اسٹیڈیم تعمیر کرنے کا فیصلہ کیا ہے جس میں "
     "پچیس ہزار تماشائیوں کی گنجائش ہو گی۔\n\nمنصوبہ تین سال میں مکمل ہو گا۔\n\nمتعلقہ خبریں\n",
     {"reporters": []},
     "an Urdu portal's closing 'related news' label is no reporter's signature"),
    ("en-briefing-summary-translated-by.txt",
     "CLIENT BRIEFING - JORDAN / MEDIA SUMMARY\nSource: Petra, Amman\nOriginal language: Arabic\n"
     "Summary translated by: Rami Haddad\nHeadline: Jordan opens new water pipeline to Zarqa\n\n"
     "Summary:\nThe water ministry opened a 40-kilometre pipeline on Sunday that will carry water "
     "from the Disi aquifer to Zarqa, the ministry said.\n\n"
     "The pipeline will serve about 300,000 people.\n",
     {"translators": ["Rami Haddad"], "reporters": []},
     "a briefing's 'Summary translated by:' label names the translator"),    ("platts-dash-signoff.txt",
     "S&P Global Commodity Insights\n\nRotterdam fuel oil stocks fall to a six-month low\n\n"
     "Oil | Fuel Oil\n2 Feb 2021 | 17:10 UTC\n\nRotterdam — Fuel oil stocks in the Dutch port fell for a "
     "third week as bunker demand picked up, a survey showed on Tuesday.\n\n"
     "Barges loaded more cargoes for West Africa than in January.\n\n"
     "-- Femke Dijkstra, pricedesk@example.com\n\n-- Edited by Ruud Bakker, pricedesk@example.com\n",
     {"reporters": ["Femke Dijkstra"], "editors": ["Ruud Bakker"], "agencies": ["Platts"]},
     "a price reporter's closing lines: the reporter and the editor, each after two dashes and before the desk's address"),    ("rns-issuer-line.txt",
     "RNS Number : 2264Q\nBrackenridge Gold PLC\n03 March 2020\n\nReleased 07:00 03-Mar-2020\n\n"
     "Final Results\n\nBrackenridge Gold PLC (AIM: BKG) announces its results for the year to 31 December "
     "2019, with gold sales up by a tenth.\n\nFor further information please contact:\n"
     "Brackenridge Gold PLC    +44 (0)20 7946 0999\n\nEND\n",
     {"reporters": [], "editors": []},
     "a regulatory announcement's issuer, named where a byline stands, is a company: no reporter"),    ("dpa-afx-framed-von.txt",
     "DAX 15.210 +0,4%   Gold 1.802 $ -0,1%\n\nNachrichten  >  Rohstoffe\n\n12.08.2021 – 11:20 Uhr\n\n"
     "Kupferpreis steigt auf Zweimonatshoch\n\nLONDON (dpa-AFX) - Der Kupferpreis ist am Donnerstag auf den "
     "höchsten Stand seit zwei Monaten gestiegen. Händler verwiesen auf sinkende Lagerbestände in Asien.\n\n"
     "Eine Tonne kostete an der Metallbörse 9.650 Dollar./mle/xyz\n\n--- Von Malte Ehrhardt, dpa-AFX ---\n\n"
     "Quelle: dpa-AFX\n",
     {"reporters": ["Malte Ehrhardt"], "agencies": ["dpa-AFX"], "cities": ["London"]},
     "dpa-AFX's closing byline framed by dashes, the source line under it"),
    ("yahoo-afp-caption-credit.txt",
     "Yahoo News Canada\n\nWildfire smoke closes schools across the region\n\nAFP\n"
     "Wed, Jun. 7, 2023, 9:15 a.m.·2 min read\n\nA cyclist rides through the haze in Montreal (Andrej IVANOV)\n"
     "Andrej IVANOV / AFP\n\nMontreal (AFP) - Thick smoke from forest fires closed dozens of schools on "
     "Wednesday, officials said.\n\nAir quality readings were among the worst in the world.\n",
     {"photographers": ["Andrej Ivanov"], "reporters": [], "agencies": ["AFP"]},
     "Yahoo's AFP picture credit under its caption: the photographer, no reporter"),
    ("cp-staff-byline.txt",
     "Transit fares frozen for another year\n\nBy Staff The Canadian Press\nPosted March 4, 2021 2:10 pm\n\n"
     "TORONTO - The city's transit agency will keep fares at their current level for another year, "
     "its board decided on Thursday.\n\nThe freeze costs about $20 million.\n",
     {"reporters": [], "agencies": ["CP"]},
     "a desk's byline run into the agency's name: no reporter"),
    ("vn-writer-over-theo.txt",
     "Úc nâng lãi suất lần thứ ba trong năm\n\n07/06/2023 14:05 GMT+7\n\n"
     "Ngân hàng trung ương Úc hôm nay nâng lãi suất thêm 0,25 điểm phần trăm, lên mức cao nhất trong 11 năm.\n\n"
     "Giới phân tích cho rằng lạm phát vẫn ở mức cao.\n\nBẢO NGỌC\n\nTheo Reuters\n\nĐọc tiếp\n",
     {"reporters": ["Bảo Ngọc"], "agencies": ["Reuters"]},
     "a Vietnamese paper's writer in capitals over its 'Theo Reuters' source line"),
    ("dj-dash-byline.txt",
     "DJ Alberta Oil Output Up 2% In June\n\n  CALGARY (Dow Jones)--Oil output in Alberta rose 2% in June "
     "from May, the energy regulator said Thursday.\n\n  Oil sands output led the rise.\n\n"
     "-By Colm Daugherty, Dow Jones Newswires; 403-555-0199; colm.daugherty@example.com\n\n"
     "  (END) Dow Jones Newswires\n\n  07-18-02 1141ET\n",
     {"reporters": ["Colm Daugherty"]},
     "Dow Jones's closing byline glued to a dash, the phone and mail after it"),
    ("rnz-name-role.txt",
     "RNZ\n\nNew Zealand\n\nNapier's port to add a second cruise berth\n\n3:15 pm on 2 May 2022\n\n"
     "Share this\n\nManaia Whitfield, Reporter\n\nNapier Port will build a second berth for cruise ships, "
     "its board confirmed on Monday.\n\nWork begins next year.\n",
     {"reporters": ["Manaia Whitfield"], "cities": []},
     "RNZ's byline, a name and the writer's role: the reporter, no city"),
    ("lusa-caption-caps-credit.txt",
     "JORNAL DO NORTE\nPaís  Economia  Desporto\n\nMetro do Porto abre nova linha até Gondomar\n\n"
     "LUSA\n12 de março de 2024, 09:40\n\nPraça da Liberdade, no Porto. MARTA QUINTELA/LUSA\n\n"
     "A Metro do Porto vai abrir na próxima semana a nova linha que liga a Trindade a Gondomar, "
     "anunciou hoje a empresa.\n\nA obra custou cerca de 300 milhões de euros.\n",
     {"photographers": ["Marta Quintela"], "reporters": [], "agencies": ["Lusa"]},
     "Lusa's photo credit in capitals closing the caption: the photographer; the caption's place is no reporter"),
    ("station-author-label.html",
     '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Grain elevator fire contained</title>'
     '<script type="application/ld+json">{"@context": "http://schema.org", "@type": "NewsArticle", '
     '"headline": "Grain elevator fire contained", "datePublished": "2023-09-12T08:05:00-05:00", '
     '"author": {"@type": "Organization", "name": "Associated Press"}}</script></head><body>'
     '<header><a href="/">KXYZ 5</a> <a href="/weather">Weather</a></header><article>'
     '<h1>Grain elevator fire contained</h1><div class="byline">Author: Tobias Wendt (Associated Press)</div>'
     '<p>SALINA, Kan. (AP) — Firefighters contained a blaze at a grain elevator on Monday night after '
     'it burned for nearly six hours, the county said.</p><p>No one was hurt, but two nearby homes '
     'were evacuated as a precaution while crews worked.</p></article></body></html>',
     {"reporters": ["Tobias Wendt"], "agencies": ["AP"]},
     "a station's 'Author:' line names the person where the markup's author is the agency"),
    ("turkish-news-centre.html",
     '<!DOCTYPE html><html lang="tr"><head><meta charset="utf-8"><title>Samsun limanında yeni rıhtım</title>'
     '</head><body><article><h1>Samsun limanında yeni rıhtım açıldı</h1><div class="byline">Haber Merkezi</div>'
     '<p><strong>SAMSUN (İHA) –</strong> Samsun limanında yapımı süren yeni rıhtım pazartesi günü törenle '
     'hizmete açıldı, liman yönetimi büyük gemilerin artık bekleme yapmayacağını söyledi.</p>'
     '<p>Rıhtımın maliyeti 40 milyon lira olarak açıklandı.</p></article></body></html>',
     {"reporters": [], "agencies": ["İHA"]},
     "a Turkish site's newsroom byline ('news centre') names no one"),
    ("desk-word-over-date.html",
     '<!DOCTYPE html><html lang="it"><head><meta charset="utf-8"><title>Porto di Genova, traffico in calo</title>'
     '<meta name="author" content="Redazione ANSA"></head><body><article>'
     '<h1>Porto di Genova, traffico in calo</h1><div class="info">Redazione ANSA <span>GENOVA</span> '
     '<time>4 aprile 2021 10:15</time></div><p>(ANSA) - GENOVA, 4 APR - Il traffico di container nel porto '
     'di Genova è calato del 6% nel primo trimestre, ha comunicato oggi l\'autorità portuale.</p>'
     '<p>Pesano i ritardi delle navi in arrivo dall\'Asia, ha spiegato il presidente.</p></article></body></html>',
     {"reporters": []},
     "a desk's word, the agency and the place over the date, with no label's colon, name no author"),
    ("nl-times-on-date.txt",
     "NL Times\nPolitics | Economy | Sports\n\nUtrecht to close two bike garages for repairs\n\n"
     "By Sanne van Dijk on Monday, 3 March 2025 - 10:05\nShare this:\n\n"
     "Two of Utrecht's underground bike garages will close for three weeks from April for repairs to their "
     "lifts, the municipality said on Monday.\n\nCyclists can use a temporary rack on the square.\n",
     {"reporters": ["Sanne van Dijk"], "published": "2025-03-03T10:05:00", "cities": []},
     "a byline joined to its date by 'on': the reporter and the date, no dateline"),
    ("yle-image-label.txt",
     "Yle News\nLatest | Finland | Politics\n\nTurku to test electric ferries on the river\n\n3.6.2021 09:30\n\n"
     "Image: Outi Lindqvist / Lehtikuva\n\nThe city of Turku will run two small electric ferries across the Aura "
     "river this summer as a trial, its transport office said on Thursday.\n\nThe ferries are free.\n\n"
     "Source: STT\n",
     {"photographers": ["Outi Lindqvist"], "agencies": ["STT"], "reporters": []},
     "Yle's 'Image: Name / Lehtikuva' credit over the story: the photographer, no agency"),
    ("angop-fotografia.txt",
     "ANGOP - Agência Angola Press\nSociedade\n\nHospital do Huambo recebe novos equipamentos\n\n"
     "4 Março de 2025 | 10h05\n\nFotografia: Domingos Tchipa\n\nHuambo - O hospital central do Huambo recebeu "
     "hoje novos equipamentos de diagnóstico, anunciou a direcção da unidade.\n\n(ANGOP)\n",
     {"photographers": ["Domingos Tchipa"], "reporters": []},
     "ANGOP's 'Fotografia:' line over the story names the photographer"),
    ("site-avec-afp.html",
     "<!DOCTYPE html>\n<html lang=\"fr\"><head><meta charset=\"utf-8\">"
     "<title>Au Niger, les écoles rouvrent après la canicule – Sahel Hebdo</title>\n"
     "<script type=\"application/ld+json\">{\"@context\": \"https://schema.org\", \"@type\": \"NewsArticle\", "
     "\"headline\": \"Au Niger, les écoles rouvrent après la canicule\", \"datePublished\": "
     "\"2024-05-06T10:00:00+01:00\", \"author\": {\"@type\": \"Organization\", \"name\": \"Sahel Hebdo\"}, "
     "\"publisher\": {\"@type\": \"Organization\", \"name\": \"Sahel Hebdo\"}}</script>\n</head><body>\n"
     "<article><h1>Au Niger, les écoles rouvrent après la canicule</h1>\n"
     "<p class=\"author\">Par Sahel Hebdo (avec AFP)</p>\n"
     "<p>Les écoles de Niamey ont rouvert lundi après trois semaines de fermeture dues à la chaleur, a annoncé "
     "le ministère de l'Éducation.</p>\n<p>Les cours se tiendront le matin jusqu'à la fin du mois.</p>\n"
     "<p>Les parents d'élèves ont salué la décision, tout en réclamant des ventilateurs dans les classes.</p>\n"
     "</article>\n</body></html>\n",
     {"reporters": [], "agencies": ["AFP"]},
     "a French site's byline of its own name with the agency: no reporter, the agency"),
    ("err-source-caption.html",
     "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Pärnu beach to get lifeguard towers "
     "| News | ERR</title></head><body>\n<article><h1>Pärnu beach to get lifeguard towers</h1>\n"
     "<div class=\"meta\"><span class=\"pubdate\">02.06.2022 09:15</span></div>\n"
     "<figure><img src=\"/b.jpg\" alt=\"\"><figcaption>The beach in Pärnu. Source: Mart Lepik/ERR</figcaption></figure>\n"
     "<p>The town of Pärnu will put up four lifeguard towers on its main beach before the summer season, "
     "the town government said on Thursday.</p>\n<p>The towers will be staffed from 10 a.m. to 7 p.m. every "
     "day until the end of August.</p>\n<p>Last year two swimmers had to be rescued near the pier.</p>\n"
     "</article>\n</body></html>\n",
     {"photographers": ["Mart Lepik"], "reporters": []},
     "ERR's figcaption credit labelled 'Source:': the photographer"),
    ("xinhua-joined-authors.json",
     "{\"title\": \"广西今年新建乡村物流站点300个\", \"author\": \"韦明 黄丽\", \"pubtime\": \"2021-06-08 10:12:00\", "
     "\"content\": \"新华社南宁6月8日电（记者韦明、黄丽）记者从广西壮族自治区商务厅获悉，今年以来广西新建乡村物流站点300个，"
     "覆盖全区八成以上的行政村。\\n\\n据介绍，新站点主要建在交通不便的山区。\"}\n",
     {"reporters": ["韦明", "黄丽"]},
     "a feed's author field holding two names joined by a space, beside the dateline's own: two people, not three"),
    ("tagalog-byline-class.html",
     "<!DOCTYPE html>\n<html lang=\"fil\"><head><meta charset=\"utf-8\"><title>Bagong terminal ng bus, "
     "bubuksan sa Lucena | Halimbawang Balita</title></head><body>\n<article><h1>Bagong terminal ng bus, bubuksan "
     "sa Lucena</h1>\n<p class=\"byline\">Ni Rogelio Santos Dimaculangan</p>\n"
     "<p>LUCENA CITY &ndash; Bubuksan sa susunod na buwan ang bagong terminal ng bus sa lungsod, ayon sa "
     "pamahalaang panlungsod nitong Lunes.</p>\n<p>May tatlumpung puwesto para sa mga bus ang terminal at "
     "may hiwalay na paradahan para sa mga dyip.</p>\n<p>Inaasahang mababawasan nito ang trapiko sa "
     "palengke.</p>\n</article>\n</body></html>\n",
     {"reporters": ["Rogelio Santos Dimaculangan"]},
     "a page's byline element keeps Tagalog's 'Ni' ('by'), which the byline rules drop: one person, not two"),
    ("balinese-credit-block.txt",
     "Denpasar market adds a night shift for fish traders\n\n"
     "Denpasar, Bali (ANTARA) - The city's main fish market will stay open through the night from next "
     "month so that boats landing late can sell their catch, the market's manager said on Monday.\n\n"
     "Traders said the change would cut the ice they buy to keep fish overnight.\n\n"
     "Reporter: Ni Komang Sri Lestari\nEditor: Bambang Purwanto\nTranslator: I Ketut Darma Yasa\n",
     {"reporters": ["Ni Komang Sri Lestari"], "editors": ["Bambang Purwanto"],
      "translators": ["I Ketut Darma Yasa"]},
     "Balinese names open with 'Ni' (a woman's) and 'I' (a man's): neither Tagalog's 'by' nor a joiner"),
    ("welsh-gan-byline.html",
     "<!DOCTYPE html>\n<html lang=\"cy\"><head><meta charset=\"utf-8\"><title>Pont newydd i gerddwyr yn "
     "Aberystwyth | Newyddion</title></head>\n<body>\n<article>\n<h1>Pont newydd i gerddwyr yn "
     "Aberystwyth</h1>\n<div class=\"awdur\">Gan Heledd Mair Rowlands</div>\n<div class=\"corff\">\n"
     "<p>Bydd pont newydd i gerddwyr a beicwyr yn agor dros afon Rheidol yn Aberystwyth fis nesaf, meddai'r "
     "cyngor sir ddydd Llun.</p>\n<p>Gan fod y gwaith wedi dod i ben yn gynt na'r disgwyl, bydd y llwybr "
     "ar agor cyn yr haf.</p>\n<p>Mae'r bont yn rhan o gynllun teithio llesol y sir.</p>\n</div>\n"
     "</article>\n</body></html>\n",
     {"reporters": ["Heledd Mair Rowlands"]},
     "Welsh 'Gan' ('by') in a byline element of the Welsh 'author' class; 'Gan fod' in prose is none"),
    ("irish-le-byline.html",
     "<!DOCTYPE html>\n<html lang=\"ga\"><head><meta charset=\"utf-8\"><title>Scoil nua i gCois "
     "Fharraige</title></head>\n<body>\n<article>\n<h1>Scoil nua i gCois Fharraige</h1>\n"
     "<div class=\"byline\">le <a href=\"/udar/\">Ruairí Ó Conghaile</a></div>\n<div class=\"entry\">\n"
     "<p>Osclófar scoil nua i gCois Fharraige i mí Mheán Fómhair, a d'fhógair an Roinn Oideachais "
     "inniu.</p>\n<p>Beidh seomraí ranga do dhá chéad dalta san fhoirgneamh nua.</p>\n<p>Tá "
     "tuismitheoirí na háite sásta leis an scéal.</p>\n</div>\n</article>\n</body></html>\n",
     {"reporters": ["Ruairí Ó Conghaile"]},
     "Irish 'le' ('by'), lower case, before the name in a byline element"),
    ("albanian-author-class.html",
     "<!DOCTYPE html>\n<html lang=\"sq\"><head><meta charset=\"utf-8\"><title>Gjakova rregullon "
     "tregun e vjetër</title></head>\n<body>\n<article>\n<h1>Gjakova rregullon tregun e vjetër</h1>\n"
     "<div class=\"meta\"><span class=\"autori\">Valbona Berisha Kelmendi</span></div>\n"
     "<div class=\"content\">\n<p>Komuna e Gjakovës nisi sot punimet për rregullimin e tregut të vjetër, "
     "të cilat pritet të përfundojnë para verës.</p>\n<p>Tregtarët thanë se punimet do t'i ndihmojnë "
     "të tërheqin më shumë vizitorë.</p>\n<p>Projekti kushton rreth dy milionë euro.</p>\n</div>\n"
     "</article>\n</body></html>\n",
     {"reporters": ["Valbona Berisha Kelmendi"]},
     "the Albanian 'author' class names the byline element"),
    ("author-name-and-role-spans.html",
     "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Glacier road reopens after "
     "rockfall</title></head>\n<body>\n<article>\n<h1>Glacier road reopens after rockfall</h1>\n"
     "<div class=\"author\"><span class=\"name\">Hallveig Ósk Jónsdóttir</span> <span class=\"role\">"
     "correspondent</span></div>\n<div class=\"body\">\n<p>The road to the glacier lagoon reopened on "
     "Wednesday after crews cleared the rocks that fell across it at the weekend.</p>\n<p>Engineers said "
     "the slope above the road would be watched through the spring thaw.</p>\n<p>Tour operators "
     "welcomed the news.</p>\n</div>\n</article>\n</body></html>\n",
     {"reporters": ["Hallveig Ósk Jónsdóttir"]},
     "a byline element's name and role in spans of their own: the role is no part of the name"),
]


parsed, test_people_fields_through_the_cli = cli_field_tests(STORIES, "people")
