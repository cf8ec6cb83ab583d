"""HTML reader: a saved web page -> one story (trafilatura's main text; metadata from JSON-LD,
Open Graph / article:* / Dublin Core meta tags, <html lang> and the canonical link)."""
from __future__ import annotations

import json
import re
import unicodedata
from typing import Iterator

from .. import cjk, vocab
from .base import (Document, ReadError, fail, language_code, make_part, label_parts,
                   person_name, split_authors, organisation_authors, block_text, date_value,
                   headline_in_title, dateline_meta, STAMP_LABEL_SET)

# Sniffing: a page starts with a doctype, <html>, or head-only markup after comments.
HTML_START_RE = re.compile(
    r"^(?:<!--.*?-->\s*|<\?xml[^>]*>\s*)*<(?:!doctype\s+html|html|head|body|meta|title|link|"
    r"div|article|p|section|main|header|script|style)\b", re.IGNORECASE | re.S)
HTML_CHARSET_RE = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([\w:.-]+)", re.IGNORECASE)
XML_DECL_RE = re.compile(r"^\s*<\?xml[^>]*\?>")

# schema.org types that are a story, best first.
ARTICLE_TYPES = ("newsarticle", "reportagenewsarticle", "analysisnewsarticle",
                 "backgroundnewsarticle", "opinionnewsarticle", "reviewnewsarticle",
                 "askpublicnewsarticle", "article", "liveblogposting", "blogposting",
                 "report", "socialmediaposting", "webpage")
# Meta tags, best first, per field (lower-case name, property or itemprop).
META_TITLE = ("og:title", "twitter:title", "dc.title", "dcterms.title", "title", "headline")
META_PUBLISHED = ("article:published_time", "og:article:published_time", "datepublished",
                  "article.published", "publish-date", "publishdate", "pubdate", "publish_date",
                  "parsely-pub-date", "sailthru.date", "dc.date.issued", "dcterms.issued",
                  "dcterms.created", "dc.date", "date", "citation_publication_date",
                  "article:published", "og:published_time", "cxenseparse:recs:publishtime")
META_UPDATED = ("article:modified_time", "og:updated_time", "datemodified", "article.updated",
                "dcterms.modified", "last-modified", "lastmod", "article:modified")
META_AUTHOR = ("article:author", "author", "byl", "dc.creator", "dcterms.creator",
               "parsely-author", "sailthru.author", "cxenseparse:author", "article:author_name")
META_LANGUAGE = ("og:locale", "content-language", "language", "dc.language", "inlanguage")
META_SITE = ("og:site_name", "application-name", "publisher", "dc.publisher", "twitter:site")
# (Evernote's HTML export names the clipped page in its own meta: <meta name="source-url">)
META_URL = ("og:url", "twitter:url", "parsely-link", "source-url")

MAX_LEDE_PARAGRAPHS = 3      # a standfirst or kicker above the dateline paragraph is this short...
MAX_LEDE_WORDS = 60          # ...and so are its paragraphs; a longer run is the story itself
MAX_CREDIT_LINE_CHARS = 60   # an agency's own line above the story: "The Canadian Press", "Ritzau/AFP"
MAX_BYLINE_WORDS = 10        # as the text rules take a byline above the story
CREDIT_AGENT_WORDS = ("by", "par", "von", "por")   # closing a credit's label: "Compiled by", "Compilé par"
MIN_DETECT_CHARS = 400        # below this, a page's declared language beats a detector's guess
# Pairs a detector confuses; a declared language inside the same group stands.
CLOSE_LANGUAGES = ({"no", "nb", "nn", "da"}, {"hr", "sr", "bs", "sh"}, {"id", "ms"},
                   {"gl", "pt"}, {"ca", "es"}, {"cs", "sk"}, {"be", "ru", "uk"}, {"zh", "ja"})
TITLE_SEPARATORS_RE = re.compile(r"\s+(?:[-|–—:·•»]|::)\s+")
# A site's name glued to the headline by a bare hyphen ("...electric buses-Xinhua"); taken
# only when it is the site's name, as hyphenated words end headlines too.
TITLE_GLUED_SITE_RE = re.compile(r"(?<=[^\W\d_])-(?P<site>[^\W\d_][^-\s]*(?: [^-\s]+){0,2})$")
# A section's or a country's label after the headline ("... - Business - HARBOURPOST.COM"): short.
MAX_SECTION_WORDS = 4
# A page's <h1> that shares most of its words with the markup's headline is the same
# headline rewritten for search engines: the page shows the <h1>.
WORD_RE = re.compile(r"\w+")
MIN_REWRITE_WORDS = 4
MIN_REWRITE_SHARED_SHARE = 0.6
MIN_SITE_CHARS = 3            # "upi", "ap" is too short to match a host name on its own
# "Xinhua" names xinhuanet.com, but "Lisbon" does not name lisbontimes.com: the part must
# make most of the host's name.
MIN_HOST_SHARE = 0.6
# Host labels that name no site.
HOST_WORDS = frozenset({"www", "com", "net", "org", "news", "edu", "gov", "int", "info",
                        "amp", "english", "mobile"})
# An agency's service named as a site after a headline: "| dpa International", "- AFP English"
AGENCY_SERVICE_WORDS = frozenset({"international", "english", "online", "news", "live"})
# The page's own lines above the story that the extractor leaves out: its date, byline and
# photo credit lines sit within this many lines of the story's first paragraph...
MAX_HEAD_LINES = 12
MAX_CREDIT_LABEL_CHARS = 20   # a credit's label and its colon open a line: "Text:", "Eindredactie:"
# The zero-width (non-)joiners, which the extracted text may lose where the page's lines keep
# them (Persian "بهره‌برداری"): a line is found again without them.
JOINERS_OFF = str.maketrans("", "", "\u200c\u200d")
MATCH_CHARS = 50              # ...found again among the page's lines by this many first characters
# A paragraph of prose: this many words. A date line the extractor leaves out among the short
# paragraphs above the first one (a section's name, the headline, a standfirst) is the head's.
PROSE_PARAGRAPH_WORDS = 25
# A headline set in emphasis above the story on a page without headline markup (1990s pages:
# "<font size=4><b>...</b></font>", "<h3>"): these elements, of this many words.
HEADING_TAGS = ("h2", "h3", "h4", "h5", "h6", "b", "strong")
# ...or in an element whose class names it the headline, in the languages the CMSs of agency
# sites are written in (<span class="titre_article">, <div class="titulo-noticia">,
# <td class="headline">): a class's words split at spaces, "_" and "-" (TIME_CLASS_SPLIT_RE).
HEADING_CLASS_WORDS = frozenset(("headline", "title", "titre", "titulo", "título", "titolo",
                                 "titel", "titular", "kichwa", "baslik", "naslov", "tytul"))
MIN_HEADING_WORDS = 3         # "Le Soir en ligne" in bold is the masthead; a headline says more
MAX_HEADING_WORDS = 30
MAX_PAGE_LINES = 200          # the story's first paragraph is looked for among this many page lines
# "Source: Xinhua| 2023-09-18 21:04:15|Editor: Wang Lin": a header line's parts.
HEAD_SEPARATOR_RE = re.compile(r"\s*\|\s*")
# ...and the other marks a meta bar's parts come joined with, a spaced middle dot or bullet and
# an ideographic space: "20 Νοεμβρίου 2018 12:40 · Τελευταία ενημέρωση: 13:15 · Πηγή: ΑΠΕ-ΜΠΕ",
# "新聞來源：中央社　發布時間：110/10/14 15:32　更新時間：110/10/14 16:05" (the page's spaces
# squashed: a space before a Chinese or Japanese label and its colon parts them too)
HEAD_PART_SEPARATOR_RE = re.compile(r"\s*\|\s*|\s+[·•]\s+|\s*\u3000\s*|\s+(?=[\u4e00-\u9fff]{2,6}[：:])")
# A caption's credit: "... on July 16. Dana Roe/The Canadian Press", "(Photo by Tom Ward /
# POOL / AFP via Getty Images)", "Trecho da BR-116 - Jo Roe/Agência Brasil" (after a spaced
# dash): slash-joined parts closing the caption.
# A page address's host: "https://www.aa.com.tr/en/..." -> "www.aa.com.tr".
URL_HOST_RE = re.compile(r"^https?://(?:[^/@]*@)?(?P<host>[\w.-]+)")
CAPTION_CREDIT_RE = re.compile(
    r"(?:\((?P<bracketed>[^()]*/[^()]*)\)|(?:^|(?<=[.!?])\s+|\s[-–—]\s+)(?P<closing>(?:(?!\s[-–—]\s)[^.!?()])*/[^.!?()]*))\s*$")
# Where a caption's next sentence starts: its credit may be the last ("... Huíla. Foto: X").
SENTENCE_BREAK_RE = re.compile(r"[.!?]\s+")
CAPTION_LABEL_WORDS = frozenset(("photo", "photos", "foto", "fotos", "image", "picture", "bild", "pic"))
# Nation Media Group's caption credit after the caption's last sentence, in capitals: the
# label, the photographer and maybe the outlet, each after a bar ("... at the port. PHOTO |
# JO ROE | NATION MEDIA GROUP"), its Swahili papers' label 'picture' ("PICHA | JO ROE").
CAPTION_BAR_CREDIT_RE = re.compile(r"(?:^|(?<=[.!?]\s))(?:PHOTOS?|PICHA|FOTO)\s*\|\s*(?P<name>[^|]+?)"
                                   r"(?:\s*\|\s*[^|]+)?\s*$")
CAPTION_LABEL_RE = re.compile(r"^(?:photo|photos|foto|fotos|image|picture|bild)\s*(?:by|de|von)?\s*:?\s+",
                              re.IGNORECASE)
# ERR's English captions label the credit as the picture's source: "Tartu's old town. Source:
# Jo Roe/ERR" (a chart's "Source: Statistics Estonia/ERR" names a body: no organisation's
# word in the name then).
CAPTION_SOURCE_LABEL_RE = re.compile(r"^(?:source|quelle|fuente|fonte)\s*:\s*", re.IGNORECASE)
# A head line's closing credit to agencies: "..., with NTB and Reuters", "avec AFP et Reuters".
AGENCIES_AFTER_WITH_RE = re.compile(r"(?:^|[\s,])(?:with|avec|mit|med|con|com)\s+(?P<names>[^,;:]{2,60})$",
                                    re.IGNORECASE)
# (Hebrew glues its 'and' to the next name, with a hyphen before Latin letters: "רויטרס ו-AP")
AGENCY_JOINER_RE = re.compile(r"\s*(?:,|&|\band\b|\bet\b|\bund\b|\bog\b|\boch\b|\by\b|\be\b)\s*|\s+ו-\s*",
                              re.IGNORECASE)
# A stamp's label after the credit on its line: "רויטרס ו-AP פורסם: 22.07.10, 08:14" (ynet's
# credit and its 'published' stamp in one bar).
STAMP_AFTER_CREDIT_RE = re.compile(
    r"\s+(?:" + "|".join(map(re.escape, sorted(vocab.PUBLISHED_WORDS + vocab.UPDATED_WORDS, key=len, reverse=True)))
    + r")\s*:", re.IGNORECASE)
MAX_AGENCY_LINE_CHARS = 40    # "Ritzau/AFP", "dpa/AFP/Reuters": a short line of names
# A source label inside a meta bar's line, after its stamp: "12 نوفمبر 2019 10:20 ص المصدر: أ ش أ".
SOURCE_LABEL_INSIDE_RE = re.compile(r"(?<=\s)(?:" + "|".join(
    re.escape(w) for w in sorted(vocab.SOURCE_LABELS, key=len, reverse=True)) + r")\s*[:：]", re.IGNORECASE)
# ...and its agencies parted by a spaced dash ("المصدر: أ ش أ - أ ف ب").
SPACED_DASH_RE = re.compile(r"\s+[-–—]\s+")
# Parts of a photo credit that are no one's name.
CREDIT_WORD_RE = re.compile(r"\b(?:pool|file|handout|images?|photos?|archives?|via|illustration)\b",
                            re.IGNORECASE)


def sniff_html(head: str) -> bool:
    return bool(HTML_START_RE.match(head))


def decode_html(data: bytes) -> str:
    """The page's text: its declared charset when that decodes cleanly, else the usual detection."""
    from .. import clean
    m = HTML_CHARSET_RE.search(data[:4096])
    if m and not data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        charset = m.group(1).decode("ascii", "ignore").lower()
        if charset not in ("utf-8", "utf8"):
            try:
                return clean.repair_text(data.decode(charset))
            except (LookupError, UnicodeDecodeError):
                pass
    return clean.decode_bytes(data)


MAX_EXPORT_SNIFF_CHARS = 4000   # a Telegram export's page opens its history within this many


def read_html(data: bytes, path: str, key: str) -> Iterator[Document | ReadError]:
    """One story from a web page; ReadError when the page holds no story text."""
    import lxml.html
    text = XML_DECL_RE.sub("", decode_html(data), count=1)
    try:
        tree = lxml.html.document_fromstring(text)
    except Exception as e:  # lxml raises ParserError, ValueError... on empty or odd pages
        raise fail(path, f"not readable HTML ({e})") from None
    tree = unwrap_noframes(tree)
    page = read_page_meta(tree)
    body = extract_main_text(tree, page)
    if not body and not page.get("title"):
        raise fail(path, "no story text found in the HTML page")
    head = page.pop("_head", "")
    from .chat import telegram_export_headline
    headline = telegram_export_headline(tree) if "history" in text[:MAX_EXPORT_SNIFF_CHARS] else None
    if headline:     # a Telegram export's page title is its own ("Exported Data"); the post's is the story's
        page["title"] = headline
    if not page.get("cities"):
        # a place the page sets in an element of its own (Anadolu's <div class="detay-news-
        # location">Ankara</div>), not on the story's dateline: the dateline the format gives
        # (or in the author's element after the agency: "UNB, Dhaka", The Daily Star's credit)
        for k, v in dateline_meta(_place_class(tree) or _credit_place(tree), body).items():
            page.setdefault(k, v)
    yield from label_parts([make_part(page.pop("title", None), body, page, head=head)], path, key)


def unwrap_noframes(tree):
    """The page a frameset page holds for browsers without frames: its <noframes> markup,
    under the page's own <head>. (The HTML parser keeps that markup as raw text, so a 1990s
    paper's page "<FRAMESET>...<NOFRAMES><BODY>SALEM, Ore. (AP) -- ...</BODY></NOFRAMES>"
    read as a page with no text at all.) Any other page is returned as is.

    >>> import lxml.html
    >>> page = lxml.html.document_fromstring("<html><head><title>T</title></head><frameset>"
    ...     "<frame src='a.html'><noframes><body><p>ROME (ANSA) - Text.</p></body></noframes></frameset></html>")
    >>> unwrap_noframes(page).find(".//p").text
    'ROME (ANSA) - Text.'
    """
    if tree.find(".//frameset") is None:
        return tree
    inner = tree.find(".//noframes")
    markup = (inner.text or "") if inner is not None else ""
    if "<" not in markup:
        return tree
    import lxml.html
    head = tree.find(".//head")
    head_markup = lxml.html.tostring(head, encoding="unicode") if head is not None else ""
    try:
        page = lxml.html.document_fromstring(f"<html>{head_markup}{markup}</html>")
    except Exception:  # a <noframes> with no readable markup: the frameset page as it was
        return tree
    for name, value in tree.attrib.items():   # <html lang="it">
        page.set(name, value)
    return page


# ---------------------------------------------------------------- metadata

def read_page_meta(tree) -> dict:
    """Story meta from the page's markup (no body yet); ``_``-keys are for the reader only."""
    article = _jsonld_article(tree)
    tags = _meta_tags(tree)
    first = lambda names: next((tags[n][0] for n in names if tags.get(n)), None)   # noqa: E731

    publisher = article.get("publisher")
    publisher = publisher.get("name") if isinstance(publisher, dict) else publisher
    site = first(META_SITE[:1]) or (publisher if isinstance(publisher, str) else None) \
        or first(META_SITE[1:2])
    if site and site.startswith("@"):
        site = None
    sites = [s for s in (site, publisher if isinstance(publisher, str) else None,
                         first(META_SITE[2:4])) if s]

    h1_elements = list(tree.iter("h1"))
    logo_h1s = [h for h in h1_elements if _masthead_heading(h)]
    if logo_h1s:
        h1_elements = [h for h in h1_elements if h not in logo_h1s]
    h1s = [_heading_text(h) for h in h1_elements]
    h1s = [h for h in h1s if h]
    # (a page that sets its headline in an <h2> under a masthead's <h1>, or without an <h1>)
    headings = h1s + [h for h in (" ".join(e.text_content().split()) for e in tree.iter("h2")) if h]
    t = tree.find(".//title")
    tag_text = " ".join(t.text_content().split()) if t is not None else None
    title = _str(article.get("headline")) or _str(article.get("name"))
    if title and title.endswith(("…", "...")):   # Google's 110-character limit cut it
        stem = title.rstrip(".… ")
        title = next((h for h in h1s if h.startswith(stem)), title)
    if not title:
        title = first(META_TITLE)
        if title and len(h1s) == 1 and _titled_h1(tag_text, h1s[0], title):
            title = h1s[0]     # (og:title written for sharing; the page and its <title> show the <h1>)
        elif not title:
            title = _sole_h1(tag_text, h1s, headings) if len(h1s) == 1 else None
            if not title and logo_h1s and not h1s:
                # the paper's name set as a logo's <h1> over the story's <h2>: the first
                # heading long enough to be a headline
                title = next((h for h in headings if len(h.split()) >= MIN_TITLE_HEADING_WORDS), None)
    elif len(h1s) == 1 and (_rewritten_headline(h1s[0], title) or _titled_h1(tag_text, h1s[0], title)):
        title = h1s[0]     # the markup's headline written for search; the page shows its <h1>
    if not title and not h1s and headings and tag_text:
        from ..fields.title import agency_masthead
        if agency_masthead(tag_text):
            # an agency's old page: its masthead for every <title> ("UNIAN - Ukrainian Independent
            # Information Agency of News"), the story's headline in an <h2>
            title = next((h for h in headings if len(h.split()) >= MIN_TITLE_HEADING_WORDS), None)
    title_tag = not title
    if not title:
        title = tag_text
    elif tag_text:
        at = tag_text.find(title, 1) if not tag_text.startswith(title) and TITLE_PREFIX_MARK_RE.search(tag_text) else 0
        if at > 0 and tag_text[:at].rstrip()[-1:] not in ":|":
            at = -1       # (the headline inside another's words is no headline after a show's name)
        named = _title_tag_site(tag_text[at:], title) if at >= 0 else None
        if named and named.casefold() not in {x.casefold() for x in sites}:
            sites.append(named)    # "Ports reopen : Harbour News" over og:title "Ports reopen" (a
            # show's or a section's name before it too: "On Air podcast: Ports reopen | Harbour News")
    url = _canonical(tree) or first(META_URL) or _url_of(article) or _source_link(tree) or _printed_url(tree) \
        or _saved_from_url(tree) or _comments_link_url(tree) or _base_url(tree)
    if url and _reader_tool_url(url):
        # (a read-later tool's own page of the story: the link to the original is the story's)
        url = _source_link(tree) or _original_link(tree) or url
    title = _strip_site(title, sites, h1s, url, headings)

    titled = _titled_stamps(tree)
    published = date_value(article.get("datePublished")) or first(META_PUBLISHED) \
        or _time_attr(tree, "datePublished") or titled[0]
    updated = date_value(article.get("dateModified")) or first(META_UPDATED) \
        or _time_attr(tree, "dateModified") or _classed_time(tree, UPDATED_TIME_CLASSES) \
        or _labelled_time(tree) or titled[1]

    authors = article.get("author") or article.get("creator")
    note_page = _note_page(tree, tags)
    if not authors:
        # (a note app's export names the note's owner in its author meta, never the story's
        # writer: Evernote's "exporter-version" page over a clipped story's own byline)
        authors = [a for n in META_AUTHOR for a in tags.get(n, []) if not note_page] or _author_class(tree) or None
    reporters, agencies = split_authors(authors, sites) if authors else ([], [])
    if reporters and isinstance(authors, list) and len(authors) == 1 and isinstance(authors[0], str) \
            and _agency_place_credit(authors[0]):
        reporters = []   # "पीटीआय, मुंबई" in the author's element: the agency and its desk's place, no one
    if isinstance(article.get("sourceOrganization"), (dict, str)):
        _, more = split_authors([article["sourceOrganization"]], sites)
        agencies += [a for a in more if a not in agencies]

    # An agency's own site ("Algeria Press Service", "Agencia EFE") runs the agency's copy: its
    # name credits the story when the text credits no one (a feed's "source" does the same).
    from .. import normalize
    site_agencies = [a for a in dict.fromkeys(normalize.normalize_agency(s) for s in sites) if a]
    # ...as does an agency's name set as a part of its own at either end of the <title>,
    # outside the headline: the site's name ("ANGOP - Agência Angola Press :: headline",
    # an agency's old CMS with no site meta)
    tag_parts = TITLE_SEPARATORS_RE.split(tag_text) if tag_text and not site_agencies else []
    for part in (tag_parts[0], tag_parts[-1]) if len(tag_parts) > 1 else ():
        agency = normalize.normalize_agency(part) if len(part.split()) <= MAX_TAG_SITE_WORDS else None
        if agency and agency not in site_agencies:
            site_agencies.append(agency)
    # ...and so does its address, when the page names no site ("https://www.aa.com.tr/en/...")
    host = site_agency(url) if url and not site_agencies else None
    if host:
        site_agencies.append(host)

    lang_attr = tree.get("lang") or tree.get("{http://www.w3.org/XML/1998/namespace}lang")
    language = language_code(article.get("inLanguage")) or language_code(lang_attr) \
        or next((language_code(v) for n in META_LANGUAGE for v in tags.get(n, [])
                 if language_code(v)), None)

    return {"title": title, "published": published, "updated": updated,
            "reporters": reporters, "agencies": agencies, "agencies_fallback": site_agencies,
            "language": language, "source": site, "url": url if url and url.startswith(("http://", "https://")) else None,
            "_article_body": _str(article.get("articleBody")), "_sites": sites, "_title_tag": title_tag,
            "_note_page": note_page,
            "_organisation_author": bool(authors) and organisation_authors(authors)}


