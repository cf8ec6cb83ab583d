"""Date formats of agencies outside western Europe and North America, through the real
command: story files in a folder, `wire parse --format jsonl` run as its own process.

The per-format rules have their rows in test_parse_tables.py (DATES, DATE_PARTS,
LEAD_DATES); these stories put them where pages carry them. Every story is invented.
"""
from __future__ import annotations


from wirerun import cli_field_tests

# (file name, text, {field: value}, why)
STORIES = [
    ("kcna-daily-item.txt",
     "KCNA\n\nNews from KCNA: October 9, Juche 95 (2006)\n\n-----------------\n\n"
     "Silkworm Cocoon Output Grows in Hamhung\n\n"
     "Hamhung, October 9 (KCNA) -- Sericulture workers around the city have gathered more cocoons this "
     "autumn than in any year before, thanks to new mulberry fields planted on the hillsides.\n\n"
     "The cocoons are sent to the silk mill on the riverside every week.\n",
     {"published": "2006-10-09", "agencies": ["KCNA"], "cities": ["Hamhung"]},
     "KCNA's day page labels the day with the agency and a colon, the year a Juche one with the "
     "common era's in brackets"),
    ("patra-pier.html",
     '<!DOCTYPE html><html lang="el"><head><meta charset="utf-8"><title>Νέα προβλήτα στην Πάτρα</title>'
     '</head><body><div class="nav">Ειδήσεις | Πάτρα | Αθλητικά</div><article>'
     '<h1>Ξεκινούν τα έργα για νέα προβλήτα στο λιμάνι της Πάτρας</h1>'
     '<div class="meta"><span>Πέμπτη, 7 Μαρτίου 2019 09:20</span> · <span>Τελευταία ενημέρωση: 11:05</span>'
     ' · <span>Πηγή: ΑΠΕ-ΜΠΕ</span></div>'
     '<p>ΠΑΤΡΑ (ΑΠΕ-ΜΠΕ) Υπογράφηκε σήμερα η σύμβαση για την κατασκευή νέας προβλήτας στο νότιο λιμάνι, '
     'με τις εργασίες να ξεκινούν τον Απρίλιο.</p>'
     '<p>Το έργο θα ολοκληρωθεί σε δεκαοκτώ μήνες, σύμφωνα με τον οργανισμό λιμένος.</p>'
     '<p>Οι ψαράδες της περιοχής ζητούν να μείνει ελεύθερος ο παλιός μώλος.</p></article></body></html>',
     {"published": "2019-03-07T09:20:00", "updated": "2019-03-07T11:05:00", "agencies": ["ANA-MPA"]},
     "a meta bar whose parts a middle dot joins: the date, the update's time alone, the source"),
    ("hsinchu-tea.html",
     '<!DOCTYPE html><html lang="zh-Hant"><head><meta charset="utf-8"><title>新竹東方美人茶開採</title>'
     '</head><body><div class="header"><span class="site">竹塹生活網</span>'
     '<span class="today">中華民國112年5月22日 星期一</span></div><div class="menu">首頁｜地方｜產業｜生活</div>'
     '<div class="article"><h1>新竹東方美人茶開採 茶農盼好價格</h1>'
     '<div class="info">新聞來源：中央社\u3000發布時間：112/05/22 10:18\u3000更新時間：112/05/22 12:40</div>'
     '<p>（中央社記者陳怡君新竹22日電）新竹縣北埔鄉的東方美人茶進入採收期，茶農趁著連日晴天清晨上山採茶，'
     '希望趕在梅雨季節來臨前完成第一批採收。</p>'
     '<p>鄉公所表示，今年春季氣溫穩定，茶葉生長情形良好，產量與去年相近，品質也維持一定水準，'
     '預計下月將在老街舉辦品茶活動，邀請民眾認識在地茶產業。</p>'
     '<p>一名在北埔種茶三十多年的茶農說，東方美人茶需要小綠葉蟬叮咬才有獨特香氣，所以不能噴灑農藥，'
     '照顧起來格外費工，只盼今年能賣到好價格。</p>'
     '<p>（編輯：王志明）1120522</p></div><div class="share">分享：Facebook｜LINE</div></body></html>',
     {"published": "2023-05-22T10:18:00", "updated": "2023-05-22T12:40:00", "agencies": ["CNA"]},
     "a Taiwanese site's source, release and update parted by ideographic spaces, in Minguo years "
     "(112 = 2023), under the page's own day"),
    ("kupang-ferry.txt",
     "Kapal feri baru layani rute Kupang-Rote mulai pekan depan\n\n"
     "Senin, 3 Februari 2025 11:05 WITA\n\n"
     "Kupang (ANTARA) - Dinas Perhubungan Nusa Tenggara Timur menyiapkan satu kapal feri baru "
     "untuk melayani penyeberangan antara Kupang dan Pulau Rote mulai pekan depan.\n\n"
     "Kepala dinas mengatakan jadwal keberangkatan akan ditambah menjadi dua kali sehari pada "
     "musim liburan sekolah.\n",
     {"published": "2025-02-03T11:05:00+08:00"},
     "an Indonesian page header with its weekday and the central zone"),
    ("medan-library.txt",
     "Perpustakaan keliling sambangi desa di pesisir timur\n\n"
     "Medan (ANTARA) - Pemerintah provinsi mengoperasikan enam mobil perpustakaan keliling yang "
     "akan mengunjungi desa-desa nelayan di pesisir timur setiap pekan.\n\n"
     "Setiap mobil membawa sekitar dua ribu buku anak dan bacaan populer.\n\n"
     "Pewarta: Rudi Hartanto Simbolon\nEditor: Wulan Prameswari\n"
     "Kamis, 14 November 2024 16:20 WIB\n",
     {"published": "2024-11-14T16:20:00+07:00"},
     "the same header line after the closing credits"),
    ("sharjah-books.txt",
     "مهرجان للكتاب في الشارقة يستقبل آلاف الزوار\n\n"
     "السبت، ٢٧ سبتمبر ٢٠٢٥ - ٠٤:١٠ م\n\n"
     "الشارقة في 27 سبتمبر / وام / افتتح مهرجان للكتاب أبوابه للزوار بمشاركة مئات دور النشر "
     "من دول عربية وأجنبية، ويستمر حتى نهاية الأسبوع المقبل.\n\n"
     "وقال المنظمون إن المهرجان يضم ورشا للأطفال وجلسات حوارية مع كتاب ورسامين.\n",
     {"published": "2025-09-27T16:10:00"},
     "Arabic-Indic digits and the p.m. letter"),
    ("madurai-market.txt",
     "மதுரையில் புதிய காய்கறி சந்தை திறப்பு\n\n"
     "ஜனவரி 14, 2025\n\n"
     "மதுரை நகரின் கிழக்குப் பகுதியில் புதிய காய்கறி சந்தை இன்று திறக்கப்பட்டது. இதில் இருநூறு கடைகள் "
     "உள்ளன என்று மாநகராட்சி அதிகாரிகள் தெரிவித்தனர்.\n",
     {"published": "2025-01-14"},
     "a Tamil paper's date line: the month's vowel signs and virama kept"),
    ("karachi-port.txt",
     "جمعرات 6 مارچ 2025\n\n"
     "کراچی کی بندرگاہ پر نئی کرینیں نصب\n\n"
     "کراچی کی بندرگاہ پر سامان اتارنے کے لیے چار نئی کرینیں نصب کر دی گئی ہیں، جس سے جہازوں کے انتظار "
     "کا وقت کم ہو جائے گا۔\n",
     {"published": "2025-03-06"},
     "an Urdu site's weekday and month above the headline"),
    ("tabriz-park.txt",
     "افتتاح بوستان جدید در شمال تبریز\n\n"
     "۱۸ تیر ۱۴۰۴، ۱۰:۴۰\n\n"
     "تبریز- ایرنا- شهردار تبریز گفت: بوستان جدید شمال شهر با زمین بازی کودکان و مسیر "
     "دوچرخه امروز به روی مردم باز شد.\n\n"
     "وی افزود: کاشت درختان بوستان تا پایان تابستان ادامه دارد.\n",
     {"published": "2025-07-09T10:40:00"},
     "an Iranian agency's Jalali date line, as the Gregorian day"),
    ("hue-bridge.txt",
     "Hue opens new pedestrian bridge over Perfume River\n\n"
     "Hue (VNA) – A pedestrian bridge linking the two banks of the Perfume River opened to the "
     "public on September 4, giving residents and visitors a shorter walk between the old "
     "citadel and the new town.\n\n"
     "The city said the bridge would be lit at night and closed to bicycles at weekends.\n\n"
     "VNA\nPublished: 04/09/2025 19:30\n",
     {"published": "2025-09-04T19:30:00"},
     "VNA's day-first footer, settled by the copy's 'September 4'"),
    ("kano-seeds.txt",
     "Kano opens seed depot for dry-season farmers\n\n"
     "Kano, August 12, 2025 (NAN) The state government has opened a seed depot to supply "
     "dry-season farmers with improved tomato and pepper varieties at subsidised prices.\n\n"
     "The commissioner said the depot would serve farmers from eleven local government areas.\n",
     {"published": "2025-08-12"},
     "a dateline's date at the first paragraph's start"),
    ("sharjah-fair.txt",
     "Sharjah book fair opens with record number of publishers\n\n"
     "SHARJAH, 2nd October, 2025 (WAM) -- The annual book fair opened on Thursday with more "
     "publishers than in any previous year, the organisers said.\n\n"
     "Visitors can attend readings and workshops in six halls until the end of next week.\n",
     {"published": "2025-10-02"},
     "an ordinal day in the dateline"),
    ("patras-port.txt",
     "Νέα αποβάθρα για τα κρουαζιερόπλοια στην Πάτρα\n\n"
     "Πέμπτη, 11 Σεπτεμβρίου 2025 19:20\n\n"
     "Ξεκινούν τον επόμενο μήνα οι εργασίες για τη νέα αποβάθρα κρουαζιερόπλοιων στο λιμάνι "
     "της Πάτρας, σύμφωνα με ανακοίνωση του οργανισμού λιμένος.\n\n"
     "Το έργο αναμένεται να ολοκληρωθεί σε δύο χρόνια.\n",
     {"published": "2025-09-11T19:20:00"},
     "a Greek header with the genitive month"),
    ("songkhla-market.txt",
     "Songkhla night market to reopen after renovation\n\n"
     "วันพุธที่ 9 กรกฎาคม 2568 (Wednesday, 9 July 2025) 11:30\n\n"
     "SONGKHLA, July 9 (Bernama) -- A popular night market in southern Thailand will reopen "
     "next week after a three-month renovation of its stalls and drainage.\n\n"
     "Traders said they expected more visitors from across the border during the school holidays.\n",
     {"published": "2025-07-09T11:30:00"},
     "the Gregorian date in brackets after the Buddhist-era one"),
    ("riga-tram.txt",
     "Rīgā sāks kursēt jauni tramvaji\n\n"
     "Trešdiena, 2025. gada 9. septembris, 08:30\n\n"
     "Rīga, 9. septembris, LETA. Nākamnedēļ Rīgas ielās sāks kursēt pirmie no jaunajiem "
     "zemās grīdas tramvajiem, pavēstīja satiksmes uzņēmumā.\n\n"
     "Kopumā pilsēta saņems divdesmit jaunus vagonus.\n",
     {"published": "2025-09-09T08:30:00"},
     "Latvian: year, 'gada', day, month"),
    ("jeddah-port.html",
     "<!DOCTYPE html><html lang=\"ar\"><head><meta charset=\"utf-8\">"
     "<title>ميناء جدة يستقبل أكبر سفينة حاويات هذا العام</title></head><body>"
     "<div class=\"bar\"><span>الثلاثاء 8 ذو القعدة 1446هـ - 6 مايو 2025م</span> <a href=\"/e\">العدد الرقمي</a></div>"
     "<nav><a href=\"/a\">محليات</a> <a href=\"/b\">اقتصاد</a> <a href=\"/c\">رياضة</a></nav>"
     "<article><h1>ميناء جدة يستقبل أكبر سفينة حاويات هذا العام</h1>"
     "<p>جدة - واس</p>"
     "<p>استقبل ميناء جدة الإسلامي صباح اليوم أكبر سفينة حاويات ترسو فيه منذ بداية العام، "
     "في إطار خطة لزيادة الطاقة الاستيعابية للميناء وتسريع مناولة البضائع.</p>"
     "<p>وقالت إدارة الميناء إن السفينة تحمل أكثر من عشرين ألف حاوية متجهة إلى أسواق المنطقة.</p>"
     "</article><footer>© 2025 الصحيفة</footer></body></html>\n",
     {"published": "2025-05-06"},
     "a Saudi paper's Hijri date beside the Gregorian over its headline, a link after them: "
     "the Gregorian day, not the footer's year as 1 January"),
    ("harbour-notice.html",
     "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
     "<title>Harbour board approves new pilot boats</title></head><body>"
     "<article><h1>Harbour board approves new pilot boats</h1>"
     "<p>The harbour board approved the purchase of two pilot boats on Tuesday, replacing a pair "
     "that have served the port for more than thirty years.</p>"
     "<p>The boats are to be built at a yard on the east coast and delivered within eighteen months.</p>"
     "</article><footer>© 2025 Coastal Courier. All rights reserved.</footer></body></html>\n",
     {"published": None},
     "a page that shows no day: the copyright year is no publication date"),
    ("xinhua-record-1998.txt",
     "【新华社 1998-07-02】\n"
     "标题：武汉长江二桥通车两年车流量翻番\n"
     "正文：\n"
     "　　新华社武汉７月２日电　武汉市交通部门今天说，长江二桥通车两年来，日均车流量已比开通之初增加一倍，"
     "市区过江交通压力明显缓解。\n"
     "　　据介绍，有关部门正在研究在桥头增设匝道的方案。（完）\n",
     {"published": "1998-07-02"},
     "a Xinhua archive record: the agency and its date in lenticular brackets"),
    ("yonhap-record-1995.txt",
     "[연합뉴스 1995-11-20 09:05]\n"
     "부산항 컨테이너 처리량 사상 최대\n\n"
     "(釜山=聯合) 올해 부산항의 컨테이너 처리량이 처음으로 400만개를 넘어설 것으로 보인다.\n\n"
     "부산지방해운항만청은 20일 이같이 밝혔다.\n\n(끝)\n",
     {"published": "1995-11-20T09:05:00"},
     "a Yonhap archive record: the agency, its date and time in square brackets"),
    ("cna-portal-share.txt",
     "高雄輕軌環狀線全線通車　首週搭乘人次破十萬\n\n"
     "中央社\n"
     "2025年2月4日 週二 下午3:05\n\n"
     "（中央社記者林志明高雄4日電）高雄輕軌環狀線全線通車第一週，搭乘人次已突破十萬，"
     "市府表示將在尖峰時段加開班次。\n\n"
     "捷運局指出，部分路口的號誌秒數也將重新調整。（編輯：陳怡君）\n",
     {"published": "2025-02-04T15:05:00"},
     "a Taiwanese portal's date, its weekday written out, then a p.m. time"),
    ("spa-closing-time.txt",
     "Saudi Arabia Opens Registration for Seasonal Farm Workers\n\n"
     "Riyadh, Dhu al-Qadah 2, 1446, April 30, 2025, SPA -- The Ministry of Environment, Water and "
     "Agriculture opened registration for seasonal farm workers for the summer harvest on Wednesday.\n\n"
     "Farms may apply through the ministry's platform until the end of May.\n\n"
     "--SPA\n"
     "17:40 LOCAL TIME 14:40 GMT\n",
     {"published": "2025-04-30T14:40:00+00:00"},
     "SPA's closing line of the local time and GMT's: the dateline's day at GMT's time"),
    ("thai-ferry.txt",
     "เชียงใหม่เพิ่มรถโดยสารไฟฟ้าเส้นทางสนามบิน\n\n"
     "วันจันทร์ที่ 3 มีนาคม พ.ศ. 2568 เวลา 09.15 น.\n\n"
     "เทศบาลนครเชียงใหม่เปิดให้บริการรถโดยสารไฟฟ้าเส้นทางใหม่ระหว่างสนามบินกับตัวเมือง "
     "โดยจะวิ่งทุก 20 นาทีตั้งแต่เช้าจนถึงสี่ทุ่ม\n\n"
     "ผู้โดยสารสามารถชำระค่าโดยสารด้วยบัตรหรือสแกนคิวอาร์โค้ด\n\n"
     "ปีที่แล้วมีผู้ใช้บริการรถโดยสารของเทศบาลรวมกว่า 2.4 ล้านเที่ยว – สำนักข่าวไทย\n",
     {"published": "2025-03-03T09:15:00", "cities": []},
     "a Thai date line in full: the Buddhist era's mark before the year, 'at' and the hour's mark; "
     "a closing count before the agency's credit ('2.4 ล้าน', 2.4 million) is no dateline's date"),
    ("thai-closing-count.html",
     "<html lang=\"th\"><head><title>ขอนแก่นเปิดศูนย์พักคอยผู้ป่วยไตแห่งใหม่</title></head><body><article>"
     "<h1>ขอนแก่นเปิดศูนย์พักคอยผู้ป่วยไตแห่งใหม่</h1>"
     "<div class=\"meta\"><span>12 มี.ค. 2567</span> – <span>10:05 น.</span></div><div class=\"content\">"
     "<p>ขอนแก่น 12 มี.ค.- โรงพยาบาลศูนย์ขอนแก่นเปิดศูนย์พักคอยสำหรับผู้ป่วยโรคไตที่ต้องฟอกเลือดเป็นประจำ "
     "เพื่อลดภาระการเดินทางของผู้ป่วยจากอำเภอรอบนอก</p>"
     "<p>ผู้อำนวยการโรงพยาบาลกล่าวว่าศูนย์แห่งนี้มีเตียงรองรับได้ 60 เตียง และมีรถรับส่งผู้ป่วยทุกวัน</p>"
     "<p>ทั้งนี้ทางโรงพยาบาลยังมีแผนขยายบริการไปยังจังหวัดใกล้เคียงอีกกว่า 4 แห่ง ในปีงบประมาณถัดไป.-สำนักข่าวไทย</p>"
     "</div></article></body></html>\n",
     {"cities": ["ขอนแก่น"], "agencies": ["TNA"]},
     "a Thai page's last sentence, a count then TNA's closing credit, is no dateline (a run of Thai "
     "words longer than any place's name); the dateline opens the first paragraph"),
    ("haifa-port.txt",
     "נמל חיפה יפעל גם בלילות בתקופת החגים\n\n"
     "ההחלטה התקבלה לאחר עומס חריג במסופים\n\n"
     "ט״ו בשבט תשפ״ה, 13/02/25 09:10\n\n"
     "הנהלת נמל חיפה הודיעה כי המסופים יפעלו גם בשעות הלילה בחודש הקרוב, כדי לקצר את זמני ההמתנה "
     "של האוניות מול החוף.\n\n"
     "לדברי ההנהלה, בשבועות האחרונים המתינו חלק מהאוניות יותר משלושה ימים לפריקה.\n",
     {"published": "2025-02-13T09:10:00"},
     "an Israeli page's Hebrew-calendar date, then the Gregorian with a two-digit year"),
    ("surat-diamonds.txt",
     "સુરતના હીરા ઉદ્યોગમાં નવા ઓર્ડર વધ્યા\n\n"
     "પ્રકાશિત: ૫ માર્ચ, ૨૦૨૫ ૧૧:૧૫ AM\n\n"
     "સુરતના હીરા વેપારીઓએ જણાવ્યું કે છેલ્લા બે અઠવાડિયામાં યુરોપથી નવા ઓર્ડર આવ્યા છે અને "
     "કારખાનાઓમાં કામના કલાકો વધારવામાં આવ્યા છે.\n\n"
     "વેપારી સંગઠને કહ્યું કે આ માંગ ઉનાળા સુધી ટકી રહેવાની આશા છે.\n",
     {"published": "2025-03-05T11:15:00"},
     "a Gujarati site's 'published' label, month and digits"),
    ("kolkata-trams.txt",
     "কলকাতায় ট্রামের নতুন রুট চালু হচ্ছে\n\n"
     "শেষ আপডেট: ৩ মার্চ ২০২৫ ১০:০৫\n\n"
     "শহরের দক্ষিণ অংশে ট্রামের একটি নতুন রুট চালু করার সিদ্ধান্ত নিয়েছে পরিবহণ দফতর। "
     "প্রথম মাসে সকাল ও সন্ধ্যায় পরীক্ষামূলক ভাবে ট্রাম চলবে।\n\n"
     "যাত্রীদের সাড়া দেখে পরে সময়সূচি বাড়ানো হতে পারে।\n",
     {"updated": "2025-03-03T10:05:00"},
     "a Bangla page's only stamp is its last update"),
    ("almaty-metro.txt",
     "Алматы метросының жаңа бекеті ашылды\n\n"
     "5 Сәуір 2025 16:40\n\n"
     "Алматы метросының жаңа бекеті жолаушыларды қабылдай бастады. Қала әкімдігінің айтуынша, "
     "бекет күн сайын он мыңға жуық адамға қызмет көрсетеді.\n\n"
     "Келесі бекеттің құрылысы биыл күзде аяқталмақ.\n",
     {"published": "2025-04-05T16:40:00"},
     "a Kazakh site's stamp, its month in Cyrillic"),
    ("ganja-bridge.txt",
     "Gəncədə yeni körpü istifadəyə verilib\n\n"
     "5 dekabr 2018 09:41\n\n"
     "Gəncə şəhərində Kürəkçay üzərində yeni körpü istifadəyə verilib. Körpünün uzunluğu yüz iyirmi "
     "metrdir və onun tikintisi on dörd ay çəkib.\n\n"
     "Körpüdən gündə beş min avtomobil keçəcək.\n",
     {"published": "2018-12-05T09:41:00"},
     "an Azerbaijani site's stamp, its month in the Latin alphabet"),
    ("novi-sad-bus.txt",
     "Novi Sad dobija nove autobuse\n\nČetvrtak, 12.06.2014. | 09:10 -> 11:45\n\n"
     "NOVI SAD -- Gradsko saobraćajno preduzeće u Novom Sadu dobiće do kraja godine dvadeset novih autobusa, "
     "izjavio je danas direktor preduzeća.\n\nAutobusi će voziti na linijama prema naseljima.\n",
     {"published": "2014-06-12T09:10:00", "updated": "2014-06-12T11:45:00"},
     "a Serbian portal's stamp: the time, an arrow, the time of the update"),
    ("tabriz-metro.txt",
     "خط دوم متروی تبریز تا پایان سال افتتاح می‌شود\n\n۱۴۰۲/۱۲/۱۵ - ۰۹:۲۰\n\n"
     "به گزارش خبرنگار ما از تبریز، مدیرعامل قطار شهری تبریز امروز گفت که خط دوم مترو تا پایان سال "
     "به بهره‌برداری می‌رسد.\n\nاین خط دوازده ایستگاه دارد.\n",
     {"published": "2024-03-05T09:20:00"},
     "an Iranian agency's stamp: the Solar Hijri date in Persian figures, year first"),
    ("battambang-rice.txt",
     "ខេត្តបាត់ដំបង​នាំចេញ​អង្ករ​កើនឡើង\n\n"
     "ថ្ងៃច័ន្ទ ទី៣ ខែមីនា ឆ្នាំ២០២៥ ម៉ោង ០៨:១៥\n\n"
     "មន្ទីរកសិកម្មខេត្តបាត់ដំបង​បាន​ឱ្យ​ដឹង​ថា ការ​នាំចេញ​អង្ករ​ក្នុង​ត្រីមាស​ទី​មួយ​បាន​កើនឡើង​ច្រើន​ជាង​ឆ្នាំ​មុន។\n\n"
     "កសិករ​រំពឹង​ថា​តម្លៃ​ស្រូវ​នឹង​នៅ​ថេរ​រហូត​ដល់​រដូវ​វស្សា។\n",
     {"published": "2025-03-03T08:15:00"},
     "a Khmer date line: Khmer digits, the day, month and year marks glued to their parts"),
    ("vientiane-market.txt",
     "ນະຄອນຫຼວງວຽງຈັນ ເປີດຕະຫຼາດກະສິກຳໃໝ່\n\n"
     "ວັນທີ ໕ ເມສາ ໒໐໒໕ ເວລາ ໑໔:໐໐\n\n"
     "ຕະຫຼາດກະສິກຳແຫ່ງໃໝ່ ໄດ້ເປີດໃຫ້ບໍລິການແລ້ວ ເພື່ອໃຫ້ຊາວກະສິກອນນຳຜະລິດຕະພັນມາຂາຍໂດຍກົງ.\n\n"
     "ເຈົ້າໜ້າທີ່ກ່າວວ່າ ຕະຫຼາດຈະເປີດທຸກວັນ ແຕ່ເຊົ້າຫາແລງ.\n",
     {"published": "2025-04-05T14:00:00"},
     "a Lao date line: Lao digits and month, 'date' and 'at'"),
    ("cebu-ferries.txt",
     "NATION / VISAYAS\n\n"
     "Fast craft trips to Bohol resume after storm\n\n"
     "By: Inquirer Visayas - @inquirerdotnet\n"
     "Cebu Daily News / 07:20 AM October 09, 2024\n\n"
     "Sea trips between Cebu and Bohol resumed early Wednesday after the coast guard lifted a ban "
     "on small vessels that had kept hundreds of passengers at the ports for two days.\n\n"
     "Port officials said extra trips would run until the backlog cleared.\n",
     {"published": "2024-10-09T07:20:00"},
     "a Philippine page's outlet, a slash, then the time before the date"),
    ("sydney-wheat.txt",
     "AAP GEN 0330\nNSW WHEAT\n\nWheat growers brace for a dry finish\n\n"
     "SYDNEY, Oct 7 AAP - Wheat growers in the state's north were bracing for a smaller harvest after "
     "the driest September in a decade, the grain board said today.\n\n"
     "The board cut its forecast by 400,000 tonnes.\n\n"
     "AAP ab/cd\n\n"
     "AAP 071422 AEST Oct 97\n",
     {"published": "1997-10-07T14:22:00+10:00", "agencies": ["AAP"]},
     "AAP's closing teletype stamp dates the story to the minute"),
    ("lucknow-metro.txt",
     "लखनऊ मेट्रो का नया रूट जून से शुरू होगा\n\n"
     "अपडेट: 14 मई 2024, 09:40 IST\n\n"
     "लखनऊ, 14 मई (भाषा) शहर में मेट्रो के दूसरे चरण का काम लगभग पूरा हो गया है और नया रूट "
     "अगले महीने से यात्रियों के लिए खुल जाएगा।\n\n"
     "अधिकारियों ने बताया कि नए रूट पर आठ स्टेशन होंगे।\n",
     {"updated": "2024-05-14T09:40:00+05:30", "cities": ["लखनऊ"]},
     "Hindi May, a month's full name of two letters, in the page's stamp"),
    ("iloilo-ferry.txt",
     "Philippine News Agency  |  Balita\n\n"
     "Bagong ruta ng barko sa Iloilo, bubuksan sa susunod na buwan\n\n"
     "Hulyo 22, 2024\n\n"
     "Ni Maria Santos\n\n"
     "ILOILO CITY, Hul. 22 (PNA) -- Magbubukas ang pamahalaang panlalawigan ng bagong ruta ng barko "
     "papuntang Guimaras sa susunod na buwan, ayon sa tanggapan ng gobernador.\n\n"
     "Dalawang biyahe bawat araw ang nakatakda sa simula.\n",
     {"published": "2024-07-22", "cities": ["Iloilo City"]},
     "a Filipino month on the page's date line (PNA's Tagalog copy)"),
]


parsed, test_story_fields_through_the_cli = cli_field_tests(STORIES, "stories")

