"""Database text exports (Factiva, LexisNexis, Nexis Uni, ProQuest): one saved file -> the documents it
holds, each with the export's own marker and trailer lines taken off.

Factiva ends every document with its accession number::

    Document AFPR000020040607e0670005k          (German "Dokument", Spanish "Documento")

LexisNexis opens every document with its place in the result list and labels its fields::

                     1 of 3 DOCUMENTS           ("1 von 2 DOKUMENTEN", "1 de 2 DOCUMENTOS")
                  The Associated Press
             June 4, 1996, Tuesday, AM cycle
    SECTION: ...  LENGTH: ...  HEADLINE: ...  BYLINE: ...  DATELINE: ...
    BODY:
    ...
    LOAD-DATE: June 5, 1996                     (then LANGUAGE:, PUBLICATION-TYPE:, a copyright)

Nexis Uni ends every document with an "End of Document" line.

Retriever (Atekst in Norway, Mediearkivet in Sweden) opens every document with its place in
the result list, then a head of the paper, the date, the page and labelled lines, the
headline under it::

    Dokument 3 av 17                          ("Dokument 1 av 2", "Document 1 of 2")
    Bergens Tidende                           (the paper: no one's byline)
    05.03.2024
    Side 14                                   ("Sida", "Page")
    Seksjon: Innenriks                        ("Sektion:", "Lengde:", "Längd:")

Factiva's full-record layout labels every field with a code of two or three capitals, then a
tab or spaces (or the value on the lines below), its accession number last::

    HD      Dutch insurer to cut jobs       (headline; BY byline, WC words, PD date, ET time,
    PD      12 November 2008                 SN source, LP lead paragraphs, TD the rest of the
    LP      AMSTERDAM, Nov 12 (Reuters) -    text; CO, IN, NS, RE, IPD, PUB: index codes)
    AN      Document LBA0000020081112e4bc0041x

ProQuest's export sets the headline (or a "Title:" line), then labelled lines, the text under
"Full text:", and the record's fields after it, the database's own last::

    Ottawa to fund new towers               ("Title: ..." in some exports)
    Author: Roe, Jo                         (family name first)
    Abstract: ...
    Full text: OTTAWA — ...                 (or the label alone, the text below; "Full Text")
    Publication title: ...  Publication date: Nov 21, 2023  Section: ...  Publisher: ...
    ProQuest document ID: 2893310475  Document URL: ...  Last updated: 2023-11-22  Database: ...

Other databases (Europresse, GBI-Genios/WISO, Nikkei Telecom, KINDS, WiseNews) set their own
name as a masthead, their own lines (print date, document number, rules of ━) and the source
with its date over the headline: database_record drops the database's lines and labels the
headline, the first line standing alone under the dated head.

A file is split only when its markers agree (two or more, numbered in order for LexisNexis);
a lone marker is dropped and the file stays one story with its plain label.
"""
from __future__ import annotations

import re

from .. import vocab

# Factiva's closing line: the word, then an accession number of letters and digits.
FACTIVA_END_RE = re.compile(r"^[ \t]*(?:AN[ \t]+)?(?:Document|Dokument|Documento|Documenta)[ \t]+"
                            r"(?=[A-Za-z0-9]*\d)[A-Za-z0-9]{16,40}[ \t]*$", re.MULTILINE)
# LexisNexis' opening line: "1 of 3 DOCUMENTS", "2 von 2 DOKUMENTEN", "1 de 5 DOCUMENTOS".
LEXIS_START_RE = re.compile(
    r"^[ \t]*(?P<n>\d{1,6})[ \t]+(?:of|von|de|sur|di|van|av)[ \t]+(?P<total>\d{1,6})[ \t]+"
    r"(?:DOCUMENTS?|DOKUMENTE?N?|DOCUMENTOS?|DOCUMENTI|DOCUMENTO|DOCUMENTEN)[ \t]*$",
    re.MULTILINE | re.IGNORECASE)
# Retriever's opening line: "Dokument 3 av 17" (the word first, unlike LexisNexis).
RETRIEVER_START_RE = re.compile(
    r"^[ \t]*(?:Dokument|Document|Documento)[ \t]+(?P<n>\d{1,6})[ \t]+(?:av|af|of|von|de|sur)[ \t]+"
    r"(?P<total>\d{1,6})[ \t]*$", re.MULTILINE | re.IGNORECASE)
