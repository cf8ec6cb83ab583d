"""Per-language table tests for page furniture: what a news page copied or saved as text
carries around an agency story, in the page's own language, as sites word it. The reading
time and the audio player under the headline ("3 min read", "Lesezeit: 3 Min.", "Listen to
this article"); the share, print, e-mail, copy-link and text-size buttons; "Follow us on
...", newsletter, app, login, subscription and paywall lines; "Advertisement" and the
cookie notice, "Skip to content" and the breadcrumbs over the headline ("Home > World >
Europe"); a gallery's counter ("Photo 1 of 12"); and under the copy "Most read",
"Related", the comment count. Written language by language from what each language's sites
print, not from misses, so that the vocabularies (vocab.BOILERPLATE_LINES,
BOILERPLATE_STARTS, RELATED_LINKS_LABELS, END_MARKERS, ...) and clean.READING_TIME_RE
hold every language's forms.

Each row is ((language, above, between, below), expected, why): the lines "above" are set
over the headline, the lines "between" under it (over the byline and the date line), the
lines "below" under the copy and its closing credit. None may become the title, a reporter
or the date, nor hide the real ones. Every story, line and name is invented."""
from __future__ import annotations

from indexer.pipeline import parse_text
from tablerows import rows as _rows

PUBLISHED = "2024-10-09T16:40:00"

