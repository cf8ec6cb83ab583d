"""Per-language table tests for credit roles and date labels: how agency copy and news sites
in each language label the reporter (a byline over the copy, or "text", "reporting by",
"contributed" under it), the editor, the translator and the photographer, and the date the
story was published and last updated. Written language by language from what each language's
copy writes, not from misses, so that the vocabularies (vocab.CREDIT_ROLES,
CREDIT_JOINT_ROLES, BYLINE_OPENERS, PUBLISHED_WORDS, UPDATED_WORDS) hold every language's
forms.

Each row is ((language, where, line), expected, why): the line is set into a short story of
that language (a title, a date line, a dateline paragraph and one more) where the language
puts it: "above" the copy (a byline under the headline), "below" it (a closing credit),
"published" or "updated" in place of the date line (a date under a label for the update
alone is the update's; under no label, or one not known, the publication's). Every story, line and name is
invented."""
from __future__ import annotations

from indexer.pipeline import parse_text
from tablerows import rows as _rows

# language -> (title, date line of 14 March 2024 10:05 as the language writes it, dateline
# paragraph, one more paragraph)
LEADS = {
    "en": ("Leeds freezes tram fares for a year", "14 March 2024 10:05",
           "LEEDS – The city council froze tram fares for a year on Thursday, saying riders needed "
           "relief after two rises in twelve months. The freeze covers single and weekly tickets.",
           "The council will review the prices again next spring."),
    "fr": ("Lyon gèle le prix des tickets de tram pour un an", "14/03/2024 10:05",
           "LYON – La métropole a gelé jeudi le prix des tickets de tram pour un an, estimant que les "
           "usagers avaient besoin d'un répit après deux hausses. Le gel concerne les tickets à "
           "l'unité et les abonnements.",
           "Les tarifs seront réexaminés au printemps prochain."),
    "de": ("Leipzig friert die Straßenbahnpreise für ein Jahr ein", "14.03.2024, 10:05 Uhr",
           "LEIPZIG – Die Stadt hat am Donnerstag die Preise für Straßenbahntickets für ein Jahr "
           "eingefroren. Fahrgäste bräuchten nach zwei Erhöhungen eine Atempause, hieß es aus dem Rathaus.",
           "Im Frühjahr sollen die Tarife erneut geprüft werden."),
    "es": ("Zaragoza congela el precio del tranvía durante un año", "14/03/2024 10:05",
           "ZARAGOZA – El ayuntamiento congeló este jueves el precio del billete de tranvía durante un "
           "año, tras dos subidas seguidas. La medida afecta a los billetes sencillos y a los abonos "
           "mensuales.",
           "Las tarifas se revisarán de nuevo la próxima primavera."),
    "pt": ("Porto congela preço do metro durante um ano", "14/03/2024 10:05",
           "PORTO – A câmara municipal congelou nesta quinta-feira o preço dos bilhetes de metro durante "
           "um ano, depois de dois aumentos seguidos. A medida abrange os bilhetes simples e os passes "
           "mensais.",
           "Os preços voltam a ser revistos na próxima primavera."),
    "it": ("Torino blocca il prezzo del tram per un anno", "14/03/2024 10:05",
           "TORINO – Il comune ha bloccato giovedì il prezzo dei biglietti del tram per un anno, dopo due "
           "aumenti consecutivi. Il provvedimento riguarda i biglietti singoli e gli abbonamenti mensili.",
           "Le tariffe saranno riviste la prossima primavera."),
    "nl": ("Utrecht bevriest tramtarieven voor een jaar", "14 maart 2024 10:05",
           "UTRECHT – De gemeente heeft donderdag de prijzen van tramkaartjes voor een jaar bevroren, na "
           "twee verhogingen op rij. De maatregel geldt voor losse kaartjes en maandabonnementen.",
           "De tarieven worden volgend voorjaar opnieuw bekeken."),
    "sv": ("Göteborg fryser spårvagnspriserna i ett år", "14 mars 2024 10:05",
           "GÖTEBORG – Kommunen frös på torsdagen priserna på spårvagnsbiljetter i ett år efter två "
           "höjningar i rad. Beslutet gäller enkelbiljetter och månadskort.",
           "Priserna ses över igen nästa vår."),
    "da": ("Aarhus fastfryser prisen på letbanen i et år", "14. marts 2024 kl. 10.05",
           "AARHUS – Kommunen har torsdag fastfrosset prisen på billetter til letbanen i et år efter to "
           "stigninger i træk. Beslutningen gælder enkeltbilletter og månedskort.",
           "Priserne bliver vurderet igen næste forår."),
    "nb": ("Bergen fryser bybaneprisene i ett år", "14.03.2024 10:05",
           "BERGEN – Fylket frøs torsdag prisene på bybanebilletter i ett år etter to økninger på rad. "
           "Vedtaket gjelder enkeltbilletter og månedskort.",
           "Prisene skal vurderes på nytt neste vår."),
    "fi": ("Tampere jäädyttää ratikkalippujen hinnat vuodeksi", "14.3.2024 10:05",
           "TAMPERE – Kaupunki jäädytti torstaina raitiovaunulippujen hinnat vuodeksi kahden peräkkäisen "
           "korotuksen jälkeen. Päätös koskee kertalippuja ja kuukausilippuja.",
           "Hintoja tarkastellaan uudelleen ensi keväänä."),
    "is": ("Reykjavík frystir strætófargjöld í eitt ár", "14.3.2024 kl. 10:05",
           "REYKJAVÍK – Borgin frysti á fimmtudag fargjöld í strætó í eitt ár eftir tvær hækkanir í röð. "
           "Ákvörðunin nær til stakra fargjalda og mánaðarkorta.",
           "Verðin verða endurskoðuð næsta vor."),
    "pl": ("Kraków zamraża ceny biletów tramwajowych na rok", "14.03.2024 10:05",
           "KRAKÓW – Miasto zamroziło w czwartek ceny biletów tramwajowych na rok po dwóch kolejnych "
           "podwyżkach. Decyzja dotyczy biletów jednorazowych i miesięcznych.",
           "Ceny zostaną ponownie przejrzane wiosną przyszłego roku."),
    "cs": ("Brno zmrazí ceny jízdenek na tramvaj na rok", "14. 3. 2024 10:05",
           "BRNO – Město ve čtvrtek zmrazilo ceny jízdenek na tramvaj na jeden rok po dvou zdraženích za "
           "sebou. Rozhodnutí se týká jednotlivých jízdenek i měsíčních kupónů.",
           "Ceny se znovu posoudí příští jaro."),
    "sk": ("Košice zmrazia ceny cestovného v električkách na rok", "14.03.2024 10:05",
           "KOŠICE – Mesto vo štvrtok zmrazilo ceny cestovného v električkách na jeden rok po dvoch "
           "zdraženiach za sebou. Rozhodnutie sa týka jednorazových lístkov aj mesačných predplatných.",
           "Ceny sa opäť posúdia budúcu jar."),
    "sl": ("Ljubljana za eno leto zamrzne cene avtobusnih vozovnic", "14. 3. 2024 10:05",
           "LJUBLJANA – Mestna občina je v četrtek za eno leto zamrznila cene avtobusnih vozovnic po "
           "dveh zaporednih podražitvah. Odločitev velja za posamične vozovnice in mesečne karte.",
           "Cene bodo ponovno pregledali prihodnjo pomlad."),
    "hr": ("Zagreb na godinu dana zamrzava cijene tramvajskih karata", "14.03.2024. 10:05",
           "ZAGREB – Grad je u četvrtak na godinu dana zamrznuo cijene tramvajskih karata nakon dva "
           "uzastopna poskupljenja. Odluka vrijedi za pojedinačne karte i mjesečne pokaznice.",
           "Cijene će se ponovno razmotriti iduće proljeće."),
    "sr": ("Novi Sad na godinu dana zamrzava cene autobuskih karata", "14.03.2024. 10:05",
           "NOVI SAD – Grad je u četvrtak na godinu dana zamrznuo cene autobuskih karata posle dva "
           "uzastopna poskupljenja. Odluka važi za pojedinačne karte i mesečne markice.",
           "Cene će ponovo biti razmotrene sledećeg proleća."),
    "sr-Cyrl": ("Нови Сад на годину дана замрзава цене аутобуских карата", "14.03.2024. 10:05",
                "НОВИ САД – Град је у четвртак на годину дана замрзнуо цене аутобуских карата после два "
                "узастопна поскупљења. Одлука важи за појединачне карте и месечне маркице.",
                "Цене ће поново бити размотрене следећег пролећа."),
    "bs": ("Sarajevo na godinu dana zamrzava cijene tramvajskih karata", "14.03.2024. 10:05",
           "SARAJEVO – Kanton je u četvrtak na godinu dana zamrznuo cijene tramvajskih karata nakon dva "
           "uzastopna poskupljenja. Odluka važi za pojedinačne karte i mjesečne kupone.",
           "Cijene će ponovo biti razmotrene naredno proljeće."),
    "hu": ("Debrecen egy évre befagyasztja a villamosjegyek árát", "2024. március 14. 10:05",
           "DEBRECEN – A város csütörtökön egy évre befagyasztotta a villamosjegyek árát két egymást "
           "követő emelés után. A döntés a vonaljegyekre és a havi bérletekre vonatkozik.",
           "Az árakat jövő tavasszal vizsgálják felül."),
    "ro": ("Clujul îngheață prețul biletelor de autobuz pentru un an", "14.03.2024, 10:05",
           "CLUJ-NAPOCA – Primăria a înghețat joi prețul biletelor de autobuz pentru un an, după două "
           "scumpiri consecutive. Măsura se aplică biletelor simple și abonamentelor lunare.",
           "Tarifele vor fi revizuite în primăvara viitoare."),
    "bg": ("Пловдив замразява цените на билетите за градския транспорт", "14.03.2024 10:05",
           "ПЛОВДИВ – Общината замрази в четвъртък цените на билетите за градския транспорт за една "
           "година след две поредни поскъпвания. Решението се отнася за единичните билети и месечните карти.",
           "Цените ще бъдат преразгледани следващата пролет."),
    "mk": ("Скопје ги замрзнува цените на автобуските билети", "14.03.2024 10:05",
           "СКОПЈЕ – Градот во четвртокот ги замрзна цените на автобуските билети за една година по две "
           "последователни поскапувања. Одлуката важи за поединечните билети и месечните карти.",
           "Цените повторно ќе се разгледаат следната пролет."),
    "el": ("Η Θεσσαλονίκη παγώνει τις τιμές των εισιτηρίων για ένα χρόνο", "14/03/2024 10:05",
           "ΘΕΣΣΑΛΟΝΙΚΗ – Ο δήμος πάγωσε την Πέμπτη τις τιμές των εισιτηρίων των λεωφορείων για ένα "
           "χρόνο, μετά από δύο διαδοχικές αυξήσεις. Η απόφαση αφορά τα απλά εισιτήρια και τις μηνιαίες κάρτες.",
           "Οι τιμές θα επανεξεταστούν την επόμενη άνοιξη."),
    "ru": ("Казань заморозила цены на проезд в трамвае на год", "14.03.2024 10:05",
           "КАЗАНЬ – Городские власти в четверг заморозили цены на проезд в трамвае на год после двух "
           "повышений подряд. Решение касается разовых билетов и месячных проездных.",
           "Тарифы пересмотрят следующей весной."),
    "uk": ("Львів заморозив ціни на проїзд у трамваях на рік", "14.03.2024 10:05",
           "ЛЬВІВ – Міська рада в четвер заморозила ціни на проїзд у трамваях на рік після двох "
           "підвищень поспіль. Рішення стосується разових квитків і місячних проїзних.",
           "Тарифи переглянуть наступної весни."),
    "be": ("Гродна замарозіла кошт праезду ў аўтобусах на год", "14.03.2024 10:05",
           "ГРОДНА – Гарадскія ўлады ў чацвер замарозілі кошт праезду ў аўтобусах на год пасля двух "
           "павышэнняў запар. Рашэнне датычыцца разовых квіткоў і месячных праязных.",
           "Тарыфы перагледзяць наступнай вясной."),
    "lt": ("Kaunas metams įšaldo viešojo transporto bilietų kainas", "2024-03-14 10:05",
           "KAUNAS – Miesto savivaldybė ketvirtadienį metams įšaldė viešojo transporto bilietų kainas "
           "po dviejų iš eilės pabrangimų. Sprendimas taikomas vienkartiniams bilietams ir mėnesiniams "
           "abonementams.",
           "Kainos bus peržiūrėtos kitą pavasarį."),
    "lv": ("Rīga uz gadu iesaldē sabiedriskā transporta biļešu cenas", "14.03.2024 10:05",
           "RĪGA – Dome ceturtdien uz gadu iesaldēja sabiedriskā transporta biļešu cenas pēc diviem "
           "secīgiem sadārdzinājumiem. Lēmums attiecas uz vienreizējām biļetēm un mēneša abonementiem.",
           "Cenas tiks pārskatītas nākamajā pavasarī."),
    "et": ("Tartu külmutab bussipiletite hinnad aastaks", "14.03.2024 10:05",
           "TARTU – Linnavalitsus külmutas neljapäeval bussipiletite hinnad aastaks pärast kaht "
           "järjestikust hinnatõusu. Otsus puudutab üksikpileteid ja kuukaarte.",
           "Hindu vaadatakse uuesti üle järgmisel kevadel."),
    "tr": ("İzmir tramvay ücretlerini bir yıl süreyle dondurdu", "14.03.2024 10:05",
           "İZMİR – Büyükşehir belediyesi perşembe günü tramvay ücretlerini art arda iki zammın ardından "
           "bir yıl süreyle dondurdu. Karar tam biletleri ve aylık abonmanları kapsıyor.",
           "Ücretler gelecek bahar yeniden değerlendirilecek."),
    "az": ("Gəncə avtobus gediş haqqını bir il dondurur", "14.03.2024 10:05",
           "GƏNCƏ – Şəhər icra hakimiyyəti cümə axşamı avtobus gediş haqqını ardıcıl iki artımdan sonra "
           "bir il müddətinə dondurub. Qərar birdəfəlik biletlərə və aylıq kartlara şamil edilir.",
           "Qiymətlər gələn yaz yenidən nəzərdən keçiriləcək."),
    "kk": ("Алматы қоғамдық көлік бағасын бір жылға тоқтатты", "14.03.2024 10:05",
           "АЛМАТЫ – Қала әкімдігі бейсенбі күні қатарынан екі рет көтерілгеннен кейін қоғамдық көлік "
           "бағасын бір жылға тоқтатты. Шешім бір реттік билеттерге және айлық карталарға қатысты.",
           "Бағалар келесі көктемде қайта қаралады."),
    "uz": ("Samarqand avtobus yo‘l haqini bir yilga muzlatdi", "14.03.2024 10:05",
           "SAMARQAND – Shahar hokimligi payshanba kuni ketma-ket ikki marta oshirilgandan so‘ng avtobus "
           "yo‘l haqini bir yilga muzlatdi. Qaror bir martalik chiptalar va oylik kartalarga taalluqli.",
           "Narxlar kelasi bahorda qayta ko‘rib chiqiladi."),
    "ka": ("ბათუმი ავტობუსის მგზავრობის ფასს ერთი წლით ყინავს", "14.03.2024 10:05",
           "ბათუმი – მერიამ ხუთშაბათს ავტობუსის მგზავრობის ფასი ერთი წლით გაყინა ზედიზედ ორი "
           "გაძვირების შემდეგ. გადაწყვეტილება ეხება ერთჯერად ბილეთებსა და თვიურ აბონემენტებს.",
           "ფასებს მომავალ გაზაფხულზე ხელახლა განიხილავენ."),
    "hy": ("Գյումրին մեկ տարով սառեցնում է ավտոբուսի ուղեվարձը", "14.03.2024 10:05",
           "ԳՅՈՒՄՐԻ – Քաղաքապետարանը հինգշաբթի օրը մեկ տարով սառեցրեց ավտոբուսի ուղեվարձը՝ անընդմեջ "
           "երկու թանկացումից հետո։ Որոշումը վերաբերում է միանվագ տոմսերին և ամսական քարտերին։",
           "Գները կվերանայվեն հաջորդ գարնանը։"),
    "ar": ("عمّان تجمّد أسعار تذاكر الحافلات لمدة عام", "14/03/2024 10:05",
           "عمّان – جمّدت أمانة المدينة يوم الخميس أسعار تذاكر الحافلات لمدة عام بعد زيادتين متتاليتين. "
           "ويشمل القرار التذاكر الفردية والاشتراكات الشهرية.",
           "وستُراجع الأسعار مجددا في الربيع المقبل."),
    "fa": ("شیراز قیمت بلیت اتوبوس را یک سال ثابت نگه می‌دارد", "۲۴ اسفند ۱۴۰۲ - ۱۰:۰۵",
           "شیراز – شهرداری روز پنجشنبه پس از دو افزایش پیاپی، قیمت بلیت اتوبوس را برای یک سال ثابت "
           "نگه داشت. این تصمیم شامل بلیت‌های تک‌سفره و کارت‌های ماهانه می‌شود.",
           "قیمت‌ها بهار آینده دوباره بررسی می‌شود."),
    "he": ("חיפה מקפיאה את מחירי הנסיעה באוטובוס לשנה", "14.03.2024 10:05",
           "חיפה – העירייה הקפיאה ביום חמישי את מחירי הנסיעה באוטובוס לשנה, לאחר שתי העלאות רצופות. "
           "ההחלטה חלה על כרטיסים בודדים ועל מנויים חודשיים.",
           "המחירים ייבחנו מחדש באביב הבא."),
    "ur": ("لاہور میں بس کرایے ایک سال کے لیے منجمد", "14/03/2024 10:05",
           "لاہور – شہری حکومت نے جمعرات کو مسلسل دو اضافوں کے بعد بس کے کرایے ایک سال کے لیے منجمد کر "
           "دیے۔ یہ فیصلہ یک طرفہ ٹکٹوں اور ماہانہ کارڈز پر لاگو ہوگا۔",
           "کرایوں کا اگلے موسم بہار میں دوبارہ جائزہ لیا جائے گا۔"),
    "hi": ("जयपुर ने एक साल के लिए बस किराया स्थिर किया", "14 मार्च 2024, 10:05",
           "जयपुर – नगर निगम ने गुरुवार को लगातार दो बढ़ोतरी के बाद बस किराया एक साल के लिए स्थिर कर "
           "दिया। यह फैसला एकल टिकट और मासिक पास दोनों पर लागू होगा।",
           "किरायों की अगले वसंत में फिर से समीक्षा की जाएगी।"),
    "bn": ("খুলনায় এক বছরের জন্য বাসভাড়া স্থির", "১৪ মার্চ ২০২৪, ১০:০৫",
           "খুলনা – সিটি করপোরেশন বৃহস্পতিবার পরপর দুইবার বাড়ানোর পর বাসভাড়া এক বছরের জন্য স্থির "
           "রাখার ঘোষণা দিয়েছে। সিদ্ধান্তটি একক টিকিট ও মাসিক পাস দুটির ক্ষেত্রেই প্রযোজ্য।",
           "আগামী বসন্তে ভাড়া আবার পর্যালোচনা করা হবে।"),
    "ta": ("மதுரையில் பேருந்து கட்டணம் ஓராண்டுக்கு உயர்த்தப்படாது", "14 மார்ச் 2024 10:05",
           "மதுரை – தொடர்ந்து இரண்டு முறை கட்டணம் உயர்த்தப்பட்ட நிலையில், பேருந்து கட்டணத்தை "
           "ஓராண்டுக்கு மாற்றாமல் வைக்க மாநகராட்சி வியாழக்கிழமை முடிவு செய்தது. இந்த முடிவு ஒருமுறை "
           "பயணச்சீட்டுகளுக்கும் மாதாந்திர அட்டைகளுக்கும் பொருந்தும்.",
           "அடுத்த ஆண்டு தொடக்கத்தில் கட்டணங்கள் மீண்டும் பரிசீலிக்கப்படும்."),
    "id": ("Bandung bekukan tarif bus kota selama setahun", "14/03/2024 10:05",
           "BANDUNG – Pemerintah kota pada Kamis membekukan tarif bus kota selama setahun setelah dua kali "
           "kenaikan berturut-turut. Keputusan itu berlaku untuk tiket sekali jalan dan kartu bulanan.",
           "Tarif akan ditinjau kembali awal tahun depan."),
    "ms": ("Ipoh bekukan tambang bas selama setahun", "14/03/2024 10:05",
           "IPOH – Majlis bandar raya pada Khamis membekukan tambang bas selama setahun selepas dua "
           "kenaikan berturut-turut. Keputusan itu meliputi tiket sehala dan pas bulanan.",
           "Tambang akan dikaji semula awal tahun depan."),
    "tl": ("Iloilo, pinigil ang pagtaas ng pasahe sa bus nang isang taon", "14/03/2024 10:05",
           "ILOILO – Pinigil ng pamahalaang lungsod noong Huwebes ang pagtaas ng pasahe sa bus nang isang "
           "taon matapos ang dalawang sunod na pagtaas. Saklaw ng desisyon ang isahang tiket at buwanang pass.",
           "Muling susuriin ang pasahe sa susunod na taon."),
    "vi": ("Đà Nẵng giữ nguyên giá vé xe buýt trong một năm", "14/03/2024 10:05",
           "ĐÀ NẴNG – Ủy ban thành phố hôm thứ Năm quyết định giữ nguyên giá vé xe buýt trong một năm sau "
           "hai lần tăng liên tiếp. Quyết định áp dụng cho vé lượt và vé tháng.",
           "Giá vé sẽ được xem xét lại vào đầu năm sau."),
    "th": ("เชียงใหม่ตรึงค่าโดยสารรถเมล์หนึ่งปี", "14 มี.ค. 2567 10:05",
           "เชียงใหม่ – เทศบาลนครเชียงใหม่ประกาศตรึงค่าโดยสารรถเมล์เป็นเวลาหนึ่งปีเมื่อวันพฤหัสบดี "
           "หลังปรับขึ้นติดต่อกันสองครั้ง มาตรการนี้ครอบคลุมตั๋วเที่ยวเดียวและบัตรรายเดือน",
           "ค่าโดยสารจะได้รับการทบทวนอีกครั้งต้นปีหน้า"),
    "zh": ("成都公交票价冻结一年", "2024-03-14 10:05",
           "成都市政府周四宣布，在连续两次上调之后，公交票价将冻结一年。该决定适用于单程票和月票。",
           "票价将于明年春季重新评估。"),
    "zh-Hant": ("台中公車票價凍結一年", "2024-03-14 10:05",
                "台中市政府週四宣布，在連續兩次調漲之後，公車票價將凍結一年。該決定適用於單程票與月票。",
                "票價將於明年春季重新評估。"),
    "ja": ("仙台市、バス運賃を1年間据え置き", "2024年3月14日 10:05",
           "仙台市は14日、2回続けて値上げしたバス運賃を1年間据え置くと発表した。対象は普通乗車券と定期券。",
           "運賃は来年春に改めて見直す。"),
    "ko": ("대전시, 버스 요금 1년간 동결", "2024.03.14 10:05",
           "대전시는 14일 두 차례 연속 인상한 시내버스 요금을 1년간 동결한다고 밝혔다. 이번 결정은 일반 "
           "승차권과 정기권에 모두 적용된다.",
           "요금은 내년 봄 다시 검토된다."),
    "sw": ("Arusha yasitisha kupanda kwa nauli za mabasi kwa mwaka mmoja", "14.03.2024 10:05",
           "ARUSHA – Halmashauri ya jiji Alhamisi ilisitisha kupanda kwa nauli za mabasi kwa mwaka mmoja "
           "baada ya ongezeko mara mbili mfululizo. Uamuzi huo unahusu tiketi za safari moja na kadi za mwezi.",
           "Nauli zitapitiwa upya mwanzoni mwa mwaka ujao."),
    "am": ("ባህር ዳር የአውቶቡስ ታሪፍን ለአንድ ዓመት አቆመ", "14/03/2024 10:05",
           "ባህር ዳር – የከተማው አስተዳደር ሐሙስ ዕለት ሁለት ተከታታይ ጭማሪዎችን ተከትሎ የአውቶቡስ ታሪፍን ለአንድ "
           "ዓመት እንዳይጨምር ወሰነ። ውሳኔው የአንድ ጉዞ ትኬቶችንና ወርሃዊ ካርዶችን ይመለከታል።",
           "ታሪፉ በሚቀጥለው ዓመት መጀመሪያ እንደገና ይገመገማል።"),
    "eu": ("Gasteizek urtebetez izoztuko ditu autobus txartelen prezioak", "2024-03-14 10:05",
           "GASTEIZ – Udalak ostegunean erabaki du autobus txartelen prezioak urtebetez izoztea, bi "
           "igoera jarraian izan ondoren. Neurriak bidaia bakarreko txartelei eta hileko abonamenduei "
           "eragingo die.",
           "Datorren udaberrian berriro aztertuko dituzte tarifak."),
    "cy": ("Cyngor Abertawe yn rhewi prisiau tocynnau bws am flwyddyn", "14 Mawrth 2024 10:05",
           "ABERTAWE – Penderfynodd y cyngor ddydd Iau rewi prisiau tocynnau bws am flwyddyn, ar ôl dau "
           "gynnydd yn olynol. Mae'r penderfyniad yn cynnwys tocynnau sengl a thocynnau misol.",
           "Bydd y prisiau yn cael eu hadolygu eto y gwanwyn nesaf."),
    "ga": ("Reo ar tháillí bus i nGaillimh ar feadh bliana", "14 Márta 2024 10:05",
           "GAILLIMH – Chinn an chomhairle Déardaoin reo a chur ar tháillí bus ar feadh bliana, tar éis "
           "dhá ardú as a chéile. Baineann an cinneadh le ticéid aonair agus le ticéid mhíosúla.",
           "Déanfar athbhreithniú ar na táillí arís san earrach."),
    "fo": ("Tórshavnar kommuna frystir bussprísirnar í eitt ár", "14.03.2024 - 10:05",
           "TÓRSHAVN – Býráðið samtykti hósdagin at fryst prísirnar á bussferðum í eitt ár, eftir tveir "
           "hækkingar á rað. Avgerðin fevnir um einstakar ferðaseðlar og mánaðarkort.",
           "Prísirnir verða endurskoðaðir aftur komandi vár."),
    "se": ("Guovdageainnu gielda bissehallá bussehattiid jahkái", "14.3.2024 10:05",
           "GUOVDAGEAIDNU – Gielda mearridii duorastaga bissehit bussehattiid jahkái, go hattit ledje "
           "lassánan guktii maŋŋálagaid. Mearrádus guoská ovttaskas bileahtaide ja mánnobileahtaide.",
           "Hattit guorahallojuvvojit fas boahtte giđa."),
    "co": ("In Aiacciu, i prezzi di l'autobus fermi per un annu", "14/03/2024 10:05",
           "AIACCIU – U cunsigliu municipale hà decisu ghjovi di fermà i prezzi di i biglietti di "
           "l'autobus per un annu, dopu à duie crescite di fila. A decisione tocca i biglietti simplici è "
           "l'abbunamenti di u mese.",
           "I prezzi seranu rivisti torna à a prossima primavera."),
    "mk": ("Битола ги замрзнува цените на автобуските билети за една година", "14.03.2024 10:05",
           "БИТОЛА – Советот на општината во четвртокот одлучи да ги замрзне цените на автобуските "
           "билети за една година, по две последователни поскапувања. Одлуката важи за поединечните и "
           "за месечните билети.",
           "Цените повторно ќе бидат разгледани следната пролет."),
    "mt": ("Il-Kunsill tal-Belt jiffriża l-prezzijiet tal-karozzi tal-linja għal sena", "14 ta' Marzu 2024 – 10:05",
           "IL-BELT – Il-kunsill iddeċieda nhar il-Ħamis li jiffriża l-prezzijiet tal-biljetti tal-karozzi "
           "tal-linja għal sena, wara żewġ żidiet wara xulxin. Id-deċiżjoni tkopri l-biljetti singoli u "
           "l-abbonamenti ta' kull xahar.",
           "Il-prezzijiet jerġgħu jiġu riveduti fir-rebbiegħa li ġejja."),
    "sq": ("Shkodra ngrin çmimet e biletave të autobusit për një vit", "14.03.2024 10:05",
           "SHKODËR – Këshilli bashkiak vendosi të enjten të ngrijë çmimet e biletave të autobusit për "
           "një vit, pas dy rritjeve radhazi. Vendimi vlen për biletat e vetme dhe për abonetë mujore.",
           "Çmimet do të rishikohen sërish pranverën e ardhshme."),
}