# The lines of a Retriever head that are the archive's own: the page, labelled lines.
RETRIEVER_PAGE_RE = re.compile(r"^(?:Side|Sida|Page|Seite)[ \t]+\d{1,4}\b", re.IGNORECASE)
RETRIEVER_LABEL_RE = re.compile(r"^[^\W\d_][\w -]{1,24}:\s")
NEXIS_UNI_END_RE = re.compile(r"^[ \t]*End of Document[ \t]*$", re.MULTILINE | re.IGNORECASE)
# What follows Factiva's last document: the search summary, not a story.
FACTIVA_SUMMARY_RE = re.compile(r"^\s*(?:Search Summary|Suchübersicht|Résumé de la recherche)",
                                re.IGNORECASE)
MIN_STORY_CHARS = 200   # text after the last end marker shorter than this is an export's footer
#: What every document marker above holds, as exports write it (lower, title or upper case):
#: a story without any is not searched line by line four times (~0.1 ms of a story's parse).
MARKER_WORDS = ("ocument", "OCUMENT", "okument", "OKUMENT")

# LexisNexis labels in other languages -> the English ones the wire-copy rules read.
# (German, French, Spanish, Dutch and Italian exports: RUBRIK/RUBRIQUE/SECCIÓN/RUBRIEK/SEZIONE,
# LÄNGE/LONGUEUR/LONGITUD/LENGTE/LUNGHEZZA, ...)
LEXIS_LABELS = {"RUBRIK": "SECTION", "RUBRIQUE": "SECTION", "SECCIÓN": "SECTION",
                "RUBRIEK": "SECTION", "SEZIONE": "SECTION",
                "LÄNGE": "LENGTH", "LONGUEUR": "LENGTH", "LONGITUD": "LENGTH",
                "LENGTE": "LENGTH", "LUNGHEZZA": "LENGTH",
                "AUTOR": "BYLINE", "AUTEUR": "BYLINE", "AUTORE": "BYLINE", "ÜBERSCHRIFT": "HEADLINE",
                "TITRE": "HEADLINE", "TITULAR": "HEADLINE", "KOP": "HEADLINE", "TITOLO": "HEADLINE",
                "TEXT": "BODY", "TEXTE": "BODY", "CUERPO": "BODY", "TESTO": "BODY",
                "TEKST": "BODY"}
# (Nexis Uni writes the same labels in title case, "Byline: By ...", "Section: ...", and the
# body's label alone on its line: "Body")
LEXIS_LABEL_RE = re.compile(
    r"^(?P<label>[A-ZÄÖÜÉÓ](?:[A-ZÄÖÜÉÓ-]{1,24}|[a-zäöüéó-]{1,24}))[ \t]*:(?P<value>.*)$")
NEXIS_UNI_BODY = "Body"
LEXIS_HEAD_LABELS = frozenset({"HEADLINE", "BYLINE", "DATELINE", "SECTION", "LENGTH", "BODY",
                               "HIGHLIGHT", "GRAPHIC", "SERIES", "TYPE", "UPDATE"})
# Labelled lines a LexisNexis document ends with, after its text.
LEXIS_TRAILER_RE = re.compile(
    r"^[ \t]*(?:LOAD-DATE|LANGUAGE|SPRACHE|LANGUE|IDIOMA|LINGUA|TAAL|PUBLICATION-TYPE|"
    r"PUBLIKATIONSTYP|DOCUMENT-TYPE|DOKUMENTTYP|JOURNAL-CODE|ACC-NO|CORRECTION-DATE|"
    r"DISTRIBUTION|NOTES|SUBJECT|GEOGRAPHIC|ORGANIZATION|PERSON|INDUSTRY|COMPANY|TICKER|"
    r"Load-Date|Language|Publication-Type|Document-Type)[ \t]*:.*$")
LEXIS_LOAD_DATE_RE = re.compile(r"^[ \t]*LOAD-DATE[ \t]*:", re.MULTILINE)
# Factiva's field codes, each opening a line: what the wire-copy rules read of each. HD and
# BY become the labels those rules know, PD and ET date lines, SN an agency line, CY a
# copyright, LP and TD the text; the rest (WC, SC, LA, CO, IN, NS, RE, IPD, IPC, PUB, AN and
# kin) are an index's codes, dropped with the lines they run onto.
FACTIVA_CODES = {"HD": "HEADLINE: ", "BY": "BYLINE: ", "PD": "", "ET": "", "SN": "", "CY": "",
                 "LP": "", "TD": ""}
FACTIVA_DROPPED = ("SE", "WC", "SC", "LA", "ED", "PG", "CR", "CO", "IN", "NS", "RE", "IPD", "IPC",
                   "PUB", "AN", "ART", "CLM", "HLP", "RF", "CT", "VOL", "GC")