MAX_TAG_SITE_WORDS = 5   # a site's name after the headline in the <title>: a few words


TITLE_PREFIX_MARK_RE = re.compile(r"[:|]\s")
TITLE_SITE_DATE_RE = re.compile(r",\s*[0-3]?\d[./][01]?\d[./](?:19|20)?\d\d$")


def _title_tag_site(tag: str, headline: str) -> str | None:
    """The site's name a page's <title> sets after the headline its markup gives elsewhere
    (og:title, JSON-LD), past one separator: "Ports reopen : Harbour News" over "Ports
    reopen" names the site "Harbour News"; None when the <title> is anything else.

    >>> _title_tag_site("Ports reopen : Harbour News", "Ports reopen"), _title_tag_site("Ports reopen", "Ports reopen")
    ('Harbour News', None)
    >>> _title_tag_site("Ports reopen - Business - Harbour News", "Ports reopen") is None
    True
    >>> _title_tag_site("Ports reopen - Harbour News, 08.04.2026", "Ports reopen")
    'Harbour News'
    """
    if len(tag) <= len(headline) or not tag.startswith(headline):
        return None
    m = TITLE_SEPARATORS_RE.match(tag, len(headline))
    rest = tag[m.end():].strip() if m else ""
    if rest[-1:].isdigit():
        rest = TITLE_SITE_DATE_RE.sub("", rest)    # "Ports reopen - РИА Новости, 08.04.2026": the day after the site
    if not rest or TITLE_SEPARATORS_RE.search(rest) or len(rest.split()) > MAX_TAG_SITE_WORDS:
        return None
    return rest


MIN_TITLE_HEADING_WORDS = 3    # a heading the <title> opens with, long enough to be a headline


def _sole_h1(tag_text: str | None, h1s: list[str], headings: list[str]) -> str:
    """The page's one <h1> as its headline, unless the <title> (its text ``tag_text``) names
    none of it and opens with an <h2> instead: a masthead's slogan set as the <h1> ("Η
    ΕΦΗΜΕΡΙΔΑ ΤΗΣ ΑΓΟΡΑΣ ΑΠΟ ΤΟ 1924") over the story's <h2>, whose words the <title> repeats
    before the site's name;
    or a blog's name set as the <h1> over its post's <h2>, the <title> the name, a separator
    and the post's headline ("Rail Notes » Night trains return to the coast", WordPress).

    >>> _sole_h1("Rail Notes » Night trains return to the coast", ["Rail Notes"],
    ...          ["Rail Notes", "Night trains return to the coast"])
    'Night trains return to the coast'
    >>> _sole_h1("Night trains return to the coast - The Coast Herald", ["Night trains return to the coast"],
    ...          ["Night trains return to the coast", "The Coast Herald"])
    'Night trains return to the coast'
    """
    tag_text = tag_text or ""
    if tag_text.startswith(h1s[0]) and len(tag_text) > len(h1s[0]):
        sep = TITLE_SEPARATORS_RE.match(tag_text, len(h1s[0]))
        rest = tag_text[sep.end():] if sep else ""
        if len(rest.split()) >= MIN_TITLE_HEADING_WORDS and rest in headings[len(h1s):] \
                and len(h1s[0].split()) <= MAX_TAG_SITE_WORDS < len(rest.split()):
            # "Blog name » Post's headline", the post's headline its <h2> (not "Headline -
            # Site's name" over a masthead's <h2>: the short part is the site's)
            return rest
    if not tag_text or h1s[0] in tag_text:
        return h1s[0]
    return next((h for h in headings[len(h1s):] if len(h.split()) >= MIN_TITLE_HEADING_WORDS
                 and tag_text.startswith(h) and TITLE_SEPARATORS_RE.match(tag_text, len(h))), h1s[0])


def _titled_h1(tag_text: str | None, h1: str, headline: str) -> bool:
    """The page's one <h1> is the headline its <title> gives too, from the start or after
    a kicker and its colon, while the markup's headline is in neither (a shorter one
    written for search: JSON-LD "Japan machinery orders fall in August" under the <h1> and
    <title> "Japan's machinery orders unexpectedly drop as trade tensions weigh"). A site's
    name in the <h1> is too short (MIN_REWRITE_WORDS) or no headline of the <title>'s start.

    >>> tag = "Ports reopen after the long strike | Harbour Post"
    >>> _titled_h1(tag, "Ports reopen after the long strike", "Strike ends, ports open")
    True
    >>> _titled_h1(tag, "Harbour Post", "Strike ends, ports open")
    False
    """
    if len(WORD_RE.findall(h1)) < MIN_REWRITE_WORDS or not tag_text or headline in tag_text \
            or h1 in headline or headline in h1:
        return False
    at = tag_text.find(h1)
    return at == 0 or at > 0 and tag_text[:at].rstrip().endswith(":")


#: Class words of a kicker set inside a headline's element, over or before its words
#: (ZEIT's "article-heading__kicker", "Dachzeile", "overline", "eyebrow").
HEADING_KICKER_CLASS_WORDS = ("kicker", "dachzeile", "overline", "eyebrow", "topline", "supertitle")


# Class and id words of an <h1> that holds the site's name, not the story's headline:
# <h1 class="logo">THE FRESNO DAILY</h1>, <h1 id="masthead">, <h1 class="site-title">,
# "header__logo" (a token ending on one of them; "brand-headline" ends on none).
MASTHEAD_HEADING_RE = re.compile(r"(?:^|[_-])(?:logo|masthead|brand|site-?title|site-?name)$", re.IGNORECASE)


def _masthead_heading(h) -> bool:
    """Whether a heading element is the site's logo or masthead by its class or id.

    >>> import lxml.html
    >>> _masthead_heading(lxml.html.fromstring('<h1 class="top logo">THE DAILY</h1>'))
    True
    >>> _masthead_heading(lxml.html.fromstring('<h1 class="brand-headline">Ports reopen</h1>'))
    False
    """
    marks = f'{h.get("class") or ""} {h.get("id") or ""}'.split()
    return any(MASTHEAD_HEADING_RE.search(m) for m in marks)


def _heading_text(h) -> str:
    """A heading element's words, less a kicker element inside it and the colon after it
    (<h1><span class="heading__kicker">Verkehr</span>: <span>Warnstreik ...</span></h1>
    gives "Warnstreik ..."), when words are left after it."""
    full = " ".join(h.text_content().split())
    kicker = next((e for e in h.iterdescendants() if isinstance(e.tag, str) and any(
        w in (e.get("class") or "").lower() for w in HEADING_KICKER_CLASS_WORDS)), None)
    if kicker is None:
        return full
    said = " ".join(kicker.text_content().split())
    rest = full[len(said):].lstrip(" :|-–—") if said and full.startswith(said) else ""
    return rest if len(rest.split()) >= MIN_REWRITE_WORDS else full


def _rewritten_headline(h1: str, headline: str) -> bool:
    """The page's one <h1> and its markup's headline tell the same story in other words
    (the <h1> "EU ministers back delay to forest rules for small firms", the JSON-LD "EU
    forest law: ministers back one-year delay for small firms"): most of the <h1>'s words
    (MIN_REWRITE_SHARED_SHARE, MIN_REWRITE_WORDS of them at least) are the headline's, and
    neither holds the other (a site's name or a kicker around it is _strip_site's).

    >>> _rewritten_headline("EU ministers back delay to forest rules for small firms",
    ...                     "EU forest law: ministers back one-year delay for small firms")
    True
    >>> _rewritten_headline("Harbour Post", "EU ministers back delay to forest rules")
    False
    >>> _rewritten_headline("Most read stories this week", "EU ministers back delay to forest rules")
    False
    """
    words = WORD_RE.findall(h1.casefold())
    if len(words) < MIN_REWRITE_WORDS or h1 in headline or headline in h1:
        return False
    theirs = set(WORD_RE.findall(headline.casefold()))
    return sum(w in theirs for w in words) >= MIN_REWRITE_SHARED_SHARE * len(words)


def site_agency(url: str) -> str | None:
    """The agency whose own news site a page's address is on (vocab.AGENCY_SITE_DOMAINS),
    the host or any domain above it; None for any other site.

    >>> site_agency("https://www.aa.com.tr/en/turkiye/x/1"), site_agency("https://en.irna.ir/news/1")
    ('Anadolu', 'IRNA')
    >>> site_agency("https://www.example.com/aa.com.tr/x") is None
    True
    """
    from .. import vocab
    m = URL_HOST_RE.match(url)
    labels = m["host"].casefold().split(".") if m else []
    return next((vocab.AGENCY_SITE_DOMAINS[d] for d in (".".join(labels[i:]) for i in range(len(labels) - 1))
                 if d in vocab.AGENCY_SITE_DOMAINS), None)


def _str(v) -> str | None:
    if isinstance(v, list):
        v = next((x for x in v if isinstance(x, str) and x.strip()), None)
    return " ".join(v.split()) if isinstance(v, str) and v.strip() else None


def _jsonld_objects(tree) -> list[dict]:
    out: list[dict] = []

    def walk(v) -> None:
        if isinstance(v, list):
            for x in v:
                walk(x)
        elif isinstance(v, dict):
            out.append(v)
            walk(v.get("@graph"))
            if isinstance(v.get("mainEntity"), (dict, list)):
                walk(v["mainEntity"])

    for script in tree.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json":
            continue
        raw = (script.text or "").strip()
        raw = re.sub(r"^\s*(?://\s*)?<!\[CDATA\[|(?://\s*)?\]\]>\s*$", "", raw).strip()
        try:
            walk(json.loads(raw, strict=False))
        except ValueError:
            continue
    return out


def _jsonld_article(tree) -> dict:
    """The page's best story object in JSON-LD ({} when there is none)."""
    best, rank = {}, len(ARTICLE_TYPES)
    for obj in _jsonld_objects(tree):
        types = obj.get("@type")
        types = types if isinstance(types, list) else [types]
        for t in types:
            t = str(t or "").rsplit("/", 1)[-1].casefold()
            if t in ARTICLE_TYPES and ARTICLE_TYPES.index(t) < rank:
                best, rank = obj, ARTICLE_TYPES.index(t)
    if rank == ARTICLE_TYPES.index("webpage") and not best.get("headline"):
        return {"inLanguage": best.get("inLanguage")} if best.get("inLanguage") else {}
    return best


def _note_page(tree, tags: dict[str, list[str]]) -> bool:
    """Whether the page is a note app's export (vocab.NOTE_APP_GENERATORS in its generator,
    ProgId or exporter-version meta), a chat app's (vocab.CHAT_APP_TITLES ending its <title>)
    or a Zotero note (a ``<div data-schema-version>`` opening its <body>): its title names
    the note, not the story clipped into it.

    >>> _note_page(None, {"generator": ["Microsoft OneNote 15"]}), _note_page(None, {"generator": ["WordPress 6.4"]})
    (True, False)
    >>> _note_page(None, {"exporter-version": ["Evernote Windows 6.25"]})
    True
    >>> from lxml import html as lh
    >>> _note_page(lh.fromstring("<html><head><title>Chat | Port desk | Microsoft\\n  Teams</title></head></html>"), {})
    True
    """
    names = " ".join(tags.get("generator", []) + tags.get("progid", [])
                     + tags.get("exporter-version", [])).casefold()
    if names and any(app in names for app in vocab.NOTE_APP_GENERATORS):
        return True
    title = tree.findtext(".//title") if tree is not None else None
    if title and TITLE_SEPARATORS_RE.search(title):
        last = " ".join(TITLE_SEPARATORS_RE.split(title)[-1].split()).casefold()
        if last in vocab.CHAT_APP_TITLES:
            return True      # a chat app's export: "Chat | West Ops | Microsoft Teams"
    body = tree.find(".//body") if tree is not None else None
    first = next((e for e in body.iterchildren() if isinstance(e.tag, str)), None) if body is not None else None
    return first is not None and first.tag == "div" and first.get("data-schema-version") is not None


def _meta_tags(tree) -> dict[str, list[str]]:
    tags: dict[str, list[str]] = {}
    for m in tree.iter("meta"):
        name = m.get("property") or m.get("name") or m.get("itemprop") or m.get("http-equiv")
        value = m.get("content")
        if name and value and value.strip():
            tags.setdefault(name.strip().lower(), []).append(" ".join(value.split()))
    return tags


# The class a page's template gives the element holding the byline alone, as 1990s-2000s
# pages marked it with no meta tag ("<div class="autor">Ana Roe</div>"), in the languages of
# the sites: English, Spanish/Portuguese/German, Italian, French, Dutch, Spanish 'signature'.
# (not "signature": a chat export's post signs with its poster's name, "Админ", no writer's)
AUTHOR_CLASSES = frozenset(("author", "byline", "autor", "autora", "autore", "auteur", "firma",
                            "auteurnaam", "verfasser",
                            # the smaller languages' 'author': Albanian (also Italian 'authors'),
                            # Basque ('author', 'writer'), Welsh, Faroese, Icelandic, Nordic
                            "autori", "egilea", "idazlea", "awdur", "hovundur", "hofundur",
                            "forfatter", "skribent"))
MAX_AUTHOR_CLASS_WORDS = 6
# The class words of a byline element's part that gives the writer's role or job after the
# name: "role", "job", "jobtitle", "position", "function"
AUTHOR_ROLE_CLASS_WORDS = frozenset(("role", "job", "jobtitle", "position", "function"))
# ...or whose class word is built on "writer" ("writer", "writer-name", "story_writer",
# "writerdetail"), as Indian and other English-language papers' templates name that element
AUTHOR_CLASS_STEM = "writer"


def _author_class(tree) -> list[str] | None:
    """The text of the one element whose class is a byline's (AUTHOR_CLASSES), when it is
    short; None when no element, or more than one with different texts, has such a class.

    >>> import lxml.html
    >>> _author_class(lxml.html.fromstring('<html><body><div class="autor">Ana Roe</div><p>x</p></body></html>'))
    ['Ana Roe']
    >>> _author_class(lxml.html.fromstring('<html><body><p class="story-writer">Ana Roe</p><p>x</p></body></html>'))
    ['Ana Roe']
    >>> _author_class(lxml.html.fromstring('<html><body><div class="author"><span class="contributor-name">Ana Roe'
    ...                                    '</span><span class="author-location">Pune</span></div><p>x</p></body></html>'))
    ['Ana Roe']
    """
    found: list[str] = []
    for e in tree.xpath('//*[@class]'):
        words = (e.get("class") or "").lower()
        if not AUTHOR_CLASSES.intersection(words.split()) and AUTHOR_CLASS_STEM not in words:
            continue
        text = " ".join(e.text_content().split())
        if e.find(".//br") is not None:
            # "Bloomberg<br>Aug 27, 2014": the byline, not its date; "Jo Roe<br>AZƏRTAC": the
            # lines apart, as a space parts them (text_content glues them)
            text = _undated_author_text(e) if any(c.isdigit() for c in text) else " ".join(_br_lines(e))
        for d in e.iterdescendants():
            # the writer's role in an element of its own beside the name ("<span class="name">Jo
            # Roe</span> <span class="role">fréttamaður</span>"): no part of the name
            cls = d.get("class") if isinstance(d.tag, str) else None
            # (nor the place the credit files from, classed as one: "<span class="contributor-name">
            # বাসস</span> <span class="author-location">ঢাকা</span>", Prothom Alo's; _place_class reads it)
            if cls and (AUTHOR_ROLE_CLASS_WORDS.intersection(class_words(cls))
                        or PLACE_CLASS_WORDS.intersection(class_words(cls))):
                role = " ".join(d.text_content().split())
                # (a minified page sets no space between the two: text_content glues "বাসসঢাকা")
                if role and len(text) > len(role) and text.endswith(role):
                    text = text[:-len(role)].rstrip()
        if text and len(text.split()) <= MAX_AUTHOR_CLASS_WORDS and text not in found:
            found.append(text)
    return found if len(found) == 1 else None


BR_TAG_RE = re.compile(r"<br\s*/?>", re.IGNORECASE)


