"""Per-stage table tests for where a clipped or saved story came from: the address a reading
or clipping tool keeps (a labelled line, a print footer, a page's meta or its source link).
(input, expected, why) rows; a new row for every bug fixed. Every line and page is invented."""
from __future__ import annotations

import lxml.html

from indexer.fields.head_patterns import URL_LINE_RE
from indexer.formats import html
from indexer.pipeline import parse_text
from tablerows import rows as _rows


# (line, address or None, why): a line that is the story's address
URL_LINES = [
    ("Source: https://news.example.com/harbour-pier", "https://news.example.com/harbour-pier",
     "a labelled address"),
    ("Clipped from: <https://news.example.com/2019/07/pier-closes.html>",
     "https://news.example.com/2019/07/pier-closes.html", "OneNote's clip label, the address in angle brackets"),
    ("Clipped from: https://tv.example.ca/canada/pier-closes-1.4411", "https://tv.example.ca/canada/pier-closes-1.4411",
     "OneNote's clip label on a text clip"),
    ("https://news.example.com/business/pier-sale-2021-10-14/      2/2",
     "https://news.example.com/business/pier-sale-2021-10-14/", "a print-to-PDF footer: the address, then the page count"),
    ("https://news.example.com/business/pier-sale 1/2", "https://news.example.com/business/pier-sale",
     "the footer's gap squashed to one space"),
    ("https://news.example.com/a 2/2 pages left", None, "words after the count: no footer"),
    ("Clipped from the harbour board's newsletter", None, "the label's words without an address"),
    ("Pasted from <https://news.example.jp/articles/55120934>", "https://news.example.jp/articles/55120934",
     "OneNote's mark under a pasted page, no colon after its words"),
    ("Eingefügt aus <https://www.beispiel.example.de/politik/hafen-1.552>",
     "https://www.beispiel.example.de/politik/hafen-1.552", "...in German"),
    ("Pasted from the minutes of the board", None, "the mark's words without an address"),
]


@_rows(URL_LINES)
def test_url_lines(text, expected, why):
    m = URL_LINE_RE.match(text)
    assert (m["url"] if m else None) == expected


def _saved(head: str, top: str) -> str:
    return (f"<!DOCTYPE html><html><head><title>Harbour board shuts old ferry pier</title>{head}</head>"
            f"<body>{top}<h1>Harbour board shuts old ferry pier</h1><div><p>LISBON (Reuters) - The "
            f"harbour board shut the old ferry pier on Monday.</p><p>See also <a href=\"https://news.example.com/"
            f"other-story\">news.example.com</a></p></div></body></html>")


# (page, url, why): the clipped page's address in a reading or clipping tool's saved copy
SAVED_PAGE_URLS = [
    (_saved('<meta name="source-url" content="https://news.example.com/world/pier-shut-idUS12"/>', ""),
     "https://news.example.com/world/pier-shut-idUS12", "Evernote's HTML export: its source-url meta"),
    (_saved("", '<div class="origin_line"><a href="https://www.harbourpost.example/news/pier-shut/a41/">'
                'harbourpost.example</a> &middot; by The Canadian Press &middot; 3 min</div>'),
     "https://www.harbourpost.example/news/pier-shut/a41/", "Instapaper's origin line: a link named by its host"),
    (_saved("", '<a class="domain reader-domain" href="https://www.kpier.example/news/pier-shut/">kpier.example</a>'),
     "https://www.kpier.example/news/pier-shut/", "Firefox's Reader view: the domain link over the headline"),
    (_saved("", '<nav><a href="https://www.harbourpost.example/">harbourpost.example</a></nav>'), None,
     "a site's link home: no path, no story's address"),
    (_saved("", '<nav><a href="https://www.harbourpost.example/world/">World news</a></nav>'), None,
     "a menu link: its text is no host name"),
    (_saved("", ""), None, "a host-named link inside the story's text links another story"),
]