FACTIVA_CODE_RE = re.compile(r"^(?P<code>" + "|".join(list(FACTIVA_CODES) + list(FACTIVA_DROPPED))
                             + r")(?:[ \t]+(?P<value>\S.*?))?[ \t]*$")
# A full-record document opens with its headline code, and its text codes follow.
FACTIVA_RECORD_RE = re.compile(r"\A\s*HD(?:[ \t]+\S|[ \t]*\r?\n)")
FACTIVA_TEXT_RE = re.compile(r"^(?:LP|TD)(?:[ \t]|$)", re.MULTILINE)
# ProQuest: the label over the text, and the record's fields after it (what each gives: the
# headline, the author, the publication's date; the rest, the database's, dropped).
# (Some exports set the label alone on its line, in title case and without a colon: "Full Text")
PROQUEST_TEXT_RE = re.compile(r"^[ \t]*Full [Tt]ext[ \t]*(?::[ \t]*(?P<value>.*)|[ \t]*\r?)$", re.MULTILINE)
PROQUEST_RULE_RE = re.compile(r"^[ \t]*_{20,}[ \t]*$", re.MULTILINE)
PROQUEST_LABEL_RE = re.compile(
    r"^[ \t]*(?P<label>Title|Author|Abstract|Publication title|Publication date|Pub Date|Section|"
    r"Publisher|Place of publication|Country of publication|Publication subject|Source type|"
    r"Language of publication|Document type|ProQuest document ID|Document URL|Copyright|"
    r"Last updated|Database|Subject|Location|Company / organization|Identifier / keyword|"
    r"Edition|Dateline|Column|Issue|Volume|First page|Links|Credit|Byline|Publication info|"
    r"Publication year|Pages|People)[ \t]*:[ \t]*(?P<value>.*)$")
# ProQuest's labels in its other interface languages -> the English ones above (Spanish,
# French, German, Portuguese exports: "Texto completo:", "URL del documento:", "Fecha de
# publicación:", "Última actualización:" ...).
PROQUEST_LABELS = {
    "texto completo": "Full text", "texte intégral": "Full text", "volltext": "Full text",
    "título": "Title", "titre": "Title", "titel": "Title", "autor": "Author", "auteur": "Author",
    "resumen": "Abstract", "résumé": "Abstract", "zusammenfassung": "Abstract", "resumo": "Abstract",
    "título de la publicación": "Publication title", "titre de la publication": "Publication title",
    "titel der publikation": "Publication title", "título da publicação": "Publication title",
    "fecha de publicación": "Publication date", "date de publication": "Publication date",
    "publikationsdatum": "Publication date", "data de publicação": "Publication date",
    "url del documento": "Document URL", "url du document": "Document URL",
    "dokument-url": "Document URL", "url do documento": "Document URL",
    "última actualización": "Last updated", "dernière mise à jour": "Last updated",
    "zuletzt aktualisiert": "Last updated", "última atualização": "Last updated",
    "id del documento de proquest": "ProQuest document ID", "id du document proquest": "ProQuest document ID",
    "proquest-dokument-id": "ProQuest document ID", "id do documento da proquest": "ProQuest document ID",
    "materia": "Subject", "sujet": "Subject", "thema": "Subject", "lugar": "Location", "lieu": "Location",
    "ort": "Location", "tipo de fuente": "Source type", "type de source": "Source type",
    "quellentyp": "Source type", "idioma de la publicación": "Language of publication",
    "langue de publication": "Language of publication", "publikationssprache": "Language of publication",
    "información de publicación": "Publication info", "informations de publication": "Publication info",
    "publikationsinformationen": "Publication info", "editorial": "Publisher", "éditeur": "Publisher",
    "verlag": "Publisher", "sección": "Section", "rubrique": "Section",
}
PROQUEST_FOREIGN_LABEL_RE = re.compile(
    r"^(?P<sp>[ \t]*)(?P<label>" + "|".join(sorted(map(re.escape, PROQUEST_LABELS), key=len, reverse=True))
    + r")(?P<rest>[ \t]*:.*)$", re.MULTILINE | re.IGNORECASE)
COPYRIGHT_LINE_RE = re.compile(r"^[ \t]*(?:Copyright|\(c\)|©|All Rights Reserved)", re.IGNORECASE)
# A blank line between a record's paragraphs; the ";" or line between its authors.
PARAGRAPH_BREAK_RE = re.compile(r"\n[ \t]*\n")
AUTHOR_SPLIT_RE = re.compile(r";|\n")


