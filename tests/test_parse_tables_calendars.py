"""Table tests for date lines in every script and calendar news copy uses: a story's date as the
sites and agencies of each place print it, in their own digits (Arabic-Indic, Persian, the Indic
scripts, Sinhala, Thai, Lao, Khmer, Burmese, Tibetan, Mongolian, full-width in CJK text), with
the month's name in their language and a time; in the calendar of the place (Solar Hijri with
Iran's and Afghanistan's months, Hijri beside a Gregorian date or alone, Thai Buddhist Era,
Taiwan's Minguo years, Japan's eras, North Korea's Juche years, Nepal's Bikram Sambat, Ethiopian, Hebrew beside
Gregorian); under the language's published and updated labels. Written script by script and
calendar by calendar, not from misses.

Each row is ((language, date lines), expected, why): the line(s) stand in place of the date
line of that language's short story (a title, the date, a dateline paragraph, one more). The
expected times are Gregorian, each conversion checked twice when the table was written (a
calendar library and a formula or a second library); a date the parser cannot convert
faithfully (a Hijri date alone, its day differing from country to country) is left out, None.
Every story, line and name is invented."""
from __future__ import annotations

from indexer.pipeline import parse_text
from tablerows import rows

# language -> (title, dateline paragraph, one more paragraph)
STORIES = {
    "ar": ("بلدية إربد تفتتح حديقة عامة جديدة",
           "إربد – افتتحت بلدية إربد يوم الخميس حديقة عامة جديدة في الحي الشرقي تضم ملاعب للأطفال "
           "وممرات للمشي، بعد عامين من أعمال البناء.",
           "وقالت البلدية إن الحديقة ستفتح أبوابها يوميا حتى منتصف الليل."),
    "fa": ("شهرداری یزد پارک تازه‌ای را افتتاح کرد",
           "یزد – شهرداری یزد روز پنجشنبه پارک تازه‌ای را در شرق شهر با زمین بازی کودکان و مسیر "
           "پیاده‌روی افتتاح کرد که ساخت آن دو سال طول کشید.",
           "به گفته شهرداری، پارک هر روز تا نیمه‌شب باز است."),
    "prs": ("شاروالی هرات پارک تازه را افتتاح کرد",
            "هرات – شاروالی هرات روز پنجشنبه یک پارک تازه را در شرق شهر با میدان بازی اطفال و راه "
            "پیاده‌روی افتتاح کرد که کار ساخت آن دو سال را در بر گرفت.",
            "مسئولان شاروالی می‌گویند پارک هر روز تا نیمه‌شب باز می‌باشد."),
    "ps": ("د کندهار ښاروالۍ نوی پارک پرانیست",
           "کندهار – د کندهار ښاروالۍ د پنجشنبې په ورځ د ښار په ختیځ کې یو نوی پارک پرانیست چې د "
           "ماشومانو د لوبو ځای او د تګ لارې لري.",
           "ښاروالۍ ویلي چې پارک به هره ورځ تر نیمې شپې پورې خلاص وي."),
    "ur": ("ملتان میں نئے عوامی پارک کا افتتاح",
           "ملتان – بلدیہ ملتان نے جمعرات کو شہر کے مشرقی حصے میں ایک نیا عوامی پارک کھول دیا جس میں "
           "بچوں کے کھیلنے کی جگہ اور پیدل چلنے کے راستے ہیں۔",
           "بلدیہ کے مطابق پارک روزانہ آدھی رات تک کھلا رہے گا۔"),
    "hi": ("कानपुर में नए सार्वजनिक उद्यान का उद्घाटन",
           "कानपुर – नगर निगम ने गुरुवार को शहर के पूर्वी हिस्से में एक नया सार्वजनिक उद्यान खोला, "
           "जिसमें बच्चों के खेलने की जगह और पैदल पथ हैं।",
           "निगम के अनुसार उद्यान रोज़ आधी रात तक खुला रहेगा।"),
    "ne": ("पोखरामा नयाँ सार्वजनिक उद्यान सञ्चालनमा",
           "पोखरा – महानगरपालिकाले बिहीबार सहरको पूर्वी भागमा बालबालिकाका लागि खेल मैदान र पैदल "
           "मार्ग भएको नयाँ सार्वजनिक उद्यान सञ्चालनमा ल्यायो।",
           "महानगरका अनुसार उद्यान दिनहुँ मध्यरातसम्म खुला रहनेछ।"),
    "bn": ("রাজশাহীতে নতুন উদ্যান উদ্বোধন",
           "রাজশাহী – সিটি করপোরেশন বৃহস্পতিবার শহরের পূর্বাংশে শিশুদের খেলার মাঠ ও হাঁটার পথসহ "
           "একটি নতুন উদ্যান উদ্বোধন করেছে।",
           "করপোরেশন জানিয়েছে, উদ্যানটি প্রতিদিন মধ্যরাত পর্যন্ত খোলা থাকবে।"),
    "pa": ("ਪਟਿਆਲਾ ਵਿੱਚ ਨਵੇਂ ਪਾਰਕ ਦਾ ਉਦਘਾਟਨ",
           "ਪਟਿਆਲਾ – ਨਗਰ ਨਿਗਮ ਨੇ ਵੀਰਵਾਰ ਨੂੰ ਸ਼ਹਿਰ ਦੇ ਪੂਰਬੀ ਹਿੱਸੇ ਵਿੱਚ ਬੱਚਿਆਂ ਦੇ ਖੇਡ ਮੈਦਾਨ ਅਤੇ ਸੈਰ ਲਈ "
           "ਰਸਤੇ ਵਾਲਾ ਨਵਾਂ ਪਾਰਕ ਖੋਲ੍ਹਿਆ।",
           "ਨਿਗਮ ਅਨੁਸਾਰ ਪਾਰਕ ਹਰ ਰੋਜ਼ ਅੱਧੀ ਰਾਤ ਤੱਕ ਖੁੱਲ੍ਹਾ ਰਹੇਗਾ।"),
    "gu": ("વડોદરામાં નવા જાહેર બગીચાનું ઉદ્ઘાટન",
           "વડોદરા – મહાનગરપાલિકાએ ગુરુવારે શહેરના પૂર્વ ભાગમાં બાળકો માટે રમતના મેદાન અને ચાલવાના "
           "માર્ગ સાથેનો નવો જાહેર બગીચો ખુલ્લો મૂક્યો.",
           "પાલિકાના જણાવ્યા મુજબ બગીચો રોજ મધરાત સુધી ખુલ્લો રહેશે."),
    "ta": ("சேலத்தில் புதிய பொதுப் பூங்கா திறப்பு",
           "சேலம் – மாநகராட்சி வியாழக்கிழமை நகரின் கிழக்குப் பகுதியில் குழந்தைகள் விளையாடும் இடமும் "
           "நடைபாதையும் கொண்ட புதிய பூங்காவைத் திறந்தது.",
           "பூங்கா தினமும் நள்ளிரவு வரை திறந்திருக்கும் என மாநகராட்சி தெரிவித்தது."),
    "te": ("వరంగల్‌లో కొత్త పార్కు ప్రారంభం",
           "వరంగల్ – నగరపాలక సంస్థ గురువారం నగరం తూర్పు భాగంలో పిల్లల ఆట స్థలం, నడక దారులతో కొత్త "
           "పార్కును ప్రారంభించింది.",
           "పార్కు ప్రతిరోజూ అర్ధరాత్రి వరకు తెరిచి ఉంటుందని సంస్థ తెలిపింది."),
    "kn": ("ಮೈಸೂರಿನಲ್ಲಿ ಹೊಸ ಉದ್ಯಾನ ಉದ್ಘಾಟನೆ",
           "ಮೈಸೂರು – ನಗರ ಪಾಲಿಕೆ ಗುರುವಾರ ನಗರದ ಪೂರ್ವ ಭಾಗದಲ್ಲಿ ಮಕ್ಕಳ ಆಟದ ಮೈದಾನ ಮತ್ತು ನಡಿಗೆ ಪಥವಿರುವ "
           "ಹೊಸ ಉದ್ಯಾನವನ್ನು ಉದ್ಘಾಟಿಸಿತು.",
           "ಉದ್ಯಾನ ಪ್ರತಿದಿನ ಮಧ್ಯರಾತ್ರಿಯವರೆಗೆ ತೆರೆದಿರುತ್ತದೆ ಎಂದು ಪಾಲಿಕೆ ತಿಳಿಸಿದೆ."),
    "ml": ("തൃശൂരിൽ പുതിയ പാർക്ക് തുറന്നു",
           "തൃശൂർ – കോർപറേഷൻ വ്യാഴാഴ്ച നഗരത്തിന്റെ കിഴക്കുഭാഗത്ത് കുട്ടികളുടെ കളിസ്ഥലവും നടപ്പാതയുമുള്ള "
           "പുതിയ പാർക്ക് തുറന്നു.",
           "പാർക്ക് ദിവസവും അർധരാത്രി വരെ തുറന്നിരിക്കുമെന്ന് കോർപറേഷൻ അറിയിച്ചു."),
    "or": ("କଟକରେ ନୂଆ ପାର୍କ ଉଦ୍‌ଘାଟିତ",
           "କଟକ – ମହାନଗର ନିଗମ ଗୁରୁବାର ସହରର ପୂର୍ବ ଭାଗରେ ପିଲାଙ୍କ ଖେଳ ପଡ଼ିଆ ଓ ଚାଲିବା ରାସ୍ତା ଥିବା ଏକ "
           "ନୂଆ ପାର୍କ ଖୋଲିଲା।",
           "ନିଗମ କହିଛି ଯେ ପାର୍କ ପ୍ରତିଦିନ ମଧ୍ୟରାତ୍ରି ପର୍ଯ୍ୟନ୍ତ ଖୋଲା ରହିବ।"),
    "si": ("මහනුවර නව පොදු උද්‍යානයක් විවෘත කෙරේ",
           "මහනුවර – මහ නගර සභාව බ්‍රහස්පතින්දා නගරයේ නැගෙනහිර ප්‍රදේශයේ ළමා ක්‍රීඩා පිටියක් සහ ඇවිදීමේ "
           "මංතීරු සහිත නව උද්‍යානයක් විවෘත කළේය.",
           "උද්‍යානය දිනපතා මධ්‍යම රාත්‍රිය දක්වා විවෘතව පවතින බව නගර සභාව පැවසීය."),
    "th": ("ขอนแก่นเปิดสวนสาธารณะแห่งใหม่",
           "ขอนแก่น – เทศบาลนครขอนแก่นเปิดสวนสาธารณะแห่งใหม่ทางฝั่งตะวันออกของเมืองเมื่อวันพฤหัสบดี "
           "มีทั้งลานเด็กเล่นและทางเดินออกกำลังกาย",
           "เทศบาลระบุว่าสวนจะเปิดให้บริการทุกวันจนถึงเที่ยงคืน"),
    "lo": ("ນະຄອນຫຼວງເປີດສວນສາທາລະນະແຫ່ງໃໝ່",
           "ວຽງຈັນ – ຫ້ອງການນະຄອນຫຼວງ ໄດ້ເປີດສວນສາທາລະນະແຫ່ງໃໝ່ ທາງທິດຕາເວັນອອກຂອງເມືອງ ໃນວັນພະຫັດ "
           "ເຊິ່ງມີບ່ອນຫຼິ້ນຂອງເດັກນ້ອຍ ແລະ ທາງຍ່າງ.",
           "ສວນດັ່ງກ່າວ ຈະເປີດທຸກມື້ ຈົນຮອດທ່ຽງຄືນ."),
    "km": ("សាលាក្រុងបាត់ដំបងបើកសួនច្បារសាធារណៈថ្មី",
           "បាត់ដំបង – សាលាក្រុងបាត់ដំបង បានបើកសួនច្បារសាធារណៈថ្មីមួយ នៅភាគខាងកើតនៃទីក្រុង កាលពីថ្ងៃព្រហស្បតិ៍ "
           "ដែលមានកន្លែងលេងសម្រាប់កុមារ និងផ្លូវដើរ។",
           "សួនច្បារនេះ នឹងបើកជារៀងរាល់ថ្ងៃ រហូតដល់ពាក់កណ្ដាលអធ្រាត្រ។"),
    "my": ("မန္တလေးတွင် ပန်းခြံသစ် ဖွင့်လှစ်",
           "မန္တလေး – မြို့တော်စည်ပင်သာယာရေးကော်မတီက ကြာသပတေးနေ့တွင် မြို့၏ အရှေ့ဘက်၌ ကလေးကစားကွင်းနှင့် "
           "လမ်းလျှောက်လမ်းများပါဝင်သည့် ပန်းခြံသစ်တစ်ခုကို ဖွင့်လှစ်ခဲ့သည်။",
           "ပန်းခြံကို နေ့စဉ် သန်းခေါင်အထိ ဖွင့်ထားမည်ဖြစ်သည်။"),
    "bo": ("གཞིས་ཀ་རྩེར་གླིང་ག་གསར་པ་ཞིག་སྒོ་ཕྱེ།",
           "གཞིས་ཀ་རྩེ། གྲོང་ཁྱེར་གྱི་འགོ་འཛིན་ཁང་གིས་གཟའ་ཕུར་བུའི་ཉིན་གྲོང་ཁྱེར་གྱི་ཤར་ཕྱོགས་སུ་བྱིས་པའི་རྩེད་ཐང་དང་"
           "གོམ་ལམ་ལྡན་པའི་གླིང་ག་གསར་པ་ཞིག་སྒོ་ཕྱེ།",
           "གླིང་ག་དེ་ཉིན་རེ་བཞིན་ནམ་ཕྱེད་བར་དུ་སྒོ་ཕྱེ་ཡོད།"),
    "mn": ("ᠬᠥᠬᠡᠬᠣᠲᠠ ᠳ᠋ᠤ ᠰᠢᠨ᠎ᠡ ᠴᠡᠴᠡᠷᠯᠢᠭ ᠨᠡᠭᠡᠭᠡᠪᠡ",
           "ᠬᠥᠬᠡᠬᠣᠲᠠ – ᠬᠣᠲᠠ ᠶᠢᠨ ᠵᠠᠰᠠᠭ ᠤᠨ ᠣᠷᠳᠣᠨ ᠭᠠᠳᠠᠭᠠᠳᠤ ᠬᠡᠰᠡᠭ ᠲᠦ ᠬᠡᠦᠬᠡᠳ ᠦᠨ ᠨᠠᠭᠠᠳᠤᠮ ᠤᠨ ᠲᠠᠯᠠᠪᠠᠢ "
           "ᠲᠠᠢ ᠰᠢᠨ᠎ᠡ ᠴᠡᠴᠡᠷᠯᠢᠭ ᠢ ᠨᠡᠭᠡᠭᠡᠪᠡ᠃",
           "ᠴᠡᠴᠡᠷᠯᠢᠭ ᠡᠳᠦᠷ ᠪᠦᠷᠢ ᠰᠥᠨᠢ ᠶᠢᠨ ᠬᠠᠭᠠᠰ ᠬᠦᠷᠲᠡᠯᠡ ᠨᠡᠭᠡᠭᠡᠯᠲᠡᠲᠡᠢ᠃"),
    "zh": ("洛阳新建城市公园开放",
           "洛阳市政府周四宣布，城东新建的城市公园正式开放，园内设有儿童游乐场和步行道。",
           "公园每天开放至午夜。"),
    "zh-Hant": ("嘉義市新公園啟用",
                "嘉義市政府週四表示，位於市區東側的新公園正式啟用，園內設有兒童遊戲場與步道。",
                "公園每天開放至午夜。"),
    "ja": ("金沢市に新しい公園が開園",
           "金沢市は14日、市東部に子どもの遊び場と遊歩道を備えた新しい公園を開園したと発表した。",
           "公園は毎日午前0時まで開いている。"),
    "ko": ("청주시, 동부에 새 공원 개장",
           "청주시는 14일 시 동부에 어린이 놀이터와 산책로를 갖춘 새 공원을 개장했다고 밝혔다.",
           "공원은 매일 자정까지 문을 연다."),
    "am": ("ሀዋሳ አዲስ የሕዝብ መናፈሻ ከፈተች",
           "ሀዋሳ – የከተማው አስተዳደር ሐሙስ ዕለት በከተማዋ ምሥራቅ ክፍል የልጆች መጫወቻና የእግር መንገድ ያለው "
           "አዲስ መናፈሻ ከፈተ።",
           "መናፈሻው በየቀኑ እስከ እኩለ ሌሊት ክፍት እንደሚሆን አስተዳደሩ ገልጿል።"),
    "he": ("נתניה פותחת פארק ציבורי חדש",
           "נתניה – העירייה פתחה ביום חמישי פארק ציבורי חדש במזרח העיר, ובו מגרש משחקים לילדים ושבילי "
           "הליכה.",
           "לדברי העירייה, הפארק יהיה פתוח מדי יום עד חצות."),
    "el": ("Ο δήμος της Λάρισας εγκαινίασε νέο πάρκο",
           "ΛΑΡΙΣΑ – Ο δήμος της Λάρισας εγκαινίασε την Πέμπτη νέο πάρκο στα ανατολικά της πόλης, με "
           "παιδική χαρά και διαδρόμους για περπάτημα, ύστερα από δύο χρόνια εργασιών.",
           "Σύμφωνα με τον δήμο, το πάρκο θα μένει ανοιχτό κάθε μέρα ως τα μεσάνυχτα."),
    "hy": ("Գյումրիում նոր զբոսայգի է բացվել",
           "ԳՅՈՒՄՐԻ – Քաղաքապետարանը հինգշաբթի օրը քաղաքի արևելյան մասում բացել է նոր զբոսայգի՝ "
           "խաղահրապարակով և զբոսանքի արահետներով, երկու տարվա շինարարությունից հետո։",
           "Քաղաքապետարանի խոսքով՝ զբոսայգին բաց կլինի ամեն օր մինչև կեսգիշեր։"),
}


