"""Fields stage, credits: closing credits, photo captions, notes and sign-offs -> names by
role (reporters, editors, translators, photographers) and agencies."""
from __future__ import annotations

import re

from .. import normalize, vocab
from .patterns import (NAME_THEN_ROLE_RE, BY_CREDIT_OPEN_RE, BYLINE_CREDIT_TAIL_RE, CAPTION_START_RE, CITY_SIGNOFF_RE, PHOTO_CAPS_COMMA_RE,
                       PHOTO_NAME_CLOSING_RE, CLOSING_PUBLISHED_RE, CLOSING_PUBLISHED_OTHER_RE,
                       BY_BRACKET_CREDIT_RE, CONTRIBUTED_RE, CONTRIBUTING_RE, CONTRIBUYO_RE, CREDIT_OPEN_RE,
                       CREDIT_INITIALS_RE, CREDIT_ROLE_OF, CREDIT_ROLE_RE, INVERTED_NAME_RE, PHOTO_AGENCY_CAPS_RE, PLACE_BEFORE_JOINER_ES_RE,
                       CREDIT_SENTENCE_END_RE, CREDIT_SOURCE_CUT_RE, DESK_CREDIT_OPEN_RE, HEADER_CREDIT_RE,
                       HEADER_CREDIT_ROLE_OF, LEAD_CREDIT_RE, LEAD_NEWS_AGENCY_RE, LEAD_SOURCE_RE, LEAD_SOURCE_WORDS,
                       MAX_BYLINE_CHARS, MAX_CREDIT_CHARS, NEWSROOM_SIGNOFF_RE,
                       NOTE_SENTENCE_END_RE, OUTLET_ARTICLES, PHOTO_ACRONYM_RE,
                       PHOTO_CREDIT_BARS_RE, PHOTO_CREDIT_BRACKET_RE, PHOTO_CREDIT_MARKED_ANY_RE, PHOTO_CREDIT_MARKED_RE,
                       PHOTO_CREDIT_RE, PHOTO_CREDIT_REVERSED_RE, PHOTO_LABEL_NAME_RE,
                       PHOTO_LABEL_SLASH_RE, PHOTO_ORG_WORDS, REPORTED_FROM_RE, SIGNATURE_RE, SIGNATURE_BRACKET_RE,
                       ROLE_AGENCY_RE, SIGNED_NAMES_RE,
                       SLASH_CREDIT_RE, STORY_AND_PHOTO_RE, TRANSLATED_NOTE_RE, TRANSLATED_NOTE_OTHER_RE)
from .patterns import (ACRONYM_RE, AGENCY_PHOTO_LABEL_RE, TRANSLATION_SOURCE_RE, TRANSLATOR_WORDS, CAPTION_NAME_AGENCY_RE, CLOSING_LABEL_CREDIT_RE, CREDIT_BEFORE_CAPTION_RE,
                       WITH_CONTRIBUTORS_RE, PHOTO_AGENCIES, PHOTOGRAPH_OUTLET_CREDIT_RE, PHOTO_CREDIT_DASH_TAIL_RE, PHOTO_AGENCY_BY_RE, PHOTO_BY_SLASH_RE, PHOTO_CREDIT_COLON_RE,
                       PHOTO_CREDIT_DASH_RE,
                       PHOTO_CREDIT_SQUARE_RE, NAME_SLASH_AGENCY_RE)
from .record import RawFields, _add
from .dates import classify_date_line
from .byline import _is_role, _is_role_word, hyphen_joined, parse_byline, role_agency, split_names, unemphasised
from .dateline_parts import _is_weekday_or_month


# A clause of a credit's contact details, after a semicolon: "; Reuters Messaging: jo@x", "; Tel: ...".
CONTACT_LABEL_RE = re.compile(r";[^;:]{1,40}:")
PHOTO_AGENCY_NAME_RE = re.compile(PHOTO_AGENCIES)
# A contact's e-mail address closes its entry; a capital after it opens the next credit,
# whose line break a hard wrap ran into the address's line: "... Jo Roe at jr@example.net
# To contact the editors responsible for this story: ..." (Bloomberg's contacts, mailed).
ADDRESS_THEN_CREDIT_RE = re.compile(r"(?P<address>@[\w-]+(?:\.[\w-]+)+)[ \t]+(?=[A-Z])")
# Labels that also head a desk's line ("Redacción: Madrid", "Redakcja: Warszawa"): a person
# only with two words or more.
DESK_ROLES = frozenset(("redacción:", "redakcja:", "redakce:", "redakcia:"))
# Roles that name the desk's place before the person: Reuters Italian's "in redazione a
# Milano Name" ('at the desk in Milan'): the place (a known one, or else one word) is no name.
PLACE_FIRST_ROLES = frozenset(("in redazione a", "in redazione da"))
MAX_PLACE_WORDS = 3        # "Reggio Emilia", "Rio de Janeiro"
ELIDED_CONTRIBUTION_RE = re.compile(r"contribution d['’]\s*(?=[^\W\d_])")
# ...and, in a page's "|"-joined header, every newsroom's word before its outlet or desk
# ("Redacción El Universal | 05/03/2024").
HEADER_DESK_ROLES = frozenset(("redacción", "redazione", "rédaction", "redaktion", "redação"))
# Labels of a database record's author field, which writes the family name first ("Author:
# Roe, Jo"): one name, turned round.
INVERTED_NAME_ROLES = frozenset(("author:",))


# A label of a word or two set with a space before its colon ("Penulis : Jo Roe", "Editor :
# Al Day"): read as the label and its colon.
SPACED_LABEL_COLON_RE = re.compile(r"^([^\W\d_][^\s:]{1,20}(?:\s[^\W\d_][^\s:]{1,20})?)\s+:(?=\s)")
MAX_SPACED_LABEL_CHARS = 45
# ...or closed by the Ethiopic word colon, maybe with a dash, or the preface colon, as
# Ethiopian papers set a label ("ዘጋቢ፡- Name", "ዘጋቢ፦ Name"): read as a colon.
ETHIOPIC_LABEL_MARK_RE = re.compile(r"^([^\W\d_][^\s:፡፦]{1,20}(?:\s[^\W\d_][^\s:፡፦]{1,20})?)\s*(?:፡-?|፦)(?=\s)")


KHMER_COLON = "\u17d6"     # "៖", Khmer's colon after a label