def split_export(text: str) -> list[str]:
    """The documents in a text export, or ``[text]`` (its marker lines dropped) when it is
    one story or the markers do not make the split clear.

    >>> doc = "Title {0}\\n\\nLONDON (Reuters) - Text {0}.\\n\\nDocument LBA0000020040607e067002x{0}\\n"
    >>> [d.split("\\n")[0] for d in split_export(doc.format(1) + "\\n" + doc.format(2))]
    ['Title 1', 'Title 2']
    >>> split_export("1 of 1 DOCUMENT\\n\\nTitle\\n\\nText.\\n")
    ['Title\\n\\nText.\\n']
    """
    if "ProQuest" in text and "ProQuest document ID" not in text and PROQUEST_FOREIGN_LABEL_RE.search(text):
        text = PROQUEST_FOREIGN_LABEL_RE.sub(   # an export in another interface language
            lambda m: m["sp"] + PROQUEST_LABELS[m["label"].casefold()] + m["rest"], text)
    if "ProQuest document ID" in text and PROQUEST_TEXT_RE.search(text):
        # (before the markers: ProQuest numbers its documents "Document 1 of 3" as Retriever does)
        return _split_proquest(text)
    if any(word in text for word in MARKER_WORDS):
        for split in (_split_lexis, _split_retriever, _split_at_ends):
            docs = split(text)
            if docs:
                return [factiva_document(d) if _factiva_record(d) else d for d in docs]
    if "LOAD-DATE" in text and LEXIS_LOAD_DATE_RE.search(text):  # saved without its marker
        return [lexis_document(text)]
    if "Accession Number" in text[:3000] and EBSCO_ACCESSION_RE.search(text[:3000]):
        ebsco = ebsco_document(text)
        if ebsco:
            return [ebsco]
    if _database_record(text):
        return [database_record(text)]
    return [factiva_document(text) if _factiva_record(text) else text]


# -- a database's record: its masthead and own lines over the source, the date and the headline
# (Europresse, GBI-Genios/WISO, Nikkei Telecom, KINDS, WiseNews ...)
DATABASE_NAME_RE = re.compile(
    r"^[ \t]*[\[【(（]?[ \t]*(?:" + "|".join(re.escape(n).replace(r"\ ", r"[ \t]?") for n in vocab.DATABASE_NAMES)
    + r")(?![^\W\d_])", re.IGNORECASE)
DATABASE_FURNITURE_RE = re.compile(
    r"^[ \t]*(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s*") for w in vocab.DATABASE_FURNITURE_LABELS)
    + r")[ \t]*[:：]", re.IGNORECASE)
# A rule of box-drawing or equals signs between a record's parts: no text.
DATABASE_RULE_RE = re.compile(r"^[ \t]*[━─═=＝_\-]{8,}[ \t]*$")
# Europresse's line under the source: the rubric, the day, the time in UTC and the length
# ("Economie, mardi 9 mars 2021 - 08:35 UTC +01:00 (CET) 451 mots").
EUROPRESSE_HEAD_RE = re.compile(r"\d{4}\s+-\s+\d{1,2}:\d{2}(?::\d{2})?\s+UTC\s*[+-−]\s*\d{1,2}(?::?\d{2})?")
# Europresse's record head in its other layout, each label on its line and its value under it:
# what each gives (the source, the date) or nothing.
EUROPRESSE_LABELS = {"nom de la source": "keep", "source name": "keep", "date de publication": "keep",
                     "publication date": "keep", "type de source": "drop", "source type": "drop",
                     "périodicité": "drop", "periodicity": "drop", "couverture géographique": "drop",
                     "geographical coverage": "drop", "provenance": "drop", "origin": "drop"}
# A date in a line of the record's head ("dpa Basisdienst vom 12.03.2009", "2015/11/04 18:37",
# "新华社 | 2019-05-14 | 新闻", "작성일: 2020.07.23 14:18").
HEAD_DATE_RE = re.compile(r"(?<!\d)(?:(?:19|20)\d\d[-./年]\s?\d{1,2}[-./月]\s?\d{1,2}|\d{1,2}[./]\d{1,2}[./](?:19|20)\d\d)(?!\d)")
# A record's labelled line ("Ressort: Wirtschaft", "字数: 612"): a word or two before the colon,
# a short value after it; a headline's colon has more on a side ("Séisme au large du Chili: pas
# de tsunami", "Bolivie: les mineurs lèvent leur grève").
# A head line of the source and the day of its issue ("dpa Basisdienst vom 12.03.2009",
# GBI-Genios; "AFP du 05.12.2019"): the source, then the date on a line of its own.
SOURCE_OF_DAY_RE = re.compile(r"^(?P<source>[^\W\d_].{1,60}?)\s+(?:vom|du|del|dal|van|of)\s+"
                              r"(?P<date>[0-3]?\d\.[01]?\d\.(?:19|20)\d\d)$")
