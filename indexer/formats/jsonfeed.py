"""JSON reader: .json / .jsonl / .ndjson -> one story per object (scraper output, news APIs,
JSON Feed, IPTC ninjs), record N of a file labelled ``file#N``."""
from __future__ import annotations

import json
import re
from typing import Iterator

from .. import clean, normalize, vocab
from . import chat
from .base import (Document, Part, ReadError, agencies_in, date_value, dateline_meta, fail,
                   html_fragment_to_text, label_parts, language_code, looks_like_html, make_part,
                   split_authors)

JSON_START_RE = re.compile(r'^(?:\{\s*(?:"|\})|\[\s*(?:\{|\]|"|\[))')
JSONL_EXTENSIONS = (".jsonl", ".ndjson", ".jsonlines", ".ldjson")

# Keys, compared lower-case without "_" and "-", best first. Scrapers (news-please, newspaper,
# trafilatura), APIs (NewsAPI, the Guardian, WordPress, Elasticsearch) and ninjs 1.x-2.x.
TITLE_KEYS = ("headline", "title", "headlines", "webtitle", "heading", "head")
TEXT_KEYS = ("bodytext", "body", "text", "content", "articlebody", "maintext", "fulltext",
             "contenttext", "articletext", "story", "bodies", "plaintext", "textcontent",
             "contentelements", "components")
# (the AP Media API's "body_nitf" is a NITF <block> of <p> paragraphs, read as HTML)
HTML_KEYS = ("bodyhtml", "bodyxhtml", "contenthtml", "html", "contentencoded", "rawhtml",
             "bodynitf")
SUMMARY_KEYS = ("descriptiontext", "description", "summary", "abstract", "lead", "excerpt",
                "teaser", "standfirst", "descriptions")
PUBLISHED_KEYS = ("datepublished", "published", "publishedat", "publishedtime", "publishdate",
                  "datepublish", "pubdate", "publicationdate", "firstcreated", "firstpublished",
                  # (the Guardian's firstPublicationDate before its webPublicationDate, the
                  # latest time it ran: an update, below)
                  "firstpublicationdate", "webpublicationdate", "datecreated", "created",
                  "createdat", "issued", "releasedate", "firstpublishdate", "filed", "filedat", "timefiled",
                  # agency and CMS APIs' own spellings: Xinhua's "pubtime", WordPress
                  # exports' "post_date", Drupal's "created"...
                  "pubtime", "publishtime", "publicationtime", "pubdatetime",
                  # (Event Registry's "dateTimePub" beside its "dateTime", when it found the story)
                  "datetimepub",
                  "publishdatetime", "publishedon", "publishedate", "publisheddate",
                  "releasetime", "firstpubtime", "postdate", "postdategmt", "posttime",
                  "postedat", "postedon", "posted", "createtime", "createdtime", "createdon",
                  # (the wire's transmission: Yonhap's "SEND_DATE" beside its "UPDATE_DATE")
                  "senddate", "sendtime", "sentdate", "senttime", "sentat",
                  # (a portal's app export: MSN's "publishedDateTime", beside "updatedDateTime")
                  "publisheddatetime", "publicationdatetime", "createddatetime", "firstpublisheddatetime",
                  "date", "datetime", "time", "timestamp", "displaydate", "displaytime")
UPDATED_KEYS = ("datemodified", "updated", "modified", "updatedat", "modifiedat",
                "lastmodified", "versioncreated", "datemodify", "dateupdated", "lastupdated",
                "modifiedtime", "updatedtime", "lastupdateddate",
                "updatetime", "modifytime", "lastmodifytime", "lastupdatetime", "lastupdate",
                "updatedate", "modifydate", "modifieddate", "updatedon", "modifiedon",
                "postmodified", "postmodifiedgmt", "edittime", "editedat", "changed",
                "updateddatetime", "modifieddatetime", "lastupdateddatetime", "lastmodifieddatetime",
                "modificationdate", "modificationdatetime", "webpublicationdate",
                # (Yonhap's content API: "UPD_DATE" beside its "SEND_DATE")
                "upddate", "updtime",
                # (Yahoo's content API: "displayTime", the time its page shows, beside its
                # "pubDate"; alone it is the publication, above, and no update)
                "displaytime")
# The item's creation beside its publication: an agency API stamps "created", "published"
# and "updated" (the AFP API), and the first-created time is the story's publication (a
# feed's rule, README). Taken over the published key only when earlier and by less than
# MAX_CREATED_LEAD: a database's "created" after the publication is when the record was
# made, and one days before it a draft's.
CREATED_KEYS = ("firstcreated", "created", "datecreated")
MAX_CREATED_LEAD = 24 * 3600   # seconds; a wire item goes out minutes after it is created
DATE_KEYS = frozenset(PUBLISHED_KEYS + UPDATED_KEYS)
# A key, "_" or "-", and a two-letter code: "date_fa", "published-en".
LANGUAGE_SUFFIXED_KEY_RE = re.compile(r"^(.+)[_-]([A-Za-z]{2})$")
AUTHOR_KEYS = ("authors", "author", "bylines", "byline", "by", "creator", "creators", "writers",
               "writer", "reporters", "reporter")
# (a photo's credit in a key or column of its own names its photographer, "Jo Roe/AFP")
# (and the role's verb, as an API names the key: {"edited_by": "Jo Roe"}, {"translated_by": ...})
ROLE_KEYS = {"editors": ("editors", "editor", "editedby", "responsibleeditor"), "translators": ("translators", "translator", "translatedby"),
             "photographers": ("photographers", "photographer", "photocredit", "photocredits",
                               "photobyline", "imagecredit", "picturecredit", "fotocredit")}
# A second key of the role beside the first, whose names are added to its: Chinese CMSes'
# "editor" and "responsible_editor" (责任编辑) name two editors.
SECOND_ROLE_KEYS = {"editors": ("responsibleeditor",)}
# ("canonical" and "alternate": Google Reader's item form, as Inoreader and other readers
# export it, [{"href": ...}])
# A key holding a path, not an address ({"url": "news/2023/04/19/slug", "full_url":
# "https://..."}, Meduza's API) is passed over for the next that holds one.
URL_KEYS = ("url", "canonicalurl", "canonical", "weburl", "fullurl", "link", "permalink",
            "shareurl", "articleurl", "pageurl", "sourceurl", "uri", "href", "alternate",
            # a database record's link to itself (ProQuest's XML <URLDocView>, "Document URL")
            "documenturl", "docurl", "urldocview", "persistentlink", "permanentlink", "id")