def _undated_author_text(e) -> str:
    """The text of a byline element's lines (parted by <br>) with no digit: the writer's
    line without the date line under it ("Bloomberg<br>Aug 27, 2014": "Bloomberg").

    >>> import lxml.html
    >>> _undated_author_text(lxml.html.fromstring('<p class="byline">Jo Roe<br>May 3, 2011</p>'))
    'Jo Roe'
    """
    return " ".join(line for line in _br_lines(e) if not any(c.isdigit() for c in line))


def _br_lines(e) -> list[str]:
    """The lines of an element's text that its <br>s part, each with its spaces made one.

    >>> import lxml.html
    >>> _br_lines(lxml.html.fromstring('<p class="author">Jo Roe<br>AZƏRTAC</p>'))
    ['Jo Roe', 'AZƏRTAC']
    """
    import lxml.html
    marked = lxml.html.fromstring(BR_TAG_RE.sub("\n", lxml.html.tostring(e, encoding=str)))
    return [line for line in (" ".join(line.split()) for line in marked.text_content().split("\n")) if line]


def _photo_credit_author(author: str) -> bool:
    """Whether the extractor's author is a picture's credit, its label kept without the colon
    (the element's class "foto_author": "Фото Сергей Новиков; БЕЛТА"): the photographer, no
    writer; the photo credits are read from the caption.

    >>> _photo_credit_author("Фото Сергей Новиков; БЕЛТА"), _photo_credit_author("Foto: Ana Roe")
    (True, True)
    >>> _photo_credit_author("Ana Fotopoulou"), _photo_credit_author("Jo Roe")
    (False, False)
    """
    first = author.split(None, 1)[0].rstrip(":.") if author.strip() else ""
    return bool(first) and first.casefold() in PHOTO_LABEL_WORDS


# The one-word photo labels of the vocabulary, lower case ("фото", "foto", "kuva"), and two
# its credit roles lack: Bulgarian "снимка" ('picture') and Hungarian "fotó".
PHOTO_LABEL_WORDS = frozenset(
    w for w in (r.rstrip(":.").casefold() for r in vocab.CREDIT_ROLES["photographers"]) if " " not in w
) | {"снимка", "fotó"}


# A page's element for the place its story was filed from, by its class's words
# ("detay-news-location", "dateline", "article-placeline", ANSA's info bar "news-place";
# Spanish "lugar", El País' and Cinco Días' signature "<span class="autor">EFE</span> <span
# class="lugar">Madrid</span>"); not in the page's header, menu or footer (a weather box's or
# a shop finder's location), and holding a city alone: a known one, or one the gazetteer
# knows, as a dateline's place may be (the element says it is a place: "CESENA" in a live
# blog's bar).
PLACE_CLASS_WORDS = frozenset(("dateline", "placeline", "location", "place", "lugar"))
PLACE_CLASS_OUTSIDE = ("header", "nav", "footer", "aside", "form")
MAX_PLACE_CLASS_WORDS = 3


def _place_class(tree) -> str | None:
    """The text of the one element whose class names the story's place (PLACE_CLASS_WORDS),
    when it is a known city; None when there is none, or several with different texts.

    >>> import lxml.html
    >>> _place_class(lxml.html.fromstring('<html><body><div class="news-location">ISTANBUL</div><p>x</p></body></html>'))
    'ISTANBUL'
    >>> _place_class(lxml.html.fromstring('<html><body><header><span class="location">Paris</span></header></body></html>')) is None
    True
    """
    from .. import normalize
    found: list[str] = []
    for e in tree.xpath('//body//*[@class]'):
        words = TIME_CLASS_SPLIT_RE.split((e.get("class") or "").casefold())
        if not PLACE_CLASS_WORDS.intersection(words):
            continue
        if any(a.tag in PLACE_CLASS_OUTSIDE for a in e.iterancestors()):
            continue
        text = " ".join(e.text_content().split())
        if text and text not in found:
            found.append(text)
    if len(found) != 1 or len(found[0].split()) > MAX_PLACE_CLASS_WORDS or not normalize.is_gazetteer_city(found[0]):
        return None
    return found[0]


def _time_attr(tree, prop: str) -> str | None:
    for e in tree.xpath(f'//*[@itemprop="{prop}"]'):
        v = e.get("datetime") or e.get("content")
        if v:
            return v
    return None


# A <time> element's class naming the update it stamps: <time class="updated"
# datetime="2019-03-04T07:45:10Z">Updated on ...</time>, "article-modified", "date-updated".
UPDATED_TIME_CLASSES = ("updated", "modified", "update")
TIME_CLASS_SPLIT_RE = re.compile(r"[\s_-]+")
CAMEL_CASE_RE = re.compile(r"(?<=[a-z])(?=[A-Z])")


def class_words(cls: str) -> list[str]:
    """An element's class split into its words, lower case: at spaces, "_" and "-", and where
    camel case joins them (a database's "titreArticleVisu", "enHeadline").

    >>> class_words("titreArticleVisu rdp__articletitle")
    ['titre', 'article', 'visu', 'rdp', 'articletitle']
    """
    if any(c.isupper() for c in cls):
        cls = CAMEL_CASE_RE.sub(" ", cls)
    return [w for w in TIME_CLASS_SPLIT_RE.split(cls.casefold()) if w]


def _classed_time(tree, words: tuple[str, ...]) -> str | None:
    """The machine-readable stamp of the page's first <time> element whose class names one
    of ``words`` as a word of its own ("updated", "lede-updated", "date_modified")."""
    for e in tree.iter("time"):
        cls = (e.get("class") or "").casefold()
        v = e.get("datetime")
        if cls and v and any(w in words for w in TIME_CLASS_SPLIT_RE.split(cls)):
            return v.strip()
    return None


# A stamp in an element's title attribute, the page showing the day in words or "3 hours ago"
# (Dawn's and the Express Tribune's <span class="timestamp" title="2024-03-12T10:02:11+05:00">).
TITLE_STAMP_RE = re.compile(r"^\d{4}-\d\d-\d\d[T ]\d\d:\d\d")
SHOWN_CLOCK_RE = re.compile(r"\d{1,2}[:.]\d\d")
MAX_STAMP_ANCESTORS = 2   # the update's class or label sits on the element or its wrapper or two


def _titled_stamps(tree) -> tuple[str | None, str | None]:
    """(published, updated): the ISO stamps of elements in the body carrying one in their
    title attribute; a stamp is the update's where its element or a wrapper names the update
    in its class ("timestamp__modified") or its text ("Updated about 3 hours ago"), else the
    first is the publication's. (None, None) when there is none."""
    published = updated = None
    for e in tree.xpath('//body//*[@title]'):
        v = e.get("title").strip()
        if not TITLE_STAMP_RE.match(v) or SHOWN_CLOCK_RE.search(e.text_content()):
            continue      # ("<abbr title="...Z">Mon Mar 2, 9:15 PM ET</abbr>": the shown stamp, its own zone, is the text's to read)
        marks = [e, *list(e.iterancestors())[:MAX_STAMP_ANCESTORS]]
        update = any(set(UPDATED_TIME_CLASSES).intersection(class_words(a.get("class") or "")) for a in marks) \
            or (e.getparent() is not None and UPDATED_LABEL_RE.match(" ".join((e.getparent().text or "").split()).casefold()))
        if update:
            updated = updated or v
        else:
            published = published or v
    return published, updated


UPDATED_LABEL_RE = re.compile(r"^(?:last\s+)?(?:updated|modified)(?:\s+(?:on|at))?\s*:?$")


def _labelled_time(tree) -> str | None:
    """The machine-readable stamp of a <time> element right after an update's label, in its
    own element or as bare text: "<span>Updated on</span> <time datetime=...>"; None when
    there is no such stamp."""
    for e in tree.iter("time"):
        v = e.get("datetime")
        if not v:
            continue
        prev = e.getprevious()
        label = ((prev.tail or "").strip() or prev.text_content()) if prev is not None \
            else (e.getparent().text or "") if e.getparent() is not None else ""
        if len(label) <= 24 and UPDATED_LABEL_RE.match(" ".join(label.split()).casefold()):
            return v.strip()
    return None


def _canonical(tree) -> str | None:
    for link in tree.iter("link"):
        if "canonical" in (link.get("rel") or "").lower().split() and link.get("href"):
            return link.get("href").strip()
    return None


def _source_link(tree) -> str | None:
    """The clipped page's address in a reading tool's saved copy: a link above the story
    whose text is its own host name (Instapaper's "theglobeandmail.com · by ...", Firefox's
    Reader view "kxan.com" over the headline). A site's link home has no path; one to
    another story sits inside the text, after its first paragraph."""
    for e in tree.iter("a", "p"):
        if e.tag == "p":
            return None
        href = (e.get("href") or "").strip()
        m = URL_HOST_RE.match(href)
        if m and href[m.end():].strip("/") and _bare_host(e.text_content()) == _bare_host(m[0]):
            return href
    return None


def _reader_tool_url(url: str) -> bool:
    """Whether the address is a read-later or feed-reading tool's own page (vocab.READER_TOOL_HOSTS).

    >>> _reader_tool_url("https://getpocket.com/read/381"), _reader_tool_url("https://news.example/a")
    (True, False)
    """
    m = URL_HOST_RE.match(url)
    host = m["host"].casefold() if m else ""
    return any(host == h or host.endswith("." + h) for h in vocab.READER_TOOL_HOSTS)


def _original_link(tree) -> str | None:
    """The address a reader view's "View Original" link leads to (vocab.ORIGINAL_LINK_WORDS),
    when it is no page of the tool's own."""
    for e in tree.iter("a"):
        href = (e.get("href") or "").strip()
        if URL_HOST_RE.match(href) and not _reader_tool_url(href) \
                and " ".join(e.text_content().split()).casefold() in vocab.ORIGINAL_LINK_WORDS:
            return href
    return None


# A print view's footer line giving the story's address: "URL: https://...", "Artikel-URL: ...";
# an archive's note on its copy, "Archived copy. Original URL: http://..." (after a sentence of
# the note's own); after the print's own stamp and a wide gap or a bar on the same line
# ("Printed on 05/03/2012 10:12    URL: http://..."); or the label in the page's language: Swedish "Adress till denna artikel",
# Danish/Norwegian "Adresse til denne artikel(en)", German "Adresse dieses Artikels", French
# "Adresse de cet article", Spanish "Dirección de esta nota/este artículo", Italian "Indirizzo di
# questo articolo", Portuguese "Endereço desta página/notícia/matéria", Dutch "Adres van dit artikel".
PRINTED_URL_RE = re.compile(
    r"^(?:[^.:\n]{0,40}\.\s+|[^\n]{0,60}?\S(?:\s{2,}|\s+\|\s+))?\s*(?:"
    r"(?:(?:article|artikel|page|source|seiten|original(?:e|es)?)[- ]?)?(?:url|permalink)(?:\s+original[ea]?)?"
    r"|adress(?:e)?\s+(?:till|til)\s+(?:denna|denne|dette)\s+(?:artikel(?:en)?|sida|side(?:n)?)"
    r"|adresse\s+(?:dieses|des)\s+artikels|adresse\s+de\s+cet\s+article"
    r"|direcci[óo]n\s+de\s+(?:esta|este|la)\s+(?:nota|art[íi]culo|p[áa]gina|noticia)"
    r"|indirizzo\s+(?:di\s+questo|dell['’])\s*(?:articolo|pagina)"
    r"|endere[çc]o\s+(?:desta|deste)\s+(?:p[áa]gina|not[íi]cia|mat[ée]ria|artigo)"
    r"|adres\s+van\s+(?:dit|deze)\s+(?:artikel|pagina|bericht))"
    r"\s*:\s*(?P<url>https?://[^\s<>\"]+)\s*$", re.IGNORECASE)
# A line that is an address alone, as 1990s papers' pages printed the story's own under the
# section line or at its foot ("http://www.example.com/diario/1999/07/14/e-1.htm"): a path
# with a folder or a page's name.
BARE_URL_LINE_RE = re.compile(r"^\s*(?P<url>https?://[\w.-]+\.[a-z]{2,}/[^\s<>\"]*[/.][^\s<>\"]+)\s*$", re.IGNORECASE)


def _printed_url(tree) -> str | None:
    """The story's address a print view sets under the story on a labelled line of its own
    ("URL: https://www.example.at/chronik/story/187.334.221", "Gedruckt am ..." under it),
    else the one address a page prints alone on a line outside any link; None without one.
    (A bare address inside a line of the page's text may be any link's.)

    >>> import lxml.html
    >>> _printed_url(lxml.html.fromstring("<html><body><p>Text.</p><div>URL: https://x.example/a/1<br>"
    ...                                   "Printed on 13.01.2016</div></body></html>"))
    'https://x.example/a/1'
    >>> _printed_url(lxml.html.fromstring("<html><body><p>Text.</p><div>Printed on 13/01/2016 09:40"
    ...                                   "&nbsp;&nbsp; URL: https://x.example/a/2</div></body></html>"))
    'https://x.example/a/2'
    >>> _printed_url(lxml.html.fromstring("<html><body><font>http://x.example/d/1999/a-1.htm</font>"
    ...                                   "<p>Text.</p></body></html>"))
    'http://x.example/d/1999/a-1.htm'
    >>> _printed_url(lxml.html.fromstring("<html><body><p>See <a href='http://x.example/a/b.htm'>"
    ...                                   "http://x.example/a/b.htm</a></p></body></html>")) is None
    True
    """
    body = tree.find(".//body")
    if body is None:
        return None
    bare: set[str] = set()
    for e in body.iter():
        if not isinstance(e.tag, str):
            continue
        linked = e.tag == "a" or any(True for _ in e.iterancestors("a"))
        for text, in_link in ((e.text, linked), (e.tail, any(True for _ in e.iterancestors("a")))):
            if not text or "://" not in text or len(text) >= MAX_PRINT_FOOTER_CHARS:
                continue
            for line in text.split("\n"):
                if "://" not in line:
                    continue
                m = PRINTED_URL_RE.match(line)
                if m:
                    return m["url"].rstrip(".,;")
                m = BARE_URL_LINE_RE.match(line) if not in_link else None
                if m:
                    bare.add(m["url"].rstrip(".,;"))
    return bare.pop() if len(bare) == 1 else None


MAX_PRINT_FOOTER_CHARS = 600   # a print view's footer line: the address and the label

# The mark Internet Explorer (and saving tools after it) writes at the top of a saved page:
# "<!-- saved from url=(0076)http://www.example.es/articulo/a.htm -->", the page's address.
SAVED_FROM_RE = re.compile(r"^\s*saved from url=\(\d{1,5}\)(?P<url>https?://\S+?)\s*$", re.IGNORECASE)


# The fragments a blog's links to a post's own comments end with (WordPress's "3 reacties »",
# "Leave a comment"): the post's permalink before them.
COMMENTS_FRAGMENTS = ("comments", "respond", "reply")


# A blog's line under its post, who posted it and at what time of its day, the day set
# over the post: "Posted by admin at 3:47 pm in News", "Geplaatst door redactie om 15:47 in
# Tram", "Publié par Jo à 15h47", "Veröffentlicht von Jo um 15:47", "Publicado por Jo a las
# 15:47", "Postado por Jo às 15:47", "Pubblicato da Jo alle 15:47", "Postat av Jo kl. 15.47".
POSTED_OPENERS = ("posted", "geplaatst", "gepost", "publié", "publiée", "veröffentlicht", "geschrieben",
                  "publicado", "postado", "pubblicato", "postato", "postat", "postet", "publicerat", "skrevet",
                  "lagt ut")
POSTED_AT_RE = re.compile(
    r"^(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in POSTED_OPENERS) + r")"
    r"\s+(?:by|door|par|von|por|da|av|af)\s+\S[^|\n]{0,40}?\s+"
    r"(?:at|om|à|um|a\s+las|às|alle|kl\.?)\s+(?P<clock>[0-2]?\d[:.h][0-5]\d(?:\s*[ap]\.?\s?m\.?)?)(?![\d:.]\d)",
    re.IGNORECASE)
MAX_POSTED_LINE_CHARS = 200


def _posted_at_time(tree) -> str | None:
    """The time of day a blog's line under its post gives ("Geplaatst door redactie om 15:47
    in Tram | 3 reacties"), when one line alone says it; None otherwise.

    >>> import lxml.html
    >>> _posted_at_time(lxml.html.fromstring("<html><body><p>Text.</p><p class='meta'>Posted by admin "
    ...                                      "at 3:47 pm in <a href='/c/'>News</a></p></body></html>"))
    '3:47 pm'
    """
    found = set()
    for e in tree.iter("p", "div", "span", "small"):
        own = (e.text or "").lstrip()[:16].casefold()
        if not own.startswith(POSTED_OPENERS):
            continue      # (cheap: the element's own first words name the posting)
        text = " ".join(e.text_content().split())
        if not text or len(text) > MAX_POSTED_LINE_CHARS or not text[:1].isalpha():
            continue
        m = POSTED_AT_RE.match(text)
        if m:
            found.add(m["clock"])
    return found.pop() if len(found) == 1 else None


def _base_url(tree) -> str | None:
    """The page's own address in its <base href>, as Joomla's pages set it (the story's whole
    address, "https://x.example/regions/1672-slug"); None for a base that is a site's root or
    a section's folder ("https://x.example/", ".../en/"), with no story's id or slug in it.

    >>> import lxml.html
    >>> _base_url(lxml.html.fromstring("<html><head><base href='https://x.example/regions/1672-a-b'></head></html>"))
    'https://x.example/regions/1672-a-b'
    >>> _base_url(lxml.html.fromstring("<html><head><base href='https://x.example/en/'></head></html>")) is None
    True
    """
    for e in tree.iter("base"):
        href = (e.get("href") or "").strip()
        host = URL_HOST_RE.match(href)
        path = href[host.end():] if host else ""
        return href if path and BASE_STORY_PATH_RE.search(path) else None
    return None


# A story's own address, as its path shows it: a slug of hyphened words or a number
BASE_STORY_PATH_RE = re.compile(r"[\w%]-[\w%]|\d")


def _comments_link_url(tree) -> str | None:
    """The post's own address a blog page gives only in its links to the post's comments
    ("http://x.example/2008/04/15/slug/#comments"), when they all lead to one post; None
    otherwise (a blog's front page links to many).

    >>> import lxml.html
    >>> _comments_link_url(lxml.html.fromstring("<html><body><p>Text.</p><a href='http://x.example/2008/04/15/a/"
    ...                                         "#comments'>3 comments</a></body></html>"))
    'http://x.example/2008/04/15/a/'
    >>> _comments_link_url(lxml.html.fromstring("<html><body><a href='http://x.example/a/#comments'>1</a>"
    ...                                         "<a href='http://x.example/b/#respond'>2</a></body></html>")) is None
    True
    """
    found = set()
    for a in tree.iter("a"):
        href = (a.get("href") or "").strip()
        if "#" not in href:
            continue
        page, _, fragment = href.partition("#")
        host = URL_HOST_RE.match(href) if fragment.casefold() in COMMENTS_FRAGMENTS else None
        if host and page[host.end():].strip("/"):      # (a path after the host: a post's, no front page's)
            found.add(page)
    return found.pop() if len(found) == 1 else None