@_rows(SAVED_PAGE_URLS)
def test_saved_page_urls(text, expected, why):
    assert html.read_page_meta(lxml.html.document_fromstring(text))["url"] == expected


STORY = ("Lithium mine consultation extended\n\nThe environment agency extended the public consultation "
         "on a proposed mine by 30 days on Monday.\n\nMore than 900 submissions have been received.\n\n")


# (closing line, agencies, why): a line naming the agency copy a site's story draws on
CLOSING_SOURCE_LINES = [
    ("Source material: LUSA", ["Lusa"], "an English site's note of the agency copy it rewrote"),
    ("Source material: interviews with residents", [], "the label before no agency"),
    ("Quell: Belga", ["Belga"], "the Luxembourgish source label before the agency"),
    ("المصدر: شينخوا", ["Xinhua"], "the Arabic source label before Xinhua's Arabic name"),
    ("*Con información de EFE", ["EFE"], "a credit set as a footnote, its star first"),
    ("*Con información de AFP y Reuters.", ["AFP", "Reuters"], "...two agencies, a closing full stop"),
    ("*Los nombres de los vecinos fueron cambiados.", [], "a starred note that credits no one stays text"),
]


@_rows(CLOSING_SOURCE_LINES)
def test_closing_source_lines(text, expected, why):
    story = parse_text(STORY + text + "\n")
    assert story.agencies == expected
    assert (text in story.body) == (not expected)


# (a reader's citation line over the clip, story's address, why)
CITATION_LINES = [
    ("Cita: Agencia EFE (2011, 3 de marzo). Abren un museo en Jaén. Diario Ejemplo. Recuperado de "
     "http://www.diario.example.es/cultura/museo-jaen.html", "http://www.diario.example.es/cultura/museo-jaen.html",
     "es: an APA-style reference, its address after 'recovered from'"),
    ("Reference: Reuters (2015, June 2). Mine talks resume. Retrieved from https://news.example.com/mine-talks",
     "https://news.example.com/mine-talks", "en: 'retrieved from'"),
    ("Quelle: dpa (2018). Hafen öffnet wieder. Abgerufen von https://news.example.de/hafen.", "https://news.example.de/hafen",
     "de: 'abgerufen von', the full stop after the address left out"),
    ("Référence : AFP, « Le port rouvre », Le Journal, 4 mai 2016. https://journal.example.fr/port-rouvre "
     "(consulté le 9 juin 2016).", "https://journal.example.fr/port-rouvre",
     "fr: the address before the day the reader looked at it, in brackets"),
    ("Note: see https://blog.example.com/my-thoughts for my thoughts on the port", None,
     "an address in a note with no citation's words: not the story's"),
]


@_rows(CITATION_LINES)
def test_citation_lines(text, expected, why):
    story = parse_text(f"{text}\n\n{STORY}")
    assert story.url == expected


# (a citation line over the clip, the story's published day, why)
CITATION_DAYS = [
    ("Cita: Agencia EFE (2011, 3 de marzo). Abren un museo en Jaén. Diario Ejemplo. Recuperado de "
     "http://www.diario.example.es/cultura/museo-jaen.html", "2011-03-03", "es: the author-date day, year first"),
    ("Reuters (2015, June 2). Mine talks resume. Retrieved from https://news.example.com/mine-talks",
     "2015-06-02", "en: APA's day"),
    ("Reuters (2015). Mine talks resume. Retrieved from https://news.example.com/mine-talks", None,
     "a year alone is no day"),
    ("Reuters (2015, June 2). Mine talks resume. Harbour Weekly.", None,
     "a citation that gives no address is not read for a day"),
]


@_rows(CITATION_DAYS)
def test_citation_days(text, expected, why):
    story = parse_text(f"{text}\n\n{STORY}")
    assert (story.published or "")[:10] == (expected or "")