LANGUAGE_KEYS = ("language", "lang", "inlanguage", "languagecode", "locale")
SOURCE_KEYS = ("sourcename", "source", "sitename", "publisher", "publication", "outlet",
               "newspaper", "sourcedomain", "domain", "site")
AGENCY_KEYS = ("agency", "agencies", "newsagency", "wire", "provider", "copyrightholder",
               "infosources", "distributor", "credit")
DATELINE_KEYS = ("dateline", "located")
# A note set under the text, in a key of its own: {"footnote": "This article was translated
# from Luxembourgish by Jo Roe."}
FOOTNOTE_KEYS = ("footnote", "footnotes", "endnote", "endnotes", "postscript")
# The story's picture, an object whose credit names its photographer: {"photo": {"caption":
# "...", "credit": "Jo Roe/Reuters"}}, {"image": {"url": "...", "byline": "Jo Roe"}}.
# A list of the story's media ({"media": [{"type": "photo", "credit": "EFE/Jo Roe"}]}) and
# ninjs' associations (an object of items by name, {"1": {"type": "picture", "bylines":
# [...]}}, or a list) count too, their pictures only.
# (the AFP API's "bagItem": the story's attached pictures and videos, each with its "type")
PHOTO_KEYS = ("photo", "image", "picture", "leadimage", "mainimage", "featuredimage", "topimage",
              "photos", "images", "media", "associations", "bagitem",
              # (a video's still: {"preview_image": {"credit": "Foto: Jo Roe/dpa"}})
              "previewimage", "teaserimage", "posterimage")
# ...else its caption, when the caption closes with the credit: {"image": {"caption": "A tram
# in Kolkata. (PTI Photo/Jo Roe)"}} (Portuguese, Spanish, Italian, German, Dutch captions too)
# (Spanish desks' "pie", "pie de foto": {"fotos": [{"pie": "... EFE/Jo Roe", "autor": ...}]})
PHOTO_CAPTION_KEYS = ("caption", "legenda", "leyenda", "légende", "legende", "didascalia",
                      "bildunterschrift", "bildtext", "onderschrift", "pie", "piedefoto", "piefoto")
PHOTO_CREDIT_KEYS = ("credit", "credits", "photographer", "byline", "bylines", "by", "author",
                     "creator")
# The type of a media object that is no picture: its credit names no photographer.
NOT_PICTURE_TYPE_RE = re.compile(r"video|audio|text|embed|html|link|graphic|document", re.IGNORECASE)
# Story keys in other languages -> the keys above: vocab.STORY_KEY_ALIASES, shared with the
# CSV reader's column names and the generic XML reader's element and attribute names.
KEY_ALIASES = vocab.STORY_KEY_ALIASES
# Objects that wrap a story's fields (Elasticsearch hits, the Guardian, JSON:API), or
# its dates ({"dates": {"published": ..., "modified": ...}}).
# Arc XP's ANS puts its bylines in {"credits": {"by": [...]}}.
WRAPPER_KEYS = ("_source", "fields", "attributes", "metadata", "meta", "dates", "timestamps",
                "credits")
# Keys under which one story object sits whole: {"item": {"title": ..., "body": ...}}
# (agency APIs, exports; Meduza's API: {"root": {"title": ..., "content": {...}}}); read
# like a flat one, the outer object's other keys after its own.
# A content API's single item sits under "content" ({"response": {"content": {"webTitle":
# ..., "fields": {"bodyText": ...}}}}): an object there is the story when it holds story keys
# (WordPress' {"content": {"rendered": ...}} holds none, and stays the text).
# (a CMS's export of one node: Drupal's {"node": {"title": ..., "body": {"value": ...}}})
ITEM_KEYS = ("item", "article", "story", "data", "newsitem", "post", "entry", "document", "doc",
             "record", "result", "content", "root", "node")
# Drupal names a node's own fields "field_<name>": "field_autor", "field_imagem"
DRUPAL_FIELD_PREFIX = "field_"
# A time in a key or column of its own ("12:48", "9.05", "14:32:10", "15:42 IST"), joined to
# the day's ({"datum": "14.03.2007", "cas": "11:27"}, a CSV's "data" and "ora" columns).
TIME_CELL_RE = re.compile(r"^\d{1,2}[:.]\d\d(?:[:.]\d\d)?(?:\s*(?:[ap]\.?m\.?|[A-Z]{2,4}))?$",
                          re.IGNORECASE)
# An author object's role, as agency APIs give it: {"name": "...", "role": "editor"}
AUTHOR_ROLES = {"editor": "editors", "editors": "editors", "editing": "editors",
                "translator": "translators", "translation": "translators",
                "photographer": "photographers", "photo": "photographers",
                "photographers": "photographers", "camera": "photographers"}
# A body given as a list of paragraph strings under a key of its own: the AFP API's "news"
# ({"headline": ..., "news": ["Marseille (AFP) - ...", "..."]}). Read only when the value is
# text (a string or a list of strings): elsewhere "news" is a list of stories (LIST_KEYS).
PARAGRAPH_LIST_KEYS = ("news",)
# Keys under which APIs list their stories.
# (a portal's content API: Yahoo's {"data": {"contents": [{"content": {...}}]}})
LIST_KEYS = ("items", "articles", "stories", "results", "docs", "data", "entries", "news",
             "posts", "hits", "documents", "records", "response", "value", "contents")
# A body given as a list of typed elements: Arc XP's ANS `content_elements` ({"type": "text",
# "content": ...}) and Apple News Format's `components` ({"role": "body", "text": ...}). These
# types are the story's text; images, embeds, the title component and pull quotes are not.
TEXT_ELEMENT_TYPES = frozenset(("text", "paragraph", "body", "intro", "header", "heading", "quote",
                                "blockquote", "heading1", "heading2", "heading3", "heading4",
                                "list"))