RECORD_LABEL_RE = re.compile(r"^[^\W\d_][^:：\s]{0,20}(?:[ -][^:：\s]{1,20})?[ \t]*[:：][ \t]*\S{0,30}(?:\s\S{1,30}){0,2}$")
MAX_HEAD_PARAS = 8


def _database_masthead(line: str) -> bool:
    """A line opening with a news database's name ("[BIG KINDS] 뉴스 검색 결과", "WiseNews 慧科新聞",
    "Europresse.com"), a whole word of it: "Retrievers rescued" is no masthead.

    >>> _database_masthead("[BIG KINDS] 뉴스 검색 결과"), _database_masthead("Retrievers rescued from flood")
    (True, False)
    """
    return len(line) <= 60 and bool(DATABASE_NAME_RE.match(line))


def _source_of_day(line: str) -> tuple[str, ...]:
    m = SOURCE_OF_DAY_RE.match(line.strip())
    return (m["source"], m["date"]) if m else (line,)


def _database_record(text: str) -> bool:
    """A database's record: its masthead first with its own lines (a print date, a rule) by
    it, or Europresse's head (the source over its dated line, or its labels)."""
    head = [line.strip() for line in text[:1500].split("\n")[:12] if line.strip()]
    if len(head) < 3:
        return False
    if _database_masthead(head[0]):
        return any(DATABASE_FURNITURE_RE.match(line) or DATABASE_RULE_RE.match(line) for line in head[1:6])
    return bool(EUROPRESSE_HEAD_RE.search(head[1])) or (
        head[0].casefold() in EUROPRESSE_LABELS and EUROPRESSE_LABELS.get(head[2].casefold()) is not None)


def database_record(text: str) -> str:
    """A database record's text for the wire-copy rules: the database's masthead, its own
    labelled lines and its rules dropped, the headline (the first line standing alone under
    the dated head) labelled as LexisNexis labels it.

    >>> print(database_record("WiseNews\\n列印日期: 2025-01-02\\n\\n新华社 | 2019-05-14 | 新闻\\n\\n"
    ...                       "大桥今天通车\\n\\n新华社南京5月14日电 大桥今天通车。\\n"))
    新华社 | 2019-05-14 | 新闻
    <BLANKLINE>
    HEADLINE: 大桥今天通车
    <BLANKLINE>
    新华社南京5月14日电 大桥今天通车。
    """
    paras = [p.strip("\n") for p in PARAGRAPH_BREAK_RE.split(text.strip("\r\n"))]
    out: list[str] = []
    dated, headline = False, False
    for k, para in enumerate(paras):
        lines = [line.rstrip() for line in para.split("\n")]
        if k == 0 and _database_masthead(lines[0].strip()):
            # the masthead and its lines without a figure ("WISO - Presse") are the database's
            lines = [line for line in lines[1:] if any(c.isdigit() for c in line) or "|" in line]
        lines = [line for line in lines if not (DATABASE_FURNITURE_RE.match(line) or DATABASE_RULE_RE.match(line))]
        if len(lines) == 2 and lines[0].strip().casefold() in EUROPRESSE_LABELS:
            lines = lines[1:] if EUROPRESSE_LABELS[lines[0].strip().casefold()] == "keep" else []
        if not lines:
            continue
        if not headline and k < MAX_HEAD_PARAS:
            if any(HEAD_DATE_RE.search(line) or EUROPRESSE_HEAD_RE.search(line) for line in lines):
                dated = True
                lines = [part for line in lines for part in _source_of_day(line)]
            elif dated and len(lines) == 1 and not RECORD_LABEL_RE.match(lines[0].strip()) \
                    and len(lines[0]) <= 250:
                lines = ["HEADLINE: " + lines[0].strip()]
                headline = True
        out.append("\n".join(lines))
    return "\n\n".join(out) + "\n"


# EBSCO's record: its labelled fields in one block over the text ("Title:", "Authors: Roe, Jo",
# "Source: AP Regional State Report; 04/02/2018", "Accession Number: ...", "Database: ..."),
# a field's further values on the lines under it.
EBSCO_ACCESSION_RE = re.compile(r"^Accession Number:", re.MULTILINE)
EBSCO_LABEL_RE = re.compile(r"^(?P<label>[A-Z][A-Za-z]+(?: [A-Za-z]+){0,3}):[ \t]*(?P<value>.*)$")