def _saved_from_url(tree) -> str | None:
    """The address in a saved page's "saved from url=" comment above or at the top of its
    <html>, else None.

    >>> import lxml.html
    >>> _saved_from_url(lxml.html.document_fromstring("<!-- saved from url=(0022)http://x.example/a.htm -->"
    ...                                                "<html><body><p>Text.</p></body></html>"))
    'http://x.example/a.htm'

    A webmail's view of a message (vocab.WEBMAIL_URL_MARKS) is the mailbox's address, not the story's:

    >>> _saved_from_url(lxml.html.document_fromstring("<!-- saved from url=(0050)https://mail.x.example/?_task=mail&_uid=4 -->"
    ...                                                "<html><body><p>Text.</p></body></html>")) is None
    True
    """
    import lxml.etree
    root = tree.getroottree().getroot() if hasattr(tree, "getroottree") else tree
    near = list(root.itersiblings(preceding=True)) + list(root.iter())[:4]
    for e in near:
        if e.tag is lxml.etree.Comment and e.text and "saved from" in e.text:
            m = SAVED_FROM_RE.match(e.text)
            if m and not any(mark in m["url"].casefold() for mark in vocab.WEBMAIL_URL_MARKS):
                return m["url"]
    return None


def _bare_host(s: str) -> str:
    return re.sub(r"^(?:https?://)?(?:www\.)?", "", s.strip().casefold()).rstrip("/")


def _url_of(article: dict) -> str | None:
    for v in (article.get("url"), article.get("mainEntityOfPage")):
        if isinstance(v, dict):
            v = v.get("@id") or v.get("url")
        if isinstance(v, str) and v.startswith("http"):
            return v
    return None


def _strip_site(title: str | None, sites: list[str], h1s: list[str], url: str | None = None,
                headings: list[str] = ()) -> str | None:
    """The headline without the site's name around it ("Talks resume | Example News"): a
    part after the last separator (or before the first) that is the page's site name, an
    agency, or its web address's name; then, when that was one, without the section labels
    it followed, where one of the page's ``headings`` is the title up to them
    (_heading_prefix). (A suffix on a title with no site's name may be the headline's own.)

    >>> _strip_site("Talks resume - Example News", ["Example News"], [])
    'Talks resume'
    >>> _strip_site("Talks resume | Harbour Post Online", [], [], "https://www.harbourpost.example/a")
    'Talks resume'
    >>> _strip_site("Tram line opens | dpa International", [], [])
    'Tram line opens'
    >>> _strip_site("Kenya opens bus plant-Xinhua", [], [])
    'Kenya opens bus plant'
    >>> _strip_site("Lisbon: ferry pier shuts", [], [], "https://lisbontimes.example/a")
    'Lisbon: ferry pier shuts'
    >>> _strip_site("Port dues rise - Business - Harbour Post", ["Harbour Post"], [], None, ["Port dues rise"])
    'Port dues rise'
    >>> _strip_site("Port dues rise - Business", ["Harbour Post"], [], None, ["Port dues rise"])
    'Port dues rise - Business'
    """
    stripped = strip_site_name(title, sites, h1s, url)
    if stripped and headings and stripped != " ".join(title.split()):
        return _heading_prefix(stripped, headings)
    return stripped


def _heading_prefix(title: str, headings: list[str]) -> str:
    """The page's heading that is the title up to a separator, when what follows are short
    labels (a section, a country: "Port dues rise - Business"); else the title.

    >>> _heading_prefix("Port dues rise - Business", ["Port dues rise"])
    'Port dues rise'
    >>> _heading_prefix("Lisbon: ferry pier shuts", ["Lisbon"])
    'Lisbon: ferry pier shuts'
    """
    for h in headings:
        if not len(title) / 3 <= len(h) < len(title) or not title.startswith(h):
            continue
        sep = TITLE_SEPARATORS_RE.match(title, len(h))
        if sep and all(len(p.split()) <= MAX_SECTION_WORDS for p in TITLE_SEPARATORS_RE.split(title[sep.end():])):
            return h
    return title


def strip_site_name(title: str | None, sites: list[str], h1s: list[str], url: str | None = None
                     ) -> str | None:
    """_strip_site's first step: the title without the site's name.

    >>> strip_site_name("新疆棉花机采率超过九成_国内新闻_某某网", [], [])
    '新疆棉花机采率超过九成'
    >>> strip_site_name("港湾の再開発計画を発表：みなと新報", ["みなと新報"], [])
    '港湾の再開発計画を発表'
    """
    from .. import cjk, vocab
    if not title:
        return None
    title = " ".join(title.split())
    folded = {s.casefold() for s in sites}
    names = _host_names(url)
    parts = TITLE_SEPARATORS_RE.split(title)
    if len(parts) > 1:
        if _is_site_name(parts[-1], folded, names):
            return TITLE_SEPARATORS_RE.split(title)[0] if len(parts) == 2 else \
                title[:title.rfind(parts[-1])].rstrip(" -|–—:·•»")
        if _is_site_name(parts[0], folded, names, agency=False):   # "Reuters: ..." is a kicker
            return title[len(parts[0]):].lstrip(" -|–—:·•»")
        for h in h1s:            # the page's own <h1> names the headline inside the <title>
            if h in title and len(h) >= len(title) / 3:
                return h
    glued = TITLE_GLUED_SITE_RE.search(title)   # "...electric buses-Xinhua"
    if glued and _is_site_name(glued["site"], folded, names):
        return title[:glued.start()]
    if "：" in title or "｜" in title:
        # a Japanese or Chinese site's name after a full-width colon or bar, no spaces around
        # it ("見出し：時事ドットコム", "標題｜某某新聞網")
        head, _, last = max(title.rpartition("："), title.rpartition("｜"), key=lambda p: len(p[0]))
        if head.strip() and _is_site_name(last.strip(), folded, names):
            return head.strip()
    if "_" in title and len(parts) == 1:
        # Chinese portals join the headline, its channel and the site with underscores
        # ("标题_国内新闻_某某网"): the headline first, the site's name (its word for a
        # website or for news) last
        pieces = [p.strip() for p in title.split("_")]
        if len(pieces) > 1 and pieces[0] and cjk.has_cjk(pieces[0]) and (
                pieces[-1].endswith(vocab.CJK_SITE_NAME_ENDINGS) or _is_site_name(pieces[-1], folded, names)):
            return pieces[0]
    return title


def _host(url: str | None) -> str | None:
    """A web address's host without "www." ("lefigaro.fr")."""
    host = re.sub(r"^[a-z]+://", "", (url or "").casefold()).split("/")[0].split(":")[0]
    return re.sub(r"^www\.", "", host) or None


def _host_names(url: str | None) -> list[str]:
    """The names in a web address's host ("dailymail" from www.dailymail.co.uk), their
    hyphens dropped as a title's part is read ("ntv" from www.n-tv.de).

    >>> _host_names("https://www.n-tv.de/a"), _host_names("https://www.dailymail.co.uk/b")
    (['ntv'], ['dailymail'])
    """
    return [name for label in (_host(url) or "").split(".") for name in [re.sub(r"\W", "", label)]
            if len(name) >= MIN_SITE_CHARS and label not in HOST_WORDS]


def _is_site_name(part: str, sites: set[str], host_names: list[str], agency: bool = True) -> bool:
    """Whether a title part names the site: its og:site_name or publisher, a news agency, or
    its web address ("Daily Mail Online" on dailymail.co.uk, "UPI.com", "AP News" on apnews.com)."""
    from .. import normalize
    if part.casefold() in sites or (agency and normalize.normalize_agency(part)):
        return True
    head, _, service = part.rpartition(" ")
    if agency and service.casefold() in AGENCY_SERVICE_WORDS and normalize.normalize_agency(head):
        return True
    key = re.sub(r"^the", "", re.sub(r"\W", "", part.casefold()))
    return len(key) >= MIN_SITE_CHARS and any(
        key.startswith(name) or (name.startswith(key) and len(key) >= MIN_HOST_SHARE * len(name))
        for name in host_names)


# ---------------------------------------------------------------- main text

# trafilatura drops every character str.isprintable() refuses, the zero-width non-joiner and
# joiner among them: Persian's half-space ("بهره‌برداری" came out as one run of letters, a
# word no search finds) and the Indic scripts' conjuncts. The tree it reads carries printable
# stand-ins (musical symbols no story holds), put back in what it returns and in the tree.
JOINER_STAND_INS = str.maketrans({"\u200c": "\U0001D159", "\u200d": "\U0001D15A"})
STAND_INS_JOINERS = str.maketrans({"\U0001D159": "\u200c", "\U0001D15A": "\u200d"})


def _swap_joiners(tree, table: dict, marks: str) -> bool:
    """Each text and tail of the tree holding one of ``marks``, translated by ``table`` in
    place; whether any did."""
    swapped = False
    for element in tree.iter():
        for attr in ("text", "tail"):
            value = getattr(element, attr)
            if value and any(m in value for m in marks):
                setattr(element, attr, value.translate(table))
                swapped = True
    return swapped


def extract_main_text(tree, page: dict) -> str:
    """The story text (trafilatura), with the page meta's gaps filled from trafilatura's own;
    the page's date, byline and caption lines the text leaves out go to ``page["_head"]``."""
    import trafilatura
    from .. import fields
    article_body = page.pop("_article_body", None)
    sites = page.pop("_sites", [])
    organisation_author = page.pop("_organisation_author", False)
    joined = _swap_joiners(tree, JOINER_STAND_INS, "\u200c\u200d")
    try:
        try:
            doc = trafilatura.bare_extraction(
                tree, url=page.get("url"), with_metadata=True, include_comments=False,
                include_tables=False, favor_precision=False)
        except Exception:  # trafilatura bugs on odd markup must not lose the page's metadata
            doc = None
        text = paragraph_text(getattr(doc, "body", None)) or (getattr(doc, "text", None) or "").strip()
        if doc is not None and _prose_paragraphs(text, MAX_LOST_STORY_PARAGRAPHS + 1) <= MAX_LOST_STORY_PARAGRAPHS:
            # a story set as text and <br>s in a <div> among the page's figures (Newsis) the
            # extractor's default pass left out, keeping only the captions: its recall pass
            # finds it
            text = _recalled_text(tree, page, text)
    finally:
        if joined:
            _swap_joiners(tree, STAND_INS_JOINERS, "\U0001D159\U0001D15A")
    if joined:
        text = text.translate(STAND_INS_JOINERS)
        for attr in ("title", "author", "sitename"):
            if doc is not None and getattr(doc, attr, None):
                setattr(doc, attr, getattr(doc, attr).translate(STAND_INS_JOINERS))
    if len(text) < len(article_body or "") // 2:
        text = article_body or text   # the markup hid the story; the JSON-LD copy is whole
    body = tree.find(".//body")
    if not text:
        text = block_text(body) if body is not None else ""
    if body is not None:
        _mark_caption_credits(body)
    lines = block_text(body, times=True).split("\n\n") if body is not None else []
    text = unflatten_text(text, lines)
    text = mend_glued_lines(text, lines)
    text = restore_left_out_lead(text, lines)
    # the page's own headline line inside its <title> ("CNN - Ports reopen - October 13, 1998"
    # over an <h2> or a bold "Ports reopen"), where no site's name told the labels apart
    page["title"] = headline_in_title(page.get("title"), lines) or page.get("title")
    note = page.pop("_note_page", False)
    heading = heading_above_story(body, lines, text, note) if (page.pop("_title_tag", False) or note) \
        and body is not None else None
    if not heading and body is not None and page.get("title") and _database_title(page["title"]):
        # a database's export of the story, its <title> only the database's name ("Factiva",
        # "Europresse.com"): the headline is the element its class names so
        heading = next((h for h in (" ".join(e.text_content().split()) for e in body.iter()
                                    if isinstance(e.tag, str) and e.get("class")
                                    and HEADING_CLASS_WORDS.intersection(class_words(e.get("class"))))
                        if MIN_HEADING_WORDS <= _words(h) <= MAX_HEADING_WORDS
                        and not _database_title(h)), None)
    if heading and (note or generic_title(page.get("title"), heading)):
        page["title"] = heading
        if note:
            above = text
            text = _under_note_heading(text, lines, heading)
            if not page.get("url") and above != text:
                # (the reader's reference to the clipped story above it, its address inside:
                # Zotero's "Référence : Belga, « ... », 5 octobre 2017. https://... (consulté le ...)")
                from ..fields.head_patterns import CITED_URL_RE
                cited = next(filter(None, (CITED_URL_RE.search(p) for p in above[:len(above) - len(text)].split("\n")
                                           if "://" in p)), None)
                page["url"] = (cited["url"] or cited["url2"]) if cited else None
    head, credits = find_head_lines(
        lines, text,
        [page.get("title") or ""] + [" ".join(h.text_content().split()) for h in tree.iter("h1")],
        _caption_keys(body) if body is not None else set())
    page["photographers"] = credits["photographers"]
    posted = _posted_at_time(tree) if body is not None else None
    if posted:
        page["posted_time"] = posted
    page["editors"] = (page.get("editors") or []) + [
        e for e in closing_cjk_editors(lines, text) if e not in (page.get("editors") or [])]
    for role, names in closing_credits(lines, text).items():
        # (a page's credit block right under the story: IRNA's "خبرنگار: A | ویراستار: B";
        # or its source line, Welt's "Quelle: WELT/AFP/dpa/lay": the agencies)
        page[role] = (page.get(role) or []) + [n for n in names if n not in (page.get(role) or [])]
    # The page's own byline beats trafilatura's guess ("By Jo Park | Sept. 14" gave "Sept").
    # (or a labelled credit line among them, or the text opens with: "Text: Jo Roe/TT Foto: Al
    # Day/TT", which the extractor's guess runs together as "Text Jo Roe; TT Foto Al Day")
    has_byline = any(fields.parse_byline(line) for line in head) or any(
        ":" in line[:MAX_CREDIT_LABEL_CHARS] and len(line.split()) <= 2 * MAX_BYLINE_WORDS and _reads_as_byline(line)
        for line in head + text.lstrip().split("\n", MAX_HEAD_LINES)[:MAX_HEAD_LINES]) or any(
        # (or the bar's labelled credit names the desk's editor: "Edited By: Jo Roe | Updated: ...";
        # the extractor takes that name for the author's)
        ":" in line[:MAX_CREDIT_LABEL_CHARS] and fields.CREDIT_OPEN_RE.match(line)
        and any((fields.parse_credits(line) or ({},))[0].values()) or _agency_place_credit(line) for line in head)
    if doc is not None:
        if not page.get("title") and doc.title:
            page["title"] = doc.title
        # (an author the markup types as an organisation signs for no person: trafilatura's
        # author, read from the same JSON-LD, would make "MTI-Hungary Today" a reporter)
        # (nor does a note app's export: the extractor reads its owner from the author meta)
        if not page.get("reporters") and not page.get("agencies") and doc.author and not note \
                and not has_byline and not organisation_author and not _photo_credit_author(doc.author) \
                and not _text_byline(text):
            page["reporters"], page["agencies"] = split_authors(
                [_marks_as_written(a.strip(), lines) for a in doc.author.split(";")], sites)
            # (the extractor's guess takes a meta bar's parts whole: "Desk | Mumbai | Updated: ..."
            # gives "Mumbai", the place the desk files from, no person; nor is a date's label
            # and month from a "Posted: ... | Last Updated: January 10, 2019" bar,
            # "Last Updated January", a person)
            from .. import normalize
            from ..fields.head_patterns import INNER_DATE_KEYWORD_RE
            page["reporters"] = [r for r in page["reporters"] if not normalize.is_known_city(r)
                                 and not INNER_DATE_KEYWORD_RE.search(" " + r)
                                 and not _name_into_date(r, head)]
            # (...and a byline box's date gives its weekday: "wo 4 mei 2011 - 14:56" gave "Wo")
            page["reporters"] = [r for r in page["reporters"] if " " in r
                                 or normalize.fold(r).rstrip(".") not in normalize.weekday_names()]
            page["reporters"] = [_initials_as_written(r, lines) for r in page["reporters"]]
        if not page.get("source") and doc.sitename and not doc.sitename.startswith("@"):
            # trafilatura takes a piece of a "Region : headline" title for the site's name
            page["source"] = _host(page.get("url")) \
                if doc.sitename in (page.get("title") or "") else doc.sitename
        if not page.get("published") and doc.date and not _year_guess(doc.date, lines) \
                and not _stamped_day(doc.date, lines):
            page["published_fallback"] = doc.date   # after the text's own date lines
    # (the markup's credit and the page's own line: "author": "Ritzau" over "Ritzau/AFP")
    page["agencies"] = (page.get("agencies") or []) + [
        a for a in credits["agencies"] if a not in (page.get("agencies") or [])]
    text = start_at_dateline(text)
    page["language"] = _check_language(page.get("language"), f"{page.get('title') or ''}\n{text}")
    page["_head"] = "\n".join(line for line in head if not _known_date(line, page))
    if page.get("updated") and page.get("published") and _same_minute(page["updated"], page["published"]):
        page["updated"] = None
    # "Le Figaro avec AFP": the site credits itself with the agency; the site is no reporter.
    folded, names = {s.casefold() for s in sites}, _host_names(page.get("url"))
    page["reporters"] = [r for r in page.get("reporters") or []
                         if not _is_site_name(r, folded, names, agency=False)]
    return text


MAX_TEXT_BYLINE_CHARS = 160   # bylines are short; a longer "By ..." line is a sentence


def _text_byline(text: str) -> bool:
    """Whether the story's text opens with a byline naming a person ("By Jo Roe, GNA" over
    the dateline), which the text's rules read: the extractor's guess at the author, taken
    from elsewhere on the page (GNA's contact box, asking for stories by mail or "via
    WhatsApp", gave "Via Whatsapp"), adds no one.

    >>> _text_byline("By Jo Roe, GNA\\n\\nHo, March 8, GNA - It rained."), _text_byline("Ho, March 8, GNA - It rained.")
    (True, False)
    """
    from .. import fields
    for line in text.lstrip().split("\n", MAX_HEAD_LINES)[:MAX_HEAD_LINES]:
        s = " ".join(line.split())
        if s and len(s) <= MAX_TEXT_BYLINE_CHARS and s[:1].isupper():
            by = fields.parse_byline(s)
            if by and by[0]:
                return True
    return False


MAX_LOST_STORY_PARAGRAPHS = 1   # a text with one prose paragraph at most may have lost the story
MIN_RECALLED_PARAGRAPHS = 2     # ...which the recall pass gives back when it finds this many more
MIN_PROSE_CHARS = 50            # a sentence of prose in a script of few or no spaces runs this long


def _prose_paragraphs(text: str, enough: int) -> int:
    """How many of a text's lines are prose, counted up to ``enough``: long lines
    (PROSE_PARAGRAPH_WORDS words in a Latin script, MIN_PROSE_CHARS characters in another)
    that are no head line (a date, a byline, a photo caption)."""
    count = 0
    for line in text.split("\n"):
        s = line.strip()
        if len(s) < MIN_PROSE_CHARS or s.isascii() and len(s.split()) < PROSE_PARAGRAPH_WORDS:
            continue
        if not is_head_line(s):
            count += 1
            if count >= enough:
                break
    return count