def parse_credits(text: str, opened: bool = False) -> tuple[dict[str, list[str]], list[str]] | None:
    """Closing credits -> ({field: names}, agencies), or None when the text is not a credit line.
    ``opened``: the caller has read the line's opening (an unlabelled reporter's name), so a
    role word that opens no credit line on its own ("Редактор") may start it.

    >>> parse_credits("(Reporting by A. Lee and Bo Kim; Additional reporting by Cy Dunn in Tokyo; "
    ...               "Editing by Di Ross)")[0]
    {'reporters': ['A. Lee', 'Bo Kim', 'Cy Dunn'], 'editors': ['Di Ross']}
    >>> parse_credits("(Reportage Tom Baek et Hye-jin Yoon, version française Claire Vasseur)")[0]
    {'reporters': ['Tom Baek', 'Hye-jin Yoon'], 'translators': ['Claire Vasseur']}
    >>> parse_credits("Penulis : Wulan Sari")[0]
    {'reporters': ['Wulan Sari']}
    >>> parse_credits("Repórter: Lia Roe - Repórter da Agência Brasil")
    ({'reporters': ['Lia Roe']}, ['Agência Brasil'])
    """
    s = text.strip()
    if KHMER_COLON in s:
        s = s.replace(KHMER_COLON, ":")     # "រូបថត៖ Name": Khmer's own colon after a label
    if " :" in s[:MAX_SPACED_LABEL_CHARS]:
        s = SPACED_LABEL_COLON_RE.sub(r"\1:", s, count=1)    # "Penulis : Jo Roe", as Kompas sets its labels
    if "፡" in s[:MAX_SPACED_LABEL_CHARS] or "፦" in s[:MAX_SPACED_LABEL_CHARS]:
        s = ETHIOPIC_LABEL_MARK_RE.sub(r"\1:", s, count=1)  # "ዘጋቢ፡- Name": Ethiopic's colon
    if s[:2] == "((" and s[-2:] == "))":
        s = s[1:-1]       # Reuters' double brackets: "((Reporting by A; Editing by B; +44 20 ...))"
    elif s[:1] == "[" and s[-1:] == "]" and "[" not in s[1:-1]:
        s = "(" + s[1:-1] + ")"     # in square brackets, as Xinhua's pages close: "[Editor: Jo Roe]"
    by = BY_BRACKET_CREDIT_RE.match(s) if s[:1] == "(" else None
    if by:                  # "(By Jo Roe and Al Day)" on its own line
        names, ags = split_names(by["names"])
        return ({"reporters": names} if names else {}, ags) if names or ags else None
    if s[:1] == "(" or s[:1].isalpha() and s.split(None, 1)[0].rstrip(":").casefold() in TRANSLATOR_WORD_SET:
        # "Übersetzung aus dem Slowenischen: Jo Roe", "(Jo Roe; tradotto in redazione a Danzica da ...)"
        s = _without_source_language(s)
    lead = NAME_THEN_ROLE_RE.match(s) if s[:1] == "(" and len(s) <= MAX_CREDIT_CHARS \
        and not CREDIT_OPEN_RE.match(s) and not BY_CREDIT_OPEN_RE.match(s) else None
    if lead and normalize.normalize_name(lead["name"].strip()) and not any(
            _is_role_word(w) or w.casefold() == "newsroom" for w in lead["name"].split()) \
            and not normalize.is_known_city(lead["name"].strip()):
        # "(Jo Roe, édité par Al Day)", "(Jo Roe; tradotto da ...)": the unlabelled name first
        # is the reporter's (not a desk's place: "(Sydney; Editing by Al Day)")
        rest = parse_credits("(" + s[lead.end():], opened=True)
        if rest:
            out, agencies = rest
            return {"reporters": [lead["name"].strip()], **out}, agencies
    if len(s) > MAX_CREDIT_CHARS or not (
            opened or CREDIT_OPEN_RE.match(s) or ";" in s[:50] and (
                DESK_CREDIT_OPEN_RE.match(s) or BY_CREDIT_OPEN_RE.match(s))):
        return None
    photo = PHOTO_CREDIT_RE.search(s) if "/" in s else None
    if photo and ". " in s[:photo.start()]:
        return None       # "Fotografía de archivo de ... . EFE/Name": a caption, its credit at the end
    s = _without_source_language(s.lstrip("-–—").strip("() "))  # "-- Hanno collaborato ...", "--With assistance from ..."
    # (and a later clause's "traduit du néerlandais par Jo Roe": the language it came from dropped)
    if "@" in s:
        s = ADDRESS_THEN_CREDIT_RE.sub(r"\g<address>; ", s)
    if "contribution d" in s:       # "avec la contribution d'Yves Roe": the role's "de" elided
        s = ELIDED_CONTRIBUTION_RE.sub("contribution de ", s)
    roles = list(CREDIT_ROLE_RE.finditer(s))
    if not roles:
        return None
    out: dict[str, list[str]] = {}
    agencies: list[str] = []
    for i, m in enumerate(roles):
        end = roles[i + 1].start() if i + 1 < len(roles) else len(s)
        segment = CREDIT_SENTENCE_END_RE.split(s[m.end():end], 1)[0]
        if ":" in segment:     # "...; +44 20 7542 3318; Reuters Messaging: jo@x": the contact's labels
            segment = CONTACT_LABEL_RE.split(segment, 1)[0]
        cut = CREDIT_SOURCE_CUT_RE.search(segment) if ":" in segment or "：" in segment else None
        if cut:           # "Autor: Ewa Roe Źródło: PAP": the source's label ends the names
            _add(agencies, split_names(segment[cut.end():])[1])
            segment = segment[:cut.start()]
        segment = segment.strip(" ;,.:|*")
        agency = ROLE_AGENCY_RE.match(segment) if ":" in segment[:12] else None
        if agency and normalize.normalize_agency(agency["agency"], credit=True):
            # "Autor TASR: Jo Roe": the agency the person writes for, between the role and its colon
            _add(agencies, [normalize.normalize_agency(agency["agency"], credit=True)])
            segment = segment[agency.end():]
        # (Turkish "İ" casefolds with a combining dot: "İngilizceden çeviren:" is the role's "i")
        fieldnames = CREDIT_ROLE_OF[m["role"].casefold().replace("\u0307", "")]
        if m["role"].casefold() in INVERTED_NAME_ROLES:      # "Author: Roe, Jo; Day, Al"
            segment = "; ".join(_turned_name(part) for part in segment.split(";"))
        if m["role"].casefold() in PLACE_FIRST_ROLES:
            segment = _after_place(segment)
        whole = normalize.normalize_agency(segment, credit=True) if segment else None
        if whole:
            # "Autor: Hina", "Author: KUNA": an agency as the whole author, its own copy, no
            # person (the credit's place takes the short names that are also words)
            _add(agencies, [whole])
            continue
        names, ags = split_names(segment)
        if not names and (" - " in segment or " — " in segment or " – " in segment):
            by = parse_byline(segment)      # "Repórter: Jo Roe - Repórter da Agência Brasil": the
            if by and by[0]:                # name, then a dash and the role at the agency, as a byline
                names, ags = by
        names = [n for n in names if not CREDIT_INITIALS_RE.fullmatch(n)]    # "Edited by S.I."
        if m["role"].casefold() in DESK_ROLES or m["role"].casefold() in HEADER_DESK_ROLES:
            # "Redacción: Ciudad de México", "(Redazione Roma; ...)": the desk, not a writer
            names = [n for n in names if len(n.split()) > 1 and not normalize.is_known_city(n)]
        _add(agencies, ags)
        for fieldname in fieldnames if names else ():
            _add(out.setdefault(fieldname, []), names)
    return (out, agencies) if out or agencies else None   # "Mit Material von dpa und AFP"