# ... and the byline component, which goes above the text where the wire-copy rules read it
BYLINE_ELEMENT_TYPES = frozenset(("byline", "author"))
# An element's text, best first: ANS "content", ANF "text", a CMS's {"type": "text", "html": ...}
ELEMENT_TEXT_KEYS = ("content", "text", "html")
# The body's picture elements, whose credit names the photographer:
# {"type": "image", "caption": "...", "credit": "AAP Image/Jo Roe"}
PICTURE_ELEMENT_TYPES = frozenset(("image", "picture", "photo", "photograph"))
# The keys of an object that holds one text, best first: WordPress' {"rendered": ...}, ninjs'
# {"value": ...}, Arc XP's headlines {"basic": ...}, agency APIs' headline variants
# {"main": ..., "sub": ...}, {"default": ..., "short": ...}, and a content object that
# holds the text's HTML by name: {"content": {"body": "<p>...</p>"}} (Meduza's API), or
# as markup: {"body": {"markup": "<p>...</p>"}} (Yahoo's content API).
TEXT_VALUE_KEYS = ("rendered", "value", "text", "#text", "content", "basic", "main", "default",
                   "primary", "full", "long", "headline", "title", "web", "print", "short",
                   "body", "markup")
# An object of one text in several languages: {"en": "...", "fr": "..."}, {"pt-BR": "..."}.
LANGUAGE_KEY_RE = re.compile(r"^[a-z]{2,3}(?:[-_][A-Za-z]{2,4})?$")
# An object whose keys the reader does not know still holds a story when one of its string
# values is prose (sentences): {"materia": "<p>O governo anunciou ...</p>", "chamada": "..."}.
# That value is the text and the first short line among the others the title: a story lost
# whole is worse than one whose fields are guessed.
PROSE_MIN_CHARS = 200          # a paragraph at least; shorter values are labels, names, titles
PROSE_SENTENCE_RE = re.compile(r"[.!?。！？।](?:\s|$)")
TITLE_VALUE_CHARS = (8, 250)    # a headline's length, shortest and longest
TITLE_MIN_WORDS = 3             # fewer is a section or a name: "Economia", "Ana Lima"
MAX_TITLE_DIGITS = 0.25         # a quarter digits is a stamp or a code ("Tue, 14 May 2024 09:52")
TITLE_VALUE_RE = re.compile(r"^(?!https?://)[^\n<>{}]*[^\W\d_]{2}[^\n<>{}]*$")
MAX_LIST_DEPTH = 3   # {"response": {"data": {"items": [...]}}} is as deep as APIs go


def sniff_json(head: str) -> bool:
    return bool(JSON_START_RE.match(head))


def read_json(data: bytes, path: str, key: str) -> Iterator[Document | ReadError]:
    """Stories from a JSON document (one story, a list, or an API envelope) or JSON Lines."""
    text = clean.decode_bytes(data)
    try:
        value = json.loads(text)
    except json.JSONDecodeError as e:
        if e.msg == "Extra data" or path.lower().endswith(JSONL_EXTENSIONS):
            yield from label_parts(_json_lines(text), path, key)
            return
        raise fail(path, f"not valid JSON ({e.msg}, line {e.lineno} column {e.colno})") from None
    # (a Telegram Desktop export of one chat: its channel's posts, or a conversation's story)
    tg = chat.telegram_json_parts(value) if isinstance(value, dict) and "messages" in value else None
    if tg is not None:
        yield from label_parts(tg, path, key)
        return
    records, defaults = find_records(value)
    if records is None:
        raise fail(path, "JSON without a story (no title or text keys)")
    yield from label_parts((record_part(r, defaults) for r in records), path, key)


def _json_lines(text: str) -> Iterator[Part]:
    """One Part per JSON value; a broken record is one failed Part, and reading resumes at
    the next line that opens an object."""
    decoder = json.JSONDecoder()
    pos, end = 0, len(text)
    line, counted = 1, 0  # the line number at ``counted``: counting from the start each
    while True:           # time made a 10,000-record file take a minute
        while pos < end and text[pos] in " \t\r\n,":
            pos += 1
        if pos >= end:
            return
        line += text.count("\n", counted, pos)
        counted = pos
        try:
            value, pos = decoder.raw_decode(text, pos)
        except json.JSONDecodeError as e:
            yield Part(error=f"line {line}: not valid JSON ({e.msg})")
            nxt = re.compile(r"\n(?=[{\[])").search(text, pos + 1)
            if not nxt:
                return
            pos = nxt.end()
            continue
        if isinstance(value, dict):
            records, defaults = find_records(value)
            if records and len(records) == 1:
                yield record_part(records[0], defaults)
                continue
        yield Part(error=f"line {line}: not a story object")


def _norm(k: str) -> str:
    """A key lower-case without "_", "-" and ":", and without Drupal's "field_" prefix on a
    node's own fields ("field_autor" is the author).

    >>> _norm("field_autor"), _norm("Body-Text"), _norm("fields")
    ('autor', 'bodytext', 'fields')
    """
    k = k.lower()
    if k.startswith(DRUPAL_FIELD_PREFIX) and len(k) > len(DRUPAL_FIELD_PREFIX):
        k = k[len(DRUPAL_FIELD_PREFIX):]
    return k.replace("_", "").replace("-", "").replace(":", "")


def _key(k: str) -> str:
    """A key as the reader knows it, another language's name mapped to its English one.

    >>> _key("data_publicacao"), _key("Body-Text"), _key("corpo")
    ('published', 'bodytext', 'body')
    """
    k = _norm(k)
    return KEY_ALIASES.get(k, k)


STORY_KEYS = frozenset(TITLE_KEYS + TEXT_KEYS + HTML_KEYS)


def _is_story(obj: dict) -> bool:
    keys = {_key(k) for k in _flat(_unwrap(obj))}
    return bool(keys & STORY_KEYS)


def _unwrap(obj: dict) -> dict:
    """The story object under an item key (``{"item": {...}}``, ``{"story": {...}}``) with
    the outer object's other keys after its own; ``obj`` itself when it holds its text.

    >>> _unwrap({"lang": "en", "item": {"title": "T", "body": "B."}})
    {'title': 'T', 'body': 'B.', 'lang': 'en'}
    """
    if any(isinstance(v, str) and _key(k) in STORY_KEYS for k, v in obj.items()):
        return obj
    for k, inner in obj.items():
        if isinstance(inner, dict) and _norm(k) in ITEM_KEYS \
                and {_key(x) for x in _flat(inner)} & STORY_KEYS:
            return _with_outer_keys(inner, obj, k)
    if len(obj) == 1:
        # an object of one key, whatever its name, around the story: a CMS's export of one
        # item ({"asset": {"headline": ..., "body": [...]}}, {"page": {...}}); not an API's
        # envelope ({"response": {"status": "ok", "content": {...}}}: its story is deeper)
        ((k, inner),) = obj.items()
        if isinstance(inner, dict) and _norm(k) not in LIST_KEYS and any(
                _key(x) in STORY_KEYS and isinstance(v, (str, list)) for x, v in _flat(inner).items()):
            return inner
    return obj