# language -> (title, date line of 9 October 2024 16:40 as the language writes it, dateline
# paragraph, one more paragraph, byline, where the byline stands ("above" the date line or
# "below" the copy), the reporter it names)
STORIES = {
    "en": ("Harbour city reopens its swing bridge after two-year repair", "9 October 2024 16:40",
           "PORTSMOUTH – The city reopened its Victorian swing bridge to traffic on Wednesday after a "
           "two-year repair that cost more than expected. Engineers replaced the turning gear and most "
           "of the deck.",
           "Cyclists will share a widened lane with buses from next month.",
           "By Martin Oakhurst", "above", "Martin Oakhurst"),
    "fr": ("Annecy rouvre son vieux pont après deux ans de travaux", "09/10/2024 16:40",
           "ANNECY – La ville a rouvert mercredi à la circulation son vieux pont de pierre après deux ans "
           "de travaux plus coûteux que prévu. Les ingénieurs ont remplacé la quasi-totalité du tablier.",
           "Les cyclistes disposeront d'une voie élargie dès le mois prochain.",
           "Par Hélène Vaudrey", "above", "Hélène Vaudrey"),
    "de": ("Passau öffnet seine alte Innbrücke nach zwei Jahren Sanierung wieder", "09.10.2024, 16:40 Uhr",
           "PASSAU – Die Stadt hat ihre alte Innbrücke am Mittwoch nach zweijähriger Sanierung wieder für "
           "den Verkehr freigegeben. Die Arbeiten dauerten länger und kosteten mehr als geplant.",
           "Radfahrer bekommen ab dem kommenden Monat eine breitere Spur.",
           "Von Katrin Obermaier", "above", "Katrin Obermaier"),
    "es": ("Logroño reabre su viejo puente de piedra tras dos años de obras", "09/10/2024 16:40",
           "LOGROÑO – El ayuntamiento reabrió este miércoles al tráfico el viejo puente de piedra tras dos "
           "años de obras que costaron más de lo previsto. Los ingenieros sustituyeron casi todo el tablero.",
           "Los ciclistas contarán con un carril más ancho a partir del mes que viene.",
           "Por Marta Echevarría Solís", "above", "Marta Echevarría Solís"),
    "pt": ("Coimbra reabre ponte antiga após dois anos de obras", "09/10/2024 16:40",
           "COIMBRA – A câmara municipal reabriu nesta quarta-feira ao trânsito a ponte antiga, depois de "
           "dois anos de obras que custaram mais do que o previsto. Os engenheiros substituíram quase todo "
           "o tabuleiro.",
           "Os ciclistas terão uma faixa mais larga a partir do próximo mês.",
           "Por Joana Figueiredo", "above", "Joana Figueiredo"),
    "it": ("Verona riapre il vecchio ponte dopo due anni di lavori", "09/10/2024 16:40",
           "VERONA – Il comune ha riaperto mercoledì al traffico il vecchio ponte in pietra dopo due anni "
           "di lavori costati più del previsto. Gli ingegneri hanno sostituito quasi tutto l'impalcato.",
           "I ciclisti avranno una corsia più larga dal mese prossimo.",
           "di Giulia Ferraresi", "above", "Giulia Ferraresi"),
    "nl": ("Deventer heropent oude brug na twee jaar werk", "9 oktober 2024 16:40",
           "DEVENTER – De gemeente heeft woensdag de oude stenen brug na twee jaar werk weer opengesteld "
           "voor verkeer. De renovatie duurde langer en kostte meer dan gepland.",
           "Fietsers krijgen vanaf volgende maand een bredere strook.",
           "Door Pieter Hoogland", "above", "Pieter Hoogland"),
    "sv": ("Uppsala öppnar den gamla bron igen efter två års arbete", "9 oktober 2024 16:40",
           "UPPSALA – Kommunen öppnade på onsdagen den gamla stenbron för trafik igen efter två års "
           "renovering. Arbetet tog längre tid och kostade mer än beräknat.",
           "Cyklister får ett bredare körfält från nästa månad.",
           "Av Linnea Sjöberg", "above", "Linnea Sjöberg"),
    "da": ("Odense genåbner den gamle bro efter to års arbejde", "9. oktober 2024 kl. 16.40",
           "ODENSE – Kommunen genåbnede onsdag den gamle stenbro for trafik efter to års renovering. "
           "Arbejdet tog længere tid og kostede mere end ventet.",
           "Cyklister får en bredere bane fra næste måned.",
           "Af Sofie Lindholm", "above", "Sofie Lindholm"),
    "nb": ("Drammen åpner den gamle brua igjen etter to års arbeid", "09.10.2024 16:40",
           "DRAMMEN – Kommunen åpnet onsdag den gamle steinbrua for trafikk igjen etter to års "
           "rehabilitering. Arbeidet tok lengre tid og kostet mer enn planlagt.",
           "Syklister får et bredere felt fra neste måned.",
           "Tekst: Ingvild Haugen", "above", "Ingvild Haugen"),
    "fi": ("Turku avaa vanhan sillan uudelleen kahden vuoden työn jälkeen", "9.10.2024 16:40",
           "TURKU – Kaupunki avasi keskiviikkona vanhan kivisillan uudelleen liikenteelle kahden vuoden "
           "korjauksen jälkeen. Työ kesti suunniteltua kauemmin ja maksoi enemmän.",
           "Pyöräilijät saavat leveämmän kaistan ensi kuusta alkaen.",
           "Teksti: Sanna Lehtonen", "below", "Sanna Lehtonen"),
    "pl": ("Toruń ponownie otwiera stary most po dwóch latach remontu", "09.10.2024 16:40",
           "TORUŃ – Miasto w środę ponownie otworzyło dla ruchu stary kamienny most po dwóch latach "
           "remontu. Prace trwały dłużej i kosztowały więcej, niż planowano.",
           "Rowerzyści od przyszłego miesiąca dostaną szerszy pas.",
           "Autor: Agnieszka Zielińska", "below", "Agnieszka Zielińska"),
    "cs": ("Olomouc po dvou letech opravy znovu otevírá starý most", "9. 10. 2024 16:40",
           "OLOMOUC – Město ve středu po dvou letech opravy znovu otevřelo starý kamenný most pro dopravu. "
           "Práce trvaly déle a stály víc, než se plánovalo.",
           "Cyklisté dostanou od příštího měsíce širší pruh.",
           "Autor: Lucie Procházková", "below", "Lucie Procházková"),
    "sk": ("Trnava po dvoch rokoch opravy znovu otvára starý most", "09.10.2024 16:40",
           "TRNAVA – Mesto v stredu po dvoch rokoch opravy znovu otvorilo starý kamenný most pre dopravu. "
           "Práce trvali dlhšie a stáli viac, ako sa plánovalo.",
           "Cyklisti dostanú od budúceho mesiaca širší pruh.",
           "Autor: Veronika Kováčová", "below", "Veronika Kováčová"),
    "hu": ("Győr két év felújítás után újra megnyitja a régi hidat", "2024. október 9. 16:40",
           "GYŐR – A város szerdán két év felújítás után újra megnyitotta a forgalom előtt a régi kőhidat. "
           "A munka tovább tartott és többe került a tervezettnél.",
           "A kerékpárosok a jövő hónaptól szélesebb sávot kapnak.",
           "Szerző: Kovács Dóra", "below", "Kovács Dóra"),
    "ro": ("Sibiu redeschide podul vechi după doi ani de lucrări", "09.10.2024, 16:40",
           "SIBIU – Primăria a redeschis miercuri circulației podul vechi de piatră după doi ani de lucrări. "
           "Reparațiile au durat mai mult și au costat mai mult decât se estimase.",
           "Bicicliștii vor avea o bandă mai lată de luna viitoare.",
           "Autor: Ioana Dumitrescu", "below", "Ioana Dumitrescu"),
    "bg": ("Русе отново отваря стария мост след две години ремонт", "09.10.2024 16:40",
           "РУСЕ – Общината отвори в сряда отново за движение стария каменен мост след двугодишен ремонт. "
           "Работата продължи по-дълго и струваше повече от планираното.",
           "Велосипедистите ще получат по-широка лента от следващия месец.",
           "Автор: Галина Стоянова", "below", "Галина Стоянова"),
    "hr": ("Osijek nakon dvije godine radova ponovno otvara stari most", "09.10.2024. 16:40",
           "OSIJEK – Grad je u srijedu nakon dvije godine obnove ponovno otvorio stari kameni most za promet. "
           "Radovi su trajali dulje i stajali više nego što je planirano.",
           "Biciklisti će od idućeg mjeseca dobiti širu traku.",
           "Autorica: Petra Babić", "below", "Petra Babić"),
    "sr": ("Kragujevac posle dve godine radova ponovo otvara stari most", "09.10.2024. 16:40",
           "KRAGUJEVAC – Grad je u sredu posle dve godine obnove ponovo otvorio stari kameni most za "
           "saobraćaj. Radovi su trajali duže i koštali više nego što je planirano.",
           "Biciklisti će od sledećeg meseca dobiti širu traku.",
           "Autor: Nemanja Stojanović", "below", "Nemanja Stojanović"),
    "sl": ("Celje po dveh letih del znova odpira stari most", "9. 10. 2024 16:40",
           "CELJE – Mestna občina je v sredo po dveh letih obnove znova odprla stari kamniti most za promet. "
           "Dela so trajala dlje in stala več, kot je bilo načrtovano.",
           "Kolesarji bodo od prihodnjega meseca dobili širši pas.",
           "Avtor: Tina Kovačič", "below", "Tina Kovačič"),
    "el": ("Τα Ιωάννινα ανοίγουν ξανά την παλιά γέφυρα μετά από δύο χρόνια εργασιών", "09/10/2024 16:40",
           "ΙΩΑΝΝΙΝΑ – Ο δήμος άνοιξε ξανά την Τετάρτη στην κυκλοφορία την παλιά πέτρινη γέφυρα μετά από "
           "δύο χρόνια επισκευών. Οι εργασίες κράτησαν περισσότερο και κόστισαν περισσότερα από τα "
           "προβλεπόμενα.",
           "Οι ποδηλάτες θα έχουν φαρδύτερη λωρίδα από τον επόμενο μήνα.",
           "Συντάκτης: Ελένη Παπαδάκη", "below", "Ελένη Παπαδάκη"),
    "ru": ("Ярославль после двух лет ремонта вновь открыл старый мост", "09.10.2024 16:40",
           "ЯРОСЛАВЛЬ – Городские власти в среду после двухлетнего ремонта вновь открыли для движения "
           "старый каменный мост. Работы заняли больше времени и обошлись дороже, чем планировалось.",
           "Велосипедисты со следующего месяца получат более широкую полосу.",
           "Автор: Наталья Громова", "below", "Наталья Громова"),
    "uk": ("Вінниця після двох років ремонту знову відкрила старий міст", "09.10.2024 16:40",
           "ВІННИЦЯ – Міська влада в середу після дворічного ремонту знову відкрила для руху старий "
           "кам'яний міст. Роботи тривали довше й коштували більше, ніж планувалося.",
           "Велосипедисти з наступного місяця отримають ширшу смугу.",
           "Автор: Оксана Мельник", "below", "Оксана Мельник"),
    "tr": ("Bursa iki yıllık onarımın ardından eski köprüyü yeniden açtı", "09.10.2024 16:40",
           "BURSA – Büyükşehir belediyesi çarşamba günü iki yıllık onarımın ardından eski taş köprüyü "
           "yeniden trafiğe açtı. Çalışmalar planlanandan uzun sürdü ve daha pahalıya mal oldu.",
           "Bisikletliler gelecek aydan itibaren daha geniş bir şeritte ilerleyecek.",
           "Muhabir: Selin Aydın", "below", "Selin Aydın"),
    "ar": ("حمص تعيد فتح الجسر القديم بعد عامين من الترميم", "09/10/2024 16:40",
           "حمص – أعادت بلدية المدينة يوم الأربعاء فتح الجسر الحجري القديم أمام حركة السير بعد عامين من "
           "الترميم. واستغرقت الأعمال وقتا أطول وكلفت أكثر مما كان مقررا.",
           "وسيحصل راكبو الدراجات على مسار أعرض اعتبارا من الشهر المقبل.",
           "بقلم: رنا الخطيب", "above", "رنا الخطيب"),
    "fa": ("یزد پل قدیمی را پس از دو سال مرمت بازگشایی کرد", "۱۸ مهر ۱۴۰۳ - ۱۶:۴۰",
           "یزد – شهرداری روز چهارشنبه پل سنگی قدیمی را پس از دو سال مرمت دوباره به روی خودروها باز کرد. "
           "این کار بیش از برنامه طول کشید و هزینه بیشتری داشت.",
           "دوچرخه‌سواران از ماه آینده خط عریض‌تری خواهند داشت.",
           "نویسنده: زهرا کریمی", "below", "زهرا کریمی"),
    "he": ("עכו פותחת מחדש את הגשר הישן אחרי שנתיים של שיפוץ", "09.10.2024 16:40",
           "עכו – העירייה פתחה מחדש ביום רביעי לתנועה את גשר האבן הישן אחרי שנתיים של שיפוץ. העבודות "
           "נמשכו זמן רב מהמתוכנן ועלו יותר.",
           "רוכבי האופניים יקבלו נתיב רחב יותר מהחודש הבא.",
           "מאת: יעל שושן", "above", "יעל שושן"),
    "hi": ("उदयपुर ने दो साल की मरम्मत के बाद पुराना पुल फिर खोला", "9 अक्टूबर 2024, 16:40",
           "उदयपुर – नगर निगम ने बुधवार को दो साल की मरम्मत के बाद पुराने पत्थर के पुल को फिर से यातायात "
           "के लिए खोल दिया। काम तय समय से ज़्यादा चला और लागत भी बढ़ गई।",
           "अगले महीने से साइकिल सवारों को चौड़ी लेन मिलेगी।",
           "लेखक: सुनीता मेहरा", "below", "सुनीता मेहरा"),
    "bn": ("সিলেটে দুই বছর সংস্কারের পর পুরোনো সেতু আবার খুলল", "৯ অক্টোবর ২০২৪, ১৬:৪০",
           "সিলেট – সিটি করপোরেশন বুধবার দুই বছর সংস্কারের পর পুরোনো পাথরের সেতুটি আবার যান চলাচলের জন্য "
           "খুলে দিয়েছে। কাজ পরিকল্পনার চেয়ে বেশি সময় নিয়েছে এবং খরচও বেড়েছে।",
           "আগামী মাস থেকে সাইকেল আরোহীরা চওড়া লেন পাবেন।",
           "প্রতিবেদক: ফারহানা ইসলাম", "below", "ফারহানা ইসলাম"),
    "id": ("Malang buka kembali jembatan tua setelah dua tahun perbaikan", "09/10/2024 16:40",
           "MALANG – Pemerintah kota pada Rabu membuka kembali jembatan batu tua untuk lalu lintas setelah "
           "dua tahun perbaikan. Pekerjaan itu berlangsung lebih lama dan menelan biaya lebih besar dari "
           "rencana.",
           "Pesepeda akan mendapat lajur yang lebih lebar mulai bulan depan.",
           "Penulis: Dewi Anggraini", "below", "Dewi Anggraini"),
    "ms": ("Melaka buka semula jambatan lama selepas dua tahun kerja baik pulih", "09/10/2024 16:40",
           "MELAKA – Majlis bandar raya pada Rabu membuka semula jambatan batu lama kepada lalu lintas "
           "selepas dua tahun kerja baik pulih. Kerja itu mengambil masa lebih lama dan kos lebih tinggi "
           "daripada dirancang.",
           "Penunggang basikal akan mendapat lorong lebih lebar mulai bulan depan.",
           "Oleh Siti Hajar Kamaruddin", "above", "Siti Hajar Kamaruddin"),
    "vi": ("Huế mở lại cây cầu cổ sau hai năm sửa chữa", "09/10/2024 16:40",
           "HUẾ – Chính quyền thành phố hôm thứ Tư đã mở lại cây cầu đá cổ cho xe cộ qua lại sau hai năm "
           "sửa chữa. Công trình kéo dài hơn dự kiến và tốn kém hơn.",
           "Người đi xe đạp sẽ có làn đường rộng hơn từ tháng tới.",
           "Tác giả: Nguyễn Thu Hà", "below", "Nguyễn Thu Hà"),
    "th": ("เชียงรายเปิดสะพานเก่าอีกครั้งหลังซ่อมแซมสองปี", "9 ต.ค. 2567 16:40",
           "เชียงราย – เทศบาลเปิดสะพานหินเก่าให้รถสัญจรอีกครั้งเมื่อวันพุธ หลังการซ่อมแซมนานสองปี "
           "งานใช้เวลานานและงบประมาณสูงกว่าที่วางแผนไว้",
           "ผู้ขี่จักรยานจะได้ช่องทางที่กว้างขึ้นตั้งแต่เดือนหน้า",
           "ผู้เขียน: สุภาพร ทองดี", "below", "สุภาพร ทองดี"),
    "zh": ("苏州老石桥修缮两年后重新通车", "2024-10-09 16:40",
           "苏州市政府周三宣布，经过两年修缮的老石桥重新向车辆开放。工程耗时比计划更长，花费也超出预算。",
           "从下个月起，骑车人将拥有更宽的车道。",
           "作者：周晓雯", "below", "周晓雯"),
    "ja": ("松本市、古い石橋を2年ぶりに再開通", "2024年10月9日 16:40",
           "松本市は9日、2年間の改修工事を終えた古い石橋を車両に再び開放した。工事は予定より長引き、費用も膨らんだ。",
           "来月からは自転車用の車線も広くなる。",
           "（文・山口美咲）", "below", "山口美咲"),
    "ko": ("전주시, 옛 돌다리 2년 만에 재개통", "2024.10.09 16:40",
           "전주시는 9일 2년간의 보수 공사를 마친 옛 돌다리를 차량 통행에 다시 개방했다고 밝혔다. 공사는 예정보다 "
           "길어졌고 비용도 늘었다.",
           "다음 달부터 자전거 이용자는 더 넓은 차로를 쓸 수 있다.",
           "이지현 기자", "above", "이지현"),
    "sw": ("Mwanza yafungua tena daraja la zamani baada ya miaka miwili ya ukarabati", "09.10.2024 16:40",
           "MWANZA – Halmashauri ya jiji Jumatano ilifungua tena daraja la zamani la mawe kwa magari baada "
           "ya miaka miwili ya ukarabati. Kazi hiyo ilichukua muda mrefu na gharama zaidi ya ilivyopangwa.",
           "Waendesha baiskeli watapata njia pana kuanzia mwezi ujao.",
           "Na Rehema Juma Salim", "above", "Rehema Juma Salim"),
    "ca": ("Girona reobre el pont vell després de dos anys d'obres", "09/10/2024 16:40",
           "GIRONA – L'ajuntament va reobrir dimecres al trànsit el vell pont de pedra després de dos anys "
           "d'obres. Els treballs s'han allargat i han costat més del previst.",
           "Els ciclistes tindran un carril més ample a partir del mes vinent.",
           "Montserrat Vilaró", "above", "Montserrat Vilaró"),
    "eu": ("Tolosak zubi zaharra berriro ireki du bi urteko obren ondoren", "2024/10/09 16:40",
           "TOLOSA – Udalak asteazkenean berriro ireki du harrizko zubi zaharra trafikorako, bi urteko "
           "konponketa lanen ondoren. Lanek aurreikusitakoa baino gehiago iraun eta kostatu dute.",
           "Txirrindulariek bide zabalagoa izango dute datorren hilabetetik aurrera.",
           "Egilea: Miren Etxeberria", "below", "Miren Etxeberria"),
    "gl": ("Lugo reabre a vella ponte tras dous anos de obras", "09/10/2024 16:40",
           "LUGO – O concello reabriu o mércores ao tráfico a vella ponte de pedra tras dous anos de obras. "
           "Os traballos alongáronse e custaron máis do previsto.",
           "Os ciclistas terán un carril máis largo a partir do mes que vén.",
           "Por Uxía Barreiro", "above", "Uxía Barreiro"),
}