TRANSLATOR_WORD_SET = frozenset(TRANSLATOR_WORDS)


def _without_source_language(s: str) -> str:
    """A credit line without the language a translator's role says the text came from
    ("Übersetzung aus dem Slowenischen: Jo Roe" -> "Übersetzung: Jo Roe").

    >>> _without_source_language("Texto: Ana Roe, traducido del catalán por Jo Day")
    'Texto: Ana Roe, traducido por Jo Day'
    """
    source = TRANSLATION_SOURCE_RE.search(s) if len(s) <= MAX_CREDIT_CHARS else None
    return s[:source.start("source")] + s[source.end("source"):] if source else s


def _after_place(segment: str) -> str:
    """What follows the place opening a credit's names: a known place of up to three words,
    else one word ("Milano Jo Roe" -> "Jo Roe").

    >>> _after_place("Milano Jo Roe, jo.roe@example.com"), _after_place("Rio de Janeiro Jo Roe")
    ('Jo Roe, jo.roe@example.com', 'Jo Roe')
    """
    words = segment.split()
    for k in range(min(MAX_PLACE_WORDS, len(words) - 1), 0, -1):
        if normalize.is_known_city(" ".join(words[:k])):
            return " ".join(words[k:])
    return " ".join(words[1:])


def byline_and_credits(line: str) -> tuple[tuple[list[str], list[str]] | None,
                                            tuple[dict[str, list[str]], list[str]] | None]:
    """A byline line's (names, agencies) as parse_byline reads them, and the credits of a
    second role after the byline on the same line (None without one): "By Agency Edited By:
    Jo Roe", as Jagran sets its desk's byline and the editor on one line.

    >>> byline_and_credits("By Agency Edited By: Jo Roe")
    (([], []), ({'editors': ['Jo Roe']}, []))
    >>> byline_and_credits("By Al Day")
    ((['Al Day'], []), None)
    >>> byline_and_credits("Por Al Day · Fotos: Jo de la Roe")
    ((['Al Day'], []), ({'photographers': ['Jo de la Roe']}, []))
    """
    tail = BYLINE_CREDIT_TAIL_RE.search(line, 3) if len(line) <= MAX_BYLINE_CHARS else None
    credits = parse_credits(line[tail.end():]) if tail else None
    by = parse_byline(line[:tail.start()]) if credits else None
    if by is None and ":" in line and len(line) <= MAX_BYLINE_CHARS and ("·" in line or "•" in line or "|" in line):
        # "Por Jo Roe · Fotos: Al Day": a labelled credit of one word after a bar's mark
        for mark in BYLINE_MARK_RE.finditer(line, 3):
            part = header_credit(line[mark.end():])
            if part and part[1] and "reporters" not in part[0]:
                by = parse_byline(line[:mark.start()])
                if by is not None:
                    return by, ({f: part[1] for f in part[0]}, [])
    return (by, credits) if by is not None else (parse_byline(line), None)


# The mark between a byline bar's parts: "Por Jo Roe · Fotos: Al Day", "By Jo Roe | Photos: Al Day"
BYLINE_MARK_RE = re.compile(r"\s[·•|]\s*")


def header_credit(part: str) -> tuple[tuple[str, ...], list[str]] | None:
    """A part of a page's "|"-joined credit header, a role and people's names with or
    without a colon between: ``(fields, names)``; None when it is no such part.

    >>> header_credit("Penulis Wulan Sari"), header_credit("Editor Agus Prasetyo")
    ((('reporters',), ['Wulan Sari']), (('editors',), ['Agus Prasetyo']))
    >>> header_credit("Editor pick of the week") is None
    True

    A newsroom's word before its outlet, a place or a desk names no one ("Redacción El
    Universal", "Redazione Milano", "Redacción Deportes"):

    >>> header_credit("Redacción El Universal")
    (('reporters',), [])
    """
    m = HEADER_CREDIT_RE.match(part.strip())
    if not m:
        return None
    rejected: list[str] = []
    names, agencies = split_names(m["names"], rejected)
    if not names or agencies or rejected:
        return None
    role = m["role"].casefold()
    if ":" not in part and any(len(n.split()) < 2 for n in names):
        return None       # "Foto Galerie | Reportage Spezial": a menu's words; a bare label names a whole name
    if role in HEADER_DESK_ROLES:
        names = [n for n in names if len(n.split()) > 1 and n.split()[0].casefold() not in OUTLET_ARTICLES
                 and not normalize.is_known_city(n)]
    return HEADER_CREDIT_ROLE_OF[role], names


def _turned_name(text: str) -> str:
    """A name written family name first ("Roe, Jo") the way round a reader writes it; the text
    as it is when it is no such name ("Jo Roe, Reuters": a name and its agency)."""
    m = INVERTED_NAME_RE.match(text.strip())
    if not m or normalize.normalize_agency(m["given"]) or normalize.normalize_agency(m["family"]):
        return text
    return f"{m['given']} {m['family']}"


def _agency_caps_credit(line: str) -> tuple[str, str] | None:
    """Belga's caption credit in capitals, "BELGA PHOTO JAN ROE": (name, agency), or None."""
    caps = PHOTO_AGENCY_CAPS_RE.search(line)
    agency = normalize.normalize_agency(caps["agency"]) if caps and caps["name"].isupper() else None
    return (_photographer(caps["name"]), agency) if agency else None


# A photo's label, the photographer and the outlet the pictures were taken for: "Photo: Jo
# Roe for KFF Health News", "Photos by Jo Roe for The Texas Tribune".
PHOTO_FOR_OUTLET_RE = re.compile(
    r"^(?i:photos?|photograph|photography)\s*(?::|(?i:by))\s+"
    r"(?P<name>[^\W\d_][\w'’.-]*(?:\s+[^\W\d_][\w'’.-]*){1,3}?)\s+for\s+(?P<outlet>[A-Z][^()]{1,60}?)\.?$")