def _with_outer_keys(inner: dict, obj: dict, key: str) -> dict:
    """The story object ``inner`` (``obj[key]``) with ``obj``'s other keys after its own."""
    merged = dict(inner)
    for ok, ov in obj.items():
        if ok != key:
            merged.setdefault(ok, ov)
    return merged


def find_records(value, depth: int = 0) -> tuple[list | None, dict]:
    """(story objects, feed-level defaults) in a JSON value, or (None, {}) when it holds none."""
    if isinstance(value, list):
        dicts = [v for v in value if isinstance(v, dict)]
        if not dicts:
            return (None, {}) if value else ([], {})
        if any(_is_story(v) for v in dicts) or any(_prose_record(v) for v in dicts):
            return value, {}
        if len(dicts) == 1 and depth < MAX_LIST_DEPTH:
            return find_records(dicts[0], depth + 1)
        return None, {}
    if not isinstance(value, dict):
        return None, {}
    low = {_norm(k): v for k, v in value.items()}
    # A JSON Feed, or an API envelope: the list of stories under a known key.
    empty_envelope = False
    for k in LIST_KEYS:
        inner = low.get(k)
        if not isinstance(inner, (list, dict)) or depth >= MAX_LIST_DEPTH:
            continue
        if isinstance(inner, dict) and _is_story(value):
            continue
        records, defaults = find_records(inner, depth + 1)
        if records:
            lang = language_code(low.get("language"))
            return records, (dict(defaults, language=lang) if lang else defaults)
        empty_envelope = empty_envelope or (records == [] and k in ("items", "articles"))
    if empty_envelope:
        return [], {}
    if _is_story(value) or _prose_record(value):
        return [value], {}
    # An envelope under a name of the API's own ({"Result": "Y", "ResultData": {"Items":
    # [...]}}, {"payload": {"articles": [...]}}): the one object value that holds the list.
    if depth < MAX_LIST_DEPTH:
        inner = [v for v in value.values() if isinstance(v, dict)]
        if len(inner) == 1:
            low_inner = {_norm(k) for k in inner[0]}
            if any(k in low_inner for k in LIST_KEYS):
                return find_records(inner[0], depth + 1)
    return None, {}


def _is_prose(v) -> bool:
    """A string value that reads as a story's text: long, with sentences in it.

    >>> _is_prose("Talks resumed. " * 20), _is_prose("Talks resume"), _is_prose("x" * 300)
    (True, False, False)
    """
    return isinstance(v, str) and len(v) >= PROSE_MIN_CHARS and bool(PROSE_SENTENCE_RE.search(v))


def _prose_record(obj: dict) -> dict | None:
    """The object (``obj`` or one object inside it, with ``obj``'s other keys) that holds a
    prose string value, or None: the story of an object with no key the reader knows."""
    if any(_is_prose(v) for v in obj.values()):
        return obj
    for k, inner in obj.items():
        if isinstance(inner, dict) and any(_is_prose(v) for v in inner.values()):
            return _with_outer_keys(inner, obj, k)
    return None


def _headline_words(v: str) -> bool:
    """Enough words for a headline: three ("Economia" is a section), or one run of a script
    written without spaces ("港口货运量创新高").

    >>> _headline_words("Economia"), _headline_words("Ferry fares rise"), _headline_words("港口货运量创新高")
    (False, True, True)
    """
    words = v.split()
    return len(words) >= TITLE_MIN_WORDS or (len(words) == 1 and not v.isascii())


def _prose_fields(obj: dict) -> tuple[str | None, str | None]:
    """(title, text) of an object with no title or text key: its longest prose value is the
    text, its first headline-like string value (one line of words, no address) the title.

    >>> _prose_fields({"id": "a1", "chamada": "Ferry fares rise", "materia": "Fares rose. " * 20})[0]
    'Ferry fares rise'
    """
    rec = _prose_record(obj) or {}
    prose = [v for v in rec.values() if _is_prose(v)]
    if not prose:
        return None, None
    text = max(prose, key=len)
    title = next((v.strip() for v in rec.values() if isinstance(v, str) and v is not text
                  and not _is_prose(v) and TITLE_VALUE_CHARS[0] <= len(v.strip()) <= TITLE_VALUE_CHARS[1]
                  and TITLE_VALUE_RE.match(v.strip()) and _headline_words(v)
                  and sum(c.isdigit() for c in v) < len(v) * MAX_TITLE_DIGITS), None)
    return title, _body_value(text)


def _flat(obj: dict) -> dict:
    """A record's keys with its wrapper objects' keys after them (outer keys win)."""
    out = dict(obj)
    for w in WRAPPER_KEYS:
        inner = obj.get(w)
        if isinstance(inner, dict):
            for k, v in inner.items():
                out.setdefault(k, v)
    return out