# ((address under the headline, closing line), story's address, why): a share link over
# the story against a labelled source line under it
SHARED_LINKS = [
    (("https://news.google.com/articles/CBMiQWh0dHBzOi8vbWluZS5leGFtcGxl?hl=en-GB", "Source: https://news.example.org/mine-consultation"),
     "https://news.example.org/mine-consultation", "an aggregator's share link gives way to the labelled source line"),
    (("https://apple.news/AbCdEf123", "Quelle: https://news.example.de/bergbau-anhoerung"),
     "https://news.example.de/bergbau-anhoerung", "an Apple News link, a German source label"),
    (("https://news.example.org/mine-consultation", "Source: https://other.example.com/copy-of-it"),
     "https://news.example.org/mine-consultation", "a site's own address over the story stays the story's"),
    (("https://news.google.com/articles/CBMiQWh0dHBzOi8vbWluZS5leGFtcGxl", "https://news.example.org/mine-2"),
     "https://news.google.com/articles/CBMiQWh0dHBzOi8vbWluZS5leGFtcGxl", "a bare address under the copy is no label"),
]


@_rows(SHARED_LINKS)
def test_shared_links_and_source_lines(text, expected, why):
    link, closing = text
    title, _, rest = STORY.partition("\n\n")
    story = parse_text(f"{title}\n{link}\n\n{rest}{closing}\n")
    assert story.url == expected


# (head line, (agencies, published, updated), why): an agency's credit on a site's head line
HEAD_CREDIT_LINES = [
    ("The Canadian Press · Posted: Mar 5, 2024 6:02 PM ET | Last Updated: March 5, 2024",
     (["CP"], "2024-03-05T18:02:00-05:00", "2024-03-05"), "CBC: the agency, a bullet, then the two stamps"),
    ("The Canadian Press · Posted: Mar 5, 2024 6:02 PM ET", (["CP"], "2024-03-05T18:02:00-05:00", None),
     "the agency and one stamp"),
    ("Reuters • Mar 5, 2024 6:02 PM ET", (["Reuters"], "2024-03-05T18:02:00-05:00", None), "a bullet after a short name"),
    ("Sport · Mar 5, 2024", ([], "2024-03-05", None), "a section before the date: no agency"),
    ("Input: IANS | Published: 5 March 2024, 6:02 PM (IST)", (["IANS"], "2024-03-05T18:02:00+05:30", None),
     "an Indian site's source label, a bar, then the published stamp"),
    ("इनपुट: भाषा | प्रकाशित: 5 मार्च 2024, 6:02 PM (IST)", (["PTI"], "2024-03-05T18:02:00+05:30", None),
     "...the Hindi label before PTI's Hindi service"),
    ("Źródło: PAP | 05.03.2024, 18:02", (["PAP"], "2024-03-05T18:02:00", None),
     "a source label of another language before the date"),
    ("5. März 2024, 18:02 Uhr Quelle: Nordkurier Online, dpa, AFP, mk", (["dpa", "AFP"], "2024-03-05T18:02:00", None),
     "a source label after the time word on the date's line: the site and an editor's initials pass, the "
     "agencies count"),
    ("5 mars 2024 à 18h02 Source : AFP", (["AFP"], "2024-03-05T18:02:00", None),
     "a French source label after the stamp, one space apart"),
]


@_rows(HEAD_CREDIT_LINES)
def test_head_credit_lines(text, expected, why):
    story = parse_text("Ferry pier closes after storm\n\n" + text + "\n\nHALIFAX — The harbour board closed "
                       "the old ferry pier on Tuesday after a storm, a spokesman said.\n\nRepairs will take "
                       "most of the spring.\n")
    assert (story.agencies, story.published, story.updated) == expected
    assert story.title == "Ferry pier closes after storm"