def photo_credit(line: str) -> tuple[str | None, str | None]:
    """(photographer, agency) named by a photo credit in a caption line.

    >>> photo_credit("Blinken boards his plane. /Photo taken November 9/REUTERS/Jonathan Ernst")
    ('Jonathan Ernst', 'Reuters')
    >>> photo_credit("Crowds gather in the square. (AP Photo/Evan Vucci)")
    ('Evan Vucci', 'AP')
    >>> photo_credit("MTI Fotó: Bartos Ildikó"), photo_credit("Staff Photo: Dan Reyes")
    (('Bartos Ildikó', 'MTI'), (None, None))
    >>> photo_credit("Foto: EFE/Mauricio D. Roa. Pescadores en la bahía de Cartagena.")
    ('Mauricio D. Roa', 'EFE')
    >>> photo_credit("Photo: Jo Roe for Reuters"), photo_credit("Photo: Jo Roe for Harbour Weekly")
    (('Jo Roe', 'Reuters'), ('Jo Roe', None))
    """
    if KHMER_COLON in line:
        line = line.replace(KHMER_COLON, ":")
    done_for = PHOTO_FOR_OUTLET_RE.match(line) if " for " in line else None
    if done_for:         # "Photo: Jo Roe for KFF Health News": the photographer, the outlet's agency
        name = _photographer(done_for["name"])
        if name:
            return name, normalize.normalize_agency(done_for["outlet"])
    if "©" in line and "PHOTO " in line and "/" not in line:
        credit = _agency_caps_credit(line)
        if credit:
            return credit      # "© BELGA PHOTO JAN ROE": a copyright mark before Belga's credit
    if line[:1] in "(（" and line[-1:] in ")）" and (":" in line or "：" in line) and len(line) <= MAX_BYLINE_CHARS:
        found = photo_credit(line[1:-1].strip())
        if found[0]:
            return found  # "(Photo: Jo Roe)", "(تصوير: Name)" on a line of its own
    caption, _, tail = line.rpartition("|") if "|" in line else ("", "", "")
    tail = tail.strip()
    if ":" in tail[:MAX_PHOTO_LABEL_CHARS] and (caption.rstrip().endswith(CAPTION_BAR_ENDS)
                                                or tail[:13].casefold() == "photo credit:"):
        found = photo_credit(tail)
        if found[0]:
            # "Crowds at the ghat. File | Photo Credit: Jo Roe" (The Hindu): the caption, a bar,
            # the credit ("By Jo Roe | Photos: Al Day" is a byline's line, read as one)
            return found
    if "/" not in line and "©" not in line and "|" not in line:
        dash = PHOTO_CREDIT_DASH_RE.search(line) if "- " in line or "– " in line or "— " in line else None
        if dash:
            credit = _dashed_photo_credit(dash)
            if credit:
                return credit
        tail = PHOTO_CREDIT_DASH_TAIL_RE.search(line) if " - " in line or " – " in line or " — " in line else None
        agency = normalize.normalize_agency(tail["agency"], credit=True) if tail else None
        person = _labelled_photographer(tail["name"]) if agency else None
        if person:           # "Archivo - The caption - Jo Roe - Europa Press - Archivo"
            return person, agency
        lead = AGENCY_PHOTO_LABEL_RE.match(line) if ":" in line[:40] else None
        agency = normalize.normalize_agency(lead["agency"], credit=True) if lead else None
        label = PHOTO_LABEL_NAME_RE.match(line[lead.end():]) if agency else None
        person = _labelled_photographer(label["name"]) if label and not label["agency"] \
            and not label["bracketed"] else None
        if person:           # "MTI Fotó: Jo Roe": the agency's picture service, its label, the name
            return person, agency
        # (the label closed by a colon, or by a mark of its own: "Fot. Jana Roe", "Լուսանկարիչ՝ ...")
        label = PHOTO_LABEL_NAME_RE.match(line) if ":" in line[:24] or "." in line[:8] or "՝" in line[:24] \
            else None
        if label and label["bracketed"]:      # "Foto: Lucía Roe (Télam)": a known agency in brackets
            agency = normalize.normalize_agency(label["bracketed"], credit=True)
            return (_labelled_photographer(label["name"]), agency) if agency else (None, None)
        if label and label["agency"]:         # "Foto: Jana Roe, ČTK": the agency after a comma
            # (where only an agency stands: the short names that are words count, "Jo Roe, UzA")
            agency = normalize.normalize_agency(label["agency"], credit=True)
            if not agency and not PHOTO_ACRONYM_RE.fullmatch(label["agency"]):
                return None, None
            return _labelled_photographer(label["name"]), agency
        if label:       # ("Foto: Fotorzepa, Jana Roe": the paper's photo service, then the name)
            return _labelled_photographer(label["name"]), normalize.normalize_agency(label["service"] or "")
        closing = CLOSING_LABEL_CREDIT_RE.search(line) if ":" in line[-MAX_CLOSING_CREDIT_CHARS:] else None
        agency = normalize.normalize_agency(closing["agency"], credit=True) if closing and closing["agency"] else None
        name = _labelled_photographer(closing["name"]) if closing and (agency or not closing["agency"]) else None
        if name:        # "... 5-én. MTI Fotó: Jo Roe", "... on Monday. Photo: Jo Roe"
            return name, agency
        credit = _agency_caps_credit(line) if "PHOTO " in line else None
        if credit:
            return credit
        caps = PHOTO_CAPS_COMMA_RE.match(line) if "," in line and line.isupper() else None
        name = _labelled_photographer(caps["name"]) if caps else None
        if name:              # "PHOTO JEAN ROE, AGENCE FRANCE-PRESSE" (La Presse)
            return name, normalize.normalize_agency(caps["credit"])
        closing = PHOTO_NAME_CLOSING_RE.search(line) if "hoto" in line or "oto" in line else None
        name = _labelled_photographer(closing["name"]) if closing else None
        if name:              # "Des dockers au port, lundi. Photo Jean Roe"
            return name, None
        # (only "(ABC News: Jo Roe)" and "(PNA photo by Jo Roe)" of the closing credits have no slash)
        return _closing_photo_credit(line) if line[-1:] == ")" and (":" in line or " by " in line) \
            else (None, None)
    lead = CREDIT_BEFORE_CAPTION_RE.match(line) if " - " in line or " – " in line or " — " in line else None
    if lead:
        credit = _credit_before_caption(lead["credit"])
        if credit:
            return credit
    if ". " in line and ":" in line[:MAX_PHOTO_LABEL_CHARS]:
        # "Foto: EFE/Leonardo Roe. Pickers at a farm.": the labelled credit, a full stop, the caption
        stop = CREDIT_STOP_RE.search(line)
        credit = _credit_before_caption(line[:stop.start()]) if stop and "/" in line[:stop.start()] else None
        if credit:
            return credit
    m = PHOTO_CREDIT_RE.search(line)
    first_agency = None
    if m:
        agency = normalize.find_agencies(line[max(0, m.start() - 1):m.start("name")])
        first_agency = agency[0] if agency else None
        name = _photographer(m["name"])
        if name:
            return name, first_agency
    # "(Quelle: Julia Roe/dpa/dpa-bilder)": the name before the agency
    # ("Foto: picture alliance/dpa | Jo Roe": the bars first, the service before the slash is no name)
    m = (PHOTO_CREDIT_BARS_RE.search(line) if "|" in line else None) or PHOTO_CREDIT_REVERSED_RE.search(line) \
        or PHOTO_CREDIT_MARKED_RE.search(line) or PHOTO_CREDIT_BRACKET_RE.search(line)
    if m and (m.re is not PHOTO_CREDIT_BRACKET_RE or len(m["name"].split()) > 1):
        return _photographer(m["name"]), normalize.normalize_agency(m["agency"]) or first_agency
    m = CAPTION_NAME_AGENCY_RE.search(line) if first_agency is None and (" - " in line or ". " in line
                                                                         or "– " in line or "— " in line) else None
    name = _photographer(m["name"]) if m and all(w[:1].isupper() for w in m["name"].split()) else None
    if name:              # "Estação do Rossio. JOÃO ROE/LUSA", "Crews at work - Jo Roe / AFP"
        return name, normalize.normalize_agency(m["agency"])
    m = PHOTO_CREDIT_MARKED_ANY_RE.search(line) if first_agency is None and (
        "©" in line or "opyright" in line) else None
    agency = normalize.normalize_agency(m["agency"], credit=True) if m else None
    name = _photographer(m["name"]) if agency else None
    if name:              # "© Jo Roe/Agência Brasil": an agency the list above leaves out
        return name, agency
    agency = normalize.normalize_agency(m["name"], credit=True) if m and not agency else None
    if m and not agency and m["name"].strip().casefold() in vocab.TITLE_CASE_DATELINE_ALIASES:
        # "© Sputnik / Jo Roe": the agency that signs in title case, its copyright mark before it
        agency = normalize.normalize_agency(m["name"].strip().upper(), credit=True)
    name = _photographer(m["agency"]) if agency else None
    if name:              # "© РИА Новости / Jo Roe": the agency first, then the photographer
        return name, agency
    m = PHOTO_LABEL_SLASH_RE.search(line) if first_agency is None else None
    if m:
        # the agency side(s) first or last: "Foto: Hina/ Jo Roe", "Foto: APA/EXPA/Jo Roe",
        # "Photo: Jo Roe/VNA"
        sides = [m["first"], m["middle"], m["second"]] if m["middle"] else [m["first"], m["second"]]
        for agencies, name in ((sides[:-1], sides[-1]), (sides[1:], sides[0])):
            known = [normalize.normalize_agency(a, credit=True) for a in agencies]
            # (a picture agency of PHOTO_AGENCIES counts too: Yle's "Image: Jo Roe / Lehtikuva")
            if all(k or PHOTO_ACRONYM_RE.fullmatch(a) or PHOTO_AGENCY_NAME_RE.fullmatch(a.strip())
                   for k, a in zip(known, agencies)):
                agency = next(filter(None, known), None)
                person = _labelled_photographer(name)
                if person:
                    return person, agency
                # "Photo: ANDINA/Difusión": the agency's credit of a handout, no photographer
                first_agency = first_agency or agency
        if first_agency is None and not m["middle"]:
            # ...or the outlet or picture agency the list leaves out, one capitalised word on
            # its side, the photographer's full name on the other: "Argazkia: Jo Roe Lasa /
            # Foku", "Govva: Jo Roe / Yle" (one word on both sides is no person's credit)
            for outlet, name in ((m["second"], m["first"]), (m["first"], m["second"])):
                outlet, name = outlet.strip(), name.strip()
                if OUTLET_WORD_RE.fullmatch(outlet) and len(name.split()) >= 2 \
                        and not normalize.is_gazetteer_city(outlet) and not normalize.is_country(outlet):
                    # (a place there is where the picture was taken: "Foto: Ana Roe/Zagreb")
                    person = _labelled_photographer(name)
                    if person and len(person.split()) >= 2:
                        return person, None
    m = PHOTOGRAPH_OUTLET_CREDIT_RE.search(line) if first_agency is None and "Photograph" in line else None
    name = _labelled_photographer(m["name"]) if m and all(w[:1].isupper() for w in m["outlet"].split()) else None
    if name:              # "Photograph: Jo Roe/Highland Courant": the name first, the paper after it
        return name, None
    return (None, first_agency) if first_agency else _closing_photo_credit(line)