def record_part(obj, defaults: dict | None = None) -> Part:
    """One story from one JSON object."""
    if not isinstance(obj, dict):
        return Part(error="record is not a JSON object")
    obj = _unwrap(obj)
    low: dict = {}
    for k, v in _flat(obj).items():
        if v is not None and v != "" and v != []:
            low.setdefault(_norm(k), v)
    for k, v in obj.items():
        # a date key with its language's code after it ("date_fa": ISNA's Solar Hijri stamp
        # beside the Persian fields), unless the plain key is there
        m = LANGUAGE_SUFFIXED_KEY_RE.match(k) if isinstance(k, str) and len(k) > 3 and k[-3] in "_-" else None
        if m and m[2].lower() in vocab.KEY_LANGUAGE_SUFFIXES and isinstance(v, str) and v \
                and _norm(m[1]) in DATE_KEYS:
            low.setdefault(_norm(m[1]), v)
    for k, v in list(low.items()):      # a key of another language, unless the English one is there
        if k in KEY_ALIASES:
            low.setdefault(KEY_ALIASES[k], v)
    for k in [k for k in low if k.endswith("date") and k + "time" in low]:
        # (a day key beside its own time's: Factiva's "publication_date", a midnight, and
        # "publication_datetime"; the time's wins)
        low[k] = low[k + "time"]
    day, time = low.get("date"), low.get("time")
    if isinstance(day, str) and isinstance(time, str) and ":" not in day \
            and TIME_CELL_RE.match(time.strip()):
        low["date"] = f"{day.strip()} {time.strip()}"     # "16/04/2024" and "12:48"
    get = lambda keys: next((low[k] for k in keys if k in low), None)   # noqa: E731

    title = _text_value(get(TITLE_KEYS), prefer="main")
    body = _body_value(get(TEXT_KEYS)) or _html_value(get(HTML_KEYS)) \
        or _paragraph_list(get(PARAGRAPH_LIST_KEYS)) or _body_value(get(SUMMARY_KEYS))
    if body and body.endswith("chars]"):
        body = _fuller_text(obj, body)
    # A record that is a picture itself, not a story with one (an agency photo API's item,
    # {"type": "photo", "headline": "TENNIS-FRA-OPEN", "caption": "...", "creator": "Jo ROE"},
    # ninjs' "picture"): its caption is its text and its author the photographer.
    picture = isinstance(low.get("type"), str) and low["type"].strip().casefold() in PICTURE_ELEMENT_TYPES
    if picture and not body:
        body = next((low[k] for k in PHOTO_CAPTION_KEYS if isinstance(low.get(k), str)), None)
    if title and not body:
        body = _inner_text(obj)
    note = get(FOOTNOTE_KEYS)
    if body and isinstance(note, str) and note.strip() and note.strip() not in body:
        # the story's closing note under a key of its own goes under the text, where the
        # closing-line rules read it ("This article was translated from ... by Jo Roe.")
        body = body.rstrip() + "\n\n" + note.strip()
    if not title and not body:
        title, body = _prose_fields(obj)
    if not title and not body:
        return Part(error="record has no title or text")
    source = get(SOURCE_KEYS)
    # (a source object that names its agency: {"source": {"agency": "Australian Associated Press"}})
    agencies = agencies_in(*_as_list(get(AGENCY_KEYS)), *_agency_values(source))
    source = source.get("name") if isinstance(source, dict) else source
    source = source if isinstance(source, str) else None
    if title and source and title.endswith(source):
        # (a news API's title closes with its source's name: "Talks resume - Reuters")
        from .html import strip_site_name
        title = strip_site_name(title, [source], []) or title
    if source and agencies_in(source):           # "source": "Reuters" names the agency
        agencies += [a for a in agencies_in(source) if a not in agencies]
        source = None
    authors, by_role = _authors_by_role(get(AUTHOR_KEYS))
    if picture and authors:
        by_role.setdefault("photographers", []).extend(_as_list(authors))
        authors = None
    reporters, more = split_authors(authors, [source] if source else [])
    # A signature the author rules find no name in goes above the text, where the byline
    # rules read it: "Por Ana Lima - Repórter da Agência Brasil - Brasília" (name, role, place).
    head = authors if isinstance(authors, str) and not reporters else ""
    agencies += [a for a in more if a not in agencies]
    meta = {"published": _first_created(date_value(get(PUBLISHED_KEYS)), date_value(get(CREATED_KEYS))),
            "updated": date_value(get(UPDATED_KEYS)),
            "reporters": reporters, "agencies": agencies,
            "language": language_code(get(LANGUAGE_KEYS)) or (defaults or {}).get("language"),
            "source": source if source and not source.startswith("http") else None,
            "url": _canonical_link(low.get("links"))
            or next(filter(None, (_url_value(low.get(k)) for k in URL_KEYS)), None)}
    if meta["updated"] and meta["updated"] == meta["published"]:
        meta["updated"] = None      # a feed stamps "updated" at publication: no update
    if meta["url"] and not agencies:
        # an agency's own CMS (AKP's WordPress API, its "link" on akp.gov.kh): the agency's
        # story when its text credits no one, as its own page's address says (read_page_meta)
        from .html import site_agency
        host = site_agency(meta["url"])
        if host:
            meta["agencies_fallback"] = [host]
    if "internetmessageid" in low or "torecipients" in low and "sentdatetime" in low:
        # a mail message as a mailbox API gives it (Microsoft Graph's): its lastModifiedDateTime
        # is when the mailbox item changed (read, filed), no update of the story; the story's
        # link is the alert's "Read more: https://..." in the body, as in any mail
        from .. import envelope
        meta["updated"] = None
        meta["url"] = envelope.mail_story_link(body or "") or meta["url"]
        # (and it went out when it was sent, not when the mailbox made its item)
        meta["published"] = date_value(low.get("sentdatetime")) or meta["published"]
    for fld, keys in ROLE_KEYS.items():
        meta[fld] = _photo_names(get(keys)) if fld == "photographers" else _names(get(keys), fld)
        meta[fld] += [n for n in split_authors(by_role.get(fld))[0] if n not in meta[fld]]
        for k in SECOND_ROLE_KEYS.get(fld, ()):
            if k in low:    # {"editor": "A", "responsible_editor": "B"}: the desk's two editors
                meta[fld] += [n for n in _names(low[k], fld) if n not in meta[fld]]
    photo = _promo_credits(low.get("promoitems")) or _photo_credits(get(PHOTO_KEYS)) \
        or _photo_credits(_picture_elements(get(TEXT_KEYS)))
    meta["photographers"] += [n for n in _photo_names(photo) if n not in meta["photographers"]]
    located = get(DATELINE_KEYS)
    if isinstance(located, dict):
        located = located.get("name") or located.get("city")
    if isinstance(located, str):
        dl = dateline_meta(located, body or "")
        for a in dl.pop("agencies", []):
            if a not in meta["agencies"]:
                meta["agencies"].append(a)
        meta.update(dl)
    if meta["url"] and not meta["agencies"]:
        # a record from an agency's own site (a WordPress REST post of kenyanews.go.ke, its
        # "link" the story's page) runs the agency's copy, as that page does
        from .html import site_agency
        agency = site_agency(meta["url"])
        if agency:
            meta["agencies_fallback"] = [agency]
    return make_part(title, body, meta, head=head)