# language -> kind of furniture -> (lines above the headline, lines between it and the
# byline and date line, lines under the copy). The kinds: "read", the reading time and the
# audio player; "share", the buttons; "promo", newsletter, social, app, login and paywall
# lines; "nav", skip link, breadcrumbs, advertisement and cookie notice; "more", a gallery's
# counter over the copy, and the most-read, related and comment-count labels under it.
FURNITURE = {
    "en": {
        "read": ((), ("5 min read", "Listen to this article"), ()),
        "share": ((), ("Share", "Share on Facebook", "Share on X", "Email", "Print", "Copy link", "Text size"), ()),
        "promo": ((), ("Sign up for our daily newsletter",),
                  ("Follow us on Instagram and TikTok", "Download our app for breaking news alerts",
                   "Already a subscriber? Log in", "Subscribe for £1 a week")),
        "nav": (("Skip to main content", "Home > World > Europe"),
                ("Advertisement", "We use cookies to improve your experience on our site."), ()),
        "more": ((), ("Photo 1 of 12",), ("Most read", "Related", "Comments (14)")),
    },
    "fr": {
        "read": ((), ("Temps de lecture : 3 min", "Écouter cet article"), ()),
        "share": ((), ("Partager", "Partager sur Facebook", "Partager sur X", "Envoyer par e-mail", "Imprimer",
                       "Copier le lien", "Taille du texte"), ()),
        "promo": ((), ("Abonnez-vous à notre newsletter",),
                  ("Suivez-nous sur Instagram", "Téléchargez l'application", "Déjà abonné ? Se connecter",
                   "Cet article est réservé aux abonnés")),
        "nav": (("Aller au contenu principal", "Accueil > Monde > Europe"),
                ("Publicité", "Nous utilisons des cookies pour améliorer votre expérience."), ()),
        "more": ((), ("Photo 1 sur 12",), ("Les plus lus", "À lire aussi", "12 commentaires")),
    },
    "de": {
        "read": ((), ("Lesezeit: 3 Min.", "Artikel anhören"), ()),
        "share": ((), ("Teilen", "Auf Facebook teilen", "Per E-Mail teilen", "Drucken", "Link kopieren",
                       "Schriftgröße"), ()),
        "promo": ((), ("Jetzt Newsletter abonnieren",),
                  ("Folgen Sie uns auf Instagram", "Laden Sie unsere App herunter",
                   "Bereits Abonnent? Hier anmelden", "Jetzt weiterlesen mit Plus")),
        "nav": (("Zum Inhalt springen", "Startseite > Politik > Ausland"),
                ("Anzeige", "Wir verwenden Cookies, um Ihnen ein besseres Nutzererlebnis zu bieten."), ()),
        "more": ((), ("Bild 1 von 12",), ("Meistgelesen", "Mehr zum Thema", "14 Kommentare")),
    },
    "es": {
        "read": ((), ("Tiempo de lectura: 3 min", "Escuchar noticia"), ()),
        "share": ((), ("Compartir", "Compartir en Facebook", "Enviar por correo", "Imprimir", "Copiar enlace",
                       "Tamaño de letra"), ()),
        "promo": ((), ("Suscríbete a nuestra newsletter",),
                  ("Síguenos en Instagram", "Descarga la app", "¿Ya eres suscriptor? Inicia sesión",
                   "Este contenido es exclusivo para suscriptores")),
        "nav": (("Saltar al contenido", "Portada > Internacional > Europa"),
                ("Publicidad", "Utilizamos cookies propias y de terceros para mejorar tu experiencia."), ()),
        "more": ((), ("Foto 1 de 12",), ("Lo más leído", "Noticias relacionadas", "12 comentarios")),
    },
    "pt": {
        "read": ((), ("Tempo de leitura: 3 min", "Ouvir artigo"), ()),
        "share": ((), ("Partilhar", "Compartilhar no Facebook", "Enviar por e-mail", "Imprimir", "Copiar link",
                       "Tamanho da letra"), ()),
        "promo": ((), ("Assine a nossa newsletter",),
                  ("Siga-nos no Instagram", "Descarregue a nossa app", "Já é assinante? Faça login",
                   "Conteúdo exclusivo para assinantes")),
        "nav": (("Saltar para o conteúdo", "Início > Mundo > Europa"),
                ("Publicidade", "Utilizamos cookies para melhorar a sua experiência."), ()),
        "more": ((), ("Foto 1 de 12",), ("Mais lidas", "Leia também", "12 comentários")),
    },
    "it": {
        "read": ((), ("Tempo di lettura: 3 minuti", "Ascolta l'articolo"), ()),
        "share": ((), ("Condividi", "Condividi su Facebook", "Invia per email", "Stampa", "Copia link",
                       "Dimensione testo"), ()),
        "promo": ((), ("Iscriviti alla newsletter",),
                  ("Seguici su Instagram", "Scarica la nostra app", "Sei già abbonato? Accedi",
                   "Contenuto riservato agli abbonati")),
        "nav": (("Vai al contenuto", "Home > Esteri > Europa"),
                ("Pubblicità", "Questo sito utilizza cookie per migliorare la tua esperienza."), ()),
        "more": ((), ("Foto 1 di 12",), ("I più letti", "Leggi anche", "12 commenti")),
    },
    "nl": {
        "read": ((), ("Leestijd: 3 minuten", "Luister naar dit artikel"), ()),
        "share": ((), ("Delen", "Deel op Facebook", "Deel via e-mail", "Afdrukken", "Kopieer link",
                       "Lettergrootte"), ()),
        "promo": ((), ("Schrijf je in voor onze nieuwsbrief",),
                  ("Volg ons op Instagram", "Download onze app", "Al abonnee? Log in",
                   "Dit artikel is exclusief voor abonnees")),
        "nav": (("Ga naar de inhoud", "Home > Buitenland > Europa"),
                ("Advertentie", "Wij gebruiken cookies om je een betere ervaring te bieden."), ()),
        "more": ((), ("Foto 1 van 12",), ("Meest gelezen", "Lees ook", "12 reacties")),
    },
    "sv": {
        "read": ((), ("Lästid: 3 min", "Lyssna på artikeln"), ()),
        "share": ((), ("Dela", "Dela på Facebook", "Skicka med e-post", "Skriv ut", "Kopiera länk",
                       "Textstorlek"), ()),
        "promo": ((), ("Prenumerera på vårt nyhetsbrev",),
                  ("Följ oss på Instagram", "Ladda ner vår app", "Redan prenumerant? Logga in",
                   "Denna artikel är endast för prenumeranter")),
        "nav": (("Hoppa till innehållet", "Hem > Utrikes > Europa"),
                ("Annons", "Vi använder cookies för att ge dig en bättre upplevelse."), ()),
        "more": ((), ("Bild 1 av 12",), ("Mest läst", "Läs också", "12 kommentarer")),
    },
    "da": {
        "read": ((), ("Læsetid: 3 min.", "Lyt til artiklen"), ()),
        "share": ((), ("Del", "Del på Facebook", "Send som e-mail", "Print", "Kopiér link", "Tekststørrelse"), ()),
        "promo": ((), ("Tilmeld dig vores nyhedsbrev",),
                  ("Følg os på Instagram", "Hent vores app", "Allerede abonnent? Log ind",
                   "Denne artikel er kun for abonnenter")),
        "nav": (("Gå til indhold", "Forside > Udland > Europa"),
                ("Annonce", "Vi bruger cookies for at give dig den bedste oplevelse."), ()),
        "more": ((), ("Billede 1 af 12",), ("Mest læste", "Læs også", "12 kommentarer")),
    },
    "nb": {
        "read": ((), ("Lesetid: 3 min", "Lytt til artikkelen"), ()),
        "share": ((), ("Del", "Del på Facebook", "Send på e-post", "Skriv ut", "Kopier lenke", "Tekststørrelse"), ()),
        "promo": ((), ("Meld deg på vårt nyhetsbrev",),
                  ("Følg oss på Instagram", "Last ned appen vår", "Allerede abonnent? Logg inn",
                   "Denne artikkelen er bare for abonnenter")),
        "nav": (("Hopp til innhold", "Forside > Utenriks > Europa"),
                ("Annonse", "Vi bruker informasjonskapsler for å gi deg en bedre opplevelse."), ()),
        "more": ((), ("Bilde 1 av 12",), ("Mest lest", "Les også", "12 kommentarer")),
    },
    "fi": {
        "read": ((), ("Lukuaika: 3 min", "Kuuntele artikkeli"), ()),
        "share": ((), ("Jaa", "Jaa Facebookissa", "Lähetä sähköpostilla", "Tulosta", "Kopioi linkki",
                       "Tekstin koko"), ()),
        "promo": ((), ("Tilaa uutiskirjeemme",),
                  ("Seuraa meitä Instagramissa", "Lataa sovelluksemme", "Oletko jo tilaaja? Kirjaudu sisään",
                   "Tämä artikkeli on vain tilaajille")),
        "nav": (("Siirry sisältöön", "Etusivu > Ulkomaat > Eurooppa"),
                ("Mainos", "Käytämme evästeitä parantaaksemme käyttökokemustasi."), ()),
        "more": ((), ("Kuva 1/12",), ("Luetuimmat", "Lue myös", "12 kommenttia")),
    },
    "pl": {
        "read": ((), ("Czas czytania: 3 min", "Posłuchaj artykułu"), ()),
        "share": ((), ("Udostępnij", "Udostępnij na Facebooku", "Wyślij e-mailem", "Drukuj", "Kopiuj link",
                       "Rozmiar czcionki"), ()),
        "promo": ((), ("Zapisz się do naszego newslettera",),
                  ("Obserwuj nas na Instagramie", "Pobierz naszą aplikację", "Masz już subskrypcję? Zaloguj się",
                   "Ten artykuł jest dostępny tylko dla subskrybentów")),
        "nav": (("Przejdź do treści", "Strona główna > Świat > Europa"),
                ("Reklama", "Używamy plików cookie, aby zapewnić najlepsze wrażenia."), ()),
        "more": ((), ("Zdjęcie 1 z 12",), ("Najczęściej czytane", "Zobacz także", "12 komentarzy")),
    },
    "cs": {
        "read": ((), ("Doba čtení: 3 minuty", "Poslechněte si článek"), ()),
        "share": ((), ("Sdílet", "Sdílet na Facebooku", "Poslat e-mailem", "Tisk", "Kopírovat odkaz",
                       "Velikost písma"), ()),
        "promo": ((), ("Přihlaste se k odběru newsletteru",),
                  ("Sledujte nás na Instagramu", "Stáhněte si naši aplikaci", "Již jste předplatitel? Přihlásit se",
                   "Tento článek je dostupný pouze pro předplatitele")),
        "nav": (("Přejít na obsah", "Domů > Zahraničí > Evropa"),
                ("Reklama", "Tento web používá soubory cookie."), ()),
        "more": ((), ("Foto 1/12",), ("Nejčtenější", "Čtěte také", "12 komentářů")),
    },
    "sk": {
        "read": ((), ("Čas čítania: 3 min", "Vypočujte si článok"), ()),
        "share": ((), ("Zdieľať", "Zdieľať na Facebooku", "Poslať e-mailom", "Tlačiť", "Kopírovať odkaz",
                       "Veľkosť písma"), ()),
        "promo": ((), ("Prihláste sa na odber newslettera",),
                  ("Sledujte nás na Instagrame", "Stiahnite si našu aplikáciu", "Ste už predplatiteľ? Prihlásiť sa",
                   "Tento článok je dostupný len pre predplatiteľov")),
        "nav": (("Prejsť na obsah", "Domov > Zahraničie > Európa"),
                ("Reklama", "Táto stránka používa súbory cookie."), ()),
        "more": ((), ("Foto 1/12",), ("Najčítanejšie", "Čítajte aj", "12 komentárov")),
    },
    "hu": {
        "read": ((), ("Olvasási idő: 3 perc", "Hallgassa meg a cikket"), ()),
        "share": ((), ("Megosztás", "Megosztás Facebookon", "Küldés e-mailben", "Nyomtatás", "Link másolása",
                       "Betűméret"), ()),
        "promo": ((), ("Iratkozzon fel hírlevelünkre",),
                  ("Kövessen minket az Instagramon", "Töltse le alkalmazásunkat", "Már előfizető? Bejelentkezés",
                   "Ez a cikk csak előfizetőknek érhető el")),
        "nav": (("Ugrás a tartalomra", "Címlap > Külföld > Európa"),
                ("Hirdetés", "Weboldalunk sütiket használ a jobb felhasználói élmény érdekében."), ()),
        "more": ((), ("Galéria: 12 fotó",), ("Legolvasottabb", "Kapcsolódó cikkek", "12 hozzászólás")),
    },
    "ro": {
        "read": ((), ("Timp de citire: 3 min", "Ascultă articolul"), ()),
        "share": ((), ("Distribuie", "Distribuie pe Facebook", "Trimite pe e-mail", "Printează", "Copiază linkul",
                       "Mărime text"), ()),
        "promo": ((), ("Abonează-te la newsletter",),
                  ("Urmărește-ne pe Instagram", "Descarcă aplicația", "Ai deja abonament? Autentifică-te",
                   "Acest articol este disponibil doar pentru abonați")),
        "nav": (("Sari la conținut", "Acasă > Externe > Europa"),
                ("Publicitate", "Acest site folosește cookie-uri pentru a vă oferi o experiență mai bună."), ()),
        "more": ((), ("Foto 1 din 12",), ("Cele mai citite", "Citește și", "12 comentarii")),
    },
    "bg": {
        "read": ((), ("Време за четене: 3 мин.", "Чуйте статията"), ()),
        "share": ((), ("Сподели", "Сподели във Facebook", "Изпрати по имейл", "Принтирай", "Копирай линка",
                       "Размер на шрифта"), ()),
        "promo": ((), ("Абонирайте се за нашия бюлетин",),
                  ("Последвайте ни в Instagram", "Изтеглете приложението", "Вече сте абонат? Вход",
                   "Тази статия е достъпна само за абонати")),
        "nav": (("Към съдържанието", "Начало > Свят > Европа"),
                ("Реклама", "Този сайт използва бисквитки."), ()),
        "more": ((), ("Снимка 1 от 12",), ("Най-четени", "Прочетете още", "12 коментара")),
    },
    "hr": {
        "read": ((), ("Vrijeme čitanja: 3 min", "Poslušajte članak"), ()),
        "share": ((), ("Podijeli", "Podijeli na Facebooku", "Pošalji e-poštom", "Ispiši", "Kopiraj poveznicu",
                       "Veličina slova"), ()),
        "promo": ((), ("Pretplatite se na naš newsletter",),
                  ("Pratite nas na Instagramu", "Preuzmite našu aplikaciju", "Već ste pretplatnik? Prijavite se",
                   "Ovaj članak dostupan je samo pretplatnicima")),
        "nav": (("Preskoči na sadržaj", "Naslovnica > Svijet > Europa"),
                ("Oglas", "Ova stranica koristi kolačiće."), ()),
        "more": ((), ("Fotogalerija (12)",), ("Najčitanije", "Povezane vijesti", "12 komentara")),
    },
    "sr": {
        "read": ((), ("Vreme čitanja: 3 min", "Poslušajte tekst"), ()),
        "share": ((), ("Podeli", "Podeli na Fejsbuku", "Pošalji mejlom", "Štampaj", "Kopiraj link",
                       "Veličina teksta"), ()),
        "promo": ((), ("Prijavite se na naš njuzleter",),
                  ("Pratite nas na Instagramu", "Preuzmite našu aplikaciju", "Već ste pretplatnik? Prijavite se",
                   "Ovaj tekst je dostupan samo pretplatnicima")),
        "nav": (("Pređi na sadržaj", "Početna > Svet > Evropa"),
                ("Oglas", "Ovaj sajt koristi kolačiće."), ()),
        "more": ((), ("Galerija (12 fotografija)",), ("Najčitanije", "Povezane vesti", "12 komentara")),
    },
    "sl": {
        "read": ((), ("Čas branja: 3 min", "Poslušaj članek"), ()),
        "share": ((), ("Deli", "Deli na Facebooku", "Pošlji po e-pošti", "Natisni", "Kopiraj povezavo",
                       "Velikost pisave"), ()),
        "promo": ((), ("Naročite se na naše e-novice",),
                  ("Sledite nam na Instagramu", "Prenesite našo aplikacijo", "Ste že naročnik? Prijava",
                   "Ta članek je na voljo samo naročnikom")),
        "nav": (("Preskoči na vsebino", "Domov > Svet > Evropa"),
                ("Oglas", "Spletna stran uporablja piškotke."), ()),
        "more": ((), ("Fotografija 1 od 12",), ("Najbolj brano", "Preberite še", "12 komentarjev")),
    },
    "el": {
        "read": ((), ("Χρόνος ανάγνωσης: 3 λεπτά", "Ακούστε το άρθρο"), ()),
        "share": ((), ("Κοινοποίηση", "Μοιραστείτε στο Facebook", "Αποστολή με email", "Εκτύπωση",
                       "Αντιγραφή συνδέσμου", "Μέγεθος γραμματοσειράς"), ()),
        "promo": ((), ("Εγγραφείτε στο newsletter μας",),
                  ("Ακολουθήστε μας στο Instagram", "Κατεβάστε την εφαρμογή", "Είστε ήδη συνδρομητής; Σύνδεση",
                   "Το άρθρο είναι διαθέσιμο μόνο για συνδρομητές")),
        "nav": (("Μετάβαση στο περιεχόμενο", "Αρχική > Κόσμος > Ευρώπη"),
                ("Διαφήμιση", "Χρησιμοποιούμε cookies για να βελτιώσουμε την εμπειρία σας."), ()),
        "more": ((), ("Φωτογραφία 1 από 12",), ("Τα πιο διαβασμένα", "Διαβάστε επίσης", "12 σχόλια")),
    },
    "ru": {
        "read": ((), ("Время чтения: 3 мин.", "Слушать статью"), ()),
        "share": ((), ("Поделиться", "Поделиться во ВКонтакте", "Отправить по почте", "Распечатать",
                       "Скопировать ссылку", "Размер шрифта"), ()),
        "promo": ((), ("Подпишитесь на нашу рассылку",),
                  ("Подписывайтесь на наш канал в Telegram", "Скачайте наше приложение", "Уже подписаны? Войти",
                   "Материал доступен только подписчикам")),
        "nav": (("Перейти к содержанию", "Главная > В мире > Европа"),
                ("Реклама", "Мы используем файлы cookie для улучшения работы сайта."), ()),
        "more": ((), ("Фото 1 из 12",), ("Самое читаемое", "Читайте также", "12 комментариев")),
    },
    "uk": {
        "read": ((), ("Час читання: 3 хв", "Слухати статтю"), ()),
        "share": ((), ("Поділитися", "Поділитися у Facebook", "Надіслати електронною поштою", "Друкувати",
                       "Копіювати посилання", "Розмір шрифту"), ()),
        "promo": ((), ("Підпишіться на нашу розсилку",),
                  ("Підписуйтесь на наш Telegram-канал", "Завантажте наш застосунок", "Вже маєте передплату? Увійти",
                   "Матеріал доступний лише передплатникам")),
        "nav": (("Перейти до вмісту", "Головна > Світ > Європа"),
                ("Реклама", "Ми використовуємо файли cookie."), ()),
        "more": ((), ("Фото 1 з 12",), ("Найпопулярніше", "Читайте також", "12 коментарів")),
    },
    "tr": {
        "read": ((), ("Okuma süresi: 3 dakika", "Haberi dinle"), ()),
        "share": ((), ("Paylaş", "Facebook'ta paylaş", "E-posta ile gönder", "Yazdır", "Bağlantıyı kopyala",
                       "Yazı boyutu"), ()),
        "promo": ((), ("Bültenimize abone olun",),
                  ("Bizi Instagram'da takip edin", "Uygulamamızı indirin", "Zaten abone misiniz? Giriş yap",
                   "Bu içerik yalnızca abonelere açıktır")),
        "nav": (("İçeriğe geç", "Anasayfa > Dünya > Avrupa"),
                ("Reklam", "Sitemizde çerezler kullanılmaktadır."), ()),
        "more": ((), ("Fotoğraf 1 / 12",), ("En çok okunanlar", "İlgili haberler", "12 yorum")),
    },
    "ar": {
        "read": ((), ("مدة القراءة: 3 دقائق", "استمع إلى المقال"), ()),
        "share": ((), ("شارك", "شارك على فيسبوك", "أرسل بالبريد الإلكتروني", "طباعة", "نسخ الرابط", "حجم الخط"), ()),
        "promo": ((), ("اشترك في نشرتنا البريدية",),
                  ("تابعونا على إنستغرام", "حمّل تطبيقنا", "مشترك بالفعل؟ تسجيل الدخول",
                   "هذا المحتوى متاح للمشتركين فقط")),
        "nav": (("انتقل إلى المحتوى", "الرئيسية > العالم > أوروبا"),
                ("إعلان", "يستخدم هذا الموقع ملفات تعريف الارتباط."), ()),
        "more": ((), ("صورة 1 من 12",), ("الأكثر قراءة", "أخبار ذات صلة", "12 تعليقا")),
    },
    "fa": {
        "read": ((), ("زمان مطالعه: ۳ دقیقه", "شنیدن این خبر"), ()),
        "share": ((), ("اشتراک‌گذاری", "اشتراک در تلگرام", "ارسال به ایمیل", "چاپ", "کپی لینک", "اندازه متن"), ()),
        "promo": ((), ("عضویت در خبرنامه",),
                  ("ما را در اینستاگرام دنبال کنید", "دانلود اپلیکیشن", "ورود به حساب کاربری",
                   "این مطلب فقط برای مشترکان در دسترس است")),
        "nav": (("پرش به محتوا", "خانه > بین‌الملل > اروپا"),
                ("تبلیغات", "این وب‌سایت از کوکی استفاده می‌کند."), ()),
        "more": ((), ("عکس ۱ از ۱۲",), ("پربازدیدترین", "اخبار مرتبط", "۱۲ دیدگاه")),
    },
    "he": {
        "read": ((), ("זמן קריאה: 3 דקות", "האזינו לכתבה"), ()),
        "share": ((), ("שתפו", "שיתוף בפייסבוק", "שליחה במייל", "הדפסה", "העתקת קישור", "גודל טקסט"), ()),
        "promo": ((), ("הירשמו לניוזלטר שלנו",),
                  ("עקבו אחרינו באינסטגרם", "הורידו את האפליקציה", "כבר מנויים? התחברו",
                   "הכתבה זמינה למנויים בלבד")),
        "nav": (("דלג לתוכן", "ראשי > חדשות העולם > אירופה"),
                ("פרסומת", "אתר זה משתמש בעוגיות."), ()),
        "more": ((), ("תמונה 1 מתוך 12",), ("הנקראים ביותר", "כתבות נוספות", "12 תגובות")),
    },
    "hi": {
        "read": ((), ("पढ़ने का समय: 3 मिनट", "यह खबर सुनें"), ()),
        "share": ((), ("शेयर करें", "फेसबुक पर शेयर करें", "ईमेल करें", "प्रिंट करें", "लिंक कॉपी करें", "फॉन्ट साइज"), ()),
        "promo": ((), ("हमारे न्यूज़लेटर की सदस्यता लें",),
                  ("हमें इंस्टाग्राम पर फॉलो करें", "ऐप डाउनलोड करें", "पहले से सब्सक्राइबर हैं? लॉग इन करें",
                   "यह लेख केवल सब्सक्राइबर्स के लिए है")),
        "nav": (("सामग्री पर जाएं", "होम > दुनिया > यूरोप"),
                ("विज्ञापन", "यह वेबसाइट कुकीज़ का उपयोग करती है।"), ()),
        "more": ((), ("फोटो 1 / 12",), ("सबसे ज्यादा पढ़ी गई", "ये भी पढ़ें", "12 टिप्पणियां")),
    },
    "bn": {
        "read": ((), ("পড়তে সময় লাগবে: ৩ মিনিট", "খবরটি শুনুন"), ()),
        "share": ((), ("শেয়ার করুন", "ফেসবুকে শেয়ার করুন", "ইমেইল করুন", "প্রিন্ট করুন", "লিংক কপি করুন", "ফন্ট সাইজ"), ()),
        "promo": ((), ("আমাদের নিউজলেটারে সাবস্ক্রাইব করুন",),
                  ("আমাদের ইনস্টাগ্রামে ফলো করুন", "অ্যাপ ডাউনলোড করুন", "লগইন করুন",
                   "এই প্রতিবেদনটি শুধু গ্রাহকদের জন্য")),
        "nav": (("মূল কনটেন্টে যান", "প্রচ্ছদ > আন্তর্জাতিক > ইউরোপ"),
                ("বিজ্ঞাপন", "এই ওয়েবসাইট কুকি ব্যবহার করে।"), ()),
        "more": ((), ("ছবি ১ / ১২",), ("সর্বাধিক পঠিত", "আরও পড়ুন", "১২টি মন্তব্য")),
    },
    "id": {
        "read": ((), ("Waktu baca: 3 menit", "Dengarkan artikel ini"), ()),
        "share": ((), ("Bagikan", "Bagikan ke Facebook", "Kirim lewat email", "Cetak", "Salin tautan",
                       "Ukuran huruf"), ()),
        "promo": ((), ("Berlangganan newsletter kami",),
                  ("Ikuti kami di Instagram", "Unduh aplikasi kami", "Sudah berlangganan? Masuk",
                   "Artikel ini khusus untuk pelanggan")),
        "nav": (("Langsung ke konten", "Beranda > Internasional > Eropa"),
                ("Iklan", "Situs ini menggunakan cookie untuk pengalaman terbaik."), ()),
        "more": ((), ("Foto 1 dari 12",), ("Terpopuler", "Berita terkait", "12 komentar")),
    },
    "ms": {
        "read": ((), ("Masa membaca: 3 minit", "Dengar artikel ini"), ()),
        "share": ((), ("Kongsi", "Kongsi di Facebook", "Hantar melalui e-mel", "Cetak", "Salin pautan",
                       "Saiz teks"), ()),
        "promo": ((), ("Langgan surat berita kami",),
                  ("Ikuti kami di Instagram", "Muat turun aplikasi kami", "Sudah melanggan? Log masuk",
                   "Artikel ini hanya untuk pelanggan")),
        "nav": (("Langkau ke kandungan", "Utama > Dunia > Eropah"),
                ("Iklan", "Laman web ini menggunakan kuki."), ()),
        "more": ((), ("Gambar 1 daripada 12",), ("Paling popular", "Artikel berkaitan", "12 komen")),
    },
    "vi": {
        "read": ((), ("Thời gian đọc: 3 phút", "Nghe bài viết"), ()),
        "share": ((), ("Chia sẻ", "Chia sẻ lên Facebook", "Gửi email", "In bài viết", "Sao chép liên kết",
                       "Cỡ chữ"), ()),
        "promo": ((), ("Đăng ký nhận bản tin",),
                  ("Theo dõi chúng tôi trên Zalo", "Tải ứng dụng", "Đăng nhập", "Bài viết dành cho thành viên")),
        "nav": (("Chuyển đến nội dung", "Trang chủ > Thế giới > Châu Âu"),
                ("Quảng cáo", "Trang web sử dụng cookie để cải thiện trải nghiệm."), ()),
        "more": ((), ("Ảnh 1/12",), ("Đọc nhiều nhất", "Tin liên quan", "12 bình luận")),
    },
    "th": {
        "read": ((), ("ระยะเวลาอ่าน 3 นาที", "ฟังข่าว"), ()),
        "share": ((), ("แชร์", "แชร์ไปยัง Facebook", "ส่งอีเมล", "พิมพ์", "คัดลอกลิงก์", "ขนาดตัวอักษร"), ()),
        "promo": ((), ("สมัครรับจดหมายข่าว",),
                  ("ติดตามเราทาง LINE", "ดาวน์โหลดแอป", "เข้าสู่ระบบ", "บทความนี้สำหรับสมาชิกเท่านั้น")),
        "nav": (("ข้ามไปยังเนื้อหา", "หน้าแรก > ต่างประเทศ > ยุโรป"),
                ("โฆษณา", "เว็บไซต์นี้ใช้คุกกี้"), ()),
        "more": ((), ("ภาพที่ 1 จาก 12",), ("ข่าวยอดนิยม", "ข่าวที่เกี่ยวข้อง", "12 ความคิดเห็น")),
    },
    "zh": {
        "read": ((), ("阅读时间：3分钟", "收听本文"), ()),
        "share": ((), ("分享到：", "微信", "微博", "打印", "复制链接", "字号：大 中 小"), ()),
        "promo": ((), ("订阅我们的新闻简报",),
                  ("关注我们的微信公众号", "下载客户端", "登录", "本文仅限订阅用户阅读")),
        "nav": (("跳到主要内容", "首页 > 国际 > 欧洲"),
                ("广告", "本网站使用Cookie以改善您的浏览体验。"), ()),
        "more": ((), ("图片 1/12",), ("热门阅读", "相关新闻", "评论（12）")),
    },
    "ja": {
        "read": ((), ("この記事は約3分で読めます", "記事を音声で聞く"), ()),
        "share": ((), ("シェア", "Facebookでシェア", "メールで送る", "印刷", "リンクをコピー", "文字サイズ"), ()),
        "promo": ((), ("ニュースレターに登録",),
                  ("公式LINEをフォロー", "アプリをダウンロード", "ログイン", "この記事は有料会員限定です")),
        "nav": (("本文へスキップ", "ホーム > 国際 > ヨーロッパ"),
                ("広告", "当サイトではクッキーを使用しています。"), ()),
        "more": ((), ("写真 1/12",), ("よく読まれている記事", "関連記事", "コメント（12）")),
    },
    "ko": {
        "read": ((), ("읽는 시간 3분", "기사 듣기"), ()),
        "share": ((), ("공유하기", "페이스북 공유", "이메일 보내기", "인쇄", "URL 복사", "글자 크기"), ()),
        "promo": ((), ("뉴스레터 구독하기",),
                  ("카카오톡 채널 추가", "앱 다운로드", "로그인", "유료 회원 전용 기사입니다")),
        "nav": (("본문 바로가기", "홈 > 국제 > 유럽"),
                ("광고", "이 사이트는 쿠키를 사용합니다."), ()),
        "more": ((), ("사진 1/12",), ("많이 본 뉴스", "관련 기사", "댓글 12")),
    },
    "sw": {
        "read": ((), ("Muda wa kusoma: dakika 3", "Sikiliza habari hii"), ()),
        "share": ((), ("Shiriki", "Shiriki kwenye Facebook", "Tuma kwa barua pepe", "Chapisha", "Nakili kiungo",
                       "Ukubwa wa maandishi"), ()),
        "promo": ((), ("Jiandikishe kupokea jarida letu",),
                  ("Tufuate kwenye Instagram", "Pakua programu yetu", "Ingia", "Makala hii ni kwa wanachama pekee")),
        "nav": (("Ruka hadi maudhui", "Mwanzo > Kimataifa > Ulaya"),
                ("Tangazo", "Tovuti hii inatumia vidakuzi."), ()),
        "more": ((), ("Picha 1 kati ya 12",), ("Zilizosomwa zaidi", "Habari zinazohusiana", "Maoni 12")),
    },
    "ca": {
        "read": ((), ("Temps de lectura: 3 min", "Escolta l'article"), ()),
        "share": ((), ("Comparteix", "Comparteix a Facebook", "Envia per correu", "Imprimeix", "Copia l'enllaç",
                       "Mida del text"), ()),
        "promo": ((), ("Subscriu-te al butlletí",),
                  ("Segueix-nos a Instagram", "Descarrega't l'app", "Ja ets subscriptor? Inicia sessió",
                   "Aquest contingut és exclusiu per a subscriptors")),
        "nav": (("Vés al contingut", "Inici > Internacional > Europa"),
                ("Publicitat", "Aquest lloc web utilitza galetes."), ()),
        "more": ((), ("Foto 1 de 12",), ("El més llegit", "Notícies relacionades", "12 comentaris")),
    },
    "eu": {
        "read": ((), ("Irakurtzeko denbora: 3 minutu", "Entzun albistea"), ()),
        "share": ((), ("Partekatu", "Partekatu Facebooken", "Bidali posta elektronikoz", "Inprimatu",
                       "Kopiatu esteka", "Letra tamaina"), ()),
        "promo": ((), ("Harpidetu gure buletinera",),
                  ("Jarrai gaitzazu Instagramen", "Deskargatu aplikazioa", "Harpiduna zara? Hasi saioa",
                   "Eduki hau harpidedunentzat da soilik")),
        "nav": (("Joan edukira", "Hasiera > Mundua > Europa"),
                ("Publizitatea", "Webgune honek cookieak erabiltzen ditu."), ()),
        "more": ((), ("Argazkia 1/12",), ("Irakurrienak", "Lotutako albisteak", "12 iruzkin")),
    },
    "gl": {
        "read": ((), ("Tempo de lectura: 3 minutos", "Escoitar a noticia"), ()),
        "share": ((), ("Compartir", "Compartir en Facebook", "Enviar por correo", "Imprimir", "Copiar ligazón",
                       "Tamaño do texto"), ()),
        "promo": ((), ("Subscríbete ao noso boletín",),
                  ("Síguenos en Instagram", "Descarga a app", "Xa es subscritor? Inicia sesión",
                   "Contido exclusivo para subscritores")),
        "nav": (("Ir ao contido", "Portada > Internacional > Europa"),
                ("Publicidade", "Este sitio web usa cookies."), ()),
        "more": ((), ("Foto 1 de 12",), ("O máis lido", "Novas relacionadas", "12 comentarios")),
    },
}