def ebsco_document(text: str) -> str | None:
    """An EBSCO record's text for the wire-copy rules: the title, a byline of its authors
    written first name first, the date from its source field, then the text (without the
    title repeated over it); None when the first block is no such record.

    >>> print(ebsco_document("Record: 1\\nTitle: Dam opens.\\nAuthors: Roe, Jo\\nSource: Wire; 03/04/2024\\n"
    ...                      "Accession Number: X1\\nDatabase: Newswires\\n\\nDam opens.\\n\\nLIMA (AP) - It opened.\\n"))
    Dam opens.
    By Jo Roe
    03/04/2024
    <BLANKLINE>
    LIMA (AP) - It opened.
    """
    from .. import normalize
    paras = PARAGRAPH_BREAK_RE.split(text.strip("\r\n"))
    fields: dict[str, str] = {}
    label = None
    for line in paras[0].split("\n"):
        m = EBSCO_LABEL_RE.match(line.strip())
        if m:
            label = m["label"].casefold()
            fields.setdefault(label, m["value"].strip())
        elif label is None:
            return None
    if "accession number" not in fields or "title" not in fields or len(paras) < 2:
        return None
    out = [fields["title"]]
    authors = [a.strip() for a in AUTHOR_SPLIT_RE.split(fields.get("authors") or fields.get("author") or "") if a.strip()]
    for author in authors:
        family, _, given = author.partition(",")
        out.append("By " + (f"{given.strip()} {family.strip()}" if given.strip() else family.strip()))
    day = (fields.get("source") or "").rpartition(";")[2].strip()
    if day and normalize.parse_date(day):
        out.append(day)
    rest = paras[1:]
    if rest and rest[0].strip() == fields["title"]:
        rest = rest[1:]       # the title over the text again
    return "\n".join(out) + "\n\n" + "\n\n".join(rest).strip("\n") + "\n"


def _factiva_record(text: str) -> bool:
    return bool(FACTIVA_RECORD_RE.match(text)) and bool(FACTIVA_TEXT_RE.search(text))


def factiva_document(text: str) -> str:
    """A Factiva full-record document's text for the wire-copy rules: the headline and the
    byline labelled as LexisNexis labels them, date, time and source on lines of their own,
    the text without its codes, the index codes dropped.

    >>> print(factiva_document("HD\\tDam opens\\nWC\\t120 words\\nPD\\t4 March 2024\\nET\\t09:15\\n"
    ...                        "LP\\tLIMA (Reuters) - A dam opened.\\n\\nIt is big.\\nNS\\tgcat : News\\n"))
    HEADLINE: Dam opens
    4 March 2024
    09:15
    <BLANKLINE>
    LIMA (Reuters) - A dam opened.
    <BLANKLINE>
    It is big.
    """
    out: list[str] = []
    keep, label = True, ""          # label: a code alone on its line labels the line below
    for line in text.strip("\r\n").split("\n"):
        m = FACTIVA_CODE_RE.match(line.rstrip("\r"))
        if m is None:
            if keep and (line.strip() or not label):
                out.append(label + line.strip() if label else line)
                label = ""
            continue
        code, value = m["code"], m["value"] or ""
        keep, label = code in FACTIVA_CODES, ""
        if not keep:
            continue
        if code in ("LP", "TD"):
            if out and out[-1].strip():
                out.append("")      # the text stands apart from the head's lines
            if value:
                out.append(value)
        elif value:
            out.append(FACTIVA_CODES[code] + value)
        else:
            label = FACTIVA_CODES[code]
    return "\n".join(out).strip("\n") + "\n"


def _split_proquest(text: str) -> list[str]:
    """ProQuest's documents: one a file, or several set apart by its rule of underscores,
    each with its "Full text:" (else the file stays one story)."""
    docs = [d for d in PROQUEST_RULE_RE.split(text) if d.strip()]
    # the report's own parts between the rules (its cover, the table of contents, "Contact
    # ProQuest") hold no "Full text:"
    docs = [d for d in docs if PROQUEST_TEXT_RE.search(d)]
    if len(docs) < 2:
        return [proquest_document(docs[0] if docs else text)]
    return [proquest_document(d) for d in docs]


