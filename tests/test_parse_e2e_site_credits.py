"""Sites that rerun agency copy and its credits, through the real command: story files in a
folder, `wire parse --format jsonl` run as its own process, each record checked against the
fields the story gives. Closing notes of the agencies a story draws on, credits closing a
caption, outlets in bylines, page chrome, closing credits wrapped or bracketed twice.

The per-shape rules have their rows in test_parse_tables_site_credits.py; these stories put
them together as sites carry them. Every story is invented.
"""
from __future__ import annotations

from wirerun import cli_field_tests

# (file name, text, {field: value}, why)
STORIES = [
    ("liveblog-compiled-by.html",
     '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Live: Regatta day on the lake | '
     'Rowing Today</title><meta property="article:published_time" content="2023-06-17T09:00:00+02:00">'
     '</head><body><header><div class="brand">ROWING TODAY</div></header><main><h1>Live: Regatta day on '
     'the lake</h1><p class="meta">Compiled by Tomas Lindqvist with AFP &middot; First published <time '
     'datetime="2023-06-17T09:00:00+02:00">17 June 2023, 09:00</time> &middot; Last updated <time '
     'datetime="2023-06-17T18:10:00+02:00">18:10</time></p><p>Lucerne, Switzerland (AFP) - Stay with us '
     'for every final of the third regatta of the season on the Rotsee, with eight boats racing for gold.'
     '</p><div class="entry"><p>The men\'s eight final is up next, with the Dutch crew in lane four after '
     'their fast heat.</p></div></main></body></html>',
     {"reporters": ["Tomas Lindqvist"], "agencies": ["AFP"]},
     "a meta bar's 'Compiled by' credit before a stamp's label whose date stands in a <time> of its own"),
    ("lead-picture-credit-over-headline.html",
     '<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"><title>В Гомеле открыли новый парк - '
     'Sputnik Беларусь</title></head><body><div class="header"><a class="logo" href="/">Sputnik Беларусь</a>'
     '<div class="menu">Политика · Экономика · Общество · Спорт</div></div><div class="article"><div '
     'class="article__announce"><img '
     'src="/img/park.jpg" alt="Парк"><div class="media__copyright">© Sputnik / Олег Карпович</div></div>'
     '<h1 class="article__title">В Гомеле открыли новый парк</h1><div class="article__author">Автор: '
     'Ирина Соколова</div><div class="article__body"><div '
     'class="article__text"><strong>ГОМЕЛЬ, 12 мая – Sputnik.</strong> Новый парк площадью шесть гектаров '
     'открылся в субботу на берегу Сожа, в нем высадили больше тысячи деревьев.</div><div '
     'class="article__text">Вход в парк бесплатный, а по выходным там будут работать прокат велосипедов и '
     'летнее кафе у воды.</div><div class="article__text">Городские власти обещают к осени построить рядом '
     'детскую площадку и спортивный городок с тренажерами для взрослых.</div><div class="article__text">'
     'Парк стал третьим крупным озелененным участком, который город получил за последние пять лет.</div>'
     '</div></div><div class="footer">© 2021 Sputnik. Все права защищены.</div></body></html>',
     {"agencies": ["Sputnik"], "photographers": ["Олег Карпович"], "cities": ["Гомель"],
      "reporters": ["Ирина Соколова"]},
     "a lead picture's copyright credit set over the headline names its photographer"),
    ("author-br-agency.html",
     '<!DOCTYPE html><html lang="az"><head><meta charset="utf-8"><title>Sumqayıtda yeni park</title></head>'
     '<body><div class="news"><h2 class="title">Sumqayıtda yeni park salınır</h2><div class="date">04.05.2021 '
     '[10:12]</div><div class="text"><p>Sumqayıt şəhərində dənizkənarı ərazidə yeni park salınır və burada iki '
     'min ağac əkiləcək.</p><p>İşlərin payızda başa çatdırılması planlaşdırılır.</p><p class="author">Aygün '
     'Əliyeva<br>AZƏRTAC</p></div></div></body></html>',
     {"reporters": ["Aygün Əliyeva"], "agencies": ["AzerTAc"]},
     "an author element parts the reporter's name from the agency's with a <br> only"),
    ("author-name-city.html",
     '<!DOCTYPE html><html lang="uk"><head><meta charset="utf-8"><title>У Полтаві відкрили сквер</title></head>'
     '<body><article><h1>У Полтаві відкрили сквер</h1><div class="text"><p>Полтава, 2 червня. Новий сквер з '
     'фонтаном відкрили у центрі Полтави після двох років робіт.</p><p>На його облаштування витратили вісім '
     'мільйонів гривень, частину коштів надали місцеві підприємці.</p><p>У сквері висадили понад сто дерев і '
     'встановили нові лавки, ліхтарі та велосипедні стоянки.</p><p>Міська влада планує наступного року '
     'оновити ще два сквери на лівому березі річки.</p><div class="author">Ірина Шевчук, Полтава</div></div>'
     '</article></body></html>',
     {"reporters": ["Ірина Шевчук"], "cities": ["Полтава"]},
     "an author element names the place the reporter files from after a comma: no person"),
    ("agency-masthead-title-tag.html",
     '<html><head><title>UNIAN - Ukrainian Independent Information Agency of News</title></head><body><table><tr><td colspan="2">'
     '<a href="/eng/"><img src="/logo.gif" alt="BelTA"></a><font size="1">BELARUSIAN TELEGRAPH AGENCY</font>'
     '</td></tr><tr><td><a href="/eng/">Politics</a><br><a href="/eng/economy/">Economy</a></td><td>'
     '<font class="date">10:40, 3 May 2005</font><br><h2>Minsk tractor plant raises output by a fifth</h2>'
     '<p>The Minsk tractor works made a fifth more tractors in the first four months of the year than a '
     'year earlier, the plant said on Tuesday.</p><p>Most of the extra machines went to buyers in Russia '
     'and Kazakhstan, where farm credit has grown.</p><p>The plant plans to start a new assembly line in '
     'the autumn.</p><a href="/eng/n/1.html">Grodno dairy opens new cheese line</a> (2 May 2005)<br></td>'
     '</tr><tr><td colspan="2"><font size="1">&copy; BelTA 1998-2005. Reference to BelTA is obligatory.'
     '</font></td></tr></table></body></html>',
     {"title": "Minsk tractor plant raises output by a fifth"},
     "an agency's old page: its masthead in every <title>, the headline in an <h2>"),
    ("aps-site.html",
     '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Annaba port gets new cranes | APS'
     '</title><meta property="og:site_name" content="Algeria Press Service"></head><body><main>'
     '<h1>Annaba port gets new cranes</h1><article><p>ANNABA- Four new gantry cranes entered service '
     'at the port of Annaba on Monday, the port authority said.</p><p>They will double the '
     'container capacity of the port.</p></article></main></body></html>',
     {"agencies": ["APS"], "cities": ["Annaba"]},
     "an agency's own site, named in its markup, credits the copy that names no agency"),
    ("efe-site-europa-press.html",
     '<!DOCTYPE html><html lang="es"><head><meta charset="utf-8"><title>Sevilla amplía el metro'
     '</title><meta property="og:site_name" content="Agencia EFE"></head><body><main>'
     '<h1>Sevilla amplía el metro</h1><article><p>Sevilla (Europa Press) - La Junta aprobó este lunes '
     'la ampliación de la línea 1 del metro hasta el hospital.</p><p>Las obras durarán dos años.</p>'
     '</article></main></body></html>',
     {"agencies": ["Europa Press"]},
     "the site's agency only stands in when the copy credits none"),
    ("gulf-inputs.html",
     '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Abu Dhabi opens night market'
     '</title><meta property="og:title" content="Abu Dhabi opens night market"></head><body><main>'
     '<h1>Abu Dhabi opens night market</h1><div class="dates"><span>Published: March 3, 2024 10:20</span>'
     '</div><article><p>Abu Dhabi: A night market with more than 200 stalls opened on the corniche on '
     'Sunday, the municipality said.</p><p>It will run every weekend until the summer.</p>'
     '<p>With inputs from WAM</p></article></main></body></html>',
     {"agencies": ["WAM"], "published": "2024-03-03T10:20:00"},
     "a Gulf site's closing note names the agency"),
    ("voa-sources.txt",
     "Asia\nMongolia opens new rail link to Chinese border\nMay 6, 2024 9:15 AM\nVOA News\n\n"
     "ULAANBAATAR, MONGOLIA — Mongolia opened a new rail link to its southern border on Monday, "
     "cutting the time it takes to move coal to China by half.\n\nThe line runs 230 kilometers.\n\n"
     "Some information for this report came from Agence France-Presse and Reuters.\n",
     {"agencies": ["AFP", "Reuters"]}, "VOA's closing note of its sources"),
    ("abc-au.html",
     '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Storm cuts power in Hobart</title>'
     '<meta property="og:title" content="Storm cuts power in Hobart">'
     '<meta property="article:published_time" content="2024-05-06T01:10:00Z"></head><body><main>'
     '<h1>Storm cuts power in Hobart</h1><figure><img src="/x.jpg" alt=""><figcaption>Crews clear a fallen '
     'tree in Sandy Bay. (ABC News: Petra Lindgren)</figcaption></figure><article><p>Thousands of homes in '
     'Hobart lost power overnight as winds of up to 120 kilometres an hour brought down trees and lines.</p>'
     '<p>Crews expected to restore most supply by evening.</p><p>ABC/AAP</p></article></main></body></html>',
     {"agencies": ["AAP"], "photographers": ["Petra Lindgren"]},
     "the ABC's caption credit and its outlet-and-agency sign-off"),
    ("guardian-getty.html",
     '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Chile volcano forces evacuations'
     '</title><meta property="og:title" content="Chile volcano forces evacuations"></head><body><main>'
     '<h1>Chile volcano forces evacuations</h1><figure><img src="/v.jpg" alt=""><figcaption>Ash rises over '
     'the valley. Photograph: Marco Benítez/AFP/Getty Images</figcaption></figure><article><p>Chilean '
     'authorities ordered hundreds of families to leave their homes on Monday as a volcano in the south '
     'sent ash over nearby towns.</p><p>Schools in the area were closed.</p></article></main></body></html>',
     {"photographers": ["Marco Benítez"]}, "the distributor after the agency is no photographer"),
    ("aljazeera-style.txt",
     "News|Climate\nFloods cut the main road to the port of Mombasa\n\nBy Coast Daily and news agencies\n"
     "Published On 12 Jan 202312 Jan 2023\nshare2\n\n"
     "Trucks queue on the flooded highway [Omar Haddad/Al Jazeera]\n\nFloods cut the main highway to the "
     "port of Mombasa on Thursday, leaving hundreds of trucks stranded, police said.\n\n"
     "Engineers said the road could reopen within days.\n",
     {"published": "2023-01-12", "photographers": ["Omar Haddad"], "reporters": []},
     "an outlet's credit with news agencies; a date shown twice, glued; a photo credit in square brackets"),
    ("outlet-bylines.txt",
     "Ajankohtaista\nHelsingin satama laajentaa matkustajaterminaalia\nYle Uutiset | STT\n"
     "6.5.2024 10:15\n\nHelsingin Satama laajentaa Länsisataman matkustajaterminaalia, kertoi yhtiö "
     "maanantaina.\n\nTyöt alkavat syksyllä.\n",
     {"reporters": [], "agencies": ["STT"]}, "an outlet's news desk and its agency"),
    ("text-size-button.txt",
     "World / Europe / Stockholm to shut old bridge\nStockholm to shut old bridge to cars\n"
     "Reuters / May 6, 2024, 10:15 IST\nShare\nAA\nFollow us\n\nSTOCKHOLM: The city will close its oldest "
     "bridge to cars for two years of repairs, officials said on Monday.\n",
     {"agencies": ["Reuters"]}, "a text-size button is no Anadolu credit"),
    ("wrapped-editor.txt",
     "Port strike ends\nBy Anke Visser\nMay 6, 2024 3:10 PM GMT\n\nROTTERDAM, May 6 (Reuters) - Dock workers "
     "ended a three-day strike on Monday\nafter a pay deal with the port's operators.\nShipping lines said "
     "queues would clear by Friday.\nReporting by Anke Visser; Editing by Tom\nHale\n"
     "Our Standards: The Thomson Reuters Trust Principles.\n",
     {"editors": ["Tom Hale"], "reporters": ["Anke Visser"]}, "an editor's name cut by the wrap"),
    ("soft-hyphen.txt",
     "Tram line to open in spring\r\n\tBy Lin\u00adnea Sj\u00f6berg\r\n\t6.5.2024 10:15 CEST\r\n\r\n"
     "\tGothenburg (dpa) - The city's new tram line will open in the spring, a year late, the transport "
     "office said on Monday.\r\n",
     {"title": "Tram line to open in spring", "reporters": ["Linnea Sjöberg"]},
     "a soft hyphen in a tab-indented byline"),
    ("reuters-double-brackets.txt",
     "GERMAN STEEL ORDERS SLIP IN SEPTEMBER\nBy Jonas Brandt\n\n"
     "FRANKFURT, Oct 4 (Reuters) - Orders at German steel mills slipped in September as carmakers "
     "held back, an industry group said on Tuesday.\n\nOrders fell 3 percent from August.\n\n"
     "((Reporting by Jonas Brandt; Editing by Clare Whitby; +49 69 555 1200; Reuters Messaging: "
     "jonas.brandt.reuters.com@reuters.net))\n",
     {"reporters": ["Jonas Brandt"], "editors": ["Clare Whitby"], "agencies": ["Reuters"]},
     "Reuters' double brackets with a phone number and a messaging address"),
    ("lapresse-afp.txt",
     "La Presse\nActualités  International  Affaires\n\nInternational | Europe\n\n"
     "Les cheminots portugais en grève pour une troisième journée\n\nAgence France-Presse\n"
     "Publié le 4 mars 2024 à 8 h 05\n\nPHOTO NUNO VIEIRA, AGENCE FRANCE-PRESSE\n"
     "Un quai désert de la gare d'Oriente, lundi.\n\n(Lisbonne) Aucun train ne circulait lundi matin "
     "dans la région de Lisbonne, au troisième jour d'une grève des cheminots qui réclament des hausses "
     "de salaire.\n\nLa compagnie publique a prévu des autocars sur quelques lignes.\n",
     {"reporters": [], "photographers": ["Nuno Vieira"], "agencies": ["AFP"]},
     "La Presse's capitals photo credit under the date is the photographer, not a byline"),
    ("dk-paper-staff-ritzau-photo.html",
     "<html lang=\"da\"><head><meta charset=\"utf-8\"><title>Aarhus får ny cykelbro | Jyllands Dagblad</title>"
     "<meta property=\"og:site_name\" content=\"Jyllands Dagblad\"></head><body>"
     "<article><h1>Aarhus får ny cykelbro over åen</h1><div class=\"byline\">Af Søren Holm</div><figure>"
     "<img src=\"bro.jpg\"><figcaption>Cykelbroen ved havnen. Foto: Karina Lund/Ritzau Scanpix</figcaption>"
     "</figure><p>Aarhus Kommune vil bygge en ny cykelbro over åen ved havnen, oplyser kommunen mandag.</p>"
     "<p>Broen skal stå færdig i 2026 og koste 40 millioner kroner.</p></article></body></html>",
     {"reporters": ["Søren Holm"], "photographers": ["Karina Lund"], "agencies": []},
     "a paper's page, its own reporter signing the copy: the agency the caption credits is the picture's alone"),
    ("dk-paper-unsigned-ritzau-photo.html",
     "<html lang=\"da\"><head><meta charset=\"utf-8\"><title>Aarhus får ny cykelbro | Jyllands Dagblad</title>"
     "<meta property=\"og:site_name\" content=\"Jyllands Dagblad\"></head><body>"
     "<article><h1>Aarhus får ny cykelbro over åen</h1><figure>"
     "<img src=\"bro.jpg\"><figcaption>Cykelbroen ved havnen. Foto: Karina Lund/Ritzau Scanpix</figcaption>"
     "</figure><p>Aarhus Kommune vil bygge en ny cykelbro over åen ved havnen, oplyser kommunen mandag.</p>"
     "<p>Broen skal stå færdig i 2026 og koste 40 millioner kroner.</p></article></body></html>",
     {"photographers": ["Karina Lund"], "agencies": ["Ritzau"]},
     "...copy no one signs on the same page still takes the caption's agency"),
    ("dk-unsigned-ritzau-photo.txt",
     "Aarhus får ny cykelbro over åen\n\nCykelbroen ved havnen. Foto: Karina Lund/Ritzau Scanpix\n\nAarhus "
     "Kommune vil bygge en ny cykelbro over åen ved havnen, oplyser kommunen mandag.\n\nBroen skal stå "
     "færdig i 2026.\n",
     {"photographers": ["Karina Lund"], "agencies": ["Ritzau"]},
     "...and so does a text with no site named"),
    ("fr-hosted-byline-relative-stamp.html",
     "<html><head><meta charset=\"utf-8\"><title>AFP: Lyon: le musée des Tissus rouvre</title>"
     "<meta property=\"og:site_name\" content=\"Portail Actus\"></head><body><h1>Lyon: le musée des Tissus "
     "rouvre</h1><p class=\"byline\">Par Claire Vautrin (AFP) – Il y a 2 heures</p><div><img src=\"m.jpg\">"
     "<p class=\"caption\">La cour du musée (Photo AFP/Marc Dubois)</p></div><p>LYON — Le musée des Tissus "
     "a rouvert ses portes samedi après quatre ans de travaux, a annoncé sa direction.</p><p>Les collections "
     "comptent plus de deux millions de pièces.</p></body></html>",
     {"reporters": ["Claire Vautrin"], "agencies": ["AFP"]},
     "a byline with the page's relative stamp after a dash names its agency, whatever site hosts it"),
    ("provence-avec-afp.txt",
     "Le Méridional\nMarseille  Toulon  Économie\n\nÉconomie\n\n"
     "Les pêcheurs de l'étang de Berre bloquent le canal de Caronte\n\nPar Le Méridional (avec AFP)\n"
     "Publié le mardi 5 mars 2024 à 10h40\n\nDes chalutiers amarrés en travers du canal, mardi matin. "
     "Photo Sabine Orliac\n\nUne quarantaine de bateaux de pêche bloquaient mardi le canal de Caronte, "
     "à Martigues, pour protester contre la baisse des quotas de pêche décidée à Bruxelles.\n\n"
     "La circulation des pétroliers vers les raffineries de l'étang était interrompue.\n",
     {"reporters": [], "photographers": ["Sabine Orliac"], "agencies": ["AFP"]},
     "a regional paper's credit with the agency in brackets names no reporter; the caption's closing "
     "'Photo Name' is the photographer"),
    ("aggregator-story-by.txt",
     "Money  Markets  Watchlist\n\nProvided by AFP\n\nNorway to double offshore wind auctions\n\n"
     "Story by Odile Marchetti • 5h • 3 min read\n\nOslo (AFP) - Norway will double the area it offers "
     "for offshore wind farms in next year's auction, the energy ministry said on Tuesday.\n\n"
     "The first licences are due in the spring.\n",
     {"reporters": ["Odile Marchetti"], "agencies": ["AFP"]},
     "an aggregator's 'Story by' byline with the story's age and reading time after bullets"),
    ("masthead-byline.txt",
     "L'ÉCHO DU SAHEL\nActualités  Économie  Sport\n\nLe marché central de Bamako rouvre après les travaux\n\n"
     "Par L'Écho du Sahel (avec AFP)\n\nLe marché central de Bamako a rouvert lundi après huit mois de "
     "travaux, a annoncé la mairie.\n\nLes commerçants ont retrouvé leurs étals.\n\n"
     "© L'Écho du Sahel 2023, tous droits réservés\n",
     {"reporters": [], "agencies": ["AFP"]},
     "a byline naming the paper whose masthead opens the page names no reporter"),
    ("newsroom-outlet-byline.txt",
     "Uruguay amplía el horario de sus puertos\n\nPor Newsroom Clarín\n\n4 de marzo de 2024\n\n"
     "MONTEVIDEO, 4 mar (EFE).- Los puertos uruguayos abrirán las 24 horas desde abril, informó el "
     "Gobierno.\n\nLa medida busca reducir las esperas de los camiones.\n",
     {"reporters": [], "agencies": ["EFE"]},
     "a newsroom's byline before the outlet's name names no one"),
    ("front-matter-site-with-agency.md",
     "---\ntitle: Brussels trams run later at weekends\nauthor: Le Soir avec Belga\n---\n\n"
     "# Brussels trams run later at weekends\n\nThe city's trams will run until 2 a.m. on Fridays "
     "and Saturdays from March, the operator said.\n",
     {"reporters": [], "agencies": ["Belga"]},
     "a clipping's author field of a site running an agency's copy: the agency, no person"),
    ("ebc-style-page.html",
     '<!DOCTYPE html>\n'
     '<html lang="pt-br">\n'
     '<head>\n'
     '<meta charset="utf-8">\n'
     '<title>Porto de Santos amplia horário de atracação | Agência Brasil</title>\n'
     '<link rel="canonical" href="https://agenciabrasil.example/economia/noticia/2021-03/porto-de-santos-amplia-horario">\n'
     '<meta property="og:site_name" content="Agência Brasil">\n'
     '</head>\n'
     '<body>\n'
     '<div class="barra-gov">gov.br | Acesso à informação | Participe | Legislação</div>\n'
     '<header><a href="/">Agência Brasil</a><nav>Últimas | Economia | Política | Geral | Esportes</nav></header>\n'
     '<article>\n'
     '<div class="tag">Transportes</div>\n'
     '<h1>Porto de Santos amplia horário de atracação</h1>\n'
     '<h2 class="linha-fina">Navios de carga poderão atracar também de madrugada</h2>\n'
     '<div class="autor">Publicado em 09/03/2021 - 07:52 Por Tiago Moura - Repórter da Agência Brasil - Santos</div>\n'
     '<div class="compartilhar">Compartilhar: Facebook | Twitter | WhatsApp</div>\n'
     '<div class="versao-audio">Versão em áudio</div>\n'
     '<figure><img src="/porto.jpg"><figcaption>Guindastes no cais do porto - Beatriz Couto/Agência Brasil</figcaption></figure>\n'
     '<div class="conteudo">\n'
     '<p>A autoridade portuária de Santos passa a permitir a atracação de navios de carga durante a madrugada a partir de abril, segundo comunicado divulgado nesta terça-feira pela administração do porto.</p>\n'
     '<p>A mudança deve reduzir a fila de navios que aguardam ao largo da costa, que chegou a 60 embarcações no mês passado, de acordo com a empresa que administra o terminal.</p>\n'
     '<p>Operadores de terminais disseram que vão contratar mais trabalhadores para os turnos noturnos, mas pediram reforço na fiscalização da Receita Federal durante a madrugada.</p>\n'
     '<p>O sindicato dos estivadores informou que a escala noturna será negociada com as empresas nas próximas semanas e que não aceitará jornadas acima de seis horas sem pagamento adicional.</p>\n'
     '<p>Segundo a administração, o porto movimentou 147 milhões de toneladas no ano passado, volume que deve crescer com a safra recorde de grãos prevista para este ano em todo o país.</p>\n'
     '</div>\n'
     '<div class="edicao">Edição: Marta Seixas</div>\n'
     '<div class="licenca">Creative Commons - CC BY 3.0 BR</div>\n'
     '<div class="relacionadas"><h3>Notícias relacionadas:</h3><ul><li>Exportação de soja bate recorde em fevereiro</li><li>Greve de caminhoneiros chega ao fim no Paraná</li></ul></div>\n'
     '</article>\n'
     '<footer>Empresa Exemplo de Comunicação | Agência Brasil</footer>\n'
     '</body>\n'
     '</html>\n',
     {"published": "2021-03-09T07:52:00", "reporters": ["Tiago Moura"], "cities": ["Santos"],
      "editors": ["Marta Seixas"], "photographers": ["Beatriz Couto"]},
     "date, byline, agency and place in one element under a standfirst, the editor's credit under the "
     "story, a caption's credit: the page's text leaves them out and keeps the related list at its end"),
    ("portal-author-site.html",
     "<html lang=\"ko\"><head><meta charset=\"utf-8\"><title>부산항 신항 3부두 자동화 공사 착공 : 다음 뉴스</title>"
     "<meta property=\"og:site_name\" content=\"다음 뉴스\">"
     "<meta property=\"og:article:author\" content=\"연합뉴스 | 다음\"></head><body><article>"
     "<h1>부산항 신항 3부두 자동화 공사 착공</h1>"
     "<p>(부산=연합뉴스) 정다은 기자 = 부산항 신항 3부두를 완전 자동화 터미널로 바꾸는 공사가 11일 시작됐다.</p>"
     "<p>항만공사는 2027년까지 공사를 마칠 계획이라고 밝혔다.</p></article></body></html>\n",
     {"reporters": ["정다은"], "agencies": ["Yonhap"]},
     "a portal's name in the author field, its news word left off ('다음' on '다음 뉴스'): no reporter"),
    ("republished-note.txt",
     "Pelabuhan Tanjung Emas tambah dua dermaga peti kemas\n\nKompas.com - 02/03/2022, 09:15 WIB\n\n"
     "SEMARANG, KOMPAS.com - Pengelola Pelabuhan Tanjung Emas menambah dua dermaga peti kemas untuk mengurangi "
     "antrean kapal yang kerap terjadi menjelang akhir tahun.\n\nKepala cabang pelabuhan, Budi Santoso, mengatakan "
     "kedua dermaga itu mulai beroperasi pada pekan kedua Maret.\n\nBaca juga: Antrean Truk di Pelabuhan Mengular\n\n"
     "Artikel ini telah tayang di Antaranews.com dengan judul \"Tanjung Emas tambah dua dermaga peti kemas\".\n",
     {"agencies": ["Antara"]},
     "a portal's note that the story ran first on the agency's site names the agency by its address"),
    ("credit-items-lines.html",
     "<html lang=\"id\"><head><title>Dermaga baru Pelabuhan Tegal mulai beroperasi - Kompas.com</title></head><body>"
     "<h1 class=\"read__title\">Dermaga baru Pelabuhan Tegal mulai beroperasi</h1>"
     "<div class=\"read__time\">Kompas.com - 08/02/2022, 11:20 WIB</div>"
     "<div class=\"read__credit\"><div class=\"read__credit__item\">Penulis <a href=\"#\">Dewi Lestari Anggraini</a>,</div>"
     "<div class=\"read__credit__item\">Editor <a href=\"#\">Bambang Suryadi</a></div></div>"
     "<div class=\"read__content\"><p><strong>TEGAL, KOMPAS.com</strong> - Dermaga baru di Pelabuhan Tegal mulai "
     "beroperasi pekan ini dan dapat melayani kapal ikan berukuran hingga 60 gros ton.</p>"
     "<p>Kepala pelabuhan mengatakan antrean kapal saat bongkar muat diharapkan berkurang separuhnya.</p></div>"
     "</body></html>\n",
     {"editors": ["Bambang Suryadi"]},
     "a portal's credit items, each on its own line over the story: the editor's is read"),
    ("short-labels-over-dateline.html",
     "<html lang=\"id\"><head><title>Pasar apung Banjarmasin dibuka lagi | Republika Online</title></head><body>"
     "<div class=\"wrap_detail\"><h1>Pasar apung Banjarmasin dibuka lagi</h1><div class=\"date_detail\">"
     "<p>Senin 14 Mar 2022 09:05 WIB</p><p>Rep: Antara/ Red: Yusuf Hakim</p></div>"
     "<div class=\"artikel\"><p><strong>REPUBLIKA.CO.ID, BANJARMASIN --</strong> Pasar apung di Sungai Martapura dibuka "
     "lagi untuk wisatawan mulai pekan ini setelah dua tahun ditutup, kata dinas pariwisata kota pada Senin.</p>"
     "<p>Para pedagang menjual buah, sayur, dan kue tradisional dari atas perahu sejak subuh hingga pukul sembilan "
     "pagi.</p><p>Dinas pariwisata menyiapkan dermaga baru agar wisatawan bisa naik perahu dengan aman.</p></div>"
     "</div></body></html>\n",
     {"editors": ["Yusuf Hakim"], "agencies": ["Antara"], "cities": ["Banjarmasin"]},
     "a portal's labelled credit line between its date and the dateline stays with the head when the text "
     "is cut to start at the dateline"),
    ("th-news-writer-label.html",
     "<html lang=\"th\"><head><meta charset=\"utf-8\"><title>เทศบาลเร่งสูบน้ำออกจากถนนสายหลัก</title></head><body>"
     "<div class=\"detail\"><h1 class=\"news-title\">เทศบาลเร่งสูบน้ำออกจากถนนสายหลัก</h1>"
     "<div class=\"news-info\"><span class=\"date\">วันที่ 3 สิงหาคม 2565 เวลา 08:40 น.</span></div>"
     "<div class=\"news-content\"><p>เทศบาลนครเร่งสูบน้ำออกจากถนนสายหลักในตัวเมืองหลังฝนตกหนักตลอดคืน "
     "ทำให้น้ำท่วมขังสูงกว่าสามสิบเซนติเมตร รถเล็กไม่สามารถผ่านได้ในช่วงเช้า</p>"
     "<p>นายกเทศมนตรีกล่าวว่า ได้นำเครื่องสูบน้ำเพิ่มอีกแปดเครื่อง และเปิดศูนย์ช่วยเหลือชั่วคราวสองแห่ง "
     "คาดว่าน้ำจะลดลงภายในเย็นวันนี้ หากไม่มีฝนตกซ้ำ</p>"
     "<p>ประชาชนที่ต้องการความช่วยเหลือสามารถติดต่อศูนย์ได้ตลอดยี่สิบสี่ชั่วโมง</p></div>"
     "<div class=\"news-author\"><p>ผู้เขียนข่าว : สมศักดิ์ ใจดี</p><p>แหล่งที่มา : สวท.ขอนแก่น</p></div>"
     "</div></body></html>\n",
     {"reporters": ["สมศักดิ์ ใจดี"], "published": "2022-08-03T08:40:00"},
     "Thai 'news writer' and its spaced colon under the story (NNT's page): the reporter"),
    ("square-bracket-editor.html",
     "<html lang=\"en\"><head><title>Harbin opens its ice festival early_English.news.cn</title></head><body>"
     "<div class=\"main\"><h1>Harbin opens its ice festival early</h1>"
     "<div class=\"info\">2024-12-20 16:02:11 English.news.cn</div><div id=\"detail\">"
     "<p>HARBIN, Dec. 20 (Xinhua) -- The city's winter festival opened two days ahead of plan on Friday after "
     "a week of hard frost thickened the river ice.</p>"
     "<p>Carvers finished more than two hundred sculptures, the organisers said.</p></div>"
     "<div class=\"editor\">[Editor: Zhou Minghui]</div></div></body></html>\n",
     {"editors": ["Zhou Minghui"], "agencies": ["Xinhua"], "reporters": []},
     "a page's editor in square brackets under the story, as Xinhua's sites close"),
    ("bar-names-then-time.html",
     "<html lang=\"en-US\"><head><title>Salt miner pauses Nevada expansion as prices slump</title></head><body>"
     "<header>Money Portal · Quotes · Markets</header><article><div class=\"logo\"><span>Bloomberg</span></div>"
     "<h1>Salt miner pauses Nevada expansion as prices slump</h1>"
     "<div class=\"attr-meta\"><span>Orla Brennan and Tadeo Ferreira Lins</span> · <time datetime=\"2024-02-07T"
     "13:05:00.000Z\">Wed, February 7, 2024 at 8:05 AM EST</time> · 2 min read</div><div class=\"body\">"
     "<p>(Bloomberg) -- A salt producer put the expansion of its Nevada mine on hold, citing a slump in prices "
     "after a mild winter cut demand for road salt across the northern states.</p>"
     "<p>The company said it would revisit the plan next year and keep its current workforce.</p>"
     "</div></article></body></html>\n",
     {"reporters": ["Orla Brennan", "Tadeo Ferreira Lins"], "agencies": ["Bloomberg"],
      "published": "2024-02-07T13:05:00+00:00"},
     "a portal's author bar: bare names, a bullet, then the time in an element of its own"),
    ("source-line-under-story.html",
     "<html lang=\"de\"><head><title>Fährlinie nach Helgoland fährt wieder - NORDBLATT</title></head><body>"
     "<header>NORDBLATT · Politik · Wirtschaft</header><h2 class=\"headline\">Fährlinie nach Helgoland fährt wieder</h2>"
     "<div class=\"c-article-text\"><p>Nach drei Wochen Pause hat die Fähre zwischen Cuxhaven und Helgoland am Montag den "
     "Betrieb wieder aufgenommen. Die Reederei hatte Schäden am Anleger reparieren lassen.</p>"
     "<p>Im Sommer soll es wieder zwei Fahrten am Tag geben, teilte das Unternehmen mit. Die Nachfrage nach "
     "Tickets sei trotz der langen Pause hoch, vor allem an den Wochenenden und in den Ferien.</p>"
     "<p>Auf der Insel hatten Händler und Gastwirte über ausbleibende Tagesgäste geklagt. Der Bürgermeister "
     "sprach von einem schwierigen Frühjahr, das nun hoffentlich hinter allen liege.</p>"
     "<p>Der Anleger in Cuxhaven war bei einem Sturm im Februar beschädigt worden. Die Reparatur kostete nach "
     "Angaben der Reederei knapp eine Million Euro und dauerte länger als geplant.</p></div>"
     "<p class=\"c-source\">Quelle: NORDBLATT/dpa/AFP/kh</p><div class=\"teasers\"><h3>Mehr zum Thema</h3>"
     "<ul><li>Neue Schiffe für die Inseln</li></ul></div></body></html>\n",
     {"agencies": ["dpa", "AFP"], "reporters": []},
     "a page's source line under the story, outside its text: the paper, the agencies and the "
     "editor's initials; the agencies are read"),
    ("meta-bar-edited-by.html",
     "<html lang=\"es\"><head><title>Cali abre dos ciclorrutas nuevas | Diario del Valle</title></head><body>"
     "<header><div class=\"brand\">DIARIO DEL VALLE</div></header><h1>Cali abre dos ciclorrutas nuevas</h1>"
     "<div class=\"byline\">Por Julieta Arango Mesa | EFE · Editado por Samuel Ocampo Ríos</div>"
     "<div class=\"body\"><p>Cali (Colombia), 3 mar (EFE).- La alcaldía inauguró este domingo dos ciclorrutas que "
     "unen el oriente de la ciudad con la zona universitaria del sur.</p>"
     "<p>Los nuevos tramos suman once kilómetros con separadores de concreto.</p></div></body></html>\n",
     {"reporters": ["Julieta Arango Mesa"], "editors": ["Samuel Ocampo Ríos"], "agencies": ["EFE"]},
     "a meta bar's byline, its agency, then 'edited by' after a middle dot: the desk's editor too"),
    ("meta-bar-date-edited-by.html",
     "<html lang=\"en\"><head><title>Trinidad ferry adds a night crossing - Caribbean Wire</title></head><body>"
     "<main><h1>Trinidad ferry adds a night crossing</h1>"
     "<div class=\"meta\"><span>2 June 2022</span> · <span>Edited by Marisol Quintana Leal</span></div>"
     "<div class=\"content\"><p>Port of Spain, Jun 2 (Prensa Latina) The inter-island ferry will run a night "
     "crossing to Tobago from next month, the port authority said on Thursday.</p>"
     "<p>Tickets go on sale at the terminal and online next week.</p></div></main></body></html>\n",
     {"editors": ["Marisol Quintana Leal"], "reporters": [], "published": "2022-06-02"},
     "a meta bar's date, then 'edited by' without a colon: the editor, no reporter"),
    ("bd-bn-agency-location-spans.html",
     "<html lang=\"bn\">\n<head><title>রাজশাহীতে আমের বাজার জমজমাট | দৈনিক উদাহরণ</title></head>\n<body>\n"
     "<div class=\"story-head\">\n<h1 class=\"headline\">রাজশাহীতে আমের বাজার জমজমাট</h1>\n<div class=\"author\">\n"
     "<span class=\"contributor-name\">বাসস</span>\n<span class=\"author-location\">রাজশাহী</span>\n</div>\n</div>\n"
     "<div class=\"story-element-text\">\n<p>মৌসুমের শুরুতেই রাজশাহীর আমের বাজারে ক্রেতা-বিক্রেতার ভিড় বেড়েছে। "
     "ব্যবসায়ীরা বলছেন, এবার ফলন ভালো হওয়ায় দাম কিছুটা কম।</p>\n<p>প্রতিদিন কয়েক শ ট্রাক আম ঢাকাসহ বিভিন্ন জেলায় "
     "যাচ্ছে।</p>\n</div>\n</body></html>\n",
     {"agencies": ["BSS"], "cities": ["রাজশাহী"], "reporters": []},
     "a Bangla page's byline box: the agency in one span, the place it files from in a location-classed "
     "span, a city its own script names; no person"),
    ("bd-en-agency-comma-place.html",
     "<html lang=\"en\">\n<head><title>Khulna jute mills resume work | Harbour Star</title></head>\n<body>\n"
     "<h1 class=\"article-title\">Khulna jute mills resume work</h1>\n<div class=\"byline-wrapper\">\n"
     "<div class=\"author-name\">UNB, Khulna</div>\n<div class=\"date\">Sun Jan 9, 2022 11:05 AM</div>\n</div>\n"
     "<article>\n<p>Three state-owned jute mills resumed production on Sunday after a two-week halt over unpaid "
     "wages, officials said.</p>\n<p>Workers were paid their December dues on Saturday evening.</p>\n</article>\n"
     "</body></html>\n",
     {"agencies": ["UNB"], "cities": ["Khulna"], "reporters": []},
     "an author element's agency and the city its copy was filed from, a comma between, and no dateline in "
     "the body: the place is the story's"),
    ("bd-bn-minified-location-span.html",
     "<html lang=\"bn\"><head><title>সিলেটে চা বাগানে নতুন মজুরি | দৈনিক উদাহরণ</title></head><body>"
     "<div class=\"story-head\"><h1 class=\"headline\">সিলেটে চা বাগানে নতুন মজুরি</h1><div class=\"author\">"
     "<span class=\"contributor-name\">বাসস</span><span class=\"author-location\">সিলেট</span></div></div>"
     "<figure><img src=\"/img/tea.jpg\" alt=\"\"><figcaption>বাগানে পাতা তুলছেন শ্রমিকেরা। ফাইল ছবি</figcaption></figure>"
     "<div class=\"story-element-text\"><p>সিলেটের চা বাগানগুলোতে শ্রমিকদের নতুন মজুরি আগামী মাস থেকে কার্যকর হবে। "
     "মালিকপক্ষ ও শ্রমিক ইউনিয়নের বৈঠকে এ সিদ্ধান্ত হয়েছে।</p><p>বাগানগুলোতে প্রায় এক লাখ শ্রমিক কাজ করেন।</p>"
     "</div></body></html>",
     {"agencies": ["BSS"], "cities": ["সিলেট"], "reporters": []},
     "the same byline box on a minified page, its spans with no space between: the place's span is cut off "
     "the agency's, no person made of the two glued"),
]


parsed, test_site_credit_fields_through_the_cli = cli_field_tests(STORIES, "site_credits")