def _recalled_text(tree, page: dict, text: str) -> str:
    """The page's text as trafilatura's recall pass reads it, when it holds at least
    MIN_RECALLED_PARAGRAPHS prose paragraphs more than ``text``; else ``text``."""
    import trafilatura
    try:
        doc = trafilatura.bare_extraction(tree, url=page.get("url"), with_metadata=False, include_comments=False,
                                          include_tables=False, favor_recall=True)
    except Exception:  # trafilatura bugs on odd markup: the first pass's text stands
        return text
    recalled = paragraph_text(getattr(doc, "body", None)) or (getattr(doc, "text", None) or "").strip()
    wanted = _prose_paragraphs(text, MAX_LOST_STORY_PARAGRAPHS + 1) + MIN_RECALLED_PARAGRAPHS
    return recalled if _prose_paragraphs(recalled, wanted) >= wanted else text


# trafilatura's structured body: the elements that are a paragraph of their own, as a <p> is
# on the page; a list's items are its lines, "- " before each as trafilatura writes them,
# and an <lb/> (a <br>) breaks a line inside a paragraph, as a line break trafilatura
# leaves in the text does (a <br> in a table's cell: "Il Corriere Online\n| Cronaca").
TEXT_BLOCK_TAGS = frozenset({"p", "head", "list", "quote", "table", "graphic", "code",
                             "div", "section", "article", "body"})
TEXT_LINE_TAGS = frozenset({"item", "row", "lb"})
ITEM_MARK = "- "
PARAGRAPH_MARK = "\x00"   # no text holds it: trafilatura takes control characters out
BLANK_LINE_RE = re.compile(r"\n[ \t]*\n\s*")


def paragraph_text(body) -> str:
    """The text of trafilatura's structured ``body`` set as plain copy sets it: its lines
    as trafilatura's own text has them, a blank line between paragraphs (its <p>, <head>,
    <list>, <quote>). (trafilatura's text runs all lines on with one line break: a byline
    paragraph under the first one, "<p>By Jo ROE and Al DAY<br>Associated Press</p>", or a
    closing contact block, read as lines of the story's paragraphs.) "" without a body.

    >>> from lxml import etree
    >>> paragraph_text(etree.fromstring("<body><head>Pier shuts</head><p>LISBON (AP) - It shut.</p>"
    ...     "<p>By Jo Roe<lb/>\\nAssociated Press</p><list><item>A</item><item>B</item></list></body>"))
    'Pier shuts\\n\\nLISBON (AP) - It shut.\\n\\nBy Jo Roe\\nAssociated Press\\n\\n- A\\n- B'
    """
    from html import unescape
    from trafilatura.utils import sanitize
    if body is None:
        return ""
    out: list[str] = []

    def walk(e) -> None:
        tag = e.tag if isinstance(e.tag, str) else ""
        block = tag in TEXT_BLOCK_TAGS
        if block:
            out.append(PARAGRAPH_MARK)
        elif tag in TEXT_LINE_TAGS:
            out.append("\n" + ITEM_MARK if tag == "item" else "\n")
        if e.text and tag:
            out.append(e.text)
        for child in e:
            walk(child)
        if block:
            out.append(PARAGRAPH_MARK)
        if e.tail:
            out.append(e.tail)

    walk(body)
    # (as trafilatura cleans its own text: blank lines and control characters out, entities
    # a page escaped twice read, "Siobh&amp;aacute;n" as "Siobhán")
    paras = (unescape(sanitize("\n".join(line.strip() for line in p.split("\n") if line.strip() != ITEM_MARK.strip()),
                               True) or "").strip()
             for p in "".join(out).split(PARAGRAPH_MARK))
    return "\n\n".join(p for p in paras if p)


MAX_CLOSING_CREDIT_LINES = 3   # a credit block under the story: the editor, a source, a copyright
MAX_CLOSING_CREDIT_CHARS = 40  # "【责任编辑：刘洋】" is short; a sidebar's headline runs longer


def closing_cjk_editors(lines: list[str], text: str) -> list[str]:
    """The editors a Chinese page credits in its own block right under the story, which the
    main-text extraction leaves out: "【责任编辑：刘洋】" after the last paragraph.

    >>> closing_cjk_editors(["头条", "记者说，会议今天开幕。", "【责任编辑：张伟】"], "记者说，会议今天开幕。")
    ['张伟']
    """
    from .. import cjk
    last = text.rstrip().rsplit("\n", 1)[-1].strip()[:MATCH_CHARS]
    at = next((i for i in range(len(lines) - 1, -1, -1) if last and last in lines[i]), None) \
        if last and cjk.has_cjk(last) else None
    found: list[str] = []
    for line in lines[at + 1:at + 1 + MAX_CLOSING_CREDIT_LINES] if at is not None else []:
        s = line.strip()
        credit = cjk.read_credit_line(s) if s and len(s) <= MAX_CLOSING_CREDIT_CHARS else None
        found += [e for e in (credit[0].get("editors", []) if credit else []) if e not in found]
    return found


CLOSING_CREDIT_ROLES = ("reporters", "editors", "translators", "photographers")
# The role labels of more than one word that take no colon ("Гэрэл зургийг Д.Name",
# Montsame's 'photo [by]'; "Imehaririwa na Name", Swahili 'edited by'): a credit line without one.
SPACED_ROLE_LABELS = tuple(sorted({r.casefold() + " " for rs in vocab.CREDIT_ROLES.values() for r in rs
                                   if " " in r and ":" not in r}))
MAX_CLOSING_ROLES_CHARS = 120   # two or three roles and their names on one line


def closing_credits(lines: list[str], text: str) -> dict[str, list[str]]:
    """The people a page credits by role in its own block right under the story, which the
    main-text extraction leaves out: "خبرنگار: A | ویراستار: B" (IRNA's footer: 'reporter',
    'editor'), "Reporter: A" under the last paragraph, "Muxbir: A<br>Foto: B" (a role a line,
    the photographer's too). Only labelled credits (a role's word and its colon, Armenian's
    or Khmer's colon, or a role of several words that takes none) count; Chinese pages' are
    closing_cjk_editors'. A source line there names the agencies ("Quelle: WELT/AFP/dpa/lay",
    Welt's: the paper, the agencies, the editor's initials), as the tail's rules read it in
    the text.

    >>> closing_credits(["Head", "The council met on Monday.", "Reporter: Jo Roe | Editor: Al Day"],
    ...                 "The council met on Monday.")
    {'reporters': ['Jo Roe'], 'editors': ['Al Day']}
    >>> closing_credits(["Head", "The council met on Monday.", "Quelle: Post/AFP/dpa/xy"], "The council met on Monday.")
    {'agencies': ['AFP', 'dpa']}
    >>> closing_credits(["Head", "The council met on Monday.", "Related: more news"], "The council met on Monday.")
    {}
    """
    from .. import cjk, fields
    last = text.rstrip().rsplit("\n", 1)[-1].strip().translate(JOINERS_OFF)[:MATCH_CHARS]
    if not last or cjk.has_cjk(last):
        return {}
    at = next((i for i in range(len(lines) - 1, -1, -1) if last in lines[i].translate(JOINERS_OFF)), None)
    found: dict[str, list[str]] = {}
    block = lines[at + 1:at + 1 + MAX_CLOSING_CREDIT_LINES] if at is not None else []
    # (each line of a block apart: "Muxbir: A<br>Foto: B", one role a line)
    for line in (part for b in block for part in b.split("\n")):
        s = " ".join(line.split())
        if not s or len(s) > MAX_CLOSING_ROLES_CHARS:
            continue
        sources = fields.source_line_agencies(s)
        if sources:
            found.setdefault("agencies", []).extend(a for a in sources if a not in found["agencies"])
            continue
        if not (":" in s or "՝" in s or "៖" in s or s.casefold().startswith(SPACED_ROLE_LABELS)):
            continue
        credit = fields.parse_credits(s)
        if credit is None:        # "Foto: Jo Roe, O‘zA", "រូបថត៖ Name": a photo's labelled credit
            name = fields.photo_credit(s)[0]
            credit = ({"photographers": [name]}, []) if name else None
        for role in CLOSING_CREDIT_ROLES:
            for name in (credit[0].get(role, []) if credit else []):
                if name not in found.setdefault(role, []):
                    found[role].append(name)
    return {k: v for k, v in found.items() if v}


def heading_above_story(body, lines: list[str], text: str, note: bool = False) -> str | None:
    """The headline a page without an <h1> or headline markup sets in emphasis right above
    its story: the last of the page's ``lines`` before the story ``text``'s first paragraph,
    past its date, byline and agency lines, when that line is the whole of an <h2>-<h6>,
    <b> or <strong> and reads as a headline (a few words, no closing full stop). 1990s
    pages: "<font size=4><b>Flood barrier work to start in spring</b></font>" under a
    <title> of the site's name and section; None when the line above is anything else.

    >>> import lxml.html
    >>> body = lxml.html.fromstring("<body><b>Harbour Post</b> | Home<br><b>Ferry pier to close for "
    ...     "repairs</b><br>May 6, 1999<p>LISBON (AP) - The pier shuts.</p></body>")
    >>> heading_above_story(body, ["Harbour Post | Home", "Ferry pier to close for repairs",
    ...                            "May 6, 1999", "LISBON (AP) - The pier shuts."], "LISBON (AP) - The pier shuts.")
    'Ferry pier to close for repairs'

    A deck under the heading, in no emphasis and closing no sentence, is passed over once:

    >>> body = lxml.html.fromstring("<body><b>Harbour Post</b> | Home<br><b>Ferry pier to close for "
    ...     "repairs</b><br>Works will last all summer<p>LISBON (AP) - The pier shuts.</p></body>")
    >>> heading_above_story(body, ["Harbour Post | Home", "Ferry pier to close for repairs",
    ...                            "Works will last all summer", "LISBON (AP) - The pier shuts."], "LISBON (AP) - The pier shuts.")
    'Ferry pier to close for repairs'

    A note app's page (``note``) clips the story under the note's own lines: its first
    paragraph is the one opening with a dateline.
    """
    from .. import fields
    paras = [" ".join(p.split()) for p in text.split("\n")[:MAX_PAGE_LINES] if p.strip()]
    # (the text may open with the page's menu: the story starts at its first prose paragraph)
    first = next((p for p in paras if _words(p) >= PROSE_PARAGRAPH_WORDS), paras[0] if paras else "")
    if note:
        # (a note's own lines above the clipped story may run long, a citation or a comment:
        # the story starts at its dateline)
        first = next((p for p in paras if _words(p) >= PROSE_PARAGRAPH_WORDS
                      and fields.parse_dateline(p[:MAX_DATELINE_CHARS]) is not None), first)
    # (the page may break that paragraph over lines of its own that the extractor joined: its
    # first line opens it)
    at = next((i for i, line in enumerate(lines[:MAX_PAGE_LINES]) if " ".join(line.split()) == first
               or len(line) >= MIN_OPENING_LINE_CHARS and first.startswith(" ".join(line.split()))), None)
    if not at:
        return None
    emphasised = {" ".join(e.text_content().split()) for e in body.iter(*HEADING_TAGS)}
    emphasised.update(" ".join(e.text_content().split()) for e in body.iter()
                      if isinstance(e.tag, str) and e.get("class")
                      and HEADING_CLASS_WORDS.intersection(class_words(e.get("class"))))
    deck = False       # a line under the heading, in no emphasis: its deck, passed over once
    for line in reversed(lines[max(0, at - MAX_HEAD_LINES):at]):
        s = " ".join(line.split())
        if not s or is_head_line(s) or fields.classify_date_line(s) or line_agencies(s):
            continue
        words = _words(s)
        if s in emphasised and MIN_HEADING_WORDS <= words <= MAX_HEADING_WORDS and not s.endswith((".", ":")):
            return s
        if deck or s in emphasised or not MIN_HEADING_WORDS <= words <= MAX_HEADING_WORDS \
                or s.endswith((".", ":", "!", "?")):
            return None
        deck = True        # "<b>Ferry pier to close</b><br>Works to last all summer" over the story
    return None


MIN_OPENING_LINE_CHARS = 60   # a paragraph's first line, long enough to tell it apart
MAX_DATELINE_CHARS = 120      # a dateline stands at a paragraph's start
CJK_CHARS_PER_WORD = 2        # Chinese and Japanese write no spaces: a word is about two characters