KIND_NAMES = {"read": "reading time and audio player", "share": "share, print, e-mail, link and text-size buttons",
              "promo": "newsletter, social, app, login and paywall lines",
              "nav": "skip link, breadcrumbs, advertisement and cookie notice",
              "more": "gallery counter, most read, related and comment count"}


def _expected(lang: str) -> dict:
    title, _date, _lead, _more, _byline, _where, reporter = STORIES[lang]
    return {"title": title, "reporters": [reporter], "published": PUBLISHED}


ROWS = [((lang, *lines), _expected(lang), f"{lang}: {KIND_NAMES[kind]}")
        for lang, kinds in FURNITURE.items() for kind, lines in kinds.items()]


def story_text(lang: str, above: tuple, between: tuple, below: tuple) -> str:
    """The language's story as a page's text: the furniture over the headline, the headline,
    the furniture under it, the byline (when it stands above) and the date line, the copy,
    the closing byline (when it stands below), then the furniture under the copy."""
    title, date, lead, more, byline, where, _reporter = STORIES[lang]
    head = [*above, title, *between]
    if where == "above":
        head.append(byline)
    head.append(date)
    text = "\n".join(head) + "\n\n" + lead + "\n\n" + more + "\n"
    if where == "below":
        text += "\n" + byline + "\n"
    if below:
        text += "\n" + "\n\n".join(below) + "\n"
    return text


@_rows(ROWS)
def test_page_furniture_around_the_story(text, expected, why):
    lang, above, between, below = text
    story = parse_text(story_text(lang, above, between, below))
    assert {k: getattr(story, k) for k in expected} == expected
    assert STORIES[lang][2][:40] in story.body


def test_every_language_has_every_kind():
    assert set(FURNITURE) == set(STORIES)
    assert all(set(kinds) == set(KIND_NAMES) for kinds in FURNITURE.values())


@_rows([((lang, (), (), ()), _expected(lang), f"{lang}: the story alone") for lang in STORIES])
def test_the_story_alone(text, expected, why):
    """Each story parses as expected with no furniture: a row above fails on the furniture."""
    lang, above, between, below = text
    assert {k: getattr(parse_text(story_text(lang, above, between, below)), k) for k in expected} == expected