# (text under the headline, text kept, why): a page's text cut to start at its dateline
DATELINE_STARTS = [
    ("The Canadian Press\nPublished March 5, 2024\nHALIFAX — The pier closed.",
     "The Canadian Press\nPublished March 5, 2024\nHALIFAX — The pier closed.",
     "an agency's own line over the date is kept with it"),
    ("Officials watch the quays.\nHALIFAX (CP) — The pier closed.", "HALIFAX (CP) — The pier closed.",
     "a standfirst above the dateline goes"),
    ("Officials watch the quays.\n\nAFP-JIJI\nMar 4, 2025\n\nHANOI – The market moved.",
     "AFP-JIJI\nMar 4, 2025\n\nHANOI – The market moved.",
     "a page's credit line in its date line's paragraph stays, with the paragraph's breaks"),
]


@_rows(DATELINE_STARTS)
def test_dateline_starts(text, expected, why):
    assert html.start_at_dateline(text) == expected


# (line under the headline, cities, why): a page's button row is no dateline
BUTTON_ROWS = [
    ("Share - WeChat", ["Hangzhou"], "China Daily's share buttons joined by a dash"),
    ("Share | Weibo", ["Hangzhou"], "joined by a bar"),
]


@_rows(BUTTON_ROWS)
def test_button_rows_are_no_dateline(text, expected, why):
    story = parse_text("Metro line opens to the airport\n\nXinhua | Updated: 2021-09-08 10:14\n\n" + text +
                       "\n\nHANGZHOU -- A metro line linking the airport with the city centre opened on "
                       "Wednesday, officials said.\n\nTrains run every six minutes.\n")
    assert story.cities == expected
    assert story.title == "Metro line opens to the airport"


# A page's declared language against the detector's guess, over text long enough to test it
# (html._check_language). The detector's model lacks some languages; it names its nearest known
# one for them, so a declaration of such a language stands.
_MI = ("Ka tū he hui nui ki te marae i te Rātapu, ā, ka kōrero ngā kaumātua mō te whare hou. "
       "E whā tekau ngā whānau i tae mai ki te hui, ā, i whakaaetia kia hangaia te whare i te tau "
       "e heke mai nei. Ka mahi tahi ngā rangatahi me ngā mātua ki te kohi moni mō te kaupapa. ") * 3
_SM = ("Na faatautaia le fonotaga a le nuu i le aso Toonai, ma sa talanoaina ai le auala fou i le "
       "gataifale. Sa malilie uma matai e amata le galuega i le masina fou, ma o le a fesoasoani "
       "tupulaga i le faamamaina o le eleele. Ua faafetai le pulenuu i tagata uma na auai. ") * 3
_BI = ("Ol man long vilej oli wokem wan niufala wota tang long wik ya, mo olgeta famili oli glad "
       "tumas from bifo oli mas wokbaot longwe blong karem wota. Jif i talem se bambae oli wokem "
       "narafala tang long nekis yia sapos mane i stap. Ol pikinini tu oli helpem wok ya. ") * 3
_FR = ("Le conseil municipal a voté mardi soir un budget en hausse pour la réfection des routes "
       "du quartier nord, après une longue séance marquée par les questions des habitants sur le "
       "calendrier des travaux et le coût des déviations prévues pendant tout l'été. ") * 3
DECLARED_LANGUAGES = [
    (("mi", _MI), "mi", "Maori declared: the detector has no Maori, its guess cannot refute it"),
    (("sm", _SM), "sm", "Samoan declared, the same"),
    (("bi", _BI), "bi", "Bislama declared, the same"),
    (("en", _FR), "fr", "a template's lang=\"en\" over a French story: the detector's known answer wins"),
    ((None, _MI), None, "nothing declared: the detector's guess (not Maori) is all there is"),
]


@_rows(DECLARED_LANGUAGES)
def test_declared_language_against_the_detector(text, expected, why):
    declared, body = text
    got = html._check_language(declared, body)
    assert got == expected if expected else got not in (None, "mi")