# An outlet's or a picture agency's name of one capitalised word beside a photographer's, as a
# labelled caption credit's slash parts them ("Yle", "Foku", "Berria").
OUTLET_WORD_RE = re.compile(r"[A-ZÀ-ÞĀ-Ž][^\W\d_]{1,14}")


# How a caption ends before the bar and its photo credit: its sentence, or the word for an
# archive picture after it ("... in Chennai. File | Photo Credit: Name").
CAPTION_BAR_ENDS = (".", "File", "FILE", "file photo", "File photo")
MAX_PHOTO_LABEL_CHARS = 20   # "Fotografía:", "Photograph:": the label's colon stands this close to the start
# A full stop after a word of two letters or more (no initial's), then the caption's first word.
CREDIT_STOP_RE = re.compile(r"(?<=[^\W\d_]{2})\.\s+(?=[^\W\d_])")


def _credit_before_caption(credit: str) -> tuple[str, str | None] | None:
    """(photographer, agency) of a photo's credit that opens its caption before a spaced
    dash: labelled, read as a credit line of its own ("Foto: ČTK/Jana Roe", "Photo : JO
    ROE / AFP"); unlabelled, only a name in capitals before a known agency (Lusa's "JOANA
    ROE/LUSA"). None for anything else ("Lisboa/Porto - ...", "Jo Roe/Lusa - ...").

    >>> _credit_before_caption("Foto: ČTK/Jana Pokorná"), _credit_before_caption("JOANA ROE/LUSA")
    (('Jana Pokorná', 'CTK'), ('Joana Roe', 'Lusa'))
    >>> _credit_before_caption("Lisboa/Porto"), _credit_before_caption("Joana Roe/Lusa")
    (None, None)
    """
    if ":" in credit:
        found = photo_credit(credit)
        return found if found[0] else None
    name, _, agency = credit.partition("/")
    name, agency = name.strip(), normalize.normalize_agency(agency.strip(), credit=True)
    if not agency or not name.isupper() or len(name.split()) < 2:
        return None
    person = _photographer(name)
    return (person, agency) if person else None


MAX_CLOSING_CREDIT_CHARS = 60   # a label and a name closing a caption: "MTI Fotó: Jo Roe"


def _dashed_photo_credit(m: re.Match) -> tuple[str, str | None] | None:
    """(photographer, agency) of a photo credit joining a name and its agency by a dash
    (PHOTO_CREDIT_DASH_RE), either side first; None when neither side is an agency and the
    other a person. Under a label a short name that is also a word counts as the agency
    ("FOTO Hina - Jo Roe"); an unlabelled bracket needs the agency's own name.

    >>> _dashed_photo_credit(PHOTO_CREDIT_DASH_RE.search("(Jo Roe - Anadolu Agency)"))
    ('Jo Roe', 'Anadolu')
    """
    for agency, name in ((m["first"], m["second"]), (m["second"], m["first"])):
        known = normalize.normalize_agency(agency, credit=bool(m["label"]))
        if known or m["label"] and PHOTO_ACRONYM_RE.fullmatch(agency):
            person = _labelled_photographer(name)
            if person:
                return person, known
    return None