PUB = {"published": "2024-03-14T10:05:00"}
UPD = {"updated": "2024-03-14T12:40:00"}


def _r(*names):
    return {"reporters": list(names)}


def _e(*names):
    return {"editors": list(names)}


def _t(*names):
    return {"translators": list(names)}


def _p(*names):
    return {"photographers": list(names)}


# ((language, where, line), expected, why)
ROLES = [
    # -- English
    (("en", "above", "By Hannah Whitcombe"), _r("Hannah Whitcombe"), "en: a byline over the copy"),
    (("sv", "above", "Text: Sara Lindgren/TT Foto: Olof Berg/TT Grafik: Nils Åberg/TT"),
     {**_r("Sara Lindgren"), **_p("Olof Berg")},
     "sv: a byline bar of text, photo and graphics credits run together: the writer, the photographer, "
     "no one for the graphics"),
    (("en", "below", "(Reporting by Hannah Whitcombe; additional reporting by Priya Castellano)"),
     _r("Hannah Whitcombe", "Priya Castellano"), "en: Reuters' closing reporting and additional reporting"),
    (("en", "below", "Priya Castellano contributed to this report."), _r("Priya Castellano"),
     "en: AP's contributor's line"),
    (("en", "below", "(Editing by Marcus Delaney)"), _e("Marcus Delaney"), "en: Reuters' closing editor"),
    (("en", "below", "Translated by Lena Okafor"), _t("Lena Okafor"), "en: the translator"),
    (("en", "below", "Translator: Wiremu Castellano"), _t("Wiremu Castellano"),
     "en: the translator's label, as the editor's ('Editor: A')"),
    (("en", "below", "Translator: I Made Suardana Putra"), _t("I Made Suardana Putra"),
     "en: a Balinese man's name opens with 'I', no Catalan 'and'"),
    (("en", "below", "Photo: Tomasz Reilly"), _p("Tomasz Reilly"), "en: a photo credit under the copy"),
    (("en", "below", "_Volunteers stack sandbags along the canal on Friday. (AP Photo/Odile Fernbach)_"),
     _p("Odile Fernbach"), "en: a caption set whole in Markdown's or a chat's italics: its credit read past the marks"),
    (("en", "below", "*Divers check the hull before the launch. (AP Photo/Kwame Asante)*"),
     _p("Kwame Asante"), "en: a caption in a chat's emphasis stars"),
    (("en", "below", "Camera: Tomasz Reilly"), _p("Tomasz Reilly"), "en: a broadcaster's camera operator"),
    (("en", "published", "Published: 14 March 2024 10:05"), PUB, "en: published"),
    (("en", "updated", "Updated: 14 March 2024 12:40"), UPD, "en: updated"),
    # -- French
    (("fr", "above", "Par Claire Dubois"), _r("Claire Dubois"), "fr: byline 'par'"),
    (("fr", "below", "Avec la contribution de Sophie Marchal"), _r("Sophie Marchal"),
     "fr: 'with the contribution of'"),
    (("fr", "below", "Édité par Marc Lefèvre"), _e("Marc Lefèvre"), "fr: 'edited by'"),
    (("fr", "below", "Traduction : Julie Moreau"), _t("Julie Moreau"),
     "fr: 'translation', the colon spaced as French sets it"),
    (("fr", "below", "Photo : Jean Moreau"), _p("Jean Moreau"), "fr: photo, the colon spaced"),
    (("fr", "published", "Publié le 14/03/2024 à 10h05"), PUB, "fr: 'published on'"),
    (("fr", "updated", "Mis à jour le 14/03/2024 à 12h40"), UPD, "fr: 'updated on'"),
    # -- German
    (("de", "above", "Von Anna Becker"), _r("Anna Becker"), "de: byline 'von'"),
    (("de", "below", "Mitarbeit: Lukas Brandt"), _r("Lukas Brandt"), "de: 'contributed' (Mitarbeit)"),
    (("de", "below", "Redaktion: Jonas Krüger"), _e("Jonas Krüger"), "de: 'editing' (Redaktion)"),
    (("de", "below", "Übersetzung: Lea Vogt"), _t("Lea Vogt"), "de: 'translation'"),
    (("de", "below", "Foto: Max Keller"), _p("Max Keller"), "de: 'photo'"),
    (("de", "below", "Kamera: Max Keller"), _p("Max Keller"), "de: a broadcaster's 'camera'"),
    (("de", "published", "Veröffentlicht am 14.03.2024, 10:05 Uhr"), PUB, "de: 'published on'"),
    (("de", "updated", "Aktualisiert am 14.03.2024, 12:40 Uhr"), UPD, "de: 'updated on'"),
    # -- Spanish
    (("es", "above", "Por Lucía Romero Vidal"), _r("Lucía Romero Vidal"), "es: byline 'por'"),
    (("es", "below", "Con información de Andrés Molina"), _r("Andrés Molina"), "es: 'with information from'"),
    (("es", "below", "Editado por Tomás Herrera"), _e("Tomás Herrera"), "es: 'edited by'"),
    (("es", "below", "Traducción: Elena Marín"), _t("Elena Marín"), "es: 'translation'"),
    (("es", "below", "Colaboró en esta información Raúl Ibarra, desde Quito."), _r("Raúl Ibarra"),
     "es: EFE's 'contributed to this story', the place it came from after a comma"),
    (("es", "below", "Colaboraron Inés Duarte y Pablo Nieto"), _r("Inés Duarte", "Pablo Nieto"),
     "es: 'contributed' (colaboraron), two names"),
    (("es", "below", "Foto: Diego Salas"), _p("Diego Salas"), "es: 'photo'"),
    (("es", "published", "Publicado el 14/03/2024 a las 10:05"), PUB, "es: 'published on'"),
    (("es", "updated", "Actualizado el 14/03/2024 a las 12:40"), UPD, "es: 'updated on'"),
    # -- Portuguese
    (("pt", "above", "Por Beatriz Almeida"), _r("Beatriz Almeida"), "pt: byline 'por'"),
    (("pt", "below", "Colaborou Henrique Matos"), _r("Henrique Matos"), "pt: 'contributed' (colaborou)"),
    (("pt", "below", "Edição: Rafael Monteiro"), _e("Rafael Monteiro"), "pt: Agência Brasil's 'editing'"),
    (("pt", "below", "Tradução: Camila Ferraz"), _t("Camila Ferraz"), "pt: 'translation'"),
    (("pt", "below", "Foto: Gustavo Pires"), _p("Gustavo Pires"), "pt: 'photo'"),
    (("pt", "published", "Publicado em 14/03/2024 - 10:05"), PUB, "pt: 'published on'"),
    (("pt", "updated", "Atualizado em 14/03/2024 - 12:40"), UPD, "pt: 'updated on'"),
    # -- Italian
    (("it", "above", "di Marco Bellini"), _r("Marco Bellini"), "it: byline 'di'"),
    (("it", "below", "Ha collaborato Chiara Fontana"), _r("Chiara Fontana"), "it: 'contributed'"),
    (("it", "below", "A cura di Giulia Fabbri"), _e("Giulia Fabbri"), "it: 'edited by' (a cura di)"),
    (("it", "below", "Traduzione di Sara Lodi"), _t("Sara Lodi"), "it: 'translation by'"),
    (("it", "below", "Foto di Paolo Greco"), _p("Paolo Greco"), "it: 'photo by'"),
    (("it", "published", "Pubblicato il 14/03/2024 alle 10:05"), PUB, "it: 'published on'"),
    (("it", "updated", "Aggiornato il 14/03/2024 alle 12:40"), UPD, "it: 'updated on'"),
    # -- Dutch
    (("nl", "above", "Door Sanne Bakker"), _r("Sanne Bakker"), "nl: byline 'door'"),
    (("nl", "below", "Met medewerking van Ruben Mulder"), _r("Ruben Mulder"), "nl: 'with the contribution of'"),
    (("nl", "below", "Eindredactie: Pieter Smit"), _e("Pieter Smit"), "nl: 'final editing'"),
    (("nl", "below", "Vertaling: Eva Jansen"), _t("Eva Jansen"), "nl: 'translation'"),
    (("nl", "below", "Foto: Daan Visser"), _p("Daan Visser"), "nl: 'photo'"),
    (("nl", "published", "Gepubliceerd op 14 maart 2024 10:05"), PUB, "nl: 'published on'"),
    (("nl", "updated", "Bijgewerkt op 14 maart 2024 12:40"), UPD, "nl: 'updated on'"),
    # -- Swedish
    (("sv", "above", "Av Karin Lundgren"), _r("Karin Lundgren"), "sv: byline 'av'"),
    (("sv", "below", "Text: Karin Lundgren"), _r("Karin Lundgren"), "sv: 'text'"),
    (("sv", "below", "Redaktör: Erik Holm"), _e("Erik Holm"), "sv: 'editor'"),
    (("sv", "below", "Översättning: Sara Ek"), _t("Sara Ek"), "sv: 'translation'"),
    (("sv", "below", "Foto: Johan Berg"), _p("Johan Berg"), "sv: 'photo'"),
    (("sv", "below", "Bild: Johan Berg"), _p("Johan Berg"), "sv: 'picture'"),
    (("sv", "published", "Publicerad 14 mars 2024 10:05"), PUB, "sv: 'published'"),
    (("sv", "updated", "Uppdaterad 14 mars 2024 12:40"), UPD, "sv: 'updated'"),
    # -- Danish
    (("da", "above", "Af Mette Kjær"), _r("Mette Kjær"), "da: byline 'af'"),
    (("da", "below", "Redigeret af Lars Holm"), _e("Lars Holm"), "da: 'edited by'"),
    (("da", "below", "Oversat af Sofie Dahl"), _t("Sofie Dahl"), "da: 'translated by'"),
    (("da", "below", "Foto: Anders Lund"), _p("Anders Lund"), "da: 'photo'"),
    (("da", "published", "Publiceret 14. marts 2024 kl. 10.05"), PUB, "da: 'published'"),
    (("da", "updated", "Opdateret 14. marts 2024 kl. 12.40"), UPD, "da: 'updated'"),
    # -- Norwegian (Bokmål)
    (("nb", "above", "Tekst: Ingrid Solberg"), _r("Ingrid Solberg"), "nb: 'text' over the copy"),
    (("nb", "below", "Redigert av Håkon Berg"), _e("Håkon Berg"), "nb: 'edited by'"),
    (("nb", "below", "Oversatt av Mari Lie"), _t("Mari Lie"), "nb: 'translated by'"),
    (("nb", "below", "Foto: Eirik Dahl"), _p("Eirik Dahl"), "nb: 'photo'"),
    (("nb", "published", "Publisert 14.03.2024 10:05"), PUB, "nb: 'published'"),
    (("nb", "updated", "Oppdatert 14.03.2024 12:40"), UPD, "nb: 'updated'"),
    # -- Finnish
    (("fi", "below", "Toimittaja: Aino Virtanen"), _r("Aino Virtanen"), "fi: 'reporter' (toimittaja)"),
    (("fi", "below", "Teksti: Aino Virtanen"), _r("Aino Virtanen"), "fi: 'text'"),
    (("fi", "below", "Toimittanut: Mikko Laine"), _e("Mikko Laine"), "fi: 'edited by' (toimittanut)"),
    (("fi", "below", "Käännös: Liisa Heikkinen"), _t("Liisa Heikkinen"), "fi: 'translation'"),
    (("fi", "below", "Kuva: Juha Niemi"), _p("Juha Niemi"), "fi: 'picture'"),
    (("fi", "published", "Julkaistu 14.3.2024 10:05"), PUB, "fi: 'published'"),
    (("fi", "updated", "Päivitetty 14.3.2024 12:40"), UPD, "fi: 'updated'"),
    # -- Icelandic
    (("is", "below", "Texti: Guðrún Pálsdóttir"), _r("Guðrún Pálsdóttir"), "is: 'text'"),
    (("is", "below", "Ritstjóri: Einar Magnússon"), _e("Einar Magnússon"), "is: 'editor'"),
    (("is", "below", "Þýðing: Helga Sveinsdóttir"), _t("Helga Sveinsdóttir"), "is: 'translation'"),
    (("is", "below", "Mynd: Sigurður Ólafsson"), _p("Sigurður Ólafsson"), "is: 'picture'"),
    (("is", "published", "Birt: 14.3.2024 kl. 10:05"), PUB, "is: 'published'"),
    (("is", "updated", "Uppfært: 14.3.2024 kl. 12:40"), UPD, "is: 'updated'"),
    # -- Polish
    (("pl", "below", "Autor: Katarzyna Wiśniewska"), _r("Katarzyna Wiśniewska"), "pl: 'author'"),
    (("pl", "below", "Redaktor: Tomasz Zieliński"), _e("Tomasz Zieliński"), "pl: 'editor'"),
    (("pl", "below", "Tłumaczenie: Anna Kowalczyk"), _t("Anna Kowalczyk"), "pl: 'translation'"),
    (("pl", "below", "Fot. Piotr Lewandowski"), _p("Piotr Lewandowski"), "pl: 'photo', abbreviated"),
    (("pl", "published", "Data publikacji: 14.03.2024 10:05"), PUB, "pl: 'date of publication'"),
    (("pl", "updated", "Aktualizacja: 14.03.2024 12:40"), UPD, "pl: 'update'"),
    # -- Czech
    (("cs", "below", "Autor: Jana Dvořáková"), _r("Jana Dvořáková"), "cs: 'author'"),
    (("cs", "below", "Editor: Martin Procházka"), _e("Martin Procházka"), "cs: 'editor'"),
    (("cs", "below", "Redakce: Martin Procházka"), _e("Martin Procházka"),
     "cs: 'editorial' naming a person (a desk's place after it names no one)"),
    (("cs", "below", "Překlad: Lucie Černá"), _t("Lucie Černá"), "cs: 'translation'"),
    (("cs", "below", "Spolupracovala Tereza Malá."), _r("Tereza Malá"), "cs: ČTK's 'contributed' (feminine)"),
    (("cs", "below", "Spolupracoval Ondřej Kratochvíl"), _r("Ondřej Kratochvíl"), "cs: ...(masculine)"),
    (("cs", "below", "Připravila Hana Šťastná"), _r("Hana Šťastná"), "cs: 'prepared by' closing an explainer"),
    (("ru", "below", "Подготовила Алёна Громова"), _r("Алёна Громова"), "ru: TASS's 'prepared by' (feminine)"),
    (("uk", "below", "Підготував Остап Гнатюк"), _r("Остап Гнатюк"), "uk: 'prepared by' (masculine)"),
    (("en", "below", "Reported and presented by Hannah Whitcombe. Produced by Omar Siddiqi. Edited by Marcus Delaney."),
     {**_r("Hannah Whitcombe"), **_e("Marcus Delaney")}, "en: a podcast's credits: the presenter reports, a producer no field"),
    (("cs", "below", "Foto: Petr Veselý"), _p("Petr Veselý"), "cs: 'photo'"),
    (("cs", "published", "Publikováno: 14. 3. 2024 10:05"), PUB, "cs: 'published'"),
    (("cs", "updated", "Aktualizováno: 14. 3. 2024 12:40"), UPD, "cs: 'updated'"),
    # -- Slovak
    (("sk", "below", "Autor: Zuzana Horváthová"), _r("Zuzana Horváthová"), "sk: 'author'"),
    (("sk", "below", "Redaktor: Marek Kováč"), _e("Marek Kováč"), "sk: 'editor'"),
    (("sk", "below", "Redakcia: Marek Kováč"), _e("Marek Kováč"), "sk: 'editorial' naming a person"),
    (("sk", "below", "Preklad: Eva Balážová"), _t("Eva Balážová"), "sk: 'translation'"),
    (("sk", "below", "Foto: Ján Hudec"), _p("Ján Hudec"), "sk: 'photo'"),
    (("sk", "published", "Publikované: 14.03.2024 10:05"), PUB, "sk: 'published'"),
    (("sk", "updated", "Aktualizované: 14.03.2024 12:40"), UPD, "sk: 'updated'"),
    # -- Slovene
    (("sl", "below", "Avtor: Maja Kranjc"), _r("Maja Kranjc"), "sl: 'author'"),
    (("sl", "below", "Urednik: Luka Novak"), _e("Luka Novak"), "sl: 'editor'"),
    (("sl", "below", "Prevod: Nina Zupan"), _t("Nina Zupan"), "sl: 'translation'"),
    (("sl", "below", "Foto: Rok Horvat"), _p("Rok Horvat"), "sl: 'photo'"),
    (("sl", "published", "Objavljeno: 14. 3. 2024 ob 10:05"), PUB, "sl: 'published'"),
    (("sl", "updated", "Posodobljeno: 14. 3. 2024 ob 12:40"), UPD, "sl: 'updated'"),
    # -- Croatian
    (("hr", "below", "Autorica: Ivana Marić"), _r("Ivana Marić"), "hr: 'author' (feminine)"),
    (("hr", "below", "Uredio: Marko Babić"), _e("Marko Babić"), "hr: 'edited by' (masculine)"),
    (("hr", "below", "Prijevod: Ana Jurić"), _t("Ana Jurić"), "hr: 'translation'"),
    (("hr", "below", "Foto: Tomislav Perić"), _p("Tomislav Perić"), "hr: 'photo'"),
    (("hr", "published", "Objavljeno: 14.03.2024. u 10:05"), PUB, "hr: 'published'"),
    (("hr", "updated", "Ažurirano: 14.03.2024. u 12:40"), UPD, "hr: 'updated'"),
    # -- Serbian, Latin letters
    (("sr", "below", "Piše: Milica Jovanović"), _r("Milica Jovanović"), "sr: 'writes' over a byline's name"),
    (("sr", "below", "Urednik: Nikola Petrović"), _e("Nikola Petrović"), "sr: 'editor'"),
    (("sr", "below", "Prevela: Jelena Ilić"), _t("Jelena Ilić"), "sr: 'translated' (feminine)"),
    (("sr", "below", "Foto: Stefan Marković"), _p("Stefan Marković"), "sr: 'photo'"),
    (("sr", "published", "Objavljeno: 14.03.2024. u 10:05"), PUB, "sr: 'published'"),
    (("sr", "updated", "Ažurirano: 14.03.2024. u 12:40"), UPD, "sr: 'updated'"),
    # -- Serbian, Cyrillic letters
    (("sr-Cyrl", "below", "Аутор: Милица Јовановић"), _r("Милица Јовановић"), "sr-Cyrl: 'author'"),
    (("sr-Cyrl", "below", "Пише: Милица Јовановић"), _r("Милица Јовановић"), "sr-Cyrl: 'writes'"),
    (("sr-Cyrl", "below", "Уредник: Никола Петровић"), _e("Никола Петровић"), "sr-Cyrl: 'editor'"),
    (("sr-Cyrl", "below", "Превод: Јелена Илић"), _t("Јелена Илић"), "sr-Cyrl: 'translation'"),
    (("sr-Cyrl", "below", "Фото: Стефан Марковић"), _p("Стефан Марковић"), "sr-Cyrl: 'photo'"),
    (("sr-Cyrl", "published", "Објављено: 14.03.2024. у 10:05"), PUB, "sr-Cyrl: 'published'"),
    (("sr-Cyrl", "updated", "Ажурирано: 14.03.2024. у 12:40"), UPD, "sr-Cyrl: 'updated'"),
    # -- Bosnian
    (("bs", "below", "Priredila: Amra Hodžić"), _r("Amra Hodžić"),
     "bs: 'prepared by' (feminine), who wrote the version that runs"),
    (("bs", "below", "Urednica: Lejla Begić"), _e("Lejla Begić"), "bs: 'editor' (feminine)"),
    (("bs", "below", "Prijevod: Emina Delić"), _t("Emina Delić"), "bs: 'translation'"),
    (("bs", "below", "Foto: Adnan Mujić"), _p("Adnan Mujić"), "bs: 'photo'"),
    (("bs", "published", "Objavljeno: 14.03.2024. u 10:05"), PUB, "bs: 'published'"),
    (("bs", "updated", "Ažurirano: 14.03.2024. u 12:40"), UPD, "bs: 'updated'"),
    # -- Hungarian (family name first)
    (("hu", "below", "Szerző: Szabó Eszter"), _r("Szabó Eszter"), "hu: 'author'"),
    (("hu", "below", "Szerkesztő: Tóth Gábor"), _e("Tóth Gábor"), "hu: 'editor'"),
    (("hu", "below", "Fordította: Nagy Réka"), _t("Nagy Réka"), "hu: 'translated by'"),
    (("hu", "below", "Fotó: Varga Bence"), _p("Varga Bence"), "hu: 'photo'"),
    (("hu", "published", "Közzétéve: 2024. március 14. 10:05"), PUB, "hu: 'published'"),
    (("hu", "updated", "Frissítve: 2024. március 14. 12:40"), UPD, "hu: 'updated'"),
    # -- Romanian
    (("ro", "below", "Autor: Andreea Popescu"), _r("Andreea Popescu"), "ro: 'author'"),
    (("ro", "below", "Editor: Mihai Ionescu"), _e("Mihai Ionescu"), "ro: 'editor'"),
    (("ro", "below", "Traducere: Ioana Stan"), _t("Ioana Stan"), "ro: 'translation'"),
    (("ro", "below", "Foto: Radu Dumitru"), _p("Radu Dumitru"), "ro: 'photo'"),
    (("ro", "published", "Publicat: 14.03.2024, 10:05"), PUB, "ro: 'published'"),
    (("ro", "updated", "Actualizat: 14.03.2024, 12:40"), UPD, "ro: 'updated'"),
    # -- Bulgarian
    (("bg", "below", "Автор: Десислава Петкова"), _r("Десислава Петкова"), "bg: 'author'"),
    (("bg", "below", "Редактор: Николай Димов"), _e("Николай Димов"), "bg: 'editor'"),
    (("bg", "below", "Превод: Елена Маринова"), _t("Елена Маринова"), "bg: 'translation'"),
    (("bg", "below", "Снимка: Иван Колев"), _p("Иван Колев"), "bg: 'picture'"),
    (("bg", "published", "Публикувано: 14.03.2024 10:05"), PUB, "bg: 'published'"),
    (("bg", "updated", "Актуализирано: 14.03.2024 12:40"), UPD, "bg: 'updated'"),
    # -- Macedonian
    (("mk", "below", "Автор: Марија Трајковска"), _r("Марија Трајковска"), "mk: 'author'"),
    (("mk", "below", "Уредник: Александар Стојанов"), _e("Александар Стојанов"), "mk: 'editor'"),
    (("mk", "below", "Превод: Ана Петровска"), _t("Ана Петровска"), "mk: 'translation'"),
    (("mk", "below", "Фото: Горан Велков"), _p("Горан Велков"), "mk: 'photo'"),
    (("mk", "published", "Објавено: 14.03.2024 10:05"), PUB, "mk: 'published'"),
    (("mk", "updated", "Ажурирано: 14.03.2024 12:40"), UPD, "mk: 'updated'"),
    # -- Greek
    (("el", "below", "Συντάκτης: Μαρία Οικονόμου"), _r("Μαρία Οικονόμου"), "el: 'writer'"),
    (("el", "below", "Επιμέλεια: Γιώργος Λαμπράκης"), _e("Γιώργος Λαμπράκης"), "el: 'editing'"),
    (("el", "below", "Μετάφραση: Ελένη Κωστοπούλου"), _t("Ελένη Κωστοπούλου"), "el: 'translation'"),
    (("el", "below", "Φωτογραφία: Δημήτρης Ζαφειρίου"), _p("Δημήτρης Ζαφειρίου"), "el: 'photograph'"),
    (("el", "below", "ΦΩΤΟ ΑΡΧΕΙΟΥ: ΑΠΕ-ΜΠΕ / Νίκος Βλάχος"), _p("Νίκος Βλάχος"),
     "el: 'file photo' in capitals (no accent), the agency before the photographer"),
    (("el", "published", "Δημοσιεύθηκε: 14/03/2024 10:05"), PUB, "el: 'published'"),
    (("el", "updated", "Τελευταία ενημέρωση: 14/03/2024 12:40"), UPD, "el: 'last update'"),
    # -- Russian
    (("ru", "below", "Автор: Ирина Волкова"), _r("Ирина Волкова"), "ru: 'author'"),
    (("ru", "below", "Редактор: Сергей Орлов"), _e("Сергей Орлов"), "ru: 'editor'"),
    (("ru", "below", "Перевод: Анна Соколова"), _t("Анна Соколова"), "ru: 'translation'"),
    (("ru", "below", "Переводчик: Игорь Белов"), _t("Игорь Белов"), "ru: 'translator' (masculine)"),
    (("ru", "below", "Переводчица: Вера Климова"), _t("Вера Климова"), "ru: 'translator' (feminine)"),
    (("uk", "below", "Перекладач: Тарас Мельник"), _t("Тарас Мельник"), "uk: 'translator'"),
    (("be", "below", "Пераклала Алеся Жук"), _t("Алеся Жук"), "be: 'translated' (feminine), no colon"),
    (("uk", "below", "Переклав Тарас Гнатів"), _t("Тарас Гнатів"), "uk: 'translated' (masculine), no colon"),
    (("ru", "below", "Перевела Вера Лосева"), _t("Вера Лосева"), "ru: 'translated' (feminine), no colon"),
    (("ru", "below", "Беседовала Ольга Назарова"), _r("Ольга Назарова"), "ru: an interview's 'talked to (her)', its reporter"),
    (("ru", "below", "Фото: Дмитрий Лебедев"), _p("Дмитрий Лебедев"), "ru: 'photo'"),
    (("ru", "published", "Опубликовано: 14.03.2024 10:05"), PUB, "ru: 'published'"),
    (("ru", "updated", "Обновлено: 14.03.2024 12:40"), UPD, "ru: 'updated'"),
    # -- Ukrainian
    (("uk", "below", "Автор: Олена Коваленко"), _r("Олена Коваленко"), "uk: 'author'"),
    (("uk", "below", "Редактор: Андрій Мельник"), _e("Андрій Мельник"), "uk: 'editor'"),
    (("uk", "below", "Переклад: Ірина Бондар"), _t("Ірина Бондар"), "uk: 'translation'"),
    (("uk", "below", "Фото: Тарас Шевчук"), _p("Тарас Шевчук"), "uk: 'photo'"),
    (("uk", "published", "Опубліковано: 14.03.2024 10:05"), PUB, "uk: 'published'"),
    (("uk", "updated", "Оновлено: 14.03.2024 12:40"), UPD, "uk: 'updated'"),
    # -- Belarusian
    (("be", "below", "Аўтар: Алена Жукоўская"), _r("Алена Жукоўская"), "be: 'author'"),
    (("be", "below", "Рэдактар: Павел Кавалёў"), _e("Павел Кавалёў"), "be: 'editor'"),
    (("be", "below", "Пераклад: Ганна Лысенка"), _t("Ганна Лысенка"), "be: 'translation'"),
    (("be", "below", "Фота: Сяргей Мароз"), _p("Сяргей Мароз"), "be: 'photo'"),
    (("be", "published", "Апублікавана: 14.03.2024 10:05"), PUB, "be: 'published'"),
    (("be", "updated", "Абноўлена: 14.03.2024 12:40"), UPD, "be: 'updated'"),
    # -- Lithuanian
    (("lt", "below", "Autorė: Rūta Petrauskienė"), _r("Rūta Petrauskienė"), "lt: 'author' (feminine)"),
    (("lt", "below", "Redaktorius: Mindaugas Jonaitis"), _e("Mindaugas Jonaitis"), "lt: 'editor'"),
    (("lt", "below", "Vertė: Aistė Žukauskaitė"), _t("Aistė Žukauskaitė"), "lt: 'translated'"),
    (("lt", "below", "Nuotrauka: Darius Stankevičius"), _p("Darius Stankevičius"), "lt: 'photo'"),
    (("lt", "published", "Paskelbta: 2024-03-14 10:05"), PUB, "lt: 'published'"),
    (("lt", "updated", "Atnaujinta: 2024-03-14 12:40"), UPD, "lt: 'updated'"),
    # -- Latvian
    (("lv", "below", "Autors: Jānis Bērziņš"), _r("Jānis Bērziņš"), "lv: 'author'"),
    (("lv", "below", "Redaktore: Ilze Ozola"), _e("Ilze Ozola"), "lv: 'editor' (feminine)"),
    (("lv", "below", "Tulkoja: Laura Kalniņa"), _t("Laura Kalniņa"), "lv: 'translated'"),
    (("lv", "below", "Foto: Artūrs Liepiņš"), _p("Artūrs Liepiņš"), "lv: 'photo'"),
    (("lv", "published", "Publicēts: 14.03.2024 10:05"), PUB, "lv: 'published'"),
    (("lv", "updated", "Atjaunināts: 14.03.2024 12:40"), UPD, "lv: 'updated'"),
    # -- Estonian
    (("et", "below", "Autor: Mari Tamm"), _r("Mari Tamm"), "et: 'author'"),
    (("et", "below", "Toimetaja: Kristjan Saar"), _e("Kristjan Saar"), "et: ERR's 'editor'"),
    (("et", "below", "Tõlkis: Liis Kask"), _t("Liis Kask"), "et: 'translated'"),
    (("et", "below", "Foto: Andres Põld"), _p("Andres Põld"), "et: 'photo'"),
    (("et", "published", "Avaldatud: 14.03.2024 10:05"), PUB, "et: 'published'"),
    (("et", "updated", "Uuendatud: 14.03.2024 12:40"), UPD, "et: 'updated'"),
    # -- Turkish
    (("tr", "below", "Muhabir: Elif Yıldız"), _r("Elif Yıldız"), "tr: 'reporter'"),
    (("tr", "below", "Editör: Burak Aydın"), _e("Burak Aydın"), "tr: 'editor'"),
    (("tr", "below", "Çeviri: Zeynep Kaya"), _t("Zeynep Kaya"), "tr: 'translation'"),
    (("tr", "below", "(İngilizce aslından çeviren: Zeynep Kaya)"), _t("Zeynep Kaya"),
     "tr: 'translated from the English original by', the source language with the role, its capital dotted I"),
    (("tr", "below", "Fotoğraf: Emre Demir"), _p("Emre Demir"), "tr: 'photograph'"),
    (("tr", "published", "Yayınlanma: 14.03.2024 10:05"), PUB, "tr: 'publication'"),
    (("tr", "updated", "Güncelleme: 14.03.2024 12:40"), UPD, "tr: 'update'"),
    # -- Azerbaijani
    (("az", "below", "Müəllif: Leyla Məmmədova"), _r("Leyla Məmmədova"), "az: 'author'"),
    (("az", "below", "Redaktor: Rauf Həsənov"), _e("Rauf Həsənov"), "az: 'editor'"),
    (("az", "below", "Tərcümə: Günel Əliyeva"), _t("Günel Əliyeva"), "az: 'translation'"),
    (("az", "below", "Foto: Elvin Quliyev"), _p("Elvin Quliyev"), "az: 'photo'"),
    (("az", "published", "Dərc olunub: 14.03.2024 10:05"), PUB, "az: 'published'"),
    (("az", "updated", "Yenilənib: 14.03.2024 12:40"), UPD, "az: 'updated'"),
    # -- Kazakh
    (("kk", "below", "Автор: Айгерім Сәрсенова"), _r("Айгерім Сәрсенова"), "kk: 'author'"),
    (("kk", "below", "Тілші: Айгерім Сәрсенова"), _r("Айгерім Сәрсенова"), "kk: 'correspondent'"),
    (("kk", "below", "Редактор: Ержан Оспанов"), _e("Ержан Оспанов"), "kk: 'editor'"),
    (("kk", "below", "Аударған: Динара Бекова"), _t("Динара Бекова"), "kk: 'translated by'"),
    (("kk", "below", "Суретті түсірген: Нұрлан Ахметов"), _p("Нұрлан Ахметов"), "kk: 'picture taken by'"),
    (("kk", "published", "Жарияланды: 14.03.2024 10:05"), PUB, "kk: 'published'"),
    (("kk", "updated", "Жаңартылды: 14.03.2024 12:40"), UPD, "kk: 'updated'"),
    # -- Uzbek (Latin letters)
    (("uz", "below", "Muallif: Dilnoza Karimova"), _r("Dilnoza Karimova"), "uz: 'author'"),
    (("uz", "below", "Muharrir: Jasur Rahimov"), _e("Jasur Rahimov"), "uz: 'editor'"),
    (("uz", "below", "Tarjimon: Nodira Yusupova"), _t("Nodira Yusupova"), "uz: 'translator'"),
    (("uz", "below", "Foto: Sardor Tursunov"), _p("Sardor Tursunov"), "uz: 'photo'"),
    (("uz", "published", "Nashr qilindi: 14.03.2024 10:05"), PUB, "uz: 'published'"),
    (("uz", "updated", "Yangilandi: 14.03.2024 12:40"), UPD, "uz: 'updated'"),
    # -- Georgian
    (("ka", "below", "ავტორი: ნინო ბერიძე"), _r("ნინო ბერიძე"), "ka: 'author'"),
    (("ka", "below", "რედაქტორი: გიორგი კაპანაძე"), _e("გიორგი კაპანაძე"), "ka: 'editor'"),
    (("ka", "below", "მთარგმნელი: თამარ გელაშვილი"), _t("თამარ გელაშვილი"), "ka: 'translator'"),
    (("ka", "below", "ფოტო: ლევან ჯაფარიძე"), _p("ლევან ჯაფარიძე"), "ka: 'photo'"),
    (("ka", "published", "გამოქვეყნდა: 14.03.2024 10:05"), PUB, "ka: 'published'"),
    (("ka", "updated", "განახლდა: 14.03.2024 12:40"), UPD, "ka: 'updated'"),
    # -- Armenian: the label closed by its own mark, "՝", where other languages set a colon
    (("hy", "below", "Հեղինակ՝ Անի Սարգսյան"), _r("Անի Սարգսյան"), "hy: 'author'"),
    (("hy", "below", "Խմբագիր՝ Արամ Պետրոսյան"), _e("Արամ Պետրոսյան"), "hy: 'editor'"),
    (("hy", "below", "Թարգմանիչ՝ Լիլիթ Հակոբյան"), _t("Լիլիթ Հակոբյան"), "hy: 'translator'"),
    (("hy", "below", "Լուսանկարիչ՝ Դավիթ Մարտիրոսյան"), _p("Դավիթ Մարտիրոսյան"), "hy: 'photographer'"),
    (("hy", "published", "Հրապարակվել է՝ 14.03.2024 10:05"), PUB, "hy: 'published'"),
    (("hy", "updated", "Թարմացվել է՝ 14.03.2024 12:40"), UPD, "hy: 'updated'"),
    # -- Arabic
    (("ar", "above", "بقلم: ليلى حداد"), _r("ليلى حداد"), "ar: 'by the pen of' over the copy"),
    (("ar", "below", "كتب: سامر الحسيني"), _r("سامر الحسيني"), "ar: '(he) wrote'"),
    (("ar", "below", "تحرير: كريم ناصر"), _e("كريم ناصر"), "ar: 'editing'"),
    (("ar", "below", "ترجمة: نور سليم"), _t("نور سليم"), "ar: 'translation'"),
    (("ar", "below", "تصوير: عمر بركات"), _p("عمر بركات"), "ar: 'photography'"),
    (("ar", "published", "تاريخ النشر: 14/03/2024 10:05"), PUB, "ar: 'date of publication'"),
    (("ar", "updated", "آخر تحديث: 14/03/2024 12:40"), UPD, "ar: 'last update'"),
    # -- Persian (the Solar Hijri date: 24 Esfand 1402 is 14 March 2024)
    (("fa", "below", "نویسنده: مریم احمدی"), _r("مریم احمدی"), "fa: 'writer'"),
    (("fa", "below", "ویراستار: علی رضایی"), _e("علی رضایی"), "fa: 'editor'"),
    (("fa", "below", "مترجم: سارا کریمی"), _t("سارا کریمی"), "fa: 'translator'"),
    (("fa", "below", "عکس: حسین نوری"), _p("حسین نوری"), "fa: 'photo'"),
    (("fa", "published", "تاریخ انتشار: ۲۴ اسفند ۱۴۰۲ - ۱۰:۰۵"), PUB, "fa: 'date of publication'"),
    (("fa", "updated", "آخرین به‌روزرسانی: ۲۴ اسفند ۱۴۰۲ - ۱۲:۴۰"), UPD, "fa: 'last update'"),
    # -- Hebrew
    (("he", "above", "מאת: נועה ברק"), _r("נועה ברק"), "he: byline 'by'"),
    (("he", "below", "עריכה: יואב כהן"), _e("יואב כהן"), "he: 'editing'"),
    (("he", "below", "תרגום: מיכל אברהם"), _t("מיכל אברהם"), "he: 'translation'"),
    (("he", "below", "צילום: אורי שמעוני"), _p("אורי שמעוני"), "he: 'photography'"),
    (("he", "published", "פורסם: 14.03.2024 10:05"), PUB, "he: 'published'"),
    (("he", "updated", "עודכן: 14.03.2024 12:40"), UPD, "he: 'updated'"),
    # -- Urdu
    (("ur", "below", "رپورٹ: عائشہ خان"), _r("عائشہ خان"), "ur: 'report'"),
    (("ur", "below", "ایڈیٹر: عمران ملک"), _e("عمران ملک"), "ur: 'editor'"),
    (("ur", "below", "ترجمہ: فاطمہ رضا"), _t("فاطمہ رضا"), "ur: 'translation'"),
    (("ur", "below", "تصویر: بلال احمد"), _p("بلال احمد"), "ur: 'picture'"),
    (("ur", "published", "شائع شدہ: 14/03/2024 10:05"), PUB, "ur: 'published'"),
    (("ur", "updated", "اپ ڈیٹ: 14/03/2024 12:40"), UPD, "ur: 'update'"),
    # -- Hindi
    (("hi", "below", "लेखक: अंकित शर्मा"), _r("अंकित शर्मा"), "hi: 'writer'"),
    (("hi", "below", "रिपोर्ट: अंकित शर्मा"), _r("अंकित शर्मा"), "hi: 'report'"),
    (("hi", "below", "संपादन: नेहा गुप्ता"), _e("नेहा गुप्ता"), "hi: 'editing'"),
    (("hi", "below", "अनुवाद: रोहित वर्मा"), _t("रोहित वर्मा"), "hi: 'translation'"),
    (("hi", "below", "फोटो: प्रिया सिंह"), _p("प्रिया सिंह"), "hi: 'photo'"),
    (("hi", "published", "प्रकाशित: 14 मार्च 2024, 10:05"), PUB, "hi: 'published'"),
    (("hi", "updated", "अपडेटेड: 14 मार्च 2024, 12:40"), UPD, "hi: 'updated'"),
    # -- Bengali (Bengali digits, as the papers write them)
    (("bn", "below", "প্রতিবেদক: তানভীর হাসান"), _r("তানভীর হাসান"), "bn: 'reporter'"),
    (("bn", "below", "সম্পাদনা: নুসরাত জাহান"), _e("নুসরাত জাহান"), "bn: 'editing'"),
    (("bn", "below", "অনুবাদ: ফারহানা ইসলাম"), _t("ফারহানা ইসলাম"), "bn: 'translation'"),
    (("bn", "below", "ছবি: রাকিব আহমেদ"), _p("রাকিব আহমেদ"), "bn: 'picture'"),
    (("bn", "published", "প্রকাশ: ১৪ মার্চ ২০২৪, ১০:০৫"), PUB, "bn: 'publication'"),
    (("bn", "updated", "আপডেট: ১৪ মার্চ ২০২৪, ১২:৪০"), UPD, "bn: 'update'"),
    # -- Tamil
    (("ta", "below", "செய்தியாளர்: கார்த்திக் ராஜா"), _r("கார்த்திக் ராஜா"), "ta: 'reporter'"),
    (("ta", "below", "பதிப்பாசிரியர்: செல்வி முருகன்"), _e("செல்வி முருகன்"), "ta: 'editor' (of an edition)"),
    (("ta", "below", "மொழிபெயர்ப்பு: பிரியா சுந்தரம்"), _t("பிரியா சுந்தரம்"), "ta: 'translation'"),
    (("ta", "below", "படம்: அருண் குமார்"), _p("அருண் குமார்"), "ta: 'picture'"),
    (("ta", "published", "வெளியிடப்பட்டது: 14 மார்ச் 2024 10:05"), PUB, "ta: 'published'"),
    (("ta", "updated", "புதுப்பிக்கப்பட்டது: 14 மார்ச் 2024 12:40"), UPD, "ta: 'updated'"),
    # -- Indonesian
    (("id", "below", "Penulis: Rina Kusumawati"), _r("Rina Kusumawati"), "id: 'writer'"),
    (("id", "below", "Editor: Bayu Santoso"), _e("Bayu Santoso"), "id: 'editor'"),
    (("id", "below", "Penerjemah: Sari Anggraini"), _t("Sari Anggraini"), "id: 'translator'"),
    (("id", "below", "Red: Yudhistira Pranata"), _e("Yudhistira Pranata"), "id: 'editor' cut short (redaktur)"),
    (("id", "below", "Fotografer: Dimas Pratama"), _p("Dimas Pratama"), "id: 'photographer'"),
    (("id", "published", "Diterbitkan: 14/03/2024 10:05"), PUB, "id: 'published'"),
    (("id", "updated", "Diperbarui: 14/03/2024 12:40"), UPD, "id: 'updated'"),
    # -- Malay
    (("ms", "above", "Oleh Nur Aisyah Rahman"), _r("Nur Aisyah Rahman"), "ms: byline 'oleh'"),
    (("ms", "below", "Disunting oleh: Faizal Hamid"), _e("Faizal Hamid"), "ms: 'edited by'"),
    (("ms", "below", "Diterjemah oleh: Siti Hajar Osman"), _t("Siti Hajar Osman"), "ms: 'translated by'"),
    (("ms", "below", "Gambar: Azlan Yusof"), _p("Azlan Yusof"), "ms: 'picture'"),
    (("ms", "published", "Diterbitkan: 14/03/2024 10:05"), PUB, "ms: 'published'"),
    (("ms", "updated", "Dikemas kini: 14/03/2024 12:40"), UPD, "ms: 'updated'"),
    # -- Tagalog
    (("tl", "above", "Ni Maricel Santos Reyes"), _r("Maricel Santos Reyes"), "tl: byline 'ni'"),
    (("tl", "above", "Ulat ni Rodel Bautista-Lim"), _r("Rodel Bautista-Lim"), "tl: byline 'ulat ni' ('report of')"),
    (("tl", "below", "Patnugot: Jose Ramos"), _e("Jose Ramos"), "tl: 'editor'"),
    (("tl", "below", "Isinalin ni Liza Mendoza"), _t("Liza Mendoza"), "tl: 'translated by'"),
    (("tl", "below", "Isinalin sa Filipino ni Andres C. Villamor mula sa balitang nakasulat sa Ingles."),
     _t("Andres C. Villamor"), "tl: 'translated into Filipino by', the source after 'mula sa' ('from') no name"),
    (("tl", "below", "Larawan: Paolo Garcia"), _p("Paolo Garcia"), "tl: 'picture'"),
    (("tl", "published", "Inilathala: 14/03/2024 10:05"), PUB, "tl: 'published'"),
    (("tl", "updated", "Na-update: 14/03/2024 12:40"), UPD, "tl: 'updated'"),
    # -- Vietnamese
    (("vi", "below", "Tác giả: Trần Minh Quân"), _r("Trần Minh Quân"), "vi: 'author'"),
    (("vi", "below", "Biên tập: Lê Thu Trang"), _e("Lê Thu Trang"), "vi: 'editing'"),
    (("vi", "below", "Dịch: Phạm Hồng Nhung"), _t("Phạm Hồng Nhung"), "vi: 'translation'"),
    (("vi", "below", "Ảnh: Võ Đức Tài"), _p("Võ Đức Tài"), "vi: 'picture'"),
    (("vi", "published", "Ngày đăng: 14/03/2024 10:05"), PUB, "vi: 'date posted'"),
    (("vi", "updated", "Cập nhật: 14/03/2024 12:40"), UPD, "vi: 'updated'"),
    # -- Thai (the Buddhist era's year: 2567 is 2024)
    (("th", "below", "ผู้เขียน: วรรณา ศรีสุข"), _r("วรรณา ศรีสุข"), "th: 'writer'"),
    (("th", "below", "บรรณาธิการ: ประเสริฐ วงศ์ไทย"), _e("ประเสริฐ วงศ์ไทย"), "th: 'editor'"),
    (("th", "below", "ผู้แปล: กมลา ทองดี"), _t("กมลา ทองดี"), "th: 'translator'"),
    (("th", "below", "ภาพ: ธนพล แสงทอง"), _p("ธนพล แสงทอง"), "th: 'picture'"),
    (("th", "published", "เผยแพร่: 14 มี.ค. 2567 10:05"), PUB, "th: 'published'"),
    (("th", "updated", "อัปเดต: 14 มี.ค. 2567 12:40"), UPD, "th: 'updated'"),
    # -- Chinese, simplified
    (("zh", "below", "作者：王晓明"), _r("王晓明"), "zh: 'author'"),
    (("zh", "below", "（记者 王晓明）"), _r("王晓明"), "zh: 'reporter' in brackets"),
    (("zh", "below", "责任编辑：赵丽"), _e("赵丽"), "zh: 'editor in charge'"),
    (("zh", "below", "翻译：刘洋"), _t("刘洋"), "zh: 'translation'"),
    (("zh", "below", "摄影：陈静"), _p("陈静"), "zh: 'photography'"),
    (("zh", "published", "发布时间：2024-03-14 10:05"), PUB, "zh: 'time published'"),
    (("zh", "updated", "更新时间：2024-03-14 12:40"), UPD, "zh: 'time updated'"),
    # -- Chinese, traditional
    (("zh-Hant", "below", "作者：陳怡君"), _r("陳怡君"), "zh-Hant: 'author'"),
    (("zh-Hant", "below", "責任編輯：林志明"), _e("林志明"), "zh-Hant: 'editor in charge'"),
    (("zh-Hant", "below", "翻譯：黃雅琪"), _t("黃雅琪"), "zh-Hant: 'translation'"),
    (("zh-Hant", "below", "攝影：張家豪"), _p("張家豪"), "zh-Hant: 'photography'"),
    (("zh-Hant", "published", "發佈時間：2024-03-14 10:05"), PUB, "zh-Hant: 'time published'"),
    (("zh-Hant", "updated", "更新時間：2024-03-14 12:40"), UPD, "zh-Hant: 'time updated'"),
    # -- Japanese
    (("ja", "below", "（文・佐藤健一）"), _r("佐藤健一"), "ja: 'text' in a closing bracket"),
    (("ja", "below", "編集：鈴木美咲"), _e("鈴木美咲"), "ja: 'editing'"),
    (("ja", "below", "翻訳：高橋直子"), _t("高橋直子"), "ja: 'translation'"),
    (("ja", "below", "写真：田中翔"), _p("田中翔"), "ja: 'photo'"),
    (("ja", "published", "公開日：2024年3月14日 10:05"), PUB, "ja: 'date made public'"),
    (("ja", "updated", "更新日：2024年3月14日 12:40"), UPD, "ja: 'date updated'"),
    # -- Korean
    (("ko", "above", "김민수 기자"), _r("김민수"), "ko: the name, then 'reporter'"),
    (("ko", "below", "편집: 이지은"), _e("이지은"), "ko: 'editing'"),
    (("ko", "below", "번역: 박서연"), _t("박서연"), "ko: 'translation'"),
    (("ko", "below", "사진: 최준호"), _p("최준호"), "ko: 'photo'"),
    (("ko", "published", "입력 2024.03.14 10:05"), PUB, "ko: 'entered'"),
    (("ko", "updated", "수정 2024.03.14 12:40"), UPD, "ko: 'modified'"),
    # -- Swahili
    (("sw", "above", "Na Amina Hassan Mwinyi"), _r("Amina Hassan Mwinyi"), "sw: byline 'na'"),
    (("sw", "below", "Mwandishi: Amina Hassan Mwinyi"), _r("Amina Hassan Mwinyi"), "sw: 'writer'"),
    (("sw", "above", "Na Neema Wairimu Kamau, KNA"), _r("Neema Wairimu Kamau"), "sw: byline 'na', the agency after a comma"),
    (("sw", "above", "Na Mwandishi Wetu"), _r(), "sw: 'by our writer', no one's name"),
    (("sw", "below", "Mhariri: Juma Salim Kombo"), _e("Juma Salim Kombo"), "sw: 'editor'"),
    (("sw", "below", "Tafsiri: Zawadi Mollel"), _t("Zawadi Mollel"), "sw: 'translation'"),
    (("sw", "below", "Picha: Baraka Mushi"), _p("Baraka Mushi"), "sw: 'picture'"),
    (("sw", "published", "Imechapishwa: 14.03.2024 10:05"), PUB, "sw: 'published'"),
    (("sw", "updated", "Imesasishwa: 14.03.2024 12:40"), UPD, "sw: 'updated'"),
    # -- Amharic
    (("am", "below", "ዘጋቢ: ሰላም ተስፋዬ"), _r("ሰላም ተስፋዬ"), "am: 'reporter'"),
    (("am", "below", "አርታኢ: ዳዊት መኮንን"), _e("ዳዊት መኮንን"), "am: 'editor'"),
    (("am", "above", "ዘጋቢ፡- ሰላም ተስፋዬ"), _r("ሰላም ተስፋዬ"), "am: 'reporter', closed by the word colon and a dash"),
    (("am", "below", "አርታኢ፦ ዳዊት መኮንን"), _e("ዳዊት መኮንን"), "am: 'editor', closed by the preface colon"),
    (("am", "below", "ትርጉም: ሄለን አበበ"), _t("ሄለን አበበ"), "am: 'translation'"),
    (("am", "below", "ፎቶ: ዮናስ ታደሰ"), _p("ዮናስ ታደሰ"), "am: 'photo'"),
    (("am", "published", "የታተመበት ቀን: 14/03/2024 10:05"), PUB, "am: 'date published'"),
    (("am", "updated", "የተሻሻለው: 14/03/2024 12:40"), UPD, "am: 'updated'"),
    # -- Basque, Welsh, Irish, Faroese, Northern Sámi, Corsican, Macedonian, Albanian
    (("eu", "below", "Itzulpena: Maialen Urkiola Aranburu"), _t("Maialen Urkiola Aranburu"), "eu: 'translation'"),
    (("eu", "below", "Itzultzailea: Maialen Urkiola"), _t("Maialen Urkiola"), "eu: 'translator'"),
    (("eu", "below", "Argazkia: Unai Garmendia Lasa"), _p("Unai Garmendia Lasa"), "eu: 'photo'"),
    (("eu", "below", "Editorea: Jon Agirre Zubia"), _e("Jon Agirre Zubia"), "eu: 'editor'"),
    (("cy", "below", "Llun: Dafydd Rhys Owen"), _p("Dafydd Rhys Owen"), "cy: 'picture'"),
    (("cy", "below", "Gohebydd: Catrin Haf Jones"), _r("Catrin Haf Jones"), "cy: 'reporter'"),
    (("cy", "below", "Golygydd: Iwan Llŷr Pritchard"), _e("Iwan Llŷr Pritchard"), "cy: 'editor'"),
    (("cy", "below", "Cyfieithiad: Nia Wyn Morgan"), _t("Nia Wyn Morgan"), "cy: 'translation'"),
    (("ga", "below", "Eagarthóir nuachta: Ciarán Ó Dubhghaill"), _e("Ciarán Ó Dubhghaill"), "ga: 'news editor'"),
    (("ga", "below", "Grianghraf: Orla Nic Con Iomaire"), _p("Orla Nic Con Iomaire"), "ga: 'photograph'"),
    (("ga", "below", "Aistriúchán: Dónall Mac Ruairí"), _t("Dónall Mac Ruairí"), "ga: 'translation'"),
    (("fo", "above", "Tekstur: Heðin Joensen Olsen"), _r("Heðin Joensen Olsen"), "fo: 'text', over the copy"),
    (("fo", "below", "Týðing: Sunneva Dam Niclasen"), _t("Sunneva Dam Niclasen"), "fo: 'translation'"),
    (("se", "below", "Govva: Niillas Ánte Sara"), _p("Niillas Ánte Sara"), "se: 'picture'"),
    (("se", "below", "Čálli: Máret Elle Gaup"), _r("Máret Elle Gaup"), "se: 'writer'"),
    (("co", "above", "Scrittu da Ghjacumu Santu Pieri"), _r("Ghjacumu Santu Pieri"), "co: 'written by'"),
    (("mk", "below", "Новинар: Елена Стојановска"), _r("Елена Стојановска"), "mk: 'journalist'"),
    (("sq", "below", "Gazetari: Arben Krasniqi"), _r("Arben Krasniqi"), "sq: 'journalist'"),
    (("sq", "below", "Përkthimi: Dritë Shala"), _t("Dritë Shala"), "sq: 'translation'"),
    (("cy", "published", "Dydd Iau 14 Mawrth 2024, 10:05"), PUB, "cy: the weekday, the day and the Welsh month"),
    (("ga", "published", "Déardaoin, 14 Márta 2024 10:05"), PUB, "ga: the weekday, the day and the Irish month"),
    (("sq", "published", "14 Mars 2024 10:05"), PUB, "sq: the Albanian month"),
    (("mt", "published", "14 ta' Marzu 2024 – 10:05"), PUB, "mt: 'ta'' ('of') between the day and the Maltese month"),
    (("mt", "below", "Kitba: Ġużeppi Vella Zammit"), _r("Ġużeppi Vella Zammit"), "mt: 'writing'"),
    (("sq", "published", "Publikuar: 14.03.2024 10:05"), PUB, "sq: 'published'"),
    (("sq", "updated", "Përditësuar: 14.03.2024 12:40"), UPD, "sq: 'updated'"),
    (("cy", "updated", "Diweddarwyd: 14.03.2024 12:40"), UPD, "cy: 'updated'"),
    (("mt", "updated", "Aġġornat: 14.03.2024 12:40"), UPD, "mt: 'updated'"),
]