def proquest_document(text: str) -> str:
    """A ProQuest document's text for the wire-copy rules: the headline, a byline of the
    author written first name first, the publication's date, then the text; the abstract and
    the record's fields (the database's "Last updated:" among them) dropped.

    >>> print(proquest_document("Dam opens\\n\\nAuthor: Roe, Jo\\n\\nAbstract: A dam opened.\\n\\n"
    ...                         "Full text:\\n\\nLIMA - A dam opened.\\n\\nPublication date: Mar 4, 2024\\n\\n"
    ...                         "ProQuest document ID: 123\\n\\nLast updated: 2024-03-06\\n"))
    Dam opens
    By Jo Roe
    Mar 4, 2024
    <BLANKLINE>
    LIMA - A dam opened.
    """
    m = PROQUEST_TEXT_RE.search(text)
    head, body = text[:m.start()], text[m.end():]
    fields: dict[str, str] = {}
    title = None
    for line in head.split("\n"):
        label = PROQUEST_LABEL_RE.match(line)
        if label:
            fields.setdefault(label["label"].casefold(), label["value"].strip())
        elif line.strip() and title is None and not (
                RETRIEVER_START_RE.match(line) or LEXIS_START_RE.match(line)):
            title = line.strip()      # (not its place in the result list: "Document 1 of 3")
    lines = body.split("\n")
    end = len(lines)
    for i, line in enumerate(lines):      # the record's fields: from the first to the end
        label = PROQUEST_LABEL_RE.match(line)
        if label and label["label"] not in ("Title", "Author", "Abstract", "Credit", "Byline", "Dateline"):
            end = min(end, i)
            fields.setdefault(label["label"].casefold(), label["value"].strip())
    lead = (m["value"] or "").strip()
    text_part = "\n".join(([lead] if lead else []) + lines[:end]).strip("\n")
    out = [fields.get("title") or title or ""]
    author = fields.get("author", "")
    if author:
        family, _, given = author.partition(",")
        out.append("By " + (f"{given.strip()} {family.strip()}" if given.strip() else family.strip()))
    date = fields.get("publication date") or fields.get("pub date")
    if date:
        out.append(date)
    url = fields.get("document url", "")
    if url.startswith(("http://", "https://")):
        out.append("URL: " + url)       # the record's permanent link, the story's address
    return "\n".join(line for line in out if line) + "\n\n" + text_part + "\n"


def _split_lexis(text: str) -> list[str] | None:
    marks = list(LEXIS_START_RE.finditer(text))
    if not marks:
        return None
    numbers = [(int(m["n"]), int(m["total"])) for m in marks]
    if len(marks) == 1 or any(t != numbers[0][1] for _, t in numbers) \
            or any(b[0] <= a[0] for a, b in zip(numbers, numbers[1:])):
        if len(marks) > 1:
            return None           # markers that disagree: leave the file as it is
        m = marks[0]
        return [lexis_document(text[:m.start()] + text[m.end():].lstrip("\r\n"))]
    docs = [text[m.end():nxt.start() if nxt else len(text)]
            for m, nxt in zip(marks, marks[1:] + [None])]
    return [lexis_document(d) for d in docs]


def _split_retriever(text: str) -> list[str] | None:
    """Retriever: a "Dokument N av M" line opens each document; what stands above the first
    (the archive's name) is dropped. Markers must count up to one total, as LexisNexis'."""
    marks = list(RETRIEVER_START_RE.finditer(text))
    if not marks:
        return None
    numbers = [(int(m["n"]), int(m["total"])) for m in marks]
    if any(t != numbers[0][1] for _, t in numbers) or any(b[0] <= a[0] for a, b in zip(numbers, numbers[1:])):
        return None
    docs = [text[m.end():nxt.start() if nxt else len(text)] for m, nxt in zip(marks, marks[1:] + [None])]
    return [retriever_document(d) for d in docs if d.strip()]


def retriever_document(text: str) -> str:
    """A Retriever document's text for the wire-copy rules: the headline first, then the
    head's date, then the text; the paper's name, the page and the labelled lines dropped.

    >>> print(retriever_document("\\nBergens Tidende\\n05.03.2024\\nSide 14\\nSeksjon: Innenriks\\n\\n"
    ...                          "Bybanen går om natta\\n\\nBergen (NTB): Bybanen går.\\n"))
    Bybanen går om natta
    <BLANKLINE>
    05.03.2024
    <BLANKLINE>
    Bergen (NTB): Bybanen går.
    """
    from .. import normalize
    paras = [p.strip("\n") for p in PARAGRAPH_BREAK_RE.split(text.strip("\r\n")) if p.strip()]
    if len(paras) < 3:
        return text.strip("\n") + "\n"
    head = [line.strip() for line in paras[0].split("\n") if line.strip()]
    dates = [line for line in head if normalize.parse_date(line)]
    if not dates or RETRIEVER_LABEL_RE.match(head[0]):
        # not the head Retriever writes: Nexis Uni's, its marker in the export's language
        # ("Dokument 3 af 18" over "Byline: Name/ritzau/", "Body"), or a plain story's; or
        # an agency archive's record of labelled fields, no paper's name above them
        # ("Documento 3 de 17" over "Fecha: 14/06/1994", "Hora: 12:03", "Título: ..."):
        # the wire-copy rules read its fields, the time with its day
        return lexis_document(text)
    kept = [line for line in head[1:] if line in dates or not (
        RETRIEVER_PAGE_RE.match(line) or RETRIEVER_LABEL_RE.match(line))]
    return "\n\n".join([paras[1], "\n".join(kept)] + paras[2:]).strip("\n") + "\n"