def _closing_photo_credit(line: str) -> tuple[str | None, str | None]:
    """(photographer, agency) of a credit closing a caption in the shapes photo_credit's
    own leave out: "[Hassan Idris/Al Jazeera]", "(ABC Riverland: Jo Roe)", "File Photo by
    Jo Roe/UPI"; (None, None) else.

    >>> _closing_photo_credit("Crews at the dam. (ABC News: Jo Roe)"), _closing_photo_credit("x (UN: food)")
    (('Jo Roe', None), (None, None))
    """
    s = line.rstrip()
    end = s[-1:]
    if end == "]" and "/" in s:
        m = PHOTO_CREDIT_SQUARE_RE.search(s)
        name = _photographer(m["name"]) if m and all(w[:1].isupper() for w in m["outlet"].split()) else None
        if name:
            return name, normalize.normalize_agency(m["outlet"])
    elif end == ")" and ":" in s:
        m = PHOTO_CREDIT_COLON_RE.search(s)
        outlet = m["outlet"] if m else ""
        if m and (ACRONYM_RE.fullmatch(outlet.split()[0]) or normalize.normalize_agency(outlet)) \
                and len(m["name"].split()) <= 3:
            name = _labelled_photographer(m["name"])
            if name:
                return name, normalize.normalize_agency(outlet)
    elif "/" in s and "hoto" in s and (end.isalnum() or end in ".)]"):
        m = PHOTO_BY_SLASH_RE.search(s)
        agency = normalize.normalize_agency(m["agency"]) if m else None
        name = _photographer(m["name"]) if agency else None
        if name:
            return name, agency
    if end == ")" and "hoto" in s and " by " in s:
        m = PHOTO_AGENCY_BY_RE.search(s)
        agency = m["agency"] if m else ""
        known = normalize.normalize_agency(agency) if m else None
        name = _labelled_photographer(m["name"]) if known or ACRONYM_RE.fullmatch(agency) \
            or agency.casefold() in STAFF_PHOTO_WORDS else None
        if name:          # "(PNA photo by Jo Roe)": the agency's photographer; "(Staff photo by Jo Roe)": the paper's
            return name, known
    return None, None


# The words for a paper's own staff before "photo by" in a caption's closing credit ("(Staff
# photo by Jo Roe)"), where an agency's name would stand.
STAFF_PHOTO_WORDS = frozenset(("staff", "our"))


# A given name after the initial of the father's name, glued by its dot, as Mongolian (and
# Central Asian) copy writes a person: "Д.Батзориг", "Б.Солонго"; two words of a name.
GLUED_INITIAL_RE = re.compile(r"[^\W\d_]\.[^\W\d_]{2,}")


def _name_words(name: str) -> list[str]:
    """A name's words, a glued initial counted apart: "Д.Батзориг" -> ["Д.", "Батзориг"]."""
    words = name.split()
    if len(words) == 1 and GLUED_INITIAL_RE.fullmatch(words[0]) and words[0][0].isupper() \
            and words[0][2].isupper():
        return [words[0][:2], words[0][2:]]
    return words


def _labelled_photographer(name: str) -> str | None:
    """The person a photo label names: two to five words, capitalised (or in a script
    without capitals: "ფოტო: ლევან ჯაფარიძე", "تصوير: عمر بركات"), no organisation; an
    initial glued to the given name counts apart ("Фото: Д.Батзориг")."""
    words = _name_words(name)
    if not 1 < len(words) <= 5 or not _capitalised(words[0]) or not _capitalised(words[-1]) \
            or any(w.casefold() in PHOTO_ORG_WORDS for w in words):
        return None
    return _photographer(name)


def _capitalised(word: str) -> bool:
    """Whether a word opens on a capital, or is written in a script that has none."""
    return word[:1].isupper() or not normalize.cased(word[:1])


def _photographer(name: str) -> str | None:
    """The person a photo credit names; None for a second agency ("dpa/AFP": a story's
    sources, not a photo), or for one word ("EFE / Sevilla", "Lusa/Fim", "REUTERS/Stringer")."""
    if normalize.normalize_agency(name) or len(_name_words(name)) < 2 \
            or name.split()[0].casefold() == "the" or PHOTO_AGENCY_NAME_RE.fullmatch(name.strip()):
        # ("AFP/Getty Images": the agency's distributor, no person)
        # "TT/The Local": an agency and the site running its copy ("Le", "La" open
        # Vietnamese names: "REUTERS/Le Van Minh")
        return None
    return normalize.normalize_name(name)


def credit_under_caption(caption: str, line: str) -> tuple[str, str] | None:
    """(photographer, agency) of a credit line under a caption that closes on the same
    name in brackets, as Yahoo sets AFP's pictures: "Crews clear the road (Lena KORVALD)"
    over "Lena KORVALD / AFP"; None else ("Jo Roe / La Presse Canadienne" under a headline
    is a byline). A family name in capitals, as AFP writes it, is recased.

    >>> credit_under_caption("Crews clear the road (Lena KORVALD)", "Lena KORVALD / AFP")
    ('Lena Korvald', 'AFP')
    >>> credit_under_caption("Crews clear the road", "Lena KORVALD / AFP") is None
    True
    """
    m = NAME_SLASH_AGENCY_RE.match(line)
    if not m or not caption.endswith(")"):
        return None
    name = " ".join(m["name"].split())
    if not caption[:-1].rstrip().casefold().endswith("(" + name.casefold()):
        return None
    agency = normalize.normalize_agency(m["agency"], credit=True)
    recased = normalize.recase_capitals(name) if agency else None
    person = _photographer(recased) if recased else None
    return (person, agency) if person else None


def is_caption(line: str) -> bool:
    s = unemphasised(line.strip())
    return bool(CAPTION_START_RE.match(s)) or (len(s) < 600 and (
        photo_credit(s)[0] is not None or "(" in s and STORY_AND_PHOTO_RE.search(s) is not None))


def _lead_news_agency(lead: str) -> list[str]:
    """The agency a South Asian lead names next to its words for "news agency", whether or
    not a dateline opened the copy (its papers' datelines name none): Bengali "সংবাদ সংস্থা
    পিটিআই জানিয়েছে" ('the news agency PTI has said').

    >>> _lead_news_agency("বলে সংবাদ সংস্থা পিটিআই জানিয়েছে।"), _lead_news_agency("সংবাদ সংস্থা জানিয়েছে।")
    (['PTI'], [])
    """
    m = LEAD_NEWS_AGENCY_RE.search(lead)
    name = normalize.normalize_agency(m["agency"] or m["agency2"], credit=True) if m else None
    return [name] if name else []


def _lead_agencies(lead: str) -> list[str]:
    """Agencies a story's lead credits as its source ("..., Ukrinform reports.").

    >>> _lead_agencies("A school opened. This was reported by the city, Ukrinform reports.")
    ['Ukrinform']
    >>> _lead_agencies("The minister, Tasnim reports, was absent.")
    []
    >>> _lead_agencies("به گزارش خبرگزاری تسنیم از تبریز، ...")
    ['Tasnim']
    """
    found: list[str] = []
    for m in LEAD_CREDIT_RE.finditer(lead):
        name = normalize.normalize_agency(m["agency"] or m["agency2"])
        if name:
            _add(found, [name])
    source = LEAD_SOURCE_RE.search(lead) if not found else None
    if source:        # the first formula names the story's own agency ("به گزارش خبرگزاری تسنیم")
        words = source["words"].split()
        name = next(filter(None, (normalize.normalize_agency(" ".join(words[:k]), credit=True)
                                  for k in range(min(LEAD_SOURCE_WORDS, len(words)), 0, -1))), None)
        _add(found, [name])
    return found