def story_text(lang: str, lines: str) -> str:
    """The language's story with ``lines`` (one or two date lines) under its title."""
    title, lead, more = STORIES[lang]
    return f"{title}\n\n{lines}\n\n{lead}\n\n{more}\n"


def _pub(stamp):
    return {"published": stamp}


def _both(published, updated):
    return {"published": published, "updated": updated}


T = "2024-03-14T14:30:00"     # the day most rows date: Thursday 14 March 2024, 14:30
D = "2024-03-14"
U = "2024-03-14T16:10:00"     # ... and its update at 16:10

# ((language, date line(s)), expected, why). 14 March 2024 is 24 Esfand (Hut) 1402 in the
# Solar Hijri calendar, 4 Ramadan 1445 (Umm al-Qura), 4 Adar II 5784, 1 Chait 2080 in the
# Bikram Sambat, 5 Megabit 2016 in the Ethiopian calendar, 2567 in the Buddhist Era, Minguo
# 113 and Reiwa 6.
CALENDARS = [
    # -- (a) local digits, the month's name in the language, a time
    (("ar", "١٤ مارس ٢٠٢٤ - ١٤:٣٠"), _pub(T), "ar: Arabic-Indic digits, Egypt's and the Gulf's month names"),
    (("ar", "الخميس ١٤ آذار ٢٠٢٤ ١٤:٣٠"), _pub(T),
     "ar: a weekday, Arabic-Indic digits, the Levant's Syriac month name"),
    (("ar", "الأحد 14 كانون الثاني 2024 - 09:15"), _pub("2024-01-14T09:15:00"),
     "ar: the Levant's two-word January (كانون الثاني), ASCII digits"),
    (("ar", "١٤ يناير ٢٠٢٤ - ٠٢:٣٠ م"), _pub("2024-01-14T14:30:00"),
     "ar: 'م' after the time is p.m."),
    (("fa", "۱۴ مارس ۲۰۲۴ - ۱۴:۳۰"), _pub(T),
     "fa: Persian digits, the Gregorian month's Persian name (BBC Persian, Euronews)"),
    (("fa", "پنجشنبه ۱۴ ژانویه ۲۰۲۴"), _pub("2024-01-14"),
     "fa: a weekday and Persian's Gregorian January (ژانویه)"),
    (("ur", "جمعرات ۱۴ مارچ ۲۰۲۴"), _pub(D), "ur: Urdu in Extended Arabic-Indic digits"),
    (("hi", "१४ मार्च २०२४, १४:३०"), _pub(T), "hi: Devanagari digits, Hindi month"),
    (("hi", "गुरुवार, 14 मार्च 2024, 02:30 PM (IST)"), _pub("2024-03-14T14:30:00+05:30"),
     "hi: ASCII digits, p.m. and India's zone in brackets as Hindi portals stamp"),
    (("bn", "১৪ মার্চ ২০২৪, ১৪:৩০"), _pub(T), "bn: Bengali digits, Bengali month"),
    (("pa", "੧੪ ਮਾਰਚ ੨੦੨੪ ੧੪:੩੦"), _pub(T), "pa: Gurmukhi digits"),
    (("gu", "૧૪ માર્ચ, ૨૦૨૪ ૧૪:૩૦"), _pub(T), "gu: Gujarati digits, a comma after the month"),
    (("ta", "14 மார்ச் 2024 14:30"), _pub(T), "ta: Tamil month, ASCII digits as Tamil papers print"),
    (("ta", "௧௪ மார்ச் ௨௦௨௪"), _pub(D), "ta: Tamil digits (rare in print, still read)"),
    (("te", "౧౪ మార్చి ౨౦౨౪ ౧౪:౩౦"), _pub(T), "te: Telugu digits"),
    (("kn", "೧೪ ಮಾರ್ಚ್ ೨೦೨೪ ೧೪:೩೦"), _pub(T), "kn: Kannada digits"),
    (("ml", "൧൪ മാർച്ച് ൨൦൨൪"), _pub(D), "ml: Malayalam digits"),
    (("ml", "2024 മാർച്ച് 14, 02:30 PM"), _pub(T),
     "ml: the year first, as Malayalam portals stamp, ASCII digits"),
    (("or", "୧୪ ମାର୍ଚ୍ଚ ୨୦୨୪, ୧୪:୩୦"), _pub(T), "or: Odia digits"),
    (("si", "2024 මාර්තු 14, 14:30"), _pub(T), "si: the year first, Sinhala letters for March"),
    (("si", "මාර්තු ෧෪, ෨෦෨෪"), _pub(D), "si: Sinhala's archaic (lith) digits"),
    (("th", "๑๔ มีนาคม ๒๕๖๗ ๑๔:๓๐ น."), _pub(T), "th: Thai digits, the Buddhist Era's year"),
    (("th", "14 มี.ค. 67 14:30 น."), _pub(T),
     "th: the abbreviated month and the Buddhist Era year's last two digits (67 = 2567)"),
    (("th", "วันพฤหัสบดีที่ 14 มีนาคม พ.ศ. 2567"), _pub(D), "th: weekday, 'B.E.' before the year"),
    (("lo", "໑໔ ມີນາ ໒໐໒໔ ເວລາ ໑໔:໓໐"), _pub(T), "lo: Lao digits, 'at' before the time"),
    (("lo", "ວັນທີ 14 ມີນາ 2024"), _pub(D), "lo: 'date' before the day, ASCII digits"),
    (("km", "ថ្ងៃព្រហស្បតិ៍ ទី១៤ ខែមីនា ឆ្នាំ២០២៤ ម៉ោង ១៤:៣០"), _pub(T),
     "km: Khmer digits, each part's mark glued on"),
    (("my", "၂၀၂၄ ခုနှစ်၊ မတ်လ ၁၄ ရက်"), _pub(D),
     "my: Burmese digits, year first: year, March-month, day"),
    (("my", "မတ် ၁၄၊ ၂၀၂၄"), _pub(D), "my: month first, Burmese comma"),
    (("bo", "ཕྱི་ལོ་༢༠༢༤ ཟླ་༣ ཚེས་༡༤"), _pub(D),
     "bo: Tibetan digits, the Western year, the month's and day's numbers"),
    (("mn", "᠒᠐᠒᠔-᠐᠓-᠑᠔ ᠑᠔:᠓᠐"), _pub(T), "mn: Mongolian digits, ISO order"),
    (("zh", "２０２４年３月１４日　１４：３０"), _pub(T), "zh: full-width digits and colon"),
    (("zh", "发布时间：２０２４－０３－１４ １４：３０"), _pub(T), "zh: full-width ISO date under 'release time'"),
    (("ja", "２０２４年３月１４日　１４時３０分"), _pub(T), "ja: full-width digits, hours and minutes marks"),
    # -- (b) calendars
    (("fa", "۲۴ اسفند ۱۴۰۲ - ۱۴:۳۰"), _pub(T), "fa: Solar Hijri, Iran's month (Esfand)"),
    (("fa", "پنجشنبه ۲۴ اسفند ۱۴۰۲ ساعت ۱۴:۳۰"), _pub(T), "fa: weekday and 'hour' before the time"),
    (("fa", "۱۴۰۲/۱۲/۲۴ - ۱۴:۳۰"), _pub(T), "fa: Solar Hijri in figures, year first (Tasnim)"),
    (("fa", "۲۴ اسفند ۱۴۰۲ - ۱۴ مارس ۲۰۲۴"), _pub(D), "fa: Solar Hijri beside the Gregorian date"),
    (("prs", "۲۴ حوت ۱۴۰۲"), _pub(D), "prs: Solar Hijri, Afghanistan's Dari month (Hut = Esfand)"),
    (("prs", "پنجشنبه ۲۶ حمل ۱۴۰۳ - ۱۰:۰۰"), _pub("2024-04-14T10:00:00"),
     "prs: Hamal, the year's first month (26 Hamal 1403)"),
    (("prs", "۱۶ میزان ۱۴۰۳"), _pub("2024-10-07"), "prs: Mizan (Mehr): 16 Mizan 1403"),
    (("ps", "۲۴ کب ۱۴۰۲"), _pub(D), "ps: Solar Hijri, Pashto's own month name (Kab = Hut)"),
    (("ps", "۲۶ وری ۱۴۰۳"), _pub("2024-04-14"), "ps: Pashto's first month (Wray = Hamal)"),
    (("ar", "الخميس 4 رمضان 1445 هـ - 14 مارس 2024 م"), _pub(D),
     "ar: Hijri, then the Gregorian date: the Gregorian one is read"),
    (("ar", "4 رمضان 1445 هـ الموافق 14 مارس 2024 م"), _pub(D), "ar: Hijri 'corresponding to' Gregorian"),
    (("ar", "الخميس 4 رمضان 1445 هـ"), _pub(None),
     "ar: Hijri alone: its day differs from country to country, so no date is guessed"),
    (("ar", "الخميس 1445/9/4 هـ 14-03-2024 م  14:30"), _pub(T),
     "ar: a lunar Hijri date in figures, its era's letter after it, is no Solar Hijri one"),
    (("ar", "1445/09/04هـ"), _pub(None),
     "ar: a lunar Hijri date in figures alone: neither Solar Hijri nor Gregorian, no date"),
    (("ar", "04/09/1445 هـ الموافق 14/03/2024 م"), _pub(D), "ar: lunar Hijri day first, then the Gregorian"),
    (("fa", "۱۴۰۲/۱۲/۲۴ ه.ش - ۱۴:۳۰"), _pub(T), "fa: the Solar era's own letters keep it Solar"),
    (("th", "14 มีนาคม 2567 เวลา 14:30 น."), _pub(T), "th: Buddhist Era year 2567"),
    (("zh-Hant", "民國113年3月14日"), _pub(D), "zh-Hant: Minguo year with its era's name"),
    (("zh-Hant", "113年3月14日 14:30"), _pub(T), "zh-Hant: a bare Minguo year, as Taiwanese sites print"),
    (("zh-Hant", "發布日期：113-03-14"), _pub(D), "zh-Hant: a Minguo year in figures under 'release date'"),
    (("ja", "令和6年3月14日 14時30分"), _pub(T), "ja: Reiwa 6"),
    (("ja", "平成31年4月30日"), _pub("2019-04-30"), "ja: Heisei's last day"),
    (("ja", "令和元年5月1日"), _pub("2019-05-01"), "ja: Reiwa's first year written 'gan'"),
    (("ne", "२०८० फागुन २२ गते"), _pub("2024-03-05"), "ne: Bikram Sambat, year first, 'gate'"),
    (("ne", "फागुन २२, २०८० १४:३०"), _pub("2024-03-05T14:30:00"), "ne: Bikram Sambat, month first, a time"),
    (("ne", "बिहीबार, चैत १, २०८०"), _pub(D), "ne: a weekday and Chait 1"),
    (("ne", "२०८० फागुन २२ | March 5, 2024"), _pub("2024-03-05"), "ne: Bikram Sambat beside the AD date"),
    (("ne", "मिति: २०७९।०४।१५  समय: ०९:१०"), _pub("2022-07-31T09:10:00"),
     "ne: Bikram Sambat in figures, year first, dandas between its parts (RSS Nepal's feed), and a time"),
    (("am", "መጋቢት 5/2016"), _pub(D), "am: Ethiopian date, the year after a slash (ENA)"),
    (("am", "መጋቢት 5 ቀን 2016 ዓ.ም"), _pub(D), "am: Ethiopian date with 'day' and the era's mark"),
    (("he", "ד' באדר ב' תשפ\"ד, 14.03.2024 14:30"), _pub(T), "he: the Hebrew date beside the Gregorian one"),
    (("he", "יום חמישי, 14 במרץ 2024"), _pub(D), "he: Hebrew weekday and month 'in March'"),
    # -- (c) published and updated labels in the language
    (("ar", "تاريخ النشر: ١٤ مارس ٢٠٢٤ - ١٤:٣٠\nآخر تحديث: ١٤ مارس ٢٠٢٤ - ١٦:١٠"), _both(T, U),
     "ar: 'date of publication', 'last update'"),
    (("fa", "تاریخ انتشار: ۲۴ اسفند ۱۴۰۲ - ۱۴:۳۰\nآخرین به روزرسانی: ۲۴ اسفند ۱۴۰۲ - ۱۶:۱۰"), _both(T, U),
     "fa: 'date of publication', 'last update' (spaced)"),
    (("prs", "تاریخ نشر: ۲۴ حوت ۱۴۰۲\nآخرین به‌روزرسانی: ۲۵ حوت ۱۴۰۲"), _both(D, "2024-03-15"),
     "prs: Dari's 'date of publication' and 'last update', Afghan months"),
    (("ur", "شائع: 14 مارچ 2024 14:30\nاپ ڈیٹ: 14 مارچ 2024 16:10"), _both(T, U), "ur: 'published', 'update'"),
    (("hi", "प्रकाशित: १४ मार्च २०२४, १४:३०\nअपडेट: १४ मार्च २०२४, १६:१०"), _both(T, U),
     "hi: 'published', 'update'"),
    (("ne", "प्रकाशित मिति: २०८० फागुन २२ गते\nअपडेट: २०८० फागुन २३ गते"), _both("2024-03-05", "2024-03-06"),
     "ne: 'date of publication', 'update', Bikram Sambat"),
    (("bn", "প্রকাশ: ১৪ মার্চ ২০২৪, ১৪: ৩০\nআপডেট: ১৪ মার্চ ২০২৪, ১৬: ১০"), _both(T, U),
     "bn: 'publication', 'update', the minutes spaced from the colon"),
    (("gu", "પ્રકાશિત: ૧૪ માર્ચ, ૨૦૨૪ ૧૪:૩૦\nઅપડેટ: ૧૪ માર્ચ, ૨૦૨૪ ૧૬:૧૦"), _both(T, U), "gu: 'published', 'update'"),
    (("ta", "வெளியிடப்பட்டது: 14 மார்ச் 2024 14:30\nபுதுப்பிக்கப்பட்டது: 14 மார்ச் 2024 16:10"), _both(T, U),
     "ta: 'published', 'updated'"),
    (("te", "ప్రచురించబడింది: ౧౪ మార్చి ౨౦౨౪ ౧౪:౩౦\nఅప్‌డేట్: ౧౪ మార్చి ౨౦౨౪ ౧౬:౧౦"), _both(T, U),
     "te: 'published', 'update', Telugu digits"),
    (("kn", "ಪ್ರಕಟಿಸಲಾಗಿದೆ: 14 ಮಾರ್ಚ್ 2024, 14:30\nಅಪ್‌ಡೇಟ್: 14 ಮಾರ್ಚ್ 2024, 16:10"), _both(T, U),
     "kn: 'published', 'update'"),
    (("ml", "പ്രസിദ്ധീകരിച്ചത്: 14 മാർച്ച് 2024, 02:30 PM\nഅപ്ഡേറ്റ്: 14 മാർച്ച് 2024, 04:10 PM"), _both(T, U),
     "ml: 'published', 'update', p.m."),
    (("or", "ପ୍ରକାଶିତ: ୧୪ ମାର୍ଚ୍ଚ ୨୦୨୪, ୧୪:୩୦\nଅପଡେଟ: ୧୪ ମାର୍ଚ୍ଚ ୨୦୨୪, ୧୬:୧୦"), _both(T, U),
     "or: 'published', 'update', Odia digits"),
    (("si", "පළ කළේ: 2024 මාර්තු 14, 14:30\nයාවත්කාලීන කළේ: 2024 මාර්තු 14, 16:10"), _both(T, U),
     "si: 'published', 'updated', the year first"),
    (("km", "ចុះផ្សាយ៖ ថ្ងៃព្រហស្បតិ៍ ទី១៤ ខែមីនា ឆ្នាំ២០២៤ ម៉ោង ១៤:៣០"), _pub(T),
     "km: 'published' closed by Khmer's colon (៖)"),
    (("th", "เผยแพร่: 14 มี.ค. 2567 14:30 น.\nปรับปรุงล่าสุด: 14 มี.ค. 2567 16:10 น."), _both(T, U),
     "th: 'published', 'last revised'"),
    (("zh", "发布时间：2024-03-14 14:30\n更新时间：2024-03-14 16:10"), _both(T, U), "zh: 'release time', 'update time'"),
    (("zh-Hant", "發布時間：民國113年3月14日 14:30\n更新時間：民國113年3月14日 16:10"), _both(T, U),
     "zh-Hant: labels over Minguo dates"),
    (("ja", "公開日：令和6年3月14日 14時30分\n更新日：令和6年3月14日 16時10分"), _both(T, U),
     "ja: 'made public', 'updated' over Reiwa dates"),
    (("ko", "게시 2024.03.14 14:30\n수정 2024.03.14 16:10"), _both(T, U), "ko: 'posted', 'revised'"),
    (("he", "פורסם: 14.03.24 14:30\nעודכן: 14.03.24 16:10"), _both(T, U), "he: 'published', 'updated'"),
    (("am", "የታተመበት ቀን: መጋቢት 5/2016\nየተሻሻለው: መጋቢት 6/2016"), _both(D, "2024-03-15"),
     "am: 'date printed', 'revised', Ethiopian dates"),
    # -- (d) labels and layouts met after the table was first written
    (("ps", "نېټه: درېشنبه، ۱۴۰۲/۱۲/۲۲ - ۱۴:۳۰"), _pub("2024-03-12T14:30:00"),
     "ps: 'date', Pashto's own Tuesday and a comma, a numeric Solar Hijri date"),
    (("ta", "பதிவு செய்த நாள்: மார்ச் 14, 2024 14:30"), _pub(T), "ta: 'date posted'"),
    (("zh", "【发稿时间】2024-03-14 14:30"), _pub(T), "zh: an archive record's 'filing time' in brackets"),
    (("zh-Hant", "新聞來源：中央社\u3000發布時間：113/03/14 14:30\u3000更新時間：113/03/14 16:10"), _both(T, U),
     "zh-Hant: source, release and update parted by ideographic spaces, numeric Minguo dates"),
    (("hi", "प्रकाशित: 14 मार्च 2024, 14:30 | अद्यतन: 14 मार्च 2024, 16:10"), _both(T, U),
     "hi: Hindi's own 'updated' (अद्यतन) beside 'published'"),
    (("el", "Πέμπτη, 14 Μαρτίου 2024 14:30 · Τελευταία ενημέρωση: 16:10"), _both(T, U),
     "el: the update's time alone after a middle dot, the day the publication's"),
    (("hy", "14:30, 14 Մարտ, 2024"), _pub(T), "hy: the time first, the month's stand-alone name"),
    (("ko", "주체113(2024)년 3월 14일 14:30:00"), _pub(T),
     "ko: North Korea's Juche year, the common era's year in brackets after it (KCNA)"),
    (("ko", "주체113년 3월 14일"), _pub(D), "ko: a bare Juche year (Juche 1 is 1912)"),
    (("ja", "令和6年3月14日 14時30分（最終更新 16時10分）"), _both(T, U),
     "ja: the last update's time alone in brackets after the Reiwa date and time"),
    (("ja", "2024年3月14日 14:30（最終更新 3月15日 01:05）"), _both(T, "2024-03-15T01:05:00"),
     "ja: the last update's month and day before its time in the brackets, the year the date's"),
    (("ja", "2024年3月14日午後 2:30 GMT+9"), _pub("2024-03-14T14:30:00+09:00"),
     "ja: the afternoon's mark, a 12-hour time and GMT with its offset, as a wire's Japanese page"),
    (("zh", "2024年3月14日 下午 2:30 GMT+8"), _pub("2024-03-14T14:30:00+08:00"),
     "zh: the same in Chinese, 下午 and GMT+8"),
    (("zh", "2024年3月14日 下午 2:30 GMT+8 阴天"), _pub(None),
     "zh: a word that is no source after the zone: no date line"),
    (("ar", "١٤-٣-٢٠٢٤ | ١٤:٣٠ آخر تحديث: ١٤-٣-٢٠٢٤ | ١٦:١٠"), _both(T, U),
     "ar: a page's two stamps run into one bar (its spans joined), each time after a bar"),
]


@rows(CALENDARS)
def test_calendar_date_lines(text, expected, why):
    lang, lines = text
    story = parse_text(story_text(lang, lines))
    assert {k: getattr(story, k) for k in expected} == expected
    assert story.title == STORIES[lang][0]
