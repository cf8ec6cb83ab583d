"""Old and new web pages whose story or headline sits outside the usual places (a frameset
page's <noframes>, a headline set in <font><b> under a site's generic <title>), or whose
fields hang on its paragraphs as plain copy's do (a byline paragraph, a closing contact
block, <br> lines), through the real command: one `wire parse --format jsonl` run over a
folder of them.

The per-shape rules have their rows in test_formats.py's HTML_PAGES. Every story, name and
event here is invented.
"""
from __future__ import annotations

from wirerun import cli_field_tests

# (file name, text, {field: value}, why)
STORIES = [
    ("ko-article-bare-text-lead.html",
     '<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8"><title>대전 도심 공원에 야간 조명 설치 - 뉴시스</title>'
     '<meta property="og:site_name" content="뉴시스"></head><body><div id="header"><ul class="gnb"><li><a href="/">홈</a></li>'
     '<li><a href="/soc">사회</a></li></ul></div><div id="content"><div class="viewer">'
     '<h1 class="tit">대전 도심 공원에 야간 조명 설치</h1><div class="infoLine"><p class="txt"><span>등록 2021.05.10 09:12:40</span>'
     '</p></div><div class="viewer_body"><div class="summury"><p>공원 열두 곳 먼저<br>연말까지 스무 곳으로</p></div>'
     '<div class="thumCont"><img src="/p.jpg" alt=""><p class="desc">[대전=뉴시스] 오세린 기자 = 10일 대전 서구의 한 공원에 '
     '새 조명이 켜져 있다. 2021.05.10. photo@example.com</p></div>\n<article>\n'
     '[대전=뉴시스] 한도윤 기자 = 대전시가 도심 공원 열두 곳에 야간 조명을 새로 달고 밤 산책길을 밝히는 사업을 '
     '이달부터 시작한다고 10일 밝혔다.<br><br>\n시는 올해 안에 공원 스무 곳으로 사업을 넓히고 주민 의견을 받아 조명 밝기를 '
     '조절할 계획이다. 조명은 해가 진 뒤부터 자정까지 켜지고, 새벽에는 절반만 켜 두기로 했다.<br><br>\n'
     '공원 인근 주민들은 밤에도 안심하고 걸을 수 있게 됐다며 반기고 있다. 한 주민은 "저녁 운동을 나가기가 훨씬 편해졌다"고 '
     '말했다.<br><br>\n시 관계자는 에너지 절약형 조명을 써서 전기 요금 부담도 크지 않다고 설명했다. 시는 조명 주변에 '
     '비상벨과 폐쇄회로 카메라도 함께 설치해 범죄 예방 효과를 살필 예정이다.<br><br>\n'
     '다만 일부 주민은 빛 공해를 걱정하며 주택가와 가까운 구간은 밝기를 낮춰 달라고 요청했다.<br><br>\n'
     '◎공감언론 뉴시스 dy@example.com\n</article></div></div></div></body></html>',
     {"reporters": ["한도윤"], "cities": ["대전"], "photographers": ["오세린"]},
     "a story set as bare text and <br>s in its <article>: the lead before the first <br>, which the "
     "extractor drops, is put back, and its dateline is the story's (not the caption's)"),
    ("byline-box-weekday.html",
     '<html lang="nl-BE"><head><meta charset="utf-8"><title>Gent krijgt nieuwe fietsbrug over de Leie | Stadsnieuws</title></head>'
     '<body><h1>Gent krijgt nieuwe fietsbrug over de Leie</h1>'
     '<div class="byline"><p>vr 9 sep 2016 - 10:12</p><p>Eindredactie: Wim Peeters</p></div>'
     '<div class="body"><p>De stad Gent legt volgend jaar een nieuwe brug voor fietsers en voetgangers over de Leie. '
     'Het ontwerp werd donderdag voorgesteld aan de buurtbewoners.</p>'
     '<p>De werken moeten in het voorjaar beginnen en duren ongeveer acht maanden, zegt de schepen van mobiliteit.</p>'
     '<p>Tijdens de werken blijft het jaagpad open.</p></div></body></html>\n',
     {"reporters": [], "editors": ["Wim Peeters"], "published": "2016-09-09T10:12:00"},
     "a byline box holding the date: its abbreviated weekday ('vr') is no reporter"),
    ("academic-author.html",
     '<html lang="en"><head><title>Why river towns flood more often now</title></head><body><article>'
     '<h1>Why river towns flood more often now</h1>'
     '<div class="content-authors"><p><strong>Author</strong></p>'
     '<p><a href="/profiles/mira-castellane-ode">Mira Castellane-Ode</a>, Senior Lecturer in Hydrology, '
     'University of Lincoln</p></div>'
     '<p>River towns across the north have flooded more often in the past decade, and the reasons go well '
     'beyond heavier rain.</p><p>Building on flood plains has left water fewer places to go.</p>'
     '</article></body></html>\n',
     {"reporters": ["Mira Castellane-Ode"], "title": "Why river towns flood more often now"},
     "an academic writer's post and university after her name are no second and third person"),
    ("logo-h1-over-h2.html",
     '<html><head><title>Valley Courier | News, Weather, Sports</title></head><body>'
     '<div class="top"><h1 class="logo">THE VALLEY COURIER</h1></div>'
     '<div class="story"><h2>Orchard owners count losses after late frost</h2>'
     '<p>By Tess Aldana</p>'
     '<p>Growers across the county said a cold snap last week damaged up to a third of the early '
     'blossom on apricot and cherry trees.</p>'
     '<p>County advisers urged farmers to record the damage before filing insurance claims.</p></div>'
     '</body></html>\n',
     {"title": "Orchard owners count losses after late frost", "reporters": ["Tess Aldana"]},
     "a paper's name in a logo's <h1> is its masthead: the headline is the story's <h2>"),
    ("desk-bar-updated-in.html",
     '<html lang="en"><head><meta charset="utf-8"><title>Pune ring road land survey to finish by May | Deccan Wirepost</title>'
     '<link rel="canonical" href="https://www.deccanwirepost.example/article/pti/pune-ring-road-survey-55120"></head>'
     '<body><h1>Pune ring road land survey to finish by May</h1>'
     '<div class="byline-row">Deccan Wirepost Desk | Pune | Updated: 14-02-2023 16:20 IST</div>'
     '<div class="story"><p>Pune, Feb 14 (PTI) The land survey for the 170-km ring road around the city will be '
     'completed by May, a senior official of the state road development corporation said on Tuesday.</p>'
     '<p>About 80 per cent of the land needed for the western arm has already been acquired, the official said.</p>'
     '<p>Farmers in two villages have sought higher compensation, officials said.</p></div></body></html>\n',
     {"published": "2023-02-14T16:20:00+05:30", "updated": None, "reporters": []},
     "a portal bar's only stamp ('Updated: ...') is when the story ran, and the desk's place in the bar is no reporter"),
    ("ie-saved-from-url.html",
     '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">\n'
     '<!-- saved from url=(0061)http://noticias.portal.example/sociedad/articulo/ebro_4411.htm -->\n'
     '<html><head><title>portal.example - Noticias</title></head><body><table><tr><td>'
     '<b>El Ebro baja a su nivel más bajo en veinte años</b><br><br>'
     'ZARAGOZA, 3 Ago. (EFE).- El caudal del Ebro a su paso por Zaragoza ha caído este martes a su nivel '
     'más bajo desde 1986, según la Confederación Hidrográfica.<br><br>Los regantes piden restricciones '
     'más suaves para el mes de agosto.</td></tr></table></body></html>\n',
     {"url": "http://noticias.portal.example/sociedad/articulo/ebro_4411.htm"},
     "Internet Explorer's 'saved from url=' comment above a saved page is its address"),
    ("syndicated-feed-note.html",
     '<html lang="en"><head><meta charset="utf-8"><title>Nagpur to get second metro depot | Vidarbha Daily</title></head>'
     '<body><h1>Nagpur to get second metro depot</h1>'
     '<div class="story"><p>The state cabinet on Wednesday cleared a second maintenance depot for the city metro, '
     'officials said, at a cost of about Rs 420 crore.</p>'
     '<p>The depot will be built on railway land near the outer ring road and is expected to be ready in two years.</p>'
     '<p class="disc">(Only the headline of this report may have been changed by Vidarbha Daily staff; the rest '
     'of the content is auto-generated from a syndicated IANS feed.)</p></div></body></html>\n',
     {"agencies": ["IANS"]},
     "a portal's note that the copy comes untouched from a syndicated agency feed names the agency"),
    ("byline-bar-sv.html",
     '<html lang="sv"><head><meta charset="utf-8"><title>Fler tåg till fjällen i vinter | Bergslagsbladet</title></head>\n'
     '<body><article><h1>Fler tåg till fjällen i vinter</h1>\n'
     '<div class="byline"><span>Text: Sara Lindgren/TT</span> <span>Foto: Olof Berg/TT</span> '
     '<span>Grafik: Nils Åberg/TT</span></div>\n'
     '<div class="tid">Publicerad 2023-10-05 08.30</div>\n'
     '<p>Trafikverket och två tågbolag sätter in fler avgångar till fjällorterna under vintersäsongen, sedan '
     'efterfrågan ökat kraftigt de senaste två åren.</p>\n'
     '<p>Nattågen från Stockholm till Åre och Storlien får tre extra avgångar i veckan från mitten av december, '
     'och dagtågen förlängs med fler vagnar under sportloven.</p>\n'
     '<p>Biljettförsäljningen öppnar i början av november, enligt bolagen.</p></article></body></html>\n',
     {"reporters": ["Sara Lindgren"], "photographers": ["Olof Berg"]},
     "a page's byline bar of text, photo and graphics credits: the extractor's run-together author guess "
     "('TT Foto Olof Berg') yields to the page's own labelled credit line"),
    ("byline-bar-ko.html",
     '<html lang="ko"><head><meta charset="utf-8"><title>유럽 폭염에 철도 운행 차질 - 새벽신문</title></head>\n'
     '<body><article><h1>유럽 폭염에 철도 운행 차질</h1>\n'
     '<ul class="info"><li>입력 2025.07.02 08:10</li></ul>\n'
     '<div class="byline">글=제임스 하트 AFP통신 기자 · 번역=윤서진 기자</div>\n'
     '<figure><img src="/p/1.jpg" alt=""><figcaption>2일 서울역 전광판에 유럽행 연결편 지연 안내가 떠 있다. '
     '사진=박도윤 기자</figcaption></figure>\n'
     '<p>(파리=AFP) 유럽 서부에 40도를 넘는 폭염이 이어지면서 1일 프랑스와 스페인의 고속철도 노선 여러 곳이 '
     '선로 과열로 감속 운행했다.</p>\n'
     '<p>철도 당국은 오후 시간대 열차 일부를 취소하고 승객들에게 물을 충분히 챙기라고 당부했다.</p>\n'
     '<p>스페인 마드리드와 세비야를 잇는 노선에서는 열차 네 편이 한 시간 넘게 멈춰 섰고, 승객들은 냉방이 '
     '약해진 객차 안에서 기다려야 했다.</p>\n'
     '<p>프랑스 철도공사는 선로 온도를 낮추기 위해 일부 구간에 물을 뿌리는 작업을 벌이고 있으며, 여름 내내 '
     '비슷한 조치가 필요할 수 있다고 밝혔다.</p>\n'
     '<p>기상 당국은 더위가 이번 주말까지 이어질 것으로 내다봤다.</p></article></body></html>\n',
     {"reporters": ["제임스 하트"], "translators": ["윤서진"], "photographers": ["박도윤"], "agencies": ["AFP"]},
     "a Korean byline bar of labelled parts the extraction leaves out: the writer (a foreign name in two "
     "hangul words, the agency after it), the translator; a caption's unbracketed 'photo=' credit"),
    ("filed-place-ja.html",
     '<html lang="ja"><head><meta charset="utf-8"><title>港町で花火大会 写真2枚 国際ニュース</title></head>'
     '<body><div class="logo">ニュースサイト</div><h1>港町で花火大会</h1>'
     '<div class="info"><span>2021年8月14日 20:30</span> <span>発信地：ナポリ/イタリア</span> '
     '<span>[ イタリア 欧州 ]</span></div>'
     '<div class="body"><p>【8月14日 AFP】イタリア南部の港町で夏の花火大会が開かれ、多くの見物客が海岸に集まった。</p>'
     '<p>花火は約一時間にわたって打ち上げられ、夜空を明るく照らした。</p></div></body></html>\n',
     {"cities": ["ナポリ"], "published": "2021-08-14T20:30:00"},
     "AFPBB's filing label beside the page's date names the place its copy's dateline leaves out"),
    ("credit-footer-fa.html",
     '<html lang="fa" dir="rtl"><head><meta charset="utf-8"><title>افتتاح کتابخانه تازه در یزد</title></head>'
     '<body><article><h1>افتتاح کتابخانه تازه در یزد</h1>'
     '<div class="text"><p>یزد- ایرنا- نخستین کتابخانه‌ی محله‌ای شهر با ده هزار جلد کتاب روز دوشنبه گشایش یافت.</p>'
     '<p>مدیرکل کتابخانه‌های استان گفت که دو کتابخانه‌ی دیگر تا پایان سال ساخته می‌شود.</p></div>'
     '<div class="footer"><p>خبرنگار: سارا موسوی | ویراستار: کاوه رستمی</p></div></article></body></html>\n',
     {"reporters": ["سارا موسوی"], "editors": ["کاوه رستمی"]},
     "a page's labelled credit block under the story, outside the extracted text, names its reporter and editor"),
    ("agency-bar-he.html",
     '<html lang="he" dir="rtl"><head><meta charset="utf-8"><title>סערה בצפון איטליה</title></head>'
     '<body><h1>סערה בצפון איטליה</h1><div class="bar">רויטרס ו-AP <span>פורסם: 04.09.12, 11:20</span></div>'
     '<div class="body"><p>סערה עזה פגעה הלילה בכמה ערים בצפון איטליה, ועשרות עצים נעקרו ממקומם ברחובות.</p>'
     '<p>הרשויות הודיעו כי בתי הספר באזור יישארו סגורים גם מחר בשל הנזקים.</p></div></body></html>\n',
     {"agencies": ["Reuters", "AP"], "reporters": []},
     "a Hebrew site's agency credit joined by the glued 'and', its 'published' stamp in the same bar"),
    ("frameset.html",
     '<HTML><HEAD><TITLE>Valley Herald Online: News</TITLE></HEAD>\n<FRAMESET ROWS="90,*">\n'
     '<FRAME SRC="/nav.html" NAME="nav">\n<FRAME SRC="/news/story.html" NAME="main">\n<NOFRAMES>\n'
     '<BODY><P><A HREF="/">Home</A> | <A HREF="/news/">News</A>\n'
     '<P>Posted at 9:05 a.m. PDT Tuesday, May 11, 1999\n'
     '<P>FRESNO, Calif. (AP) -- County supervisors agreed Tuesday to pay for a second water '
     'treatment plant after nitrate levels in three wells rose above the state limit.\n'
     '<P>The plant is to open in 2001, officials said.\n</BODY>\n</NOFRAMES>\n</FRAMESET>\n</HTML>\n',
     {"cities": ["Fresno"], "agencies": ["AP"], "published": "1999-05-11T09:05:00-07:00"},
     "a frameset page's story inside <noframes> is read: its dateline and stamp"),
    ("font-headline.html",
     '<html><head><title>Il Corriere Online - Cronaca</title></head><body><table><tr><td>'
     '<font size="1"><b>Il Corriere Online</b> | Cronaca | Sport</font><br>'
     '<font size="1">14/03/2001 ore 10:20</font><br>'
     '<font size="3"><b>Neve sull\'Appennino, chiusa la statale per tre ore</b></font><br>'
     '<font size="2">Bologna, 14 mar. (ANSA) - Una forte nevicata ha bloccato per tre ore la statale '
     'che attraversa il passo, lasciando decine di automobilisti fermi in coda nella notte.<br><br>'
     'La strada e\' stata riaperta alle sette.</font></td></tr></table></body></html>\n',
     {"title": "Neve sull'Appennino, chiusa la statale per tre ore", "cities": ["Bologna"]},
     "a headline in <font><b> above the story beats the site's <title>"),
    # A page's paragraphs read as plain copy's: a blank line between two <p>, a line break for a <br>.
    ("byline-after-lede.html",
     '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Ferry crews strike over rosters | Harbour '
     'Post</title></head><body><nav>Home | Local | Sport</nav><article><h1>Ferry crews strike over rosters'
     '</h1>\n<p>GDANSK, Poland (AP) — Crews on the city\'s harbour ferries walked off<br>\nthe job on Monday '
     'over new night rosters, leaving hundreds of<br>\ncommuters to queue for buses along the quays.</p>\n'
     '<p>By TOMASZ WIERZBA and ELLEN MARKHAM<br>\nAssociated Press</p>\n<p>The union said talks with the '
     'operator had broken down<br>\nafter three weeks of meetings.</p>\n<p>Services are to resume on Wednesday.</p>'
     '</article><footer>© Harbour Post</footer></body></html>\n',
     {"reporters": ["Tomasz Wierzba", "Ellen Markham"], "cities": ["Gdansk"], "agencies": ["AP"]},
     "a byline paragraph under a first paragraph wrapped with <br>: no line of the wrapped copy"),
    ("contact-block.html",
     '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Copper climbs as smelters cut output | '
     'Markets Daily</title></head><body><nav>Markets | Commodities</nav><article><h1>Copper climbs as '
     'smelters cut output</h1>\n<p>Copper rose to a four-month high on Tuesday after two of the largest '
     'smelters in the region said they would cut output for the rest of the quarter.</p>\n<p>Traders '
     'said stockpiles in warehouses had fallen for six straight weeks.</p>\n<p>To contact the reporter '
     'on this story:<br>\nKarin Holmqvist in Stockholm at kholmqvist@example.net</p>\n<p>To contact the '
     'editors responsible for this story:<br>\nGareth Pryce at gpryce@example.net<br>\nNadia Ferreira</p>'
     '</article><footer>© Markets Daily</footer></body></html>\n',
     {"editors": ["Gareth Pryce", "Nadia Ferreira"]},
     "a closing contact block of <br> lines keeps its editors"),
    ("credit-over-date.html",
     '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Night market moves to the river bank | '
     'Coast Times</title></head><body><nav>Home | Asia</nav><article><h1>Night market moves to the river '
     'bank</h1>\n<p>AFP-JIJI<br>\nMar 4, 2025</p>\n<p>HANOI – The city\'s oldest night market will move '
     'to a new site on the river bank next month to ease traffic in the old quarter, officials said on '
     'Tuesday.</p>\n<p>About 300 stalls will make the move.</p></article><footer>© Coast Times</footer>'
     '</body></html>\n',
     {"agencies": ["AFP", "Jiji"], "cities": ["Hanoi"]},
     "an agency's credit set over the date with a <br> is read as plain copy's credit line"),
    ("section-under-headline.html",
     '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Rice exporters brace for a weaker harvest | '
     'Delta Ledger</title></head><body><article><h1>Rice exporters brace for a weaker harvest</h1>\n'
     '<p>Asia Markets</p>\n<p>By Priya Venkatesan, Reuters<br>\nMay 6, 2024 3:12 PM</p>\n<p>Rice exporters '
     'in the delta expect the smallest harvest in six years after a dry spring, traders said on Monday, '
     'and several mills have already cut their forward sales.</p>\n<p>Prices for broken rice rose '
     'for a fourth week.</p></article></body></html>\n',
     {"reporters": ["Priya Venkatesan"], "agencies": ["Reuters"]},
     "a section's label under the headline, over the byline and the date, is no second reporter"),
    ("amp-agency-byline-over-headline.html",
     '<!doctype html><html amp lang="en"><head><meta charset="utf-8"><title>Chile Extends Water Rationing '
     'In Capital As Reservoirs Drop | Market Wire</title></head><body><header><a href="/">Market Wire</a></header>'
     '<article><div class="article-source">By AFP - Agence France Presse</div>'
     '<h1>Chile Extends Water Rationing In Capital As Reservoirs Drop</h1>'
     '<div class="byline">By Marta Quiroga</div>'
     '<div class="article-body"><p>Chile on Tuesday extended water rationing in Santiago for another three '
     'months, as the reservoirs that feed the capital fell to their lowest level in two decades.</p>'
     '<p>Households face cuts of up to twelve hours a week in the worst-hit districts, the water authority '
     'said.</p><p>mq/lb</p></div></article></body></html>\n',
     {"agencies": ["AFP"], "reporters": ["Marta Quiroga"]},
     "an agency's byline a republishing page sets over the headline credits the agency"),
    ("kompas-credit-block.html",
     '<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>Harga Cabai di Pasar Padang Naik '
     'Dua Kali Lipat - Kabar Nusantara</title></head><body>'
     '<h1>Harga Cabai di Pasar Padang Naik Dua Kali Lipat</h1>'
     '<div class="read__content"><p><strong>PADANG, KABARNUSA.com</strong> - Harga cabai merah di sejumlah pasar '
     'tradisional di Kota Padang naik dua kali lipat dalam sepekan terakhir, kata pedagang pada Senin.</p>'
     '<p>Pemerintah kota berencana menggelar operasi pasar mulai pekan depan di lima lokasi.</p>'
     '<p class="note">Sebagian artikel ini telah tayang di Antaranews.com. Sumber: ANTARA</p></div>'
     '<div class="credit">Penulis : Yusuf Harahap<br>Editor : Sri Wahyuni</div></body></html>\n',
     {"agencies": ["Antara"], "reporters": ["Yusuf Harahap"], "editors": ["Sri Wahyuni"]},
     "a closing note's last sentence is its source label; a label with a space before its colon"),
    ("podcast-transcript-page.html",
     '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Field Notes podcast: Inside Nairobi\'s '
     'new bus lanes | Reuters</title></head><body><header><a href="/">Reuters</a> <span>Podcasts</span></header>'
     '<article><p class="label">TRANSCRIPT</p><h1>Inside Nairobi\'s new bus lanes</h1>'
     '<p class="dek">Episode 40 &middot; 18 min</p><p class="date">March 3, 2025</p>'
     '<p class="credits">Reported and presented by Elsa Brandvold, with additional reporting by Kamau Njoroge in '
     'Nairobi. Produced by Kofi Mensah and Ida Lund. Edited by Ruth Abara. Music by Ben Ortiz.</p>'
     '<div class="transcript"><p><b>ELSA BRANDVOLD:</b> At seven in the morning the new lane on Thika Road is already busy, and the '
     'buses in it are moving faster than anything else on the road.</p>'
     '<p><b>ELSA BRANDVOLD:</b> City officials say trips into the centre are twenty minutes shorter than a year ago.</p>'
     '<p><b>KAMAU NJOROGE:</b> Drivers of the minibuses that share the road are less happy, and some say they '
     'have lost a third of their fares since the lane opened in January.</p>'
     '<p><b>ELSA BRANDVOLD:</b> The county plans two more lanes by the end of the year, if the money comes through.</p></div>'
     '</article></body></html>\n',
     {"agencies": ["Reuters"], "reporters": ["Elsa Brandvold", "Kamau Njoroge"], "editors": ["Ruth Abara"],
      "cities": []},
     "a podcast page: the site's name after a show's name and the headline in the <title>; its credits paragraph"),
    ("day-and-time-elements.html",
     "<html lang=\"en\"><head><title>Ipoh bus terminal to reopen after upgrade | The Perak Post</title></head><body>"
     "<div class=\"story-header\"><h1>Ipoh bus terminal to reopen after upgrade</h1>"
     "<div class=\"stamp\"><p class=\"date\">Monday, 6 Mar 2023</p><time>9:47 AM MYT</time></div></div>"
     "<div class=\"story\"><p>IPOH (Bernama): The city's main bus terminal will reopen next week after an eight-month "
     "upgrade of its platforms and waiting halls, the city council said today.</p>"
     "<p>Council officials said twelve new bays would serve express buses to the north.</p></div></body></html>\n",
     {"published": "2023-03-06T09:47:00+08:00", "agencies": ["Bernama"]},
     "a page's day and its time of day in elements of their own, one under the other: one stamp"),
    ("foot-caption-slash-label.html",
     "<html lang=\"en\"><head><title>Kiwifruit exports set new record</title></head><body><article>"
     "<h1>Kiwifruit exports set new record</h1><p class=\"byline\">By Hemi Walker</p>"
     "<p>TAURANGA, May 2 AAP - Kiwifruit exports reached a record value in the year to March as growers in the "
     "Bay of Plenty harvested their largest crop in a decade.</p>"
     "<p>Industry figures released today showed shipments to Japan and China both grew by more than a tenth.</p>"
     "<div class=\"image\"><p class=\"caption\">Packers at work in a Te Puke coolstore. Photo / Rawiri Tane</p></div>"
     "</article></body></html>\n",
     {"photographers": ["Rawiri Tane"], "reporters": ["Hemi Walker"]},
     "a caption element under the last paragraph, its credit 'Photo / Name' (the label, a slash, the name)"),
    ("caption-credit-span.html",
     "<html lang=\"pt\"><head><title>Ponte de Lima reabre a ponte medieval ao trânsito pedonal</title>"
     "<meta name=\"author\" content=\"Lusa\"></head><body><article>"
     "<h1>Ponte de Lima reabre a ponte medieval ao trânsito pedonal</h1>"
     "<figure><img src=\"/p.jpg\"><figcaption>Ponte romana sobre o rio Lima <span class=\"credit\">Rui Pestana/Lusa</span>"
     "</figcaption></figure>"
     "<p>Ponte de Lima, 3 set 2020 (Lusa) - A ponte medieval de Ponte de Lima reabriu hoje aos peões depois de "
     "oito meses de obras de conservação dos arcos, anunciou a câmara municipal.</p>"
     "<p>A intervenção custou cerca de 600 mil euros.</p></article></body></html>\n",
     {"photographers": ["Rui Pestana"], "reporters": [], "agencies": ["Lusa"]},
     "a caption's credit element run on from its words with no stop: the photographer, and the "
     "caption's place words no reporter"),
    ("caption-credit-touching.html",
     "<html lang=\"pt\"><head><title>Viana do Castelo recebe o primeiro navio de cruzeiro do ano</title>"
     "<meta name=\"author\" content=\"Agência Lusa\"></head><body><article>"
     "<h1>Viana do Castelo recebe o primeiro navio de cruzeiro do ano</h1>"
     "<figure><img src=\"/n.jpg\"><figcaption>Navio atracado no cais do porto de mar<span class=\"credit\">"
     "Inês Valadares/LUSA</span></figcaption></figure>"
     "<p>O primeiro navio de cruzeiro da temporada atracou hoje em Viana do Castelo com cerca de 900 "
     "passageiros a bordo, informou a administração portuária.</p>"
     "<p>A cidade espera mais onze escalas até ao fim de outubro.</p></article></body></html>\n",
     {"photographers": ["Inês Valadares"], "reporters": []},
     "...and one whose element touches the caption's last word, with no space between them"),
    ("editor-beside-stamp.html",
     '<html lang="en"><head><meta charset="utf-8"><title>Nagpur adds night buses on three routes | Central Wirepost</title>'
     '<link rel="canonical" href="https://www.centralwirepost.example/city/nagpur-night-buses-8812"></head>'
     '<body><h1>Nagpur adds night buses on three routes</h1>'
     '<div class="byline">Written By: Central Wirepost Desk | Edited By: Ritika Deshmane | Last Updated: Jan 09, 2025, 06:15 PM IST | Source: PTI</div>'
     '<div class="story"><p>Nagpur, Jan 9 (PTI) The city transport undertaking will run buses after midnight on three '
     'busy routes from next week, its general manager said on Thursday.</p>'
     '<p>The buses will leave the central depot every forty minutes until five in the morning, he said.</p>'
     '<p>Fares will be the same as on day services, officials said.</p></div></body></html>\n',
     {"editors": ["Ritika Deshmane"], "reporters": [], "agencies": ["PTI"]},
     "a portal bar's labelled editor beside its stamp is the editor, and no one is its author"),
    ("editor-beside-stamp-hindi.html",
     '<html lang="hi"><head><meta charset="utf-8"><title>इंदौर में नई सिटी बस सेवा शुरू - Wirepost हिंदी</title>'
     '<script type="application/ld+json">{"@type":"NewsArticle","headline":"इंदौर में नई सिटी बस सेवा शुरू",'
     '"datePublished":"2023-05-02T10:10:00+05:30"}</script></head>'
     '<body><h1>इंदौर में नई सिटी बस सेवा शुरू</h1>'
     '<div class="byline">Edited By: सुधा मिश्रा | Updated: May 2, 2023, 11:40 IST</div>'
     '<div class="story"><p>इंदौर, 2 मई (भाषा)। शहर में मंगलवार से बीस नई इलेक्ट्रिक बसें चलने लगीं, जो रेलवे स्टेशन को '
     'हवाई अड्डे और बस अड्डे से जोड़ेंगी।</p><p>नगर निगम के अधिकारियों ने बताया कि किराया पहले जैसा ही रहेगा।</p>'
     '<p>अगले महीने दस और बसें आने की उम्मीद है।</p></div></body></html>\n',
     {"editors": ["सुधा मिश्रा"], "reporters": []},
     "...in Devanagari too: the editor whole, and the extractor's clipped guess of the name no reporter"),
    ("agency-place-author-element.html",
     '<html lang="mr"><head><meta charset="utf-8"><title>नाशिकमध्ये नवी बससेवा सुरू | Wirepost मराठी</title>'
     '<meta property="article:published_time" content="2022-03-04T09:30:00+05:30"></head>'
     '<body><h1>नाशिकमध्ये नवी बससेवा सुरू</h1><h2 class="synopsis">शहरातील पाच मार्गांवर विजेवरील बस धावणार</h2>'
     '<div class="author">पीटीआय, नाशिक</div>'
     '<div class="story"><p>महापालिकेच्या परिवहन विभागाने शुक्रवारपासून शहरातील पाच प्रमुख मार्गांवर विजेवर चालणाऱ्या बस सुरू '
     'केल्या असून तिकीट दर पूर्वीप्रमाणेच राहणार आहेत.</p><p>पुढील वर्षी आणखी वीस बस दाखल होतील, असे अधिकाऱ्यांनी सांगितले.</p>'
     '<p>प्रवाशांनी या सेवेचे स्वागत केले आहे.</p></div></body></html>\n',
     {"agencies": ["PTI"], "cities": ["नाशिक"], "reporters": []},
     "the author's element holds the agency and its desk's place set apart by a comma: the place, no reporter"),
    ("desk-bar-malayalam.html",
     '<html lang="ml"><head><meta charset="utf-8"><title>കൊച്ചിയിൽ പുതിയ ജലമെട്രോ റൂട്ട് - Wirepost</title></head>'
     '<body><h1>കൊച്ചിയിൽ പുതിയ ജലമെട്രോ റൂട്ട്</h1>'
     '<div class="author-line">ന്യൂസ് ഡെസ്ക് | Published: 2024-02-06 09:15 IST</div>'
     '<div class="content"><p>കൊച്ചി: വൈറ്റിലയിൽ നിന്ന് കാക്കനാട്ടേക്കുള്ള പുതിയ ജലമെട്രോ സർവീസ് അടുത്ത തിങ്കളാഴ്ച മുതൽ '
     'ആരംഭിക്കുമെന്ന് അധികൃതർ അറിയിച്ചു. ഓരോ അര മണിക്കൂറിലും ബോട്ടുകൾ പുറപ്പെടും.</p>'
     '<p>ടിക്കറ്റ് നിരക്കിൽ മാറ്റമില്ലെന്നും യാത്രക്കാർക്ക് പ്രതിമാസ പാസ് ലഭ്യമാകുമെന്നും അധികൃതർ വ്യക്തമാക്കി.</p>'
     '<p>രണ്ട് പുതിയ ബോട്ടുകൾ കൂടി ഈ മാസം എത്തും.</p></div></body></html>\n',
     {"reporters": [], "cities": ["കൊച്ചി"]},
     "a Malayalam desk's name in the meta bar: the extractor's author, its closing virama trimmed, is still the desk, no one"),
    ("agency-day-bar.html",
     '<html lang="en"><head><meta charset="utf-8"><title>Karachi port adds two berths | Harbour Wirepost</title></head>'
     '<body><h1>Karachi port adds two berths</h1>'
     '<div class="left-authorbox"><span>AP</span> <span>October 11, 2022</span></div>'
     '<div class="story-text"><p>By NADIA QURESHI<br>Associated Press</p><p>KARACHI (AP) &mdash; The port opened two new container berths on Tuesday, raising its yearly '
     'capacity by a fifth, the port authority said.</p><p>The berths were built by a consortium of local firms over three years.</p>'
     '<p>Shipping lines welcomed the move.</p></div></body></html>\n',
     {"reporters": ["Nadia Qureshi"], "agencies": ["AP"]},
     "a bar of the agency and the day: the extractor's author runs into the month, no reporter"),
    ("thehindu-en-stamp-place.html",
     '<html lang="en"><head><title>Ferry service to resume from Monday - The Hindu</title>'
     '<meta property="article:published_time" content="2022-03-04T09:12:00+05:30">'
     '<meta property="og:site_name" content="The Hindu"></head><body>'
     '<h1 class="title">Ferry service to resume from Monday</h1>'
     '<div class="author"><div class="author-name"><span>PTI</span></div>'
     '<div class="update-publish-time"><p>Published - March 4, 2022 09:12 am IST - KOCHI</p></div></div>'
     '<div class="articlebodycontent"><p>The ferry service between the two islands will resume on Monday '
     'after repairs to the jetty were finished, officials said on Friday.</p>'
     '<p>Boats will run every half hour during the day.</p></div></body></html>',
     {"cities": ["Kochi"], "published": "2022-03-04T09:12:00+05:30"},
     "The Hindu's stamp names the place the story was filed from after its day and zone: the story's "
     "place, and the line stays though its day repeats the markup's"),
    ("in-en-minified-brief-figcaption.html",
     '<html lang="en"><head><title>Lake cleanup drive begins</title></head><body><article>'
     '<h1>Lake cleanup drive begins</h1><figure><img src="/img/lake.jpg" alt="">'
     '<figcaption><p>Volunteers clear weeds from the lake. | Photo Credit: Meera Iyer</p></figcaption></figure>'
     '<div class="articlebodycontent"><p>BHOPAL, June 9 (PTI) A month-long drive to clear the upper lake of weeds '
     'began on Sunday, civic officials said.</p><p>Boats and nets have been hired for the work.</p>'
     '<p>Residents may join on weekends.</p></div></article></body></html>',
     {"cities": ["Bhopal"], "agencies": ["PTI"], "photographers": ["Meera Iyer"]},
     "a short page minified onto one line: the extractor's fallback runs its headline, caption and paragraphs "
     "into one line; the page's blocks set them apart again, so the dateline opens the copy"),
]


parsed, test_page_fields_through_the_cli = cli_field_tests(STORIES, "pages")