def _first_created(published: str | None, created: str | None) -> str | None:
    """The item's first-created time when it is shortly before its published one, else the
    published time.

    >>> _first_created("2022-04-15T09:05:40+00:00", "2022-04-15T09:02:11+00:00")
    '2022-04-15T09:02:11+00:00'
    >>> _first_created("2022-04-15T09:05:40+00:00", "2022-04-16T08:00:00+00:00")
    '2022-04-15T09:05:40+00:00'
    """
    if not published or not created or created == published or "T" not in published or "T" not in created:
        return published
    import datetime as dt
    try:
        lead = (dt.datetime.fromisoformat(published) - dt.datetime.fromisoformat(created)).total_seconds()
    except (ValueError, TypeError):      # (a naive time against an aware one)
        return published
    return created if 0 < lead <= MAX_CREATED_LEAD else published


# A role's own label before the names in its key ({"translator": "Traduzione di Ana Roe"},
# {"editor": "Edited by Jo Roe"}): vocab.CREDIT_ROLES' words for the key's role, no name.
ROLE_LABEL_RES = {fld: re.compile(r"^\s*(?:" + "|".join(re.escape(r.rstrip(":")) for r in sorted(
    vocab.CREDIT_ROLES[fld], key=len, reverse=True)) + r")\s*[:：]?\s+(?=\S)", re.IGNORECASE)
    for fld in ("editors", "translators")}


def _names(values, fld: str | None = None) -> list[str]:
    """The names in a role's key, its role's label before them dropped.

    >>> _names("Traduzione di Ana Roe", "translators"), _names(["Translated by Jo Day"], "translators")
    (['Ana Roe'], ['Jo Day'])
    """
    label = ROLE_LABEL_RES.get(fld)
    if label is not None and values:
        values = [label.sub("", v) if isinstance(v, str) else v
                  for v in (values if isinstance(values, (list, tuple)) else [values])]
    return split_authors(values)[0]


# The words of an organisation's or a handout's photo credit that no person's name holds
# (vocab.PHOTO_ORG_WORDS without its particles, as rss.py reads a feed's credits).
PHOTO_ORG_NAME_WORDS = frozenset(vocab.PHOTO_ORG_WORDS) - {"de", "of", "du", "der", "par"}


def _photo_names(values) -> list[str]:
    """The people a photo credit value names: a labelled credit read as a caption's is
    ("MTI Fotó: Jo Roe", its agency's picture service before the label), others as authors.

    >>> _photo_names("MTI Fotó: Bartos Ildikó"), _photo_names(["Jo Roe/AFP"])
    (['Bartos Ildikó'], ['Jo Roe'])
    >>> _photo_names("Lia Prado Reis/Tribuna"), _photo_names("ANP / Hollandse Hoogte")
    (['Lia Prado Reis'], [])
    >>> _photo_names("Supplied"), _photo_names("Ana de Lima"), _photo_names("Picha na Jo Roe")
    ([], ['Ana de Lima'], ['Jo Roe'])
    """
    from ..fields import parse_credits
    from ..fields.credits import PHOTO_AGENCY_NAME_RE, photo_credit
    names: list[str] = []
    # A picture under the photographer's key, not a person: "fotos" is Hungarian's "fotós"
    # (the photographer) written plain and Spanish's pictures ({"fotos": [{"pie": "...",
    # "autor": "Jo Roe"}]}); an object with a caption is a picture, its credit the name.
    values = [c for v in _as_list(values) for c in (
        _photo_credits(v) if isinstance(v, dict) and any(_key(k) in PHOTO_CAPTION_KEYS for k in v) else [v])]
    for v in values:
        labelled = photo_credit(v)[0] if isinstance(v, str) and ":" in v else None
        if not labelled and isinstance(v, str) and " " in v:
            # a photo credit's label with no colon: "Picha na Jo Roe" (Swahili 'picture by'),
            # "Photo by Jo Roe"
            credited = parse_credits(v)
            labelled = credited[0].get("photographers") if credited and list(credited[0]) == ["photographers"] \
                else None
        elif labelled:
            labelled = [labelled]
        if not labelled and isinstance(v, str) and "/" in v:
            # "ANP / Hollandse Hoogte": a picture agency's name across the slash is no person
            v = "/".join(p for p in v.split("/") if not PHOTO_AGENCY_NAME_RE.fullmatch(p.strip()))
        if not labelled and isinstance(v, str) and v.count("/") == 1:
            # "Jo Roe/Estadão", "Folha/Jo Roe": one word beside a person's name across the
            # slash is the outlet the picture came through, no photographer
            parts = [p.strip() for p in v.split("/")]
            people = [p for p in parts if len(p.split()) >= 2]
            if len(people) == 1 and all(len(p.split()) == 1 for p in parts if p is not people[0]):
                v = people[0]
        for n in labelled or split_authors(v)[0]:
            # (nor is a handout's word a photographer: {"credit": "Supplied"}, "Photo: Provided")
            if n not in names and not any(w.casefold() in PHOTO_ORG_NAME_WORDS for w in n.split()) \
                    and not _agency_picture_service(n):
                names.append(n)
    return names


# A picture service's word beside an agency's name: "Foto BERNAMA", "ANTARA FOTO"
PHOTO_SERVICE_WORDS = frozenset(("foto", "fotos", "photo", "photos"))


def _agency_picture_service(name: str) -> bool:
    """An agency's picture service credited by its name and "Foto"/"Photo", no person.

    >>> _agency_picture_service("Foto Bernama"), _agency_picture_service("Foto Ahmad Ali")
    (True, False)
    """
    words = name.split()
    rest = [w for w in words if w.casefold() not in PHOTO_SERVICE_WORDS]
    return 0 < len(rest) < len(words) and bool(normalize.normalize_agency(" ".join(rest)))


def _agency_values(source) -> list:
    """The values of a source object's agency keys.

    >>> _agency_values({"agency": "Kyodo News", "slug": "KYODO"}), _agency_values("Kyodo")
    (['Kyodo News'], [])
    """
    if not isinstance(source, dict):
        return []
    return [v for k, v in source.items() if _key(k) in AGENCY_KEYS and isinstance(v, str)]


