"""Legacy code pages and the spaces and blank lines of copied text: the same story, whatever
bytes and spacing it came in, gives the same fields (stories invented for these tests)."""
from __future__ import annotations

import json

import pytest

from indexer import clean
from indexer.pipeline import parse_text
from tablerows import rows
from wirerun import run_wire

# A paragraph, as stories are: a line or two is too little for charset-normalizer to tell
# one Cyrillic code page from another.
RUSSIAN = ("Губернатор области подписал указ о строительстве нового моста через реку. "
           "Работы начнутся весной и продлятся два года, сообщили в пресс-службе. "
           "По словам чиновников, мост разгрузит центр города и сократит пробки на въезде.")

# (text, code page, why): decode_bytes must give the text back, word for word.
CODE_PAGE_ROWS = [
    ("Brněnské výstaviště chystá opravu střechy; řeka se vylila u Přerova.", "cp1250",
     "Czech read in cp1252 gave 'Brnìnské' and 'støechy'"),
    ("Wojewoda ogłosił, że ruch na moście wróci w piątek, jak zapowiadano.", "cp1250",
     "Polish: ą and ł become symbols inside words in cp1252 ('pi¹tek')"),
    ("Mestna občina je podpisala pogodbo z izvajalcem Kržišnikom za novo šolo.", "iso8859_2",
     "Slovenian in ISO 8859-2: its š and ž are ą and ľ in cp1250"),
    ("Belediye başkanı, köprünün açılışının ertelendiğini söyledi.", "cp1254",
     "Turkish: ş and ı are þ and ý in cp1252"),
    ("Rīgas dome paziņoja, ka jaunais tilts tiks atklāts nākamnedēļ.", "cp1257",
     "Latvian in the Baltic code page"),
    ("L'ouragan a frappé la côte caraïbe près de Cancún et de Mérida, où l'été fut sec.", "cp1252",
     "French with Spanish names: the names' letters are no reason to read it as Slovak in cp1250"),
    ("Noël à Genève: très peu de neige, dit-on, mais un ciel bleu.", "cp1252",
     "French whose è, à and ê all exist in cp1250 as other letters"),
    ("Size: 312 cm²\nAVE: £1,874.20\n© Example Post", "cp1252",
     "no letter beyond ASCII: a pound sign and a square are no Polish Ł or ogonek"),
    (RUSSIAN, "cp1251", "Russian in Windows-1251 reads as accented Latin letters in cp1252"),
    (RUSSIAN + " ", "koi8_r", "Russian in KOI8-R"),
    ("أعلنت الوزارة افتتاح الجسر الجديد في المدينة يوم الأحد.", "cp1256", "Arabic in Windows-1256"),
    ("Η κυβέρνηση ανακοίνωσε νέα γέφυρα στη Θεσσαλονίκη.", "cp1253", "Greek in Windows-1253"),
    ("העירייה הודיעה על פתיחת הגשר החדש ביום ראשון.", "cp1255", "Hebrew in Windows-1255"),
]


@pytest.mark.parametrize("text, code_page, why", CODE_PAGE_ROWS, ids=[r[2] for r in CODE_PAGE_ROWS])
def test_a_legacy_code_page_is_read_back_word_for_word(text, code_page, why):
    assert clean.decode_bytes(text.encode(code_page)) == text, why


# (text, expected, why)
SPACE_ROWS = [
    ("Wien –\u00a0Die Bahn", "Wien – Die Bahn", "a no-break space after a dateline's dash"),
    ("à 14\u202fh 30", "à 14 h 30", "French's narrow no-break space"),
    ("a\u2009b\u2007c", "a b c", "thin and figure spaces"),
    ("東京\u3000共同", "東京\u3000共同", "the ideographic space stays: CJK rules read it"),
]


@rows(SPACE_ROWS)
def test_inline_spaces_become_plain(text, expected, why):
    assert clean.plain_spaces(text) == expected, why


def test_line_end_spaces_and_blank_lines_on_top_are_dropped():
    assert clean.repair_text("New Mexi-  \nco will pay\t\nfarmers") == "New Mexi-\nco will pay\nfarmers"
    assert clean.drop_leading_blank_lines("\n \n\nTitle\n\nBody") == "Title\n\nBody"