def _split_at_ends(text: str) -> list[str] | None:
    """Factiva (a "Document ..." line after each document) and Nexis Uni ("End of Document")."""
    for end_re in (FACTIVA_END_RE, NEXIS_UNI_END_RE):
        ends = list(end_re.finditer(text))
        if not ends:
            continue
        docs, start = [], 0
        for m in ends:
            docs.append(text[start:m.start()])
            start = m.end()
        rest = text[start:]
        if rest.strip() and len(rest.strip()) >= MIN_STORY_CHARS \
                and not FACTIVA_SUMMARY_RE.match(rest):
            docs.append(rest)
        docs = [lexis_document(d) if end_re is NEXIS_UNI_END_RE else d.strip("\n") + "\n"
                for d in docs if d.strip()]
        return docs or None
    return None


def lexis_document(text: str) -> str:
    """A LexisNexis document's text for the wire-copy rules: head labels in English, the
    headline labelled when the export sets it unlabelled below the date, and the labelled
    lines after the body (LOAD-DATE:, LANGUAGE:, PUBLICATION-TYPE:, the copyright) dropped.

    >>> print(lexis_document("Agence X\\n\\n10 septembre 2002 mardi\\n\\nTitre ici\\n\\n"
    ...                      "LONGUEUR: 198 mots\\n\\nBODY:\\n\\nTexte.\\n\\nLOAD-DATE: 11 septembre 2002\\n"
    ...                      "LANGUAGE: FRENCH\\n"))
    Agence X
    <BLANKLINE>
    10 septembre 2002 mardi
    <BLANKLINE>
    HEADLINE: Titre ici
    <BLANKLINE>
    LENGTH: 198 mots
    <BLANKLINE>
    BODY:
    <BLANKLINE>
    Texte.
    """
    lines = text.strip("\r\n").split("\n")
    body_at = _relabel_head(lines)
    end = len(lines)
    while end > body_at and (not lines[end - 1].strip() or LEXIS_TRAILER_RE.match(lines[end - 1])
                             or COPYRIGHT_LINE_RE.match(lines[end - 1])):
        end -= 1
    return "\n".join(lines[:end]).strip("\n") + "\n"


def _relabel_head(lines: list[str]) -> int:
    """Rewrite the head's labels in place; return the index of the body's first line."""
    from .. import normalize
    labelled = False
    headline = False
    date_at = None
    unlabelled: list[int] = []
    for i, raw in enumerate(lines):
        s = raw.strip()
        m = LEXIS_LABEL_RE.match(s)
        if m and not m["label"].isupper() and m["label"].upper() not in LEXIS_HEAD_LABELS:
            m = None       # "Bahnstreik: Pendler ...": a headline; in title case only Nexis Uni's labels
        if m:
            label = LEXIS_LABELS.get(m["label"].upper(), m["label"].upper())
            if label not in LEXIS_HEAD_LABELS and not labelled:
                return 0                           # not a LexisNexis head at all
            lines[i] = f"{label}:{m['value']}"
            labelled = True
            headline = headline or label == "HEADLINE"
            if label == "BODY":
                break
            continue
        if labelled and s == NEXIS_UNI_BODY:
            lines[i] = "BODY:"
            break
        if not s or labelled:
            if labelled and s:
                break                              # the text, without a BODY: label
            continue
        if date_at is None and len(s) <= 80 and normalize.parse_date(s):
            date_at = i
        elif date_at is not None and not COPYRIGHT_LINE_RE.match(s):
            unlabelled.append(i)
    else:
        i = len(lines)
    if labelled and not headline and unlabelled:
        lines[unlabelled[0]] = "HEADLINE: " + lines[unlabelled[0]].strip()
    return i if labelled else 0