def _authors_by_role(v) -> tuple[list, dict[str, list]]:
    """(the authors' values, {field: values} of those whose role names another credit):
    ``[{"name": "A", "role": "reporter"}, {"name": "B", "role": "editor"}]``.

    >>> _authors_by_role([{"name": "A B", "role": "reporter"}, {"name": "C D", "role": "Editor"}])
    ([{'name': 'A B', 'role': 'reporter'}], {'editors': [{'name': 'C D', 'role': 'Editor'}]})
    """
    if not isinstance(v, list):
        return v, {}
    authors: list = []
    by_role: dict[str, list] = {}
    for x in v:
        role = x.get("role") if isinstance(x, dict) else None
        fld = AUTHOR_ROLES.get(role.strip().casefold()) if isinstance(role, str) else None
        if fld:
            by_role.setdefault(fld, []).append(x)
        else:
            authors.append(x)
    return authors, by_role


def _as_list(v) -> list:
    return v if isinstance(v, list) else [v]


def _text_value(v, prefer: str = "") -> str | None:
    """A plain string from a string, a list of strings, or ninjs-style ``[{"value", "role"}]``."""
    if isinstance(v, str):
        # (a CMS that escapes its titles without tags: WordPress' "h&iacute;drica")
        return html_fragment_to_text(v) if looks_like_html(v) else clean.decode_entities(v)
    if isinstance(v, dict):
        # ({"direction": "ltr", "content": "<p>...</p>"}: Google Reader's summary and content)
        # ({"basic": "..."}: Arc XP's headlines)
        # ({"main": "...", "sub": null}, {"default": "..."}: agency APIs' headline variants)
        inner = next((v[k] for k in TEXT_VALUE_KEYS if v.get(k)), None)
        if inner is None and v and all(LANGUAGE_KEY_RE.match(k) for k in v):
            inner = next((x for x in v.values() if x), None)    # {"en": "...", "fr": "..."}
        return _text_value(inner)
    if isinstance(v, list):
        dicts = [x for x in v if isinstance(x, dict)]
        if dicts:
            best = next((d for d in dicts if d.get("role") in (prefer, None) and prefer), dicts[0])
            return _text_value(best)
        strs = [x for x in v if isinstance(x, str)]
        return strs[0] if strs else None
    return None


def _body_value(v) -> str | None:
    """Body text from a string (plain or HTML), a list of paragraphs, or ninjs ``bodies``."""
    if isinstance(v, list):
        dicts = [x for x in v if isinstance(x, dict)]
        if dicts and any(_element_type(d) for d in dicts):
            return _elements_text(dicts)
        if dicts:   # ninjs 2 bodies: prefer plain text, then the HTML rendition
            plain = [d for d in dicts if "plain" in str(d.get("contenttype", "text/plain"))]
            return _text_value((plain or dicts)[0])
        return "\n\n".join(x.strip() for x in v if isinstance(x, str) and x.strip()) or None
    text = _text_value(v)
    return text.strip() if text and text.strip() else None


# A news API's preview of the text, cut to a length and closed by the count of what it left
# out: NewsAPI's "content": "LAGOS, May 16 (Reuters) - The bank ... left impor… [+1846 chars]".
TRUNCATED_TEXT_RE = re.compile(r"\s*(?:…|\.\.\.)?\s*\[\+\d+ chars\]$")
MIN_PREVIEW_CHARS = 40      # the shared opening a fuller text must start with


def _fuller_text(obj: dict, body: str) -> str:
    """The whole text of a story whose text key holds a news API's cut preview: a longer
    string under a text key of an object inside the record (an archiver's own copy) that
    opens with the preview's words; else the preview without its count.

    >>> _fuller_text({"content": "Ferry fares rise by a tenth across the whole network from May, the board said… [+90 chars]",
    ...               "_saved": {"fulltext": "Ferry fares rise by a tenth across the whole network from May, the board said on Monday."}},
    ...              "Ferry fares rise by a tenth across the whole network from May, the board said… [+90 chars]")
    'Ferry fares rise by a tenth across the whole network from May, the board said on Monday.'
    """
    m = TRUNCATED_TEXT_RE.search(body)
    if not m:
        return body
    preview = body[:m.start()].rstrip()
    opening = " ".join(preview.split())[:max(MIN_PREVIEW_CHARS, len(preview) - 20)]
    if len(opening) >= MIN_PREVIEW_CHARS:
        for inner in obj.values():
            if not isinstance(inner, dict):
                continue
            for k, v in inner.items():
                text = _body_value(v) if _key(k) in TEXT_KEYS and isinstance(v, str) else None
                if text and len(text) > len(preview) and " ".join(text[:len(opening) * 2].split()).startswith(opening):
                    return text
    return preview


def _inner_text(obj: dict) -> str | None:
    """The text of a record with a title and no text key of its own, under a text key of an
    object inside it (an archiver's extraction beside a news index's record: {"title": ...,
    "_extracted": {"text": "..."}}), when that value is prose; else None.

    >>> _inner_text({"title": "T", "_extracted": {"text": "Fire crews worked all night. " * 9}})[:27]
    'Fire crews worked all night'
    >>> _inner_text({"title": "T", "source": {"text": "Daily Example"}}) is None
    True
    """
    for inner in obj.values():
        if isinstance(inner, dict):
            for k, v in inner.items():
                if _key(k) in TEXT_KEYS and _is_prose(v):
                    return _body_value(v)
    return None


def _paragraph_list(v) -> str | None:
    """The text of a body key that also names a list of stories elsewhere ("news"): its
    value only when that is text, a string or a list of strings.

    >>> _paragraph_list(["ROME (AFP) - Text.", "More."]), _paragraph_list([{"title": "T"}])
    ('ROME (AFP) - Text.\\n\\nMore.', None)
    """
    if isinstance(v, list) and v and all(isinstance(x, str) for x in v) or isinstance(v, str):
        return _body_value(v)
    return None


def _element_type(d: dict) -> str | None:
    """A typed body element's type ("text", "body", "byline"...) when it holds a string text.

    >>> _element_type({"type": "text", "content": "A."}), _element_type({"type": "image", "url": "x"})
    ('text', None)
    """
    kind = d.get("type") if isinstance(d.get("type"), str) else d.get("role")
    return kind.casefold() if isinstance(kind, str) and _element_text(d) is not None else None