STORY = ("Brno otevře nový most přes Svratku\n\n"
         "BRNO, 3. května (ČTK) - Město Brno otevře v pátek nový most přes řeku Svratku, "
         "řekl náměstek primátora. Stavba trvala dva roky a stála přes sto milionů korun.\n")


def _parse(folder, files: dict) -> dict:
    for name, data in files.items():
        (folder / name).write_bytes(data)
    result = run_wire("parse", "--format", "jsonl", str(folder))
    assert result.returncode == 0, result.stderr
    return {json.loads(line)["path"].rsplit("/", 1)[-1]: json.loads(line)
            for line in result.stdout.splitlines() if line.strip()}


def test_the_same_story_in_utf8_and_legacy_code_pages_gives_the_same_fields(tmp_path):
    """A Czech agency story saved in UTF-8, cp1250 and ISO 8859-2: one title, city, agency
    and body. In cp1250 it used to come out as 'Brno otevøe nový most' and 'ÈTK'."""
    got = _parse(tmp_path, {"utf8.txt": STORY.encode("utf-8"), "win.txt": STORY.encode("cp1250"),
                            "iso.txt": STORY.encode("iso8859_2")})
    first = got["utf8.txt"]
    assert first["title"] == "Brno otevře nový most přes Svratku" and first["agencies"] == ["CTK"]
    for name in ("win.txt", "iso.txt"):
        assert {k: got[name][k] for k in ("title", "agencies", "cities", "body")} == \
            {k: first[k] for k in ("title", "agencies", "cities", "body")}, name


def test_spacing_of_copied_text_does_not_change_the_fields(tmp_path):
    """A story copied out of a page: no-break spaces round the dateline's dash, blank lines
    on top, spaces at the line ends. Its fields are those of the clean copy."""
    clean_copy = ("Port reopens after storm\n\n"
                  "VALPARAISO, Chile (AP) - The port reopened on Monday after a storm closed it "
                  "for three days, officials said.\n")
    copied = ("\n\n  \n" + clean_copy.replace("(AP) - ", "(AP)\u00a0-\u00a0")
              .replace("\n", "  \n"))
    got = _parse(tmp_path, {"clean.txt": clean_copy.encode(), "copied.txt": copied.encode()})
    assert got["clean.txt"]["cities"] == ["Valparaiso"] and got["clean.txt"]["agencies"] == ["AP"]
    for field in ("title", "agencies", "cities", "body"):
        assert got["copied.txt"][field] == got["clean.txt"][field], field


def test_a_usenet_post_without_a_charset_keeps_its_letters(tmp_path):
    """A post whose header names no charset, its body in UTF-8: the email package made each
    byte it could not read U+FFFD; the bytes are read as any file's are."""
    post = ("From: lector@example.it (Lettore)\nNewsgroups: it.cultura\n"
            "Subject: Museo riaperto\nDate: Tue, 12 Mar 1996 10:00:00 +0100\n"
            "Message-ID: <a1@example.it>\n\n"
            "Ecco il lancio di stamattina.\n\nMUSEO RIAPERTO A FIRENZE\n\n"
            "(ANSA)\u00a0-\u00a0FIRENZE, 12 MAR - Il museo è stato riaperto oggi dopo tre anni di "
            "lavori, ha detto la direttrice.\n").encode("utf-8")
    got = _parse(tmp_path, {"post.txt": post})["post.txt"]
    assert "\ufffd" not in got["body"] and "è stato riaperto" in got["body"]
    assert got["agencies"] == ["ANSA"] and got["cities"] == ["Firenze"]


# (text, expected cities, why): the dateline as other copy of the same agency spells it
DATELINE_SPELLING_ROWS = [
    ("Grain hub planned\n\nASTANA. KAZINFORM – The ministry plans a new grain hub near the "
     "capital, an official said on Monday.\n", ["Astana"], "the agency's capitals"),
    ("Grain hub planned\n\nAstana. Kazinform – The ministry plans a new grain hub near the "
     "capital, an official said on Monday.\n", ["Astana"],
     "the same in title case: the full stop is no part of the place"),
    ("Baraj doldu\n\nDİYARBAKIR (AA) - Kentteki barajın doluluk oranı yağışların ardından yüzde 90'a "
     "ulaştı, yetkililer açıkladı.\n", ["Diyarbakır"],
     "Turkish capitals: a word with a dotted İ writes its plain I for the dotless ı"),
]