def _read_caption(line: str, out: RawFields) -> None:
    line = unemphasised(line.strip())
    both = STORY_AND_PHOTO_RE.search(line) if "(" in line else None
    if both:          # "(Story and photo by Jo Roe/The Coast Herald)": reporter and photographer
        name = normalize.normalize_name(both["name"])
        if name:
            _add(out.photographers, [name])
            _add(out.credits.setdefault("reporters", []), [name])
        _add(out.agencies, [normalize.normalize_agency(both["outlet"] or "")])
        return
    name, agency = photo_credit(line)
    if name:
        _add(out.photographers, [name])
    if agency:
        _add(out.caption_agencies, [agency])
    elif CAPTION_START_RE.match(line):
        _add(out.caption_agencies, normalize.find_agencies(line[:40]))


def _read_slash_credit(s: str, out: RawFields) -> None:
    """The reporter BTA names between slashes in its dateline, "/Мария Петкова, БТА/":
    recorded when the word after the comma is an agency (known, or an acronym)."""
    m = SLASH_CREDIT_RE.search(s)
    if not m or not (normalize.normalize_agency(m["agency"]) or m["agency"].isupper()):
        return
    name = m["name"]
    if not all(w[:1].isupper() for w in name.split()) or normalize.normalize_agency(name) \
            or normalize.is_known_city(name):
        return
    _add(out.credits.setdefault("reporters", []), [normalize.normalize_name(name)])
    _add(out.agencies, [normalize.normalize_agency(m["agency"])])


def _read_city_signoff(s: str, out: RawFields) -> bool:
    """The story's last line as exactly a person's name, a comma and a known city (Ukrinform:
    "Olena Roe, Kyiv"); the name is recorded as the reporter. True if it was one."""
    found = city_signoff(s)
    if not found:
        return False
    _add(out.credits.setdefault("reporters", []), [found[0]])
    return True


def city_signoff(s: str, any_place: bool = False) -> tuple[str, str] | None:
    """(person, place) of a line that is exactly a person's name, a comma and a city, as
    Ukrinform signs its copy ("Olena Roe, Kyiv"), else None. The city is a known one; with
    ``any_place`` (where the line's position already marks a byline) one capitalised word
    that is no agency will do ("Olena Roe, Uzhhorod").

    >>> city_signoff("Olena Roe, Kyiv"), city_signoff("Le Monde, Paris"), city_signoff("Olena Roe, Uzhhorod")
    (('Olena Roe', 'Kyiv'), None, None)
    >>> city_signoff("Olena Roe, Uzhhorod", any_place=True), city_signoff("Olena Roe, Reuters", any_place=True)
    (('Olena Roe', 'Uzhhorod'), None)
    """
    m = CITY_SIGNOFF_RE.match(s)
    if not m:
        return None
    city = m["city"]
    if not normalize.is_known_city(city) and not (
            any_place and " " not in city and city[:1].isupper() and not normalize.normalize_agency(city)
            and not _is_role_word(city)):
        return None       # "Aroha Roe, Reporter" (RNZ): the byline's role, no place
    return _signed_person(m["name"], city)


def role_signoff(s: str) -> str | None:
    """The person of a byline that is a name, a comma and the writer's role, as RNZ sets
    it under the headline ("Aroha Roe, Reporter", "Jo Roe, Political Editor"), else None.

    >>> role_signoff("Aroha Roe, Reporter"), role_signoff("Jo Roe, Political Editor"), role_signoff("Jo Roe, Napier")
    ('Aroha Roe', 'Jo Roe', None)
    """
    m = CITY_SIGNOFF_RE.match(s)
    if not m or not _is_role(m["city"].split()):
        return None
    found = _signed_person(m["name"], m["city"])
    return found[0] if found else None


def _signed_person(name: str, place: str) -> tuple[str, str] | None:
    """(person, place) of a sign-off's name part that names a person, else None."""
    if not all(w[:1].isupper() for w in name.split()) or normalize.normalize_agency(name) \
            or normalize.is_known_city(name) or _is_weekday_or_month(name.split()[0]) \
            or name.split()[0].casefold() in OUTLET_ARTICLES or any(_is_role_word(w) for w in name.split()):
        return None       # "Le Monde, Paris", "Staff Writer, London": no person
    person = normalize.normalize_name(name)
    return (person, place) if person else None


def _read_signature(s: str, out: RawFields) -> bool:
    """A reporter's signature below the copy: "Karin Roe/TT" (the name and the agency),
    Bloomberg's "--Jo Roe in the Tokyo newsroom (81-3) 3201-8900/pjm"; True if it was one."""
    if s[:2] == "--":
        m = NEWSROOM_SIGNOFF_RE.match(s)
        if not m:
            return False
        rejected: list[str] = []
        names, agencies = split_names(m["names"], rejected)
        if not names or rejected:
            return False
        _add(out.credits.setdefault("reporters", []), names)
        _add(out.agencies, agencies)
        return True
    if "," in s and "/" not in s:
        return _read_signed_names(s, out)
    if s[-1:] == ")" and "/" not in s.rpartition("(")[0]:
        # ("Lê Văn Thọ (TTXVN/Vietnam+)": a slash inside the bracket only)
        return _read_bracket_signature(s, out)
    m = SIGNATURE_RE.match(s) if "/" in s and len(s) <= MAX_BYLINE_CHARS else None
    outlet = None
    if m is None and s.count("/") == 2 and len(s) <= MAX_BYLINE_CHARS:
        # "Karin Roe/TT/The Local": the agency's signature, then the site that ran its copy
        head, _, outlet = s.rpartition("/")
        outlet = outlet.strip()
        m = SIGNATURE_RE.match(head.strip()) if outlet[:1].isupper() and len(outlet.split()) <= MAX_OUTLET_WORDS else None
    agency = normalize.normalize_agency(m["agency"]) if m else None
    name = normalize.normalize_name(m["name"]) if agency else None
    if not name or normalize.normalize_agency(m["name"]) or normalize.is_known_city(m["name"]):
        return False      # "New York/Reuters": a place and the agency, no person
    _add(out.byline_names, [name])
    _add(out.agencies, [agency])
    also = normalize.normalize_agency(outlet, credit=True) if outlet else None
    if also:
        _add(out.agencies, [also])
    return True


MAX_OUTLET_WORDS = 4   # a site's name after an agency's signature: "The Local", "Sveriges Radio"


def with_contributors(s: str) -> list[str]:
    """The colleagues of AFP's closing line "with Jo Roe in Geneva" ("avec Jo Roe à
    Genève"), set in lower case above the desk's initials: their names, each of two words
    or more with its place dropped; [] for any other line.

    >>> with_contributors("avec Hélène Roe à Strasbourg"), with_contributors("with Jo Roe in Geneva and Al Day in Bern")
    (['Hélène Roe'], ['Jo Roe', 'Al Day'])
    >>> with_contributors("with the ministers in Brussels"), with_contributors("With Jo Roe in Geneva")
    ([], [])
    """
    m = WITH_CONTRIBUTORS_RE.match(s) if s[:1].islower() and len(s) <= MAX_BYLINE_CHARS else None
    if not m:
        return []
    rejected: list[str] = []
    names, agencies = split_names(m["names"], rejected)
    if rejected or agencies or not names or any(len(n.split()) < 2 or normalize.is_known_city(n) for n in names):
        return []
    return names