def _words(s: str) -> int:
    """A line's words; in Chinese or Japanese, its characters counted as words of two.

    >>> _words("Ferry pier to close"), _words("札幌で記録的な大雪、JR北海道が運休")
    (4, 9)
    """
    words = len(s.split())
    if words < MIN_HEADING_WORDS * 2 and cjk.has_cjk(s):
        return max(words, len("".join(s.split())) // CJK_CHARS_PER_WORD)
    return words


def _under_note_heading(text: str, lines: list[str], heading: str) -> str:
    """A note page's text from the clipped story's own lines under its heading (its date
    line, its dateline): the note's name, its date stamp and its comments above are the
    note's, no date or line of the story's.

    >>> _under_note_heading("My notes\\nMay 8, 2018\\nMay 6, 2018 18:30\\nLIMA - It opened.",
    ...                     ["My notes", "May 8, 2018", "Dam opens", "May 6, 2018 18:30", "LIMA - It opened."], "Dam opens")
    'May 6, 2018 18:30\\nLIMA - It opened.'
    """
    at = next((k for k, line in enumerate(lines) if " ".join(line.split()) == heading), None)
    if at is None:
        return text
    under = {" ".join(line.split()) for line in lines[at + 1:at + 1 + MAX_HEAD_LINES] if line.strip()}
    paras = text.split("\n")
    start = next((i for i, p in enumerate(paras) if " ".join(p.split()) in under), None)
    return "\n".join(paras[start:]) if start else text


def _database_title(title: str) -> bool:
    """A <title> that is only a news database's name, maybe with a word of its page ("Factiva",
    "Europresse.com", "WiseNews - 全文")."""
    from .exports import _database_masthead
    return len(title) <= 40 and _database_masthead(TITLE_SEPARATORS_RE.split(title)[0].strip())


def generic_title(title: str | None, heading: str) -> bool:
    """Whether a page's <title> gives way to the headline it sets above its story: the
    title only names the site and its section ("Le Soir en ligne - Actualité", "ANSA
    English Media Service": short parts). (A title holding the heading keeps what it adds:
    "Pier shuts - Lisbon" over "Pier shuts"; site names around it are _strip_site's.)

    >>> generic_title("Nachrichten - Inland", "Flut: Altstadt bleibt verschont")
    True
    >>> generic_title("Harbour board shuts old ferry pier", "Ferry users face long detour")
    False
    """
    if not title:
        return True
    return all(len(p.split()) <= MAX_SECTION_WORDS for p in TITLE_SEPARATORS_RE.split(title))


MIN_FLATTENED_BLOCKS = 3   # a headline, a caption and a paragraph: fewer blocks run together are a paragraph's own


def unflatten_text(text: str, lines: list[str]) -> str:
    """The text with its paragraphs apart again where the extractor ran the page's blocks
    into one line, as its fallback does on a short page ("Ports reopen Dockers at work.
    Photo: Jo Roe/AFP MUMBAI, May 3 (PTI) - ..."): the page's blocks (``lines``) it holds,
    in their order and with nothing else between, a line each; as it is when it is no such
    run. (A caption run into the story would be read as its first sentence.)

    >>> unflatten_text("Ports reopen Dockers at work. MUMBAI (PTI) - They opened.",
    ...                ["Menu", "Ports reopen", "Dockers at work.", "MUMBAI (PTI) - They opened."])
    'Ports reopen\\nDockers at work.\\nMUMBAI (PTI) - They opened.'
    >>> unflatten_text("Ports reopen after the strike, officials said.", ["Ports reopen", "after the strike"])
    'Ports reopen after the strike, officials said.'
    """
    if "\n" in text or len(lines) < MIN_FLATTENED_BLOCKS:
        return text
    flat = " ".join(text.split())
    found: list[str] = []
    at = 0
    for line in lines:
        block = " ".join(line.split())
        k = flat.find(block, at) if block else -1
        if k < 0:
            continue      # (a menu, a footer the extractor left out)
        if flat[at:k].strip():
            return text   # words of the text no block holds: not the page's blocks run together
        found.append(block)
        at = k + len(block)
    return "\n".join(found) if at == len(flat) and len(found) >= MIN_FLATTENED_BLOCKS else text


def mend_glued_lines(text: str, lines: list[str]) -> str:
    """The text with its head lines as the page's lines read them where the extractor glued
    a line's parts together (adjacent spans: "Jo ParkLa Presse Canadienne" for "Jo Park,
    La Presse Canadienne"; see base.block_text).

    >>> mend_glued_lines("Dam opens\\nJo ParkLa Presse Canadienne\\nLIMA - It opened.",
    ...                  ["Dam opens", "Jo Park, La Presse Canadienne", "LIMA - It opened."])
    'Dam opens\\nJo Park, La Presse Canadienne\\nLIMA - It opened.'
    """
    apart = {_loose_key(line): line for line in lines[:MAX_HEAD_LINES * 2]
             if ", " in line and len(line.split()) <= MAX_BYLINE_WORDS}
    if not apart:
        return text
    paras = text.split("\n")
    shown = [i for i, para in enumerate(paras) if para.strip()][:MAX_HEAD_LINES]
    for i in shown:
        line = apart.get(_loose_key(paras[i]))
        if line and ", " not in paras[i]:
            paras[i] = line
    return "\n".join(paras)


def restore_left_out_lead(text: str, lines: list[str]) -> str:
    """The text with the lead paragraph the extractor left out put back above the paragraph
    that follows it on the page: a story set as bare text and <br>s in its <article>, whose
    text before the first <br> the extractor drops (Newsis' "[부산=뉴시스] Name 기자 = ..."),
    when it opens with a dateline naming an agency and the text's first paragraphs have none.

    >>> restore_left_out_lead("Port robots\\n\\nThe port said more.",
    ...     ["Port robots", "BUSAN (Newsis) - Robots began work at the port on Monday night as part of a trial that runs to March.",
    ...      "The port said more."]).split("\\n\\n")[1][:14]
    'BUSAN (Newsis)'
    """
    from .. import fields
    paras = [p for p in text.split("\n") if p.strip()][:MAX_HEAD_LINES]
    shown = {" ".join(p.split()): p for p in paras}
    if any(fields.parse_dateline(p[:MAX_DATELINE_CHARS]) for p in paras):
        return text
    for before, line in zip(lines, lines[1:]):
        para = shown.get(" ".join(line.split()))
        if para is None or " ".join(before.split()) in shown or not _left_out_lead_dateline(before):
            continue
        at = text.find(para)
        return f"{text[:at]}{before.strip()}\n\n{text[at:]}" if at >= 0 else text
    return text


def _loose_key(s: str) -> str:
    return re.sub(r"[\W_]+", "", s.casefold())


def start_at_dateline(text: str) -> str:
    """The text from its dateline paragraph when a short standfirst sits above it (its
    byline, date and photo caption lines kept).

    >>> start_at_dateline("Officials watch the quays.\\nBy Jo Park\\nGENEVA (AFP) - The lake rose.")
    'By Jo Park\\nGENEVA (AFP) - The lake rose.'
    """
    from .. import fields
    lines = text.split("\n")
    shown = [i for i, line in enumerate(lines) if line.strip()]
    paras = [lines[i] for i in shown]
    lede = 0      # the paragraphs above that are no head line (a byline, a date, a caption)
    for i, para in enumerate(paras[1:MAX_LEDE_PARAGRAPHS + MAX_HEAD_LINES + 1], 1):
        if len(paras[i - 1].split()) > MAX_LEDE_WORDS:
            break
        lede += not is_head_line(paras[i - 1].strip())
        if lede > MAX_LEDE_PARAGRAPHS:
            break     # (a kicker, the headline and a standfirst over "Por Jo Roe" and the dateline count three)
        dl = fields.parse_dateline(para.strip())
        if dl and (dl.cities or dl.agencies):
            # (an agency's line over the date keeps its credit: "The Canadian Press", then
            # "Published August 22, 2017" above "HALIFAX —"; the lines kept keep their breaks)
            head = {j for j, p in zip(shown[:i], paras[:i]) if
                    is_head_line(p.strip()) or _dated_bar(p) or len(p) <= MAX_CREDIT_LINE_CHARS and line_agencies(p)
                    or len(p) <= MAX_CREDIT_LINE_CHARS and _labelled_credit_line(p)}   # "Rep: Jo Roe/ Red: Al Day"
            # (and a name alone right over such an agency's line: "Henrique Vasconcellos" over "Da
            # Agência Estado", the author and the source a page sets apart, one byline)
            head |= {shown[k] for k in range(i - 1) if shown[k + 1] in head and shown[k] not in head
                     and len(paras[k + 1]) <= MAX_CREDIT_LINE_CHARS and _agency_credit_line(paras[k + 1])
                     and _bare_name(paras[k].strip())}
            # (and a short line in a head line's own paragraph, the credit the page sets over
            # its date with a <br>: "AFP-JIJI<br>Oct 22, 2024", read as plain copy's head reads it)
            block, blanks = [], 0          # each line's paragraph: the blank lines above it
            for line in lines:
                blanks += not line.strip()
                block.append(blanks)
            head_blocks = {block[j] for j in head} - {block[shown[i]]}   # (no blank lines: no paragraphs)
            dropped = {j for j in shown[:i] if j not in head and not (
                block[j] in head_blocks and len(lines[j].strip()) <= MAX_CREDIT_LINE_CHARS)}
            kept = "\n".join(line for j, line in enumerate(lines) if j not in dropped)
            return BLANK_LINE_RE.sub("\n\n", kept).strip()
    return text


def _agency_credit_line(s: str) -> bool:
    """A line crediting agencies and no one: "Reuters", "Da Agência Estado" (a byline of an agency alone)."""
    from .. import fields
    if line_agencies(s):
        return True
    by = fields.parse_byline(s.strip())
    return bool(by) and not by[0] and bool(by[1])


def _credit_place(tree) -> str | None:
    """The place of the first byline element (AUTHOR_CLASSES) that credits an agency and the
    city its copy was filed from (_agency_comma_place), or None. (A class's words count
    apart: "author-name".)"""
    for e in tree.xpath('//body//*[@class]'):
        words = (e.get("class") or "").lower()
        if AUTHOR_CLASS_STEM not in words and not AUTHOR_CLASSES.intersection(class_words(words)):
            continue
        text = " ".join(e.text_content().split())
        if "," in text and len(text) <= MAX_CREDIT_PLACE_CHARS:
            place = _agency_comma_place(text)
            if place:
                return place
    return None


MAX_CREDIT_PLACE_CHARS = 40   # "United News of Bangladesh, Chattogram": an agency and a city, no more


def _agency_comma_place(s: str) -> str | None:
    """The place of an author element's credit of an agency and the city its copy was filed
    from, set apart by a comma ("UNB, Dhaka", "PTI, New Delhi"); None for any other credit.

    >>> _agency_comma_place("UNB, Dhaka"), _agency_comma_place("Jo Roe, Dhaka"), _agency_comma_place("UNB, Staff")
    ('Dhaka', None, None)
    """
    from .. import normalize
    agency, _, place = (p.strip() for p in s.partition(","))
    return place if place and normalize.normalize_agency(agency, credit=True) and normalize.is_known_city(place) else None


def _agency_place_credit(s: str) -> bool:
    """Whether a line is a paper's credit of an agency and its desk's place set apart by a
    comma in a script without capitals ("पीटीआय, मुंबई"), which the head rules read.

    >>> _agency_place_credit("पीटीआय, नागपूर"), _agency_place_credit("होम, देश")
    (True, False)
    """
    from ..fields.head import INDIC_CREDIT_PLACE_RE, _read_agency_and_place
    from ..fields.record import RawFields
    return bool(INDIC_CREDIT_PLACE_RE.match(s)) and _read_agency_and_place(s, RawFields())


def _bare_name(s: str) -> bool:
    """A person's name alone, two words or more, as written ("Henrique Vasconcellos")."""
    from .. import normalize
    name = person_name(s) if 2 <= len(s.split()) <= 4 and not any(c.isdigit() for c in s) else None
    return bool(name) and name == normalize.normalize_name(s) and not normalize.is_known_city(s)


def _dated_bar(line: str) -> bool:
    """Whether a line is a meta bar of "|"-joined parts, one of them a date ("Ayşe Demir
    |05.03.2024 - Güncelleme : 05.03.2024"): the head's rules read its parts together.

    >>> _dated_bar("Ayşe Demir |05.03.2024 - Güncelleme : 05.03.2024"), _dated_bar("Home | World")
    (True, False)
    """
    from .. import fields
    return "|" in line and any(fields.classify_date_line(p) for p in HEAD_SEPARATOR_RE.split(line.strip()) if p)


def _labelled_stamp(line: str) -> bool:
    """Whether a line gives the story's publication or update by its label, alone or with
    the other after a bar or a dot ("Published: 03/07/2019 11:05 AM · Updated: ...").

    >>> _labelled_stamp("Posted: 05/14/2021 9:12 AM CDT · Updated: 05/14/2021 1:05 PM CDT")
    True
    >>> _labelled_stamp("May 14, 2021"), _labelled_stamp("Trending: storms hit 5 states")
    (False, False)
    """
    from .. import fields
    if not any(c.isdigit() for c in line):
        return False
    parts = [p for p in HEAD_PART_SEPARATOR_RE.split(line) if p.strip()]
    return all(fields.classify_date_line(p) in ("published", "updated") for p in parts)


# A time of day alone, maybe with its half of the day and its zone: "2:32 PM MYT", "14:05", "9.40 WIB"
TIME_OF_DAY_RE = re.compile(r"^\d{1,2}[:.h]\d\d(?:\s*(?i:[ap]\.?m\.?))?(?:\s*[A-Z]{2,5}|\s*[+-]\d\d:?\d\d)?$")


def _time_under_day(lines: list[str], i: int) -> bool:
    """A time of day alone on its line ("2:32 PM MYT") right under a day with no time
    ("Friday, 14 Oct 2022"), as a site sets the two in elements of their own."""
    from .. import fields
    s = lines[i].strip()
    if not (i and s[:1].isdigit() and TIME_OF_DAY_RE.match(s)):
        return False
    above = " ".join(lines[i - 1].split())
    return bool(fields.classify_date_line(above)) and not fields.CLOCK_RE.search(above)


MAX_KICKER_WORDS = 4   # a section's kicker over the headline: "Македонија", "Europe - Transport"


def find_head_lines(lines: list[str], text: str, headings: list[str], captions: set[str] = frozenset()
                    ) -> tuple[list[str], dict[str, list[str]]]:
    """(lines, credits): the page's date, byline and photo caption lines that the story
    ``text`` leaves out, those between the headline and the story's first paragraph (a
    site's meta bar outside the article's container) and captions among its paragraphs;
    and what the wire-copy rules do not read there: the photographers of the ``captions``
    (keys of the page's caption elements) and agencies named on a line of their own.

    >>> find_head_lines(["Menu", "Talks resume", "Share | May 6, 2024 at 3:12 PM | Print",
    ...                  "2 min read", "SEOUL (Reuters) - Talks resumed."],
    ...                 "SEOUL (Reuters) - Talks resumed.", ["Talks resume"])
    (['May 6, 2024 at 3:12 PM'], {'photographers': [], 'agencies': []})
    """
    from .. import fields

    def key(s: str) -> str:
        return " ".join(s.translate(JOINERS_OFF).split()).casefold()[:MATCH_CHARS]

    paras = [key(p) for p in text.split("\n") if p.strip()]
    keys = [key(line) for line in lines]
    credits: dict[str, list[str]] = {"photographers": [], "agencies": []}
    heads = {key(h) for h in headings if h.strip()}
    if len(paras) > 1 and paras[0] in heads and paras[1] in keys:
        # the text opens with the headline: the head lines lie between it and the story
        # ("<h1>", then "Lea Brandt, dpa" and a <time> outside the text, then "Kiel (dpa) -")
        paras = paras[1:]
    elif len(paras) > 2 and paras[1] in heads and paras[2] in keys and paras[0] not in heads \
            and len(paras[0].split()) <= MAX_KICKER_WORDS:
        # ...or with the section's kicker over the headline ("Македонија", a word its menu
        # holds too, so the kicker's place among the lines is the menu's)
        paras = paras[2:]
    if not paras or paras[0] not in keys:
        return [], credits
    first = keys.index(paras[0])
    # (the text's last paragraph as the page's lines hold it: a list item the text marks with
    # a dash, "- Ports reopen", is matched by the paragraph above it that is among them)
    ends = {keys[i]: i for i in range(first, len(keys))}
    last = next((ends[p] for p in reversed(paras) if p in ends), first)
    top = max((i + 1 for i in range(first) if keys[i] in heads), default=0)
    above = lines[max(top, first - MAX_HEAD_LINES):first]
    # (but a site's top bar, its day and the time it last refreshed, "Lunedì 21 Marzo 2016 -
    # Aggiornato alle 18:52", is no story's: the story's own stamp under the headline wins)
    if top and not any(fields.classify_date_line(" ".join(line.split())) for line in lines[top:first + MAX_HEAD_LINES]):
        # a time stamp a site sets above its headline ("Stand: 05.03.2024 14:32 Uhr", "Le Soir | jeudi 10 février 2000, 16h48")
        above = [line for line in lines[max(0, first - MAX_HEAD_LINES):top - 1]
                 if fields.classify_date_line(" ".join(line.split())) or _dated_bar(line)] + above
    shown = set(paras)
    # ("Belföld", the headline and its standfirst shown, "2023. 10. 18. 09:32" left out)
    prose = next((i for i in range(first, last + 1) if len(lines[i].split()) >= PROSE_PARAGRAPH_WORDS), last + 1)
    # (a byline the text left out, above the first prose paragraph, counts as well: a kicker
    # the text kept above the headline, "Europe - Transport", puts the page's byline here)
    region = above + [line for i, (line, k) in enumerate(zip(lines[first:last + 1], keys[first:last + 1]), first)
                      if k not in shown and (k in captions or fields.is_caption(line) or _cjk_caption(line)
                                             or i < prose and (fields.classify_date_line(" ".join(line.split()))
                                                               or _dated_bar(line) or _byline_line(line)
                                                               or _cjk_caption(line, any_role=True)
                                                               or _origin_byline(line)
                                                               or _agency_place_credit(line)
                                                               or _inner_date_line(" ".join(line.split()))
                                                               or fields.date_then_byline(" ".join(line.split()))
                                                               or _time_under_day(lines, i)))]
    # (and a caption element right under the last paragraph, a picture set at the story's foot)
    region += [line for line in lines[last + 1:last + 1 + MAX_SOURCE_LINES_BELOW]
               if key(line) in captions and key(line) not in shown]
    out: list[str] = []
    source_dateline = None
    # (and a labelled source line right under its last paragraph the text leaves out: "Πηγή:
    # ΑΠΕ-ΜΠΕ", "Fonte: Ansa")
    below = [line for line in lines[last + 1:last + 1 + MAX_SOURCE_LINES_BELOW]
             if (":" in line[:MAX_SOURCE_LABEL_CHARS] or "：" in line[:MAX_SOURCE_LABEL_CHARS]) and key(line) not in shown]
    # (and a labelled stamp right under the story, where a site sets its times at the article's
    # foot: "Published: 03/07/2019 11:05 AM EST · Updated: ...", when no date stands above it)
    if not any(fields.classify_date_line(" ".join(line.split())) or _dated_bar(line) for line in region):
        region += [line for line in lines[last + 1:last + 1 + MAX_SOURCE_LINES_BELOW]
                   if key(line) not in shown and _labelled_stamp(" ".join(line.split()))]
    # (an agency's byline a republishing page sets over the headline: "By AFP - Agence France
    # Presse" above the <h1>; a credit with its opener, not a bare name a menu may hold)
    over = [line for line in lines[max(0, first - MAX_HEAD_LINES):top - 1]
            if line[:1].isupper() and fields.BYLINE_RE.match(line)] if top else []
    # (and a lead picture's copyright credit over the headline, the agency and its photographer:
    # "© Sputnik / Jo Roe" above the <h1>, as Sputnik's pages set it)
    for line in (lines[max(0, first - MAX_HEAD_LINES):top - 1] if top else []):
        name, agency = fields.photo_credit(" ".join(line.split())) if line.lstrip()[:1] == "©" else (None, None)
        if name and agency and name not in credits["photographers"]:
            credits["photographers"].append(name)
    for line in over:
        found = fields.parse_byline(" ".join(line.split()))
        if found and not found[0]:
            credits["agencies"] += [a for a in found[1] if a not in credits["agencies"]]
    for line in above + below:           # "EFE" alone above the story: its author
        for agency in line_agencies(line):
            if agency not in credits["agencies"]:
                credits["agencies"].append(agency)
    for n, line in enumerate(region):
        s = _without_bare_stamp_label(" ".join(line.split()))
        if s[-1:] in BAR_END_MARKS and n + 1 < len(region) and _bare_names_over_stamp(s, region[n + 1]):
            out.append(s.rstrip(BAR_END_MARKS))   # "Jo Roe and Al Day ·" over the bar's <time>
            continue
        at = _byline_before_date(s) if s[:1].isupper() else None
        if at:          # "Jo Roe, PA Sat, 02 Dec, 2023 - 14:37": the byline and the date apart
            out += [s[:at].rstrip(BYLINE_DATE_JOINERS), s[at:]]
            continue
        if out and s[:1].isdigit() and TIME_OF_DAY_RE.match(s) and fields.classify_date_line(out[-1]) \
                and not fields.CLOCK_RE.search(out[-1]):
            out[-1] = f"{out[-1]} {s}"    # "Friday, 14 Oct 2022" over "2:32 PM MYT": the day's time
            continue
        label = SOURCE_LABEL_INSIDE_RE.search(s) if ":" in s or "：" in s else None
        if label and fields.classify_date_line(s[:label.start()].strip()):
            # "الثلاثاء 12 نوفمبر 2019 10:20 ص المصدر: أ ش أ - أ ف ب": the stamp, then the source
            out.append(s[:label.start()].strip())
            credits["agencies"] += [a for a in line_agencies(s[label.start():].strip()) if a not in credits["agencies"]]
            continue
        if is_head_line(s) or _agency_place_credit(s):
            out.append(s)   # (or an Indian paper's "पीटीआय, मुंबई": the agency and its desk's place)
            continue
        if _source_dateline(s) and not fields.parse_dateline(text.lstrip().partition("\n")[0]):
            source_dateline = s   # "عمّان - بترا" in an element of its own over a story with no
            continue              # dateline: read as its dateline, after the head's stamps
        lead = _left_out_lead_dateline(s) if len(s) > MAX_SOURCE_DATELINE_CHARS else None
        if lead and lead not in text and not fields.parse_dateline(text.lstrip().partition("\n")[0]):
            # "TEHRAN (Tasnim) – Iran's national team ...": the lead paragraph the text left
            # out, set in its own element (a site's <h3 class="lead">): its dateline is the
            # story's (a text that holds the lead further down, as a live blog's first entry
            # under its headings, has it already)
            source_dateline = lead
            continue
        if key(s) in captions:
            name = caption_photographer(s)
            if name and name not in credits["photographers"]:
                credits["photographers"].append(name)
            continue
        origin = _origin_byline(s)
        if origin:      # "example.com · by Jo Roe · saved Apr 29, 2018": the byline alone
            out.append(origin)
            continue
        if s[-1:].isalpha() and fields.header_credit(s):
            out.append(s)  # "Editor Yohanes Wicaksono" on its own line over the story (Kompas' credit items)
            continue
        parts = [" ".join(p.split()) for p in HEAD_PART_SEPARATOR_RE.split(line.strip()) if p.strip()]
        at = _inner_date_line(s) if len(parts) > 1 and s[:1].isupper() else None
        if at and len(parts[0]) > at and (_person_byline(s[:at].strip()) or _agency_name_only(s[:at])) \
                and is_head_line(s[at:]):
            # "Jo Roe, Associated Press Published 9:14 a.m. ET Aug. 9, 2017 | Updated 2:30 p.m. ET
            # Aug. 9, 2017": a meta bar's byline glued to its labelled stamps, the bar's parts after
            # (or the agency's name alone as the author: "Xinhua Publication date 09 June 2022 | 18:05")
            out += [s[:at].strip(), s[at:]]
            credits["agencies"] += [a for a in line_agencies(s[:at]) if a not in credits["agencies"]]
            continue
        if len(parts) < 2:
            parts = _dated_credit_parts(s) or parts
        if len(parts) < 2:
            at = _inner_date_line(s)
            if at:      # "Le Monde avec AFP Publié le 05 mars 2024 à 14h32, modifié le ..."
                credit = _credit_before_section(s[:at])
                if credit:  # "Edited by: Jo Roe India News Updated: ...": the credit, its section off
                    out.append(credit)
                elif fields.parse_byline(s[:at].strip()) and not OUTLET_WITH_RE.search(s[:at]):
                    out.append(s[:at].strip())   # "Jo Roe, PA Sat, 02 Dec, 2023 - 14:37" (not a site's
                    # "Par Ouest Matin avec AFP" before its "Publié le ...": the outlet's credit, no one's)
                elif fields.classify_date_line(s[:at].strip()) and is_head_line(s[:at].strip()):
                    out.append(s[:at].strip())   # "14/6/2022 آخر تحديث: 14/6/2022 10:53 م": the day the story ran, then its update
                out.append(s[at:])
                credits["agencies"] += [a for a in line_agencies(s[:at]) if a not in credits["agencies"]]
            continue
        # A header of parts wire copy reads together ("Source: X | date | Editor: Y", or a
        # labelled credit beside the stamp: "Edited By: Jo Roe | Updated: Oct 21, 2021")...
        if any(fields.classify_date_line(p) for p in parts) and all(
                is_head_line(p) or fields.HEADER_LABEL_RE.match(p) or ":" in p and fields.header_credit(p)
                for p in parts) \
                or all(map(fields.header_credit, parts)):   # "Penulis Wulan Sari | Editor Agus Prasetyo"
            out.append(" | ".join(parts))
        else:    # ...else the parts it reads on their own ("By Jo Park | May 6, 2024 3:12 PM"),
            # and a desk's credit among them ("Por Jo Roe | AFP · Editado por Al Day")
            out += [p for p in parts if is_head_line(p) or _desk_credit_part(p)]
    # (and the desk's labelled credit under the story that the text leaves out: "Edição: Jo
    # Roe", "Editing: ...", "Tradução: ...": an editor or a translator, never another story's writer)
    for line in lines[prose:last + 1 + MAX_SOURCE_LINES_BELOW]:
        s = " ".join(line.split())
        if ":" in s[:MAX_SOURCE_LABEL_CHARS] and key(s) not in shown and fields.CREDIT_OPEN_RE.match(s):
            found = fields.parse_credits(s)
            if found and (found[0].get("editors") or found[0].get("translators")) \
                    and not found[0].get("reporters") and s not in out:
                out.append(s)
    if source_dateline:
        out.append(source_dateline)
    return out, credits


# A meta bar's separator left at the end of its part when the next part, a <time>, is set on
# a line of its own: "Jo Roe and Al Day ·" then "2023-10-31T15:22:03Z" (Yahoo's author bar).
BAR_END_MARKS = " ·•|"


def _bare_names_over_stamp(s: str, below: str) -> bool:
    """Whether a meta bar's part closed by its separator is people's names alone, no "By",
    and the bar's next part a date: the byline, which the wire rules read as a bare name
    over the date (without the date under it, the line was dropped).

    >>> _bare_names_over_stamp("Jo Roe and Al Day ·", "2023-10-31T15:22:03Z")
    True
    >>> _bare_names_over_stamp("Markets ·", "2023-10-31T15:22:03Z"), _bare_names_over_stamp("Jo Roe ·", "Markets")
    (False, False)
    """
    from .. import fields, normalize
    names, agencies = fields.split_names(s.rstrip(BAR_END_MARKS))
    return bool(names) and not agencies and all(
        person_name(x) and len(x.split()) >= MIN_CREDIT_NAME_WORDS and not normalize.is_known_city(x) for x in names) \
        and bool(fields.classify_date_line(" ".join(below.split())))


def _agency_name_only(s: str) -> bool:
    """Whether a meta bar's part before its stamp is only an agency's name ("Xinhua").

    >>> _agency_name_only("Xinhua "), _agency_name_only("Xinhua and the city council")
    (True, False)
    """
    from .. import normalize
    return len(s.split()) <= MAX_AGENCY_NAME_WORDS and bool(normalize.normalize_agency(s.strip()))


MAX_AGENCY_NAME_WORDS = 5      # "Agence France-Presse", "Australian Associated Press"


DESK_CREDIT_FIELDS = frozenset(("editors", "translators"))


def _desk_credit_part(part: str) -> bool:
    """A meta bar's part that credits the desk's editor or translator by its role, with or
    without a colon ("Editado por Al Day", "Translated by Jo Roe"): kept for the head rules.

    >>> _desk_credit_part("Editado por Al Day"), _desk_credit_part("Editor's picks")
    (True, False)
    """
    from .. import fields
    if not part[:1].isalpha():
        return False
    credit = fields.header_credit(part)
    return bool(credit and credit[1] and DESK_CREDIT_FIELDS.issuperset(credit[0]))


def _without_bare_stamp_label(s: str) -> str:
    """A meta bar's line without the stamp's label closing it alone, its date set apart in
    a <time> element that the page's lines give on a line of its own ("Compiled by Jo Roe
    with AFP · First published" over "2024-08-04T17:00:00+02:00"): the label dates nothing
    there, and would run into the credit before it.

    >>> _without_bare_stamp_label("By Jo Roe · Last updated"), _without_bare_stamp_label("By Jo Roe | Updated: 5 May")
    ('By Jo Roe', 'By Jo Roe | Updated: 5 May')
    """
    if "·" not in s and "•" not in s and "|" not in s:
        return s
    parts = HEAD_PART_SEPARATOR_RE.split(s)
    if len(parts) < 2 or parts[-1].strip().rstrip(":").strip().casefold() not in STAMP_LABEL_SET:
        return s
    return s[:s.rindex(parts[-1])].rstrip().rstrip("·•|").rstrip()


ORIGIN_SEPARATOR_RE = re.compile(r"\s+[·•]\s+")
HOST_NAME_RE = re.compile(r"^(?:www\.)?[\w-]+(?:\.[\w-]+)+$")


def _origin_byline(line: str) -> str | None:
    """The byline of a reading app's origin line under the headline, the site's host name
    first ("example.com · by Jo Roe · saved Apr 29, 2018", Instapaper's): "by Jo Roe", whose
    names the head reads; None for any other line. (The app's own stamp, when the story was
    saved, is no date of the story.)

    >>> _origin_byline("harbourpost.example · by Dana Roe · saved Apr 29, 2018")
    'by Dana Roe'
    >>> _origin_byline("Business · by Dana Roe · 3 min"), _origin_byline("harbourpost.example · 3 min")
    (None, None)
    """
    if "·" not in line and "•" not in line:
        return None
    parts = ORIGIN_SEPARATOR_RE.split(" ".join(line.split()))
    if len(parts) < 2 or not HOST_NAME_RE.match(parts[0]):
        return None
    from .. import fields
    by = next((p for p in parts[1:] if fields.parse_byline(p)), None)
    return by if by and fields.parse_byline(by)[0] else None


MAX_SOURCE_LINES_BELOW = 3     # a page's source line stands right under the story, over its tags
MAX_SOURCE_LABEL_CHARS = 20    # ...its label a word or two before the colon


def _labelled_credit_line(line: str) -> bool:
    """A line of labelled roles and their names, as the credit rules read it ("Rep: Jo Roe/
    Red: Al Day", Republika's head).

    >>> _labelled_credit_line("Rep: Jo Roe/ Red: Al Day"), _labelled_credit_line("Red: the colour of the season")
    (True, False)
    """
    from .. import fields
    s = " ".join(line.split())
    if ":" not in s[:MAX_CREDIT_LABEL_CHARS] or not fields.CREDIT_OPEN_RE.match(s):
        return False
    found = fields.parse_credits(s)
    return bool(found and any(found[0].values()))


def _byline_line(line: str) -> bool:
    """A short line that reads as a byline ("By Jo ROE with Al DAY in Lyon").

    >>> _byline_line("By Jo ROE with Al DAY in Lyon"), _byline_line("Europe - Transport")
    (True, False)
    """
    s = " ".join(line.split())
    return len(s.split()) <= MAX_BYLINE_WORDS and _reads_as_byline(s)


def _reads_as_byline(s: str) -> bool:
    """Whether a short line names the story's writer: a byline ("By Jo Roe") or an author's
    label over the name ("Author: Jo Roe (Associated Press)", a local station's meta bar).

    >>> _reads_as_byline("Author: Jo Roe (Associated Press)"), _reads_as_byline("Author: AP")
    (True, False)
    >>> _reads_as_byline("Redazione ANSA MILANO")
    False
    """
    from .. import fields
    from ..fields.patterns import CREDIT_OPEN_RE
    if fields.parse_byline(s) is not None or "/" in s and fields.slash_signatures(s):
        return True       # (or a page's author elements run together: "Karin Roe/TT Per Dahl/TT TT")
    label = CREDIT_OPEN_RE.match(s)
    # (the label's colon marks the line: "Redazione ANSA MILANO" over the date is a desk's)
    # (or its agent's word: "Compiled by Jo Roe with AFP", as a colon does)
    credits = fields.parse_credits(s) if label and (":" in label[0] or label[0].split()[-1].casefold() in CREDIT_AGENT_WORDS) \
        else None
    return bool(credits and credits[0].get("reporters"))


def _name_beside_date(parts: list[str]) -> bool:
    """Whether a meta bar's "|"-joined parts are a date stamp and a person's bare name, as
    a site sets its author beside the day with no "By" ("Ayşe Demir |03.05.2024 - Güncelleme
    : 03.05.2024"): the wire reader takes such a name beside the date as the byline, so the
    bar is a head line, kept whole (read apart, the name alone is none and was dropped).

    >>> _name_beside_date(["Ayşe Demir", "03.05.2024 - Güncelleme : 03.05.2024"])
    True
    >>> _name_beside_date(["Business", "May 6, 2024"]), _name_beside_date(["World News", "May 6, 2024"])
    (False, False)
    """
    from .. import fields, normalize
    dated = [p for p in parts if fields.classify_date_line(p)]
    rest = [p for p in parts if p not in dated]
    if not dated or len(rest) != 1 or len(rest[0].split()) < 2:
        return False
    name = person_name(rest[0])
    return bool(name) and name == normalize.normalize_name(rest[0]) and not normalize.is_known_city(rest[0])


def _credit_before_section(s: str) -> str | None:
    """A labelled credit ("Edited by: Jo Roe") that a meta bar glued into one line runs on
    into the page's section ("India News", "World", "Kerala News") before its date: the
    credit with the section cut off, when the label gives an editor, a translator or a
    writer there; else None. The section is a section word (vocab.SECTION_WORDS) after
    places or section words only, so a name's last word is never taken for it.

    >>> _credit_before_section("Edited by: Jo Roe India News "), _credit_before_section("Edited by: Jo Roe")
    ('Edited by: Jo Roe', 'Edited by: Jo Roe')
    >>> _credit_before_section("Edited by: Anil Kumar Sharma Mumbai News"), _credit_before_section("Kashi Times")
    ('Edited by: Anil Kumar Sharma', None)
    >>> _credit_before_section("Edited by: Anil Kumar Sharma Kerala News") is None
    True
    """
    from .. import fields, normalize
    from ..fields.dateline_parts import SECTION_WORD_SET
    s = " ".join(s.split())
    label = fields.CREDIT_OPEN_RE.match(s) if ":" in s[:MAX_SOURCE_LABEL_CHARS] else None
    if not label:
        return None
    words = s[label.end():].split()
    for k in range(MIN_CREDIT_NAME_WORDS, len(words) + 1):   # the longest section first
        rest = words[k:]
        if rest and not (len(rest) <= MAX_CREDIT_SECTION_WORDS and rest[-1].casefold() in SECTION_WORD_SET
                         and all(w[:1].isupper() for w in rest)
                         and all(w.casefold() in SECTION_WORD_SET or normalize.is_territory(w)
                                 or normalize.is_country(w) or normalize.is_known_city(w) for w in rest[:-1])):
            continue
        if rest and k > MAX_CUT_NAME_WORDS:
            continue      # ("Anil Kumar Sharma Kerala News": a state the vocabulary lacks may end the name)
        credit = (s[:label.end()].rstrip() + " " + " ".join(words[:k])).strip()
        found = fields.parse_credits(credit)
        if found and any(found[0].get(role) for role in ("editors", "translators", "reporters")):
            return credit
    return None


MAX_CUT_NAME_WORDS = 3      # ...and three at most, when a section was cut off it
MIN_CREDIT_NAME_WORDS = 2   # a name of two words at least before the section
MAX_CREDIT_SECTION_WORDS = 3   # a page's section beside its credit: "India News", "Business", "Tamil Nadu News"


def _inner_date_line(s: str) -> int | None:
    """Where the date line begins that a page's meta bar runs on from its credit when the
    bar's parts come glued into one line ("Le Monde avec AFP Publié le 05 mars 2024 à
    14h32, modifié le 05 mars 2024 à 16h05 Lecture 2 min."): at its first date word, when
    the rest reads as a date line; else None."""
    from ..fields.dates import _date_parts
    from ..fields.head_patterns import INNER_DATE_KEYWORD_RE
    if not any(c.isdigit() for c in s):
        return None
    words = s.split(" ", MAX_CREDIT_WORDS_BEFORE_DATE)
    for k in range(1, min(MAX_CREDIT_WORDS_BEFORE_DATE, len(words) - 1) + 1):
        # "Ritzau 14. maj 2018 kl. 10.23 Opdateret 14. maj 2018 kl. 12.01": the agency's
        # name, then the bar's date line unlabelled, its update after it
        if words[k][:1].isdigit() and line_agencies(" ".join(words[:k])):
            at = len(" ".join(words[:k])) + 1
            return at if is_head_line(s[at:]) else None
        if words[k][:1].isdigit() and k > 1 and _agency_credit_then_section(words[:k]):
            # "Por EFE Economía 30.04.2024 09:22" (Investing.com's bar): the agency's credit,
            # the page's section and the date, their elements run together
            at = len(" ".join(words[:k])) + 1
            return at if is_head_line(s[at:]) else None
        if words[k][:1].isdigit() and k > 1 and _desk_then_place(words[:k]):
            # "Redazione ANSA BOLOGNA 18 settembre 2024 12:30 ...": the desk's credit, the place
            # in capitals and the date: the date line from the place, which it dates
            at = len(" ".join(words[:k - 1])) + 1
            return at if is_head_line(s[at + len(words[k - 1]) + 1:]) else None
    at = _byline_before_date(s)
    if at:
        return at
    m = INNER_DATE_KEYWORD_RE.search(s)
    if not m and " " in s and cjk.has_cjk(s):
        # "AFP日本 田村ひかり 公開日 2024年2月9日 15:20 更新日 ...": a CJK page's bar, its date
        # word after a space (vocab.CJK_PUBLISHED_WORDS)
        at = next((j + 1 for j in (k for k, c in enumerate(s) if c == " ")
                   if s[j + 1:].startswith(CJK_DATE_WORDS)), None)
        return at if at is not None and _date_parts(s[at:]) else None
    if not m:
        return None
    return m.start("kw") if _date_parts(s[m.start("kw"):]) else None


def _byline_before_date(s: str) -> int | None:
    """Where an unlabelled date begins after a byline the bar's parts glued it to ("Jo Roe,
    PA Sat, 02 Dec, 2023 - 14:37", "By Jo Roe 5 March 2024"): at the date's first word (a
    number, a weekday or a month) when what stands before it reads as a byline (a "By" or
    a credit closed by an agency, naming a person, never a bare name) and the rest as a date line.

    >>> _byline_before_date("Jo Roe, PA Sat, 02 Dec, 2023 - 14:37"), _byline_before_date("Jo Roe Sat, 02 Dec, 2023")
    (11, None)
    """
    from .. import fields
    from ..fields.dateline_parts import _is_weekday_or_month
    from ..fields.head_patterns import INNER_DATE_KEYWORD_RE
    words = s.split(" ", MAX_BYLINE_WORDS + 1)
    for k in range(MIN_BYLINE_BEFORE_DATE_WORDS, min(MAX_BYLINE_WORDS, len(words) - 1) + 1):
        first = words[k].strip(",.")
        if not (first[:1].isdigit() or first and _is_weekday_or_month(first)):
            continue
        head = " ".join(words[:k])
        at = len(head) + 1
        if INNER_DATE_KEYWORD_RE.search(head):
            return None   # a labelled date ("... avec AFP Publié le 02/06/2020"): the label's rule reads it
        by = fields.parse_byline(head.rstrip(BYLINE_DATE_JOINERS))
        if by and by[0] and fields.classify_date_line(s[at:]) and is_head_line(s[at:]):
            return at     # (a person's byline: "By Bernama - June 4, ..." is read whole, as it was)
    return None


def _person_byline(s: str) -> bool:
    """Whether ``s`` reads as a byline naming a person, not a site's credit ("Par Ouest Matin
    avec AFP").

    >>> _person_byline("Jo Roe, Associated Press"), _person_byline("Par Ouest Matin avec AFP")
    (True, False)
    """
    from .. import fields
    by = fields.parse_byline(s)
    return bool(by and by[0]) and not OUTLET_WITH_RE.search(s)


BYLINE_DATE_JOINERS = " -–—|·•,@"   # what may stand between the byline and the date
OUTLET_WITH_RE = re.compile(r"\s(?:avec|with|mit|con|com)\s", re.IGNORECASE)   # "X avec AFP"
MIN_BYLINE_BEFORE_DATE_WORDS = 2   # "By Roe", "Jo Roe, PA": two words at least before the date


MAX_CREDIT_WORDS_BEFORE_DATE = 3   # "Ritzau", "Agence France-Presse"
CJK_DATE_WORDS = tuple(sorted(vocab.CJK_PUBLISHED_WORDS + vocab.CJK_UPDATED_WORDS, key=len, reverse=True))


def _agency_credit_then_section(words: list[str]) -> bool:
    """Whether a meta bar's words before its date are an agency's credit (its name, or "By"
    and its name) and then one section word (vocab.SECTION_WORDS).

    >>> _agency_credit_then_section(["Por", "EFE", "Economía"]), _agency_credit_then_section(["Por", "Jo", "Roe"])
    (True, False)
    """
    from .. import fields
    from ..fields.dateline_parts import SECTION_WORD_SET
    if words[-1].casefold() not in SECTION_WORD_SET:
        return False
    credit = " ".join(words[:-1])
    by = fields.parse_byline(credit)
    return bool(by and not by[0] and by[1]) or bool(line_agencies(credit))


def _desk_then_place(words: list[str]) -> bool:
    """Whether a meta bar's words are a desk's credit naming no one ("Redazione ANSA") and
    a known city in capitals ("BOLOGNA").

    >>> _desk_then_place(["Redazione", "ANSA", "BOLOGNA"]), _desk_then_place(["Marco", "Rossi", "BOLOGNA"])
    (True, False)
    """
    from .. import fields, normalize
    place = words[-1]
    return place.isupper() and len(place) > 2 and normalize.is_gazetteer_city(place) \
        and all(fields.is_role_word(w) or normalize.normalize_agency(w, credit=True) for w in words[:-1]) \
        and any(fields.is_role_word(w) for w in words[:-1])


# A labelled credit run on after a stamp's time in a meta bar glued into one line
# ("Opublikowano: 27.01.2022, 08:03 Aktualizacja: ... 09:41 Autorka: Jo Roe (PAP)")
TIME_THEN_LABEL_RE = re.compile(r"(?<=\d)\s+(?=[^\W\d_][^\W\d_ ]*(?: [^\W\d_]+)?\s?:\s)")


def _dated_credit_parts(s: str) -> list[str] | None:
    """A meta bar's date line and the labelled credit glued after its last time, as two
    parts, when the first is a date line and the second a credit's label; else None.

    >>> _dated_credit_parts("Opublikowano: 27.01.2022, 08:03 Autor: Jan Nowak (PAP)")
    ['Opublikowano: 27.01.2022, 08:03', 'Autor: Jan Nowak (PAP)']
    >>> _dated_credit_parts("Opublikowano: 27.01.2022, 08:03") is None
    True
    """
    from .. import fields
    if ":" not in s:
        return None
    for m in TIME_THEN_LABEL_RE.finditer(s):
        head, tail = s[:m.start()], s[m.end():]
        if fields.CREDIT_OPEN_RE.match(tail) and not fields.classify_date_line(tail) \
                and fields.classify_date_line(head):
            return [head, tail]
    return None


def line_agencies(line: str) -> list[str]:
    """The agencies a page's line above the story credits on its own: one name ("EFE"),
    names joined by slashes ("Ritzau/AFP"), or names closing a credit after "with" ("Live
    team: Ana Berg and Tom Aas, with NTB and Reuters"); [] when any part names no agency.

    >>> line_agencies("Ritzau/AFP"), line_agencies("Live team: Ana Berg, with NTB and Reuters")
    (['Ritzau', 'AFP'], ['NTB', 'Reuters'])
    >>> line_agencies("Fonte: Ansa"), line_agencies("Source: our own reporting")
    (['ANSA'], [])
    >>> line_agencies("Talks with Reuters and the press"), line_agencies("Photo/Video")
    ([], [])
    >>> line_agencies("Harbour Post avec AFP et Reuters |")
    ['AFP', 'Reuters']
    """
    from .. import normalize
    from ..fields.patterns import SOURCE_LINE_RE
    # (a bar's separator that closed the credit's element before its stamp: "Le Monde avec AFP |")
    s = " ".join(line.split()).rstrip(" |·•")
    agency = normalize.normalize_agency(s)
    if agency:
        return [agency]
    stamp = STAMP_AFTER_CREDIT_RE.search(s) if ":" in s else None
    if stamp and 0 < stamp.start() <= MAX_AGENCY_LINE_CHARS:
        return line_agencies(s[:stamp.start()])      # "רויטרס ו-AP פורסם: 22.07.10, 08:14"
    joined = AGENCY_JOINER_RE.split(s) if len(s) <= MAX_AGENCY_LINE_CHARS else []
    if len(joined) > 1:        # "Reuters and AP", "רויטרס ו-AP": names alone, each an agency's
        named = [normalize.normalize_agency(p) for p in joined if p.strip()]
        if named and all(named):
            return named
    source = SOURCE_LINE_RE.match(s) if (":" in s[:20] or "：" in s[:20]) \
        and len(s) <= MAX_AGENCY_LINE_CHARS else None
    if source and not source["word"]:
        # a source label of the page's language over the story: "Źródło: PAP", "Fonte: Ansa"
        parts = [p for q in SPACED_DASH_RE.split(source["agencies"]) for p in AGENCY_JOINER_RE.split(q)]
    elif "/" in s and len(s) <= MAX_AGENCY_LINE_CHARS:
        parts = s.strip(" /").split("/")
    else:
        m = AGENCIES_AFTER_WITH_RE.search(s) if " " in s else None
        if not m:
            return []
        parts = AGENCY_JOINER_RE.split(m["names"])
    found = [normalize.normalize_agency(p, credit=True) for p in parts if p.strip()]
    return found if found and all(found) else []


def _mark_caption_credits(body) -> None:
    """Set a dash before a caption's credit element that runs on from its words with no stop
    (<figcaption>Estação do Dragão, no Porto <span class="credit">Ana Roe/Lusa</span>), so the
    line reads "..., no Porto — Ana Roe/Lusa" as a caption closed by its credit."""
    for e in body.iter("figcaption", "div", "p"):
        if not (e.tag == "figcaption" or "caption" in (e.get("class") or "").lower()):
            continue
        for child in e:
            if not isinstance(child.tag, str) or "credit" not in (child.get("class") or "").lower():
                continue
            before = "".join(e.text or "") if child.getprevious() is None else (child.getprevious().tail or "")
            words = " ".join(before.split())
            if words and words[-1].isalnum() and (child.text or "").strip():
                child.text = " — " + child.text.lstrip()    # (spaced: the element may touch the words)


def _caption_keys(body) -> set[str]:
    """The first characters of the page's photo captions (figcaption, caption classes)."""
    out = set()
    for e in body.iter("figcaption", "div", "p", "span"):
        if e.tag == "figcaption" or "caption" in (e.get("class") or "").lower() \
                or (e.get("itemprop") or "").lower() == "caption":
            out.add(" ".join(e.text_content().translate(JOINERS_OFF).split()).casefold()[:MATCH_CHARS])
    return out


def caption_photographer(caption: str) -> str | None:
    """The photographer a caption element credits in the forms wire copy's caption rule
    leaves to the markup: a person between agencies and pool words, after the caption's
    last sentence or in its closing brackets.

    >>> caption_photographer("Crews at work on July 16. Dana Roe/The Canadian Press")
    'Dana Roe'
    >>> caption_photographer("Leaders meet. (Photo by Tom Ward / POOL / AFP via Getty Images)")
    'Tom Ward'
    >>> caption_photographer("A view of the harbour at dawn/dusk.") is None
    True
    >>> caption_photographer("Tartu's town hall. Source: Jo Roe/ERR")
    'Jo Roe'
    >>> caption_photographer("Pickers at a tea estate in Kericho. AFP/File | Jo Roe")
    'Jo Roe'
    >>> caption_photographer("Cows at milking in Taranaki. Photo / Jo Roe"), caption_photographer("Cows. Photo / AFP")
    ('Jo Roe', None)
    >>> caption_photographer("A ferry at the jetty. PHOTO | JO ROE | HARBOUR MEDIA"), caption_photographer("A ferry. PHOTO | FILE")
    ('Jo Roe', None)
    """
    from .. import normalize, vocab
    barred = CAPTION_BAR_CREDIT_RE.search(caption) if "|" in caption else None
    if barred:
        # "A vessel at the port. PHOTO | JO ROE | NATION MEDIA GROUP": the label, the
        # photographer, the outlet, each after a bar ("PHOTO | FILE" names no one)
        name = person_name(barred["name"]) if not normalize.normalize_agency(barred["name"], credit=True) else None
        return name if name and len(name.split()) >= 2 else None
    m = CAPTION_CREDIT_RE.search(caption)
    if not m:
        return _closing_photo_label(caption)
    # (a bar may part the photographer from the agency's credit: "AFP/File | Jo Roe")
    parts = [CAPTION_LABEL_RE.sub("", p.strip()) for p in re.split(r"[/|]", m["bracketed"] or m["closing"])]
    sourced = CAPTION_SOURCE_LABEL_RE.match(parts[0])
    if sourced:
        parts[0] = parts[0][sourced.end():]
    if len(parts) == 2 and parts[0].strip().casefold() in CAPTION_LABEL_WORDS:
        # "Dairy farmer on his farm. Photo / Jo Roe" (NZ Herald's form): the label, a slash, the name
        name = person_name(parts[1]) if not (normalize.find_agencies(parts[1])
                                             or normalize.normalize_agency(parts[1], credit=True)) else None
        return name if name and len(name.split()) >= 2 else None
    # (a slash side that is an agency's short name alone counts: "Jo Roe/ERR")
    agency = [bool(normalize.find_agencies(p) or normalize.normalize_agency(p, credit=True)) for p in parts]
    credited = [p for p, a in zip(parts, agency) if a or CREDIT_WORD_RE.search(p)]
    if not any(agency):
        # (no agency beside the slash: a labelled credit closing the caption still names its
        # photographer, "... atzo. Argazkia: Jo Roe Lasa / Foku")
        return _closing_photo_label(caption)
    people = [person_name(p) for p in parts if p not in credited]
    people = [x for x in people if x and len(x.split()) >= 2 and not (
        sourced and any(w.casefold() in vocab.PHOTO_ORG_WORDS for w in x.split()))]
    return people[0] if len(people) == 1 else None


MAX_CAPTION_SENTENCES = 3   # a labelled credit closes a caption; a name's initials may split it


def _closing_photo_label(caption: str) -> str | None:
    """The photographer of a labelled credit closing a caption element, after its last
    sentence ("Barragem do Lobito ao fim da tarde. Foto: Ana Roe Lima", "... Photo: J. Roe"):
    the credit as fields.photo_credit reads a caption's own line; None without one.

    >>> _closing_photo_label("A ferry at the pier in Luanda. Foto: Ana Roe Lima")
    'Ana Roe Lima'
    >>> _closing_photo_label("A ferry at the pier. Photo: J. Roe"), _closing_photo_label("A ferry at the pier.")
    ('J. Roe', None)
    >>> _closing_photo_label("A ferry at the pier. Photo by Jo Roe")
    'Jo Roe'
    """
    from .. import fields
    if ":" not in caption:
        # (or the label and "by", no colon: "... at the hall. Photo by Jo Roe")
        return fields.photo_credit(caption)[0] if " by " in caption or " BY " in caption else None
    starts = [m.end() for m in SENTENCE_BREAK_RE.finditer(caption)][-MAX_CAPTION_SENTENCES:]
    for at in reversed(starts):
        name = fields.photo_credit(caption[at:])[0]
        if name:
            return name
    return None


MAX_SOURCE_DATELINE_CHARS = 60


def _left_out_lead_dateline(s: str) -> str | None:
    """The dateline, a place and an agency, opening a paragraph of prose the text left out
    (a lead in an element of its own); None for another line.

    >>> _left_out_lead_dateline("TEHRAN (Tasnim) - The national team began a camp on the island on Tuesday as part of its plans.")
    'TEHRAN (Tasnim)'
    >>> _left_out_lead_dateline("The national team began a camp on the island on Tuesday as part of its plans for May.") is None
    True
    """
    from .. import fields
    if len(s.split()) < PROSE_PARAGRAPH_WORDS // 2:
        return None
    dl = fields.parse_dateline(s[:MAX_DATELINE_CHARS])
    return dl.text.rstrip(" -–—:") if dl and dl.cities and dl.agencies and s.startswith(dl.text) else None


def _source_dateline(s: str) -> bool:
    """A page's source line that is a whole dateline, its place and its agency and nothing
    else ("عمّان - بترا", "ANKARA (AA)"), set in an element of its own over the story.

    >>> _source_dateline("عمّان - بترا"), _source_dateline("Harbour board shuts old pier")
    (True, False)
    """
    from .. import fields
    if len(s) > MAX_SOURCE_DATELINE_CHARS:
        return False
    dl = fields.parse_dateline(s)
    return bool(dl and dl.cities and dl.agencies and dl.text.rstrip(" -–—:") == s.rstrip(" -–—:"))


def is_head_line(s: str) -> bool:
    """A line wire copy's head rules read for a field, and not as its dateline: a date, a
    byline, a photo caption.

    >>> is_head_line("Published on 02/14/2024 at 06:31 am EST"), is_head_line("2 min read")
    (True, False)
    >>> is_head_line("Web posted at: 10:22 a.m. EDT (1422 GMT)"), is_head_line("Friday April 20 4:12 PM ET")
    (True, True)
    """
    from .. import cjk, fields
    from ..fields.dates import time_only_stamp, yearless_date
    if s[:1].isalpha() and (fields.dated_byline(s) or fields.byline_then_date(s) or fields.date_then_byline(s)):
        return True       # "By Bernama - June 4, 2025 @ 9:12am": a byline and its date, no dateline
        # (or its date run on, as Yahoo ran wire copy: "By JO ROE, Associated Press Writer Tue Mar 6, 2:32 PM ET";
        # or the byline after the date: "Publicado em 12/08/2021 - 18:40 Por Jo Roe - Repórter da Agência Brasil")
    if not s or fields.parse_dateline(s):
        return False
    if cjk.filed_place(s):
        return True       # "2024年5月2日 10:15 発信地：カイロ/エジプト": the date and the filing place
    # (and a stamp the head rules date from another line: a time after its date word, "Web
    # posted at: 10:22 a.m. EDT" under "October 13, 1998"; a year-less day and time, "Friday
    # April 20 4:12 PM ET", in the year of the copyright notice)
    return bool(fields.classify_date_line(s) or fields.is_caption(s) or _cjk_caption(s, any_role=True)
                or s[:1].isalpha() and any(c.isdigit() for c in s) and (time_only_stamp(s) or yearless_date(s))
                or (len(s.split()) <= MAX_BYLINE_WORDS and _reads_as_byline(s))
                or "|" in s and _name_beside_date([p for p in HEAD_SEPARATOR_RE.split(s) if p]))


def _cjk_caption(s: str, any_role: bool = False) -> bool:
    """A Chinese, Japanese or Korean photo caption that credits its photographer ("...作业。
    新华社记者 胡晓东 摄"), as the CJK credit reader reads it; with ``any_role``, also a credit
    line naming anyone else (a Korean byline bar's "글=A 기자 · 번역=B 기자").

    >>> _cjk_caption("10月15日，采棉机在棉田里作业。新华社记者 胡晓东 摄"), _cjk_caption("记者从农业局了解到。")
    (True, False)
    >>> _cjk_caption("글=한지우 기자 · 번역=오세린 기자"), _cjk_caption("글=한지우 기자 · 번역=오세린 기자", any_role=True)
    (False, True)
    """
    from .. import cjk
    if not cjk.has_cjk(s):
        return False
    credit = cjk.read_credit_line(s, in_body=False)
    return bool(credit and (any(credit[0].values()) if any_role else credit[0].get("photographers")))


def _year_guess(date: str, lines: list[str]) -> bool:
    """Whether trafilatura's date is a year only, as htmldate guesses one when it finds no
    day (a copyright notice's year, or any year in the page, as 1 January: "2024-01-01"
    for a page that shows "19 يونيو 2024م" beside a Hijri date it cannot read): a 1 January
    that no line of the page shows as a day.

    >>> _year_guess("2024-01-01", ["© 2024 Example News"]), _year_guess("2024-01-01", ["1 January 2024"])
    (True, False)
    """
    from .. import normalize
    if not date.endswith("-01-01"):
        return False
    year = date[:4]
    return not any(year in line and (normalize.parse_date(line) or "").startswith(date)
                   for line in lines)


def _stamped_day(date: str, lines: list[str]) -> bool:
    """Whether trafilatura's date is the day a reader stamp of the page shows (a read-later
    tool's "Saved Nov 5, 2023", a print's "Printed 05/11/2023"): the save's day, not the story's.

    >>> _stamped_day("2023-11-05", ["Saved Nov 5, 2023 · Tags: to-read"]), _stamped_day("2023-11-05", ["Nov 5, 2023"])
    (True, False)
    """
    from .. import normalize
    from ..fields.dates import reader_stamp
    return any(reader_stamp(line) and (normalize.parse_date(line) or "")[:10] == date[:10]
               for line in lines if len(line) < MAX_PRINT_FOOTER_CHARS)


def _name_into_date(name: str, head: list[str]) -> bool:
    """Whether the extractor's author runs from a head line's credit into its date: a bar of
    the agency and the day ("AP September 03, 2021") gives "AP September", the month's name
    taken for a family name.

    >>> _name_into_date("AP September", ["AP September 03, 2021"]), _name_into_date("May Roe", ["May Roe", "June 3, 2021"])
    (True, False)
    """
    from .. import fields
    last = name.split()[-1] if name.split() else ""
    return bool(last) and any(
        line.startswith(name) and line[len(name):len(name) + 1] == " "
        and fields.classify_date_line(line[len(name) - len(last):].strip()) for line in head)


def _marks_as_written(name: str, lines: list[str]) -> str:
    """An author the extractor took from the page with its last letter's marks as the page's
    lines write them: the extractor trims the vowel signs and viramas that close an Indic word
    (no word characters to it), "വെബ് ഡെസ്ക്" ('web desk') coming out "വെബ് ഡെസ്ക", "कविता झा"
    out "कविता झ".

    >>> _marks_as_written("कविता झ", ["Edited By: कविता झा | Updated: ..."]), _marks_as_written("Jo Roe", ["Jo Roe."])
    ('कविता झा', 'Jo Roe')
    """
    if not name or name.isascii():
        return name
    for line in lines:
        at = line.find(name) if name in line else -1
        if at < 0:
            continue
        end = at + len(name)
        while end < len(line) and unicodedata.category(line[end])[:1] == "M":
            end += 1
        return line[at:end]
    return name


def _initials_as_written(name: str, lines: list[str]) -> str:
    """A name the extractor took from the markup as the page's lines write it: the extractor
    drops an initial's dot, "Б.Солонго" (the initial of the father's name glued to the given
    name, as Mongolian writes a person) coming out "Б Солонго".

    >>> _initials_as_written("Б Солонго", ["Б.Солонго 2022-04-27 11:08"]), _initials_as_written("Jo Roe", [])
    ('Б.Солонго', 'Jo Roe')
    """
    words = name.split()
    if len(words) < 2 or not any(len(w) == 1 for w in words[:-1]):
        return name
    pattern = re.compile("".join(re.escape(w) + (r"\.\s*" if len(w) == 1 else r"\s+") for w in words[:-1])
                         + re.escape(words[-1]) + r"(?!\w)")
    for line in lines:
        if words[-1] in line:
            m = pattern.search(line)
            if m:
                return m.group(0)
    return name


def _known_date(line: str, page: dict) -> bool:
    """True for a date line that only repeats the day the page's markup gives; a markup
    date of the day alone takes the line's time of day. A line that also carries the byline
    ("Publicado em 12/08/2021 - 18:40 Por Jo Roe - Repórter da Agência Brasil - Brasília")
    tells more than the date: it stays."""
    from .. import cjk, fields, normalize
    kind = fields.classify_date_line(line)
    published = normalize.normalize_iso(page.get("published")) if page.get("published") else None
    if kind not in ("date", "published") or not published:
        return False
    if fields.date_then_byline(line) or cjk.filed_place(line) or _bar_with_byline(line):
        return False      # (or the place it was filed from: "... 発信地：カイロ/エジプト")
    from ..fields.head_lines import closing_stamp_place
    if closing_stamp_place(line):
        return False      # "Published - ... IST - CHENNAI": the place the story was filed from, after the day
    stamp = normalize.parse_date(line, page.get("language"))
    if not stamp or stamp[:10] != published[:10]:
        return False
    if len(published) == len("2024-05-06") and len(stamp) > len(published):
        page["published"] = stamp
    from ..fields.dates import _date_parts
    # (a line that also gives the update stays for it: "Veröffentlicht: ... 14:05 Uhr
    # Aktualisiert: ... 16:40 Uhr")
    return len(_date_parts(line) or ()) < 2


def _bar_with_byline(line: str) -> bool:
    """Whether a meta bar's parts, a dot or a bar between them, hold a byline beside the
    date ("2020-06-17 12:41 · Jo Roe, BNS"): the line tells more than the date."""
    if "·" not in line and "•" not in line and "|" not in line:
        return False
    from ..fields.head_lines import _read_header_segments
    from ..fields.head_patterns import HEADER_PART_SPLIT_RE, HEADER_SPLIT_RE
    from ..fields.record import RawFields
    out = RawFields()
    split = HEADER_SPLIT_RE if "|" in line else HEADER_PART_SPLIT_RE
    return _read_header_segments(line.strip(), out, split) and bool(out.byline_names)


def _check_language(declared: str | None, text: str) -> str | None:
    """The declared language unless the text is long and plainly in another one
    (site templates often keep `lang="en"` on every edition). A declared language the
    detector does not know (`lang="mi"`, "sm", "bi") stands: the detector can only name
    its nearest known one."""
    from .. import normalize
    letters = sum(c.isalpha() for c in text[:2000])
    if declared and letters < MIN_DETECT_CHARS:
        return declared
    if declared and not normalize.detectable_language(declared):
        return declared
    detected = normalize.detect_language(text)
    if not declared:
        return detected
    if not detected or detected == declared \
            or any(declared in g and detected in g for g in CLOSE_LANGUAGES):
        return declared
    return detected


def _same_minute(a: str, b: str) -> bool:
    from .. import normalize
    a, b = normalize.normalize_iso(a), normalize.normalize_iso(b)
    return bool(a and b and a[:16] == b[:16])