@rows(DATELINE_SPELLING_ROWS)
def test_a_dateline_place_does_not_keep_its_full_stop(text, expected, why):
    assert parse_text(text).cities == expected, why


def test_a_page_in_a_legacy_code_page_with_no_charset_declared(tmp_path):
    """An Arabic page saved in Windows-1256 whose head names no charset: its tags' ASCII
    names must not make it look like Latin text read in cp1252."""
    page = ("<html><head><title>افتتاح جسر جديد في المدينة</title>"
            "<style>body { font-family: serif; margin: 0 auto; }</style></head><body>"
            "<nav><a href='/'>الرئيسية</a> <a href='/world'>العالم</a></nav><article>"
            "<h1>افتتاح جسر جديد في المدينة</h1><p>عمّان (رويترز) - افتتحت البلدية يوم الأحد جسرا "
            "جديدا فوق الوادي بعد عامين من الأعمال، وقال رئيس البلدية إنه سيخفف الازدحام في وسط "
            "المدينة.</p><p>وبلغت كلفة المشروع نحو عشرين مليون دينار.</p></article></body></html>")
    got = _parse(tmp_path, {"page.html": page.encode("cp1256")})["page.html"]
    assert got["title"] == "افتتاح جسر جديد في المدينة"
    assert got["agencies"] == ["Reuters"] and got["language"] == "ar"


# (text as written, the code page it was written in, the one it was read in, why): text
# already decoded in the wrong code page, as an archive keeps it, is read back (repair_text).
MISREAD_ROWS = [
    ("Wojewoda ogłosił w środę, że władze przejmą zakład, a załoga dostanie wypłatę.",
     "iso8859_2", "latin-1", "Latin-2 Polish read as Latin-1: 'og³osi³', 'w³adze'"),
    ("Wojewoda ogłosił w środę, że władze przejmą zakład, a załoga dostanie wypłatę.",
     "cp1250", "cp1252", "cp1250 Polish read as cp1252: 'przejm¹', 'za³oga'"),
    ("Горняки второй день требуют выплаты зарплаты, сообщил профсоюз.",
     "utf-8", "koi8-r", "UTF-8 Russian read as KOI8-R: 'п⌠п╬я─п╫я▐п╨п╦'"),
]


@pytest.mark.parametrize("text, written, read, why", MISREAD_ROWS, ids=[r[3] for r in MISREAD_ROWS])
def test_text_read_in_the_wrong_code_page_is_read_back(text, written, read, why):
    assert clean.repair_text(text.encode(written).decode(read)) == text, why