def _read_bracket_signature(s: str, out: RawFields) -> bool:
    """A reporter's name and the agency in brackets on the copy's last line, maybe after
    where it was filed from, as PAP signs: "Z Brukseli Jan Nowak (PAP)"; True if it was one.

    >>> out = RawFields(); _read_bracket_signature("Z Brukseli Jan Nowak (PAP)", out), out.byline_names
    (True, ['Jan Nowak'])
    >>> _read_bracket_signature("Ministry of Finance (PAP)", RawFields())
    False
    >>> out = RawFields(); _read_bracket_signature("Mai Lan (TTXVN/Vietnam+)", out), out.agencies
    (True, ['VNA'])
    """
    m = SIGNATURE_BRACKET_RE.match(s) if len(s) <= MAX_BYLINE_CHARS else None
    # the agency, maybe before a slash and the outlet that ran its copy: VNA's "Lê Văn Thọ
    # (TTXVN/Vietnam+)" (its Vietnamese initials, then its news site)
    agency = normalize.normalize_agency(m["agency"].split("/")[0], credit=True) if m else None
    name = normalize.normalize_name(m["name"]) if agency else None
    if not name or normalize.normalize_agency(m["name"]) or normalize.is_known_city(m["name"]) \
            or any(w.casefold() in PHOTO_ORG_WORDS for w in m["name"].split()):
        return False      # "Ministry of Finance (PAP)": a body, no person
    _add(out.byline_names, hyphen_joined(name, [agency]))    # VNA's "Minh Thu-Hoàng Nam (TTXVN)"
    _add(out.agencies, [agency])
    return True


def _read_signed_names(s: str, out: RawFields) -> bool:
    """Reporters signing below the copy with their agency after a comma, "Kari Roe og Per
    Dahl, NTB", maybe with their role after it ("Jo Roe, UzA muxbiri"); True if it was such a line. Each name has two words or more and is no
    place ("Oslo, NTB" is the desk's place)."""
    m = SIGNED_NAMES_RE.match(s) if len(s) <= MAX_BYLINE_CHARS else None
    agency = (normalize.normalize_agency(m["agency"]) or role_agency(m["agency"])
              # (a short name that is a word too, in its wrapping of words for 'agency': "НИАТ «Ховар»")
              or (normalize._unwrapped_agency(m["agency"], True) if " " in m["agency"] else None)) if m else None
    if not agency:
        return False
    rejected: list[str] = []
    names, agencies = split_names(m["names"], rejected)
    if not names or rejected or agencies or any(
            len(n.split()) < 2 or normalize.is_known_city(n) for n in names):
        return False
    _add(out.byline_names, names)
    _add(out.agencies, [agency])
    return True


NOTE_STARTS = ("This ", "Trans", "trans", "Cet a", "Cette", "Quest", "Este ", "Esta ", "Diese")   # the lines
# _read_note reads begin so (a cheap test)


def _read_note(s: str, out: RawFields) -> bool:
    """A sentence that credits the story or dates it, wherever it stands: "This report by
    The Canadian Press was first published Feb. 17, 2023." (the publication day, where
    nothing else gave one), "This article was translated from Swedish by Maja Lindqvist."
    (the translator); True if it was one. Asked only of lines opening "This " or
    "Translated ".

    >>> out = RawFields()
    >>> _read_note("This report by The Canadian Press was first published Feb. 17, 2023.", out)
    True
    >>> out.published_line, out.agencies
    ('Feb. 17, 2023', ['CP'])
    >>> out = RawFields()
    >>> _read_note("Cet article a été diffusé sur le fil ATS le 6 mai 2019 à 14:05.", out), out.published_line
    (True, '6 mai 2019 à 14:05')
    >>> out = RawFields()
    >>> _read_note("Dieser Artikel wurde am 4. Mai 2020 um 9:30 Uhr veröffentlicht.", out), out.published_line
    (True, '4. Mai 2020 um 9:30 Uhr')
    >>> out = RawFields()
    >>> _read_note("Esta nota fue traducida del inglés por Marta Gil.", out), out.credits
    (True, {'translators': ['Marta Gil']})
    """
    m = CLOSING_PUBLISHED_RE.match(s) if s[:1] == "T" else CLOSING_PUBLISHED_OTHER_RE.match(s)
    date = m and (m["date"] if "date_de" not in m.re.groupindex else m["date"] or m["date_de"])
    if m and classify_date_line(date):
        out.published_line = out.published_line or date
        by = m["by"] if "by_de" not in m.re.groupindex else m["by"] or m["by_de"]
        _add(out.agencies, normalize.find_agencies(by or ""))
        return True
    m = TRANSLATED_NOTE_RE.match(s) if s[:1] == "T" or s[:1] == "t" else TRANSLATED_NOTE_OTHER_RE.match(s)
    if m:
        names, agencies = split_names(m["names"])
        if names:
            _add(out.credits.setdefault("translators", []), names)
            _add(out.agencies, agencies)
            return True
    return False


def _add_credits(credits: tuple[dict[str, list[str]], list[str]], out: RawFields) -> None:
    for k, names in credits[0].items():
        _add(out.credits.setdefault(k, []), names)
    _add(out.agencies, credits[1])


def _read_contributors(s: str, out: RawFields) -> bool:
    """A closing note of who reported from where and who contributed, one sentence or
    several ("Ward reported from Mobile. Associated Press writer Jane Roe in Houston
    contributed to this report."): its contributors recorded as reporters; True if
    every sentence of ``s`` is such a note and one names contributors."""
    found: list[tuple[list[str], list[str]]] = []
    if s[:1] == "(" and s.rstrip(".")[-1:] == ")" and s.count("(") == 1:
        s = s.rstrip(".")[1:-1].strip()    # "(Staff writer Jo Roe contributed to this report.)"
    for sentence in NOTE_SENTENCE_END_RE.split(s):
        if REPORTED_FROM_RE.match(sentence):
            continue
        contrib = CONTRIBUTED_RE.match(sentence) if "contributed" in sentence else \
            CONTRIBUYO_RE.match(sentence) if "contribuy" in sentence else \
            CONTRIBUTING_RE.match(sentence) if "ontributing " in sentence else None
        if not contrib:
            return False
        text = contrib["names"]
        if contrib.re is CONTRIBUYO_RE and (" en " in text or " desde " in text):
            text = PLACE_BEFORE_JOINER_ES_RE.sub("", text)   # "Ana Roe en Saltillo y ..."
        names, ags = split_names(text)
        if not names and not ags:      # "The Associated Press contributed to this report."
            return False
        found.append((names, ags + normalize.find_agencies(contrib["aff"] or "")))
    if not found:  # "Ward reported from Kabul." alone may be the story's own sentence
        return False
    for names, ags in found:
        _add(out.credits.setdefault("reporters", []), names)
        _add(out.agencies, ags)
    return True