def story_text(lang: str, where: str, line: str) -> str:
    """The language's story with the line where it stands: under the headline, in place of
    the date line, or under the copy."""
    title, date, lead, more = LEADS[lang]
    head = [title, ""]
    if where == "above":
        head.append(line)
    head.append(line if where in ("published", "updated") else date)
    text = "\n".join(head) + "\n\n" + lead + "\n\n" + more + "\n"
    if where == "below":
        text += "\n" + line + "\n"
    return text


@_rows(ROLES)
def test_credit_roles_and_date_labels(text, expected, why):
    lang, where, line = text
    story = parse_text(story_text(lang, where, line))
    assert {k: getattr(story, k) for k in expected} == expected
    assert story.title == LEADS[lang][0]
    assert line not in story.body


# ((language, lines), expected, why): several credits under the copy, a line each, as a
# language's sites close a story: no line runs on into the next.
CREDIT_BLOCKS = [
    (("pl", ("Tłumaczenie: Anna Kowalczyk", "Fot. Piotr Lewandowski")),
     {**_t("Anna Kowalczyk"), **_p("Piotr Lewandowski")},
     "pl: a translator's line, then a photo's abbreviated label: no name wrapped onto the next line"),
    (("pl", ("Z Wiednia Tomasz Wrona (PAP)", "tłum. Beata Ostrowska")),
     {**_r("Tomasz Wrona"), **_t("Beata Ostrowska")},
     "pl: PAP's abbreviated 'translation' under the correspondent's sign-off, its dot for a colon"),
    (("cs", ("přel. Lucie Černá",)), _t("Lucie Černá"), "cs: the abbreviated 'translated'"),
    (("nl", ("Tekst: Wout Peeters (Belga) | Foto's: Jana Maes, Bram Wuyts | Eindredactie: Ilse Mertens",)),
     {**_r("Wout Peeters"), **_p("Jana Maes", "Bram Wuyts"), **_e("Ilse Mertens")},
     "nl: the plural 'photos' label with its apostrophe: both names after it are photographers"),
    (("sv", ("Text: Karin Lundgren", "Foto: Johan Berg")), {**_r("Karin Lundgren"), **_p("Johan Berg")},
     "sv: text and photo"),
    (("fi", ("Teksti: Aino Virtanen", "Kuva: Juha Niemi", "Käännös: Liisa Heikkinen")),
     {**_r("Aino Virtanen"), **_p("Juha Niemi"), **_t("Liisa Heikkinen")}, "fi: text, picture, translation"),
    (("cs", ("Autor: Jana Dvořáková", "Překlad: Lucie Černá", "Foto: Petr Veselý")),
     {**_r("Jana Dvořáková"), **_t("Lucie Černá"), **_p("Petr Veselý")}, "cs: author, translation, photo"),
    (("hu", ("Szerző: Szabó Eszter", "Szerkesztő: Tóth Gábor", "Fotó: Varga Bence")),
     {**_r("Szabó Eszter"), **_e("Tóth Gábor"), **_p("Varga Bence")}, "hu: author, editor, photo"),
    (("ru", ("Текст: Олег Зуев. При участии: Дарья Мельникова.",)), _r("Олег Зуев", "Дарья Мельникова"),
     "ru: the writer, then 'with the participation of' a contributor, on one line"),
    (("ru", ("Автор: Ирина Волкова", "Перевод: Анна Соколова", "Редактор: Сергей Орлов")),
     {**_r("Ирина Волкова"), **_t("Анна Соколова"), **_e("Сергей Орлов")}, "ru: author, translation, editor"),
    (("ka", ("ავტორი: ნინო ბერიძე", "რედაქტორი: გიორგი კაპანაძე", "ფოტო: ლევან ჯაფარიძე")),
     {**_r("ნინო ბერიძე"), **_e("გიორგი კაპანაძე"), **_p("ლევან ჯაფარიძე")}, "ka: author, editor, photo"),
    (("hy", ("Հեղինակ՝ Անի Սարգսյան", "Խմբագիր՝ Արամ Պետրոսյան", "Լուսանկարիչ՝ Դավիթ Մարտիրոսյան")),
     {**_r("Անի Սարգսյան"), **_e("Արամ Պետրոսյան"), **_p("Դավիթ Մարտիրոսյան")},
     "hy: author, editor, photographer, each label closed by '՝'"),
    (("ar", ("كتب: سامر الحسيني", "تحرير: كريم ناصر", "تصوير: عمر بركات")),
     {**_r("سامر الحسيني"), **_e("كريم ناصر"), **_p("عمر بركات")}, "ar: wrote, editing, photography"),
    (("ar", ("(تغطية صحفية رامي خليل ونادية سعيد - ترجمة وائل حداد للنشرة العربية - تحرير سلمى عيسى)",)),
     {**_r("رامي خليل", "نادية سعيد"), **_t("وائل حداد"), **_e("سلمى عيسى")},
     "ar: Reuters Arabic's trailer, two reporters joined by the glued 'and', 'translation' without its colon"),
    (("ar", ("(تغطية صحفية رامي وليد - تحرير سلمى عيسى)",)), {**_r("رامي وليد"), **_e("سلمى عيسى")},
     "ar: a name's second word opening with the letter of 'and' is no second person"),
    (("fa", ("خبرنگار: مریم احمدی", "ویراستار: علی رضایی", "عکس: حسین نوری")),
     {**_r("مریم احمدی"), **_e("علی رضایی"), **_p("حسین نوری")}, "fa: reporter, editor, photo"),
    (("hi", ("लेखक: अंकित शर्मा", "अनुवाद: रोहित वर्मा", "फोटो: प्रिया सिंह")),
     {**_r("अंकित शर्मा"), **_t("रोहित वर्मा"), **_p("प्रिया सिंह")}, "hi: writer, translation, photo"),
    (("bn", ("প্রতিবেদক: তানভীর হাসান", "সম্পাদনা: নুসরাত জাহান", "ছবি: রাকিব আহমেদ")),
     {**_r("তানভীর হাসান"), **_e("নুসরাত জাহান"), **_p("রাকিব আহমেদ")}, "bn: reporter, editing, picture"),
    (("th", ("ผู้เขียน: วรรณา ศรีสุข", "ภาพ: ธนพล แสงทอง")),
     {**_r("วรรณา ศรีสุข"), **_p("ธนพล แสงทอง")}, "th: writer, picture"),
    (("zh", ("作者：王晓明", "翻译：刘洋", "摄影：陈静", "责任编辑：赵丽")),
     {**_r("王晓明"), **_t("刘洋"), **_p("陈静"), **_e("赵丽")}, "zh: author, translation, photography, editor"),
    (("ja", ("翻訳：高橋直子", "写真：田中翔")), {**_t("高橋直子"), **_p("田中翔")}, "ja: translation, photo"),
    (("ja", ("港で作業を見守る漁業関係者　写真：川口大輔（共同）",)), _p("川口大輔"),
     "ja: Kyodo's photo credit closing its caption after a space, the agency in brackets"),
    (("zh", ("（报导 Owen Brackley；翻译 孙悦；审校 周涛）",)),
     {**_r("Owen Brackley"), **_t("孙悦"), **_e("周涛")},
     "zh: Reuters Chinese's 'reported by' opening its bracket, the reporter's name in Latin letters"),
    (("ja", ("（Naomi Hartwell 翻訳：村上誠　編集：青木真理）",)),
     {**_r("Naomi Hartwell"), **_t("村上誠"), **_e("青木真理")},
     "ja: Reuters Japan's unlabelled writer in Latin letters, then the translator and the editor"),
    (("ja", ("（取材・文＝中村悠斗、写真＝木下彩、編集＝小池誠）",)),
     {**_r("中村悠斗"), **_p("木下彩"), **_e("小池誠")},
     "ja: 'reporting and text', photo and editing in one bracket, each role closed by '＝'"),
    (("fr", ("Article original de Wim Claes (Belga), traduit du néerlandais par Léa Fontaine.",)),
     {**_r("Wim Claes"), **_t("Léa Fontaine")},
     "fr: the original's writer named under a translation, then its translator"),
    (("ko", ("번역: 박서연", "사진: 최준호")), {**_t("박서연"), **_p("최준호")}, "ko: translation, photo"),
    (("ko", ("글=이하준 기자 · 번역=문채원 기자",)), {**_r("이하준"), **_t("문채원")},
     "ko: 'text=' and 'translation=' parts joined by a middle dot, each name before its role"),
    (("ko", ("글=한도윤 기자 / 번역=서지아 기자",)), {**_r("한도윤"), **_t("서지아")},
     "ko: the same parts joined by a slash"),
    (("tr", ("Muhabir: Elif Yıldız", "Çeviri: Zeynep Kaya", "Fotoğraf: Emre Demir")),
     {**_r("Elif Yıldız"), **_t("Zeynep Kaya"), **_p("Emre Demir")}, "tr: reporter, translation, photograph"),
    (("sw", ("Mwandishi: Amina Hassan Mwinyi", "Tafsiri: Zawadi Mollel", "Picha: Baraka Mushi")),
     {**_r("Amina Hassan Mwinyi"), **_t("Zawadi Mollel"), **_p("Baraka Mushi")}, "sw: writer, translation, picture"),
    (("am", ("ዘጋቢ: ሰላም ተስፋዬ", "አርታኢ: ዳዊት መኮንን")), {**_r("ሰላም ተስፋዬ"), **_e("ዳዊት መኮንን")},
     "am: reporter, editor"),
    (("fa", ("خبرنگار: نرگس کاظمی | دبیر: بهرام یزدانی",)), {**_r("نرگس کاظمی"), **_e("بهرام یزدانی")},
     "fa: ISNA's reporter and desk editor ('دبیر') on one line"),
    (("fa", ("گزارشگر: احمد شاه حبیبی",)), _r("احمد شاه حبیبی"), "fa: the Dari word for 'reporter' (Pajhwok)"),
    (("hy", ("Լուսանկարը՝ Արման Գասպարյան",)), _p("Արման Գասպարյան"), "hy: Armenpress's 'the photo' label"),
    (("es", ("Este artículo fue traducido del inglés por Lucía Ferrer.",)), _t("Lucía Ferrer"),
     "es: a closing sentence that the story was translated, from which language and by whom"),
    (("pt", ("Este texto foi traduzido do inglês por Rui Tavares.",)), _t("Rui Tavares"),
     "pt: ...in Portuguese"),
    (("fr", ("Cet article a été traduit de l'anglais par Hélène Marchal.",)), _t("Hélène Marchal"),
     "fr: ...in French, the language after its elided article"),
    (("it", ("Questo articolo è stato tradotto dall'inglese da Paola Rinaldi.",)), _t("Paola Rinaldi"),
     "it: ...in Italian"),
    (("ru", ("Фото: Н.Оюунчимэг",)), _p("Н.Оюунчимэг"),
     "ru: a photo label's name with the father's initial glued by its dot, as Mongolian writes it"),
    (("en", ("This article was first published by CalMatters and is republished under a Creative Commons "
             "license. Translated by Ines Barrow-Quint.",)), {**_t("Ines Barrow-Quint"), "agencies": ["CalMatters"]},
     "en: a republishing note, its translator's credit run into its end"),
    (("en", ("(Staff writer Tobin Ashgrove-Lee contributed to this report.)",)), _r("Tobin Ashgrove-Lee"),
     "en: a contributor's note set in brackets, as a syndicate's copy closes"),
    (("en", ("(This story was edited by Corin Maddox-Vale.)",)), _e("Corin Maddox-Vale"),
     "en: a closing note's whole sentence naming the story's editor"),
    (("en", ("Photos by Lena Okafor-Dale for The Texas Tribune",)),
     {**_p("Lena Okafor-Dale"), "agencies": ["The Texas Tribune"]},
     "en: the photographer, then 'for' the outlet the pictures were taken for (an agency)"),
    (("en", ("Photo: Lena Okafor-Dale for Harbour Weekly",)), _p("Lena Okafor-Dale"),
     "en: ...after a colon label; an outlet that is no agency credits none"),
    (("en", ("[Editor: Wen Haoran]",)), _e("Wen Haoran"),
     "en: a closing credit in square brackets, as Xinhua's pages set their editor's"),
    (("es", ("[Reportaje de Inés Galarza; edición de Tomás Urquijo]",)),
     {**_r("Inés Galarza"), **_e("Tomás Urquijo")}, "es: a credit group in square brackets"),
]


@_rows(CREDIT_BLOCKS)
def test_credit_blocks_under_the_copy(text, expected, why):
    lang, lines = text
    title, date, lead, more = LEADS[lang]
    story = parse_text(f"{title}\n\n{date}\n\n{lead}\n\n{more}\n\n" + "\n".join(lines) + "\n")
    assert {k: getattr(story, k) for k in expected} == expected
    assert story.title == title
    assert not any(line in story.body for line in lines)


def test_a_photo_archive_names_no_one():
    """"Снимка: Архив БТА" under a picture: the agency's archive, no photographer."""
    title, date, lead, more = LEADS["bg"]
    story = parse_text(f"{title}\n\n{date}\n\nСнимка: Архив БТА\n\n{lead}\n\n{more}\n")
    assert story.photographers == []