# (text as a national 7-bit terminal sent it, the text, why): ISO 646's variants, their
# letters on ASCII's brackets, read back by the text's language (repair_text).
ISO646_ROWS = [
    ("STRAN GAR [NNU EFTER STORMEN VID KUSTEN. F[RJORNA TILL \\LAND ST]R STILL OCH M]NGA "
     "RESEN[RER V[NTAR I HAMNEN P] BESKED OM N[R TRAFIKEN KAN B\\RJA IGEN.",
     "STRAN GAR ÄNNU EFTER STORMEN VID KUSTEN. FÄRJORNA TILL ÖLAND STÅR STILL OCH MÅNGA "
     "RESENÄRER VÄNTAR I HAMNEN PÅ BESKED OM NÄR TRAFIKEN KAN BÖRJA IGEN.",
     "Swedish capitals (SEN 850200): [ \\ ] are Ä Ö Å"),
    ("F[RGEN TIL L[S\\ SEJLER IKKE I DAG P] GRUND AF STORMEN, OG MANGE REJSENDE M] VENTE P] "
     "HAVNEN I FREDERIKSHAVN TIL S\\NDAG MORGEN, OPLYSER REDERIET.",
     "FÆRGEN TIL LÆSØ SEJLER IKKE I DAG PÅ GRUND AF STORMEN, OG MANGE REJSENDE MÅ VENTE PÅ "
     "HAVNEN I FREDERIKSHAVN TIL SØNDAG MORGEN, OPLYSER REDERIET.",
     "Danish capitals (DS 2089): [ \\ ] are Æ Ø Å"),
    ("Die F{hre nach Helgoland f{hrt wegen des Sturms heute nicht, die Reisenden m}ssen bis "
     "morgen fr}h warten, teilte die Reederei in Cuxhaven mit. Die Stra~e zum Hafen ist gesperrt.",
     "Die Fähre nach Helgoland fährt wegen des Sturms heute nicht, die Reisenden müssen bis "
     "morgen früh warten, teilte die Reederei in Cuxhaven mit. Die Straße zum Hafen ist gesperrt.",
     "German lower case (DIN 66003): { } ~ are ä ü ß"),
    ("ST\\RRE F]NGST I ]R [N I FJOL. [Arkivets anm.: rad 3 oläslig i originalet] FISKARNA "
     "[R N\\JDA OCH HOPPAS P] EN L]NG S[SONG MED GOTT V[DER.",
     "STÖRRE FÅNGST I ÅR ÄN I FJOL. [Arkivets anm.: rad 3 oläslig i originalet] FISKARNA "
     "ÄR NÖJDA OCH HOPPAS PÅ EN LÅNG SÄSONG MED GOTT VÄDER.",
     "...an archivist's bracketed note inside the 7-bit copy stays as written"),
]


@pytest.mark.parametrize("text, expected, why", ISO646_ROWS, ids=[r[2] for r in ISO646_ROWS])
def test_a_national_7bit_variant_is_read_as_its_letters(text, expected, why):
    assert clean.repair_text(text) == expected, why


# (clean text, why): no repair touches it.
CLEAN_ROWS = [
    ("Die Liste [A] enthält die Werte a[i] und b[j]; siehe Tabelle [B] und [C] für Details zu x|y.",
     "real brackets and a bar in German text, no stand-in between two letters of its case"),
    ("The ARRAY[INDEX] and MAP[KEY] forms, and the TABLE[ROW] lookup, are explained in chapter 4.",
     "brackets between capitals in English code notes: no 7-bit variant's language"),
    ("¿Cuánto costará? El billete sube a 3 £, dijo el Nº 2 de la compañía, a ±5 grados.",
     "Spanish marks and a pound sign beside words, none between two letters"),
    ("Der Händler verkauft Intel® Xeon® und AMD® Opteron® Prozessoren seit 2001.",
     "brands' registered marks glued after their names"),
    ("Le chœur a chanté l'œuvre dans la cour du musée, un vœu de la sœur.",
     "French œ between letters is a letter"),
    ("Škoda oznámila, že Kašpar a Žižka povedou nový závod v Mladé Boleslavi.",
     "Czech Š and Ž as they stand"),
]


@pytest.mark.parametrize("text, why", CLEAN_ROWS, ids=[r[1] for r in CLEAN_ROWS])
def test_clean_text_is_left_as_it_is(text, why):
    assert clean.repair_text(text) == text, why


def test_a_usenet_post_in_utf8_under_an_old_legacy_charset_keeps_its_letters(tmp_path):
    """An archived post re-encoded to UTF-8, its header still naming KOI8-R: read as
    declared, its Cyrillic came out as box-drawing signs; its bytes are UTF-8."""
    post = ("From: desk@example.ru (Desk)\nNewsgroups: relcom.news\n"
            "Subject: Мост\nDate: Wed, 15 Mar 1995 11:20:00 +0300\nMessage-ID: <b2@example.ru>\n"
            "Content-Type: text/plain; charset=koi8-r\n\n"
            "Новый мост открыт в Самаре\n\nСАМАРА, 15 марта. Новый мост через Волгу открыт сегодня "
            "для движения, сообщили в мэрии города.\n").encode("utf-8")
    got = _parse(tmp_path, {"post.txt": post})["post.txt"]
    assert "открыт сегодня" in got["body"] and got["title"] == "Новый мост открыт в Самаре"