def _element_text(d: dict) -> str | None:
    """A body element's string text, under the first of its text keys that holds one.

    >>> _element_text({"type": "text", "html": "A <b>B</b>."}), _element_text({"type": "image"})
    ('A <b>B</b>.', None)
    """
    return next((d[k] for k in ELEMENT_TEXT_KEYS if isinstance(d.get(k), str)), None)


def _elements_text(elements: list) -> str | None:
    """The text of a body given as typed elements, the byline first, one paragraph each.

    >>> _elements_text([{"role": "title", "text": "T"}, {"role": "byline", "text": "By A B"},
    ...                 {"role": "body", "text": "ROME - Text."}, {"type": "image", "url": "x"}])
    'By A B\\n\\nROME - Text.'
    """
    bylines, paras = [], []
    for d in elements:
        kind = _element_type(d) if isinstance(d, dict) else None
        if kind in TEXT_ELEMENT_TYPES or kind in BYLINE_ELEMENT_TYPES:
            text = _text_value(_element_text(d))
            if text and text.strip():
                (bylines if kind in BYLINE_ELEMENT_TYPES else paras).append(text.strip())
    return "\n\n".join(bylines + paras) or None


def _promo_credits(v) -> list:
    """Who is credited for a story's lead image (Arc XP's ``promo_items.basic.credits.by``):
    its photographers.

    >>> _promo_credits({"basic": {"type": "image", "credits": {"by": [{"name": "A B"}]}}})
    [{'name': 'A B'}]
    """
    basic = v.get("basic") if isinstance(v, dict) else None
    if not isinstance(basic, dict) or basic.get("type") != "image":
        return []
    credits = basic.get("credits")
    by = credits.get("by") if isinstance(credits, dict) else None
    return [x for x in by if isinstance(x, dict)] if isinstance(by, list) else []


def _photo_credits(v) -> list:
    """Who is credited for a story's picture object (or its first credited one in a list):
    the credit's names, its agency left to split_authors.

    >>> _photo_credits({"legenda": "A clinic", "credito": "Ana Lima/Agência Brasil"})
    ['Ana Lima/Agência Brasil']
    >>> _photo_credits([{"url": "https://x.example/1.jpg"}, {"byline": "Jo Roe"}]), _photo_credits("x.jpg")
    (['Jo Roe'], [])
    >>> _photo_credits({"caption": "A tram on the bridge. (AP Photo/Jo Roe)"}), _photo_credits({"caption": "A tram."})
    (['Jo Roe'], [])
    """
    for obj in _media_objects(v):
        kind = obj.get("type")
        if isinstance(kind, str) and NOT_PICTURE_TYPE_RE.search(kind):
            continue        # (a video's or a text's credit)
        keys = {_key(k): x for k, x in obj.items() if x}
        credit = next((keys[k] for k in PHOTO_CREDIT_KEYS if k in keys), None)
        if isinstance(credit, dict):
            credit = credit.get("by") or credit.get("name")
        if credit:
            return [x for x in _as_list(credit) if isinstance(x, (str, dict))]
    for obj in _media_objects(v):
        keys = {_key(k): x for k, x in obj.items() if isinstance(x, str) and x}
        caption = next((keys[k] for k in PHOTO_CAPTION_KEYS if k in keys), None)
        name = caption_credit(caption) if caption else None
        if name:            # no credit key: the caption's own ("... on Wednesday. (PTI Photo/Jo Roe)")
            return [name]
    return []


def caption_credit(caption: str) -> str | None:
    """The photographer a picture's caption credits, or None."""
    from ..fields.credits import photo_credit
    name = photo_credit(" ".join(caption.split()))[0]
    if name is None and caption[-1:] in ")）" and ("攝" in caption or "摄" in caption):
        # a Chinese caption closed by its credit: "...出席。（中央社記者王五攝 113年8月15日）"
        from .. import cjk
        found = cjk.read_credit_line(caption.strip())
        names = found[0].get("photographers") if found else None
        name = names[0] if names else None
    return name


def _media_objects(v) -> list[dict]:
    """The objects of a picture value: itself, a list's objects, or the objects of an object
    that holds them by name (ninjs' ``associations``: {"1": {...}, "2": {...}}).

    >>> _media_objects({"1": {"type": "picture"}, "2": {"type": "video"}})
    [{'type': 'picture'}, {'type': 'video'}]
    >>> _media_objects({"caption": "x", "credit": "Jo Roe"})
    [{'caption': 'x', 'credit': 'Jo Roe'}]
    """
    if isinstance(v, dict) and v and all(isinstance(x, dict) for x in v.values()) \
            and not any(_key(k) in PHOTO_CREDIT_KEYS for k in v):
        return list(v.values())
    return [x for x in _as_list(v) if isinstance(x, dict)]


def _picture_elements(v) -> list[dict]:
    """The picture elements of a body given as typed elements.

    >>> _picture_elements([{"type": "text", "html": "A."}, {"type": "image", "credit": "Jo Roe"}])
    [{'type': 'image', 'credit': 'Jo Roe'}]
    """
    if not isinstance(v, list):
        return []
    return [d for d in v if isinstance(d, dict) and isinstance(d.get("type"), str)
            and d["type"].casefold() in PICTURE_ELEMENT_TYPES]


def _html_value(v) -> str | None:
    if isinstance(v, dict):
        v = v.get("rendered") or v.get("value")
    return html_fragment_to_text(v) if isinstance(v, str) and v.strip() else None


def _canonical_link(v) -> str | None:
    """The page address in a ``links`` list (ninjs, the AP Media API): the entry with
    rel=canonical, which beats the API's own ``uri`` for the story.

    >>> _canonical_link([{"rel": "self", "href": "https://api.example/1"},
    ...                  {"rel": "canonical", "href": "https://news.example/story-1"}])
    'https://news.example/story-1'
    """
    if not isinstance(v, list):
        return None
    return next((_url_value(x) for x in v if isinstance(x, dict)
                 and str(x.get("rel", "")).casefold() == "canonical" and _url_value(x)), None)


def _url_value(v) -> str | None:
    if isinstance(v, list):
        v = next((x for x in v if isinstance(x, (str, dict))), None)
    if isinstance(v, dict):
        v = v.get("href") or v.get("url")
    return v.strip() if isinstance(v, str) and v.strip().startswith(("http://", "https://")) else None
