"""SportsML reader: a <sports-content> document -> one story (its sports-title, the publisher
among its content codes, the document's date-time and language; the NITF an <article> carries).

Sports desks send results, tables and previews as SportsML (IPTC): a results-and-standings
document is data only (events, teams and scores in attributes), a recap carries its story as
NITF inside. The document's own metadata dates and credits both: its date-time is when the
desk sent it (the events' start-date-time are the matches'), its publisher code the agency.
"""
from __future__ import annotations

from typing import Iterator

from .base import (Part, agencies_in, children, date_value, find_all, find_first, language_code,
                   make_part, text_of)

SPORTSML_ROOTS = frozenset({"sports-content"})
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
# The content code naming who issued the document: <sports-content-code code-type="publisher"
# code-key="dpa" code-name="Deutsche Presse-Agentur"/>
PUBLISHER_CODE_TYPES = frozenset({"publisher", "provider", "distributor"})


def sportsml_parts(root) -> Iterator[Part]:
    """One Part per NITF story the document carries, its gaps filled from the document's
    metadata; a document of data only is one story of its title and its results as lines."""
    from .nitf import nitf_part
    meta = _document_meta(root)
    title = meta.pop("title", "")
    stories = find_all(root, "nitf")
    for nitf in stories:
        part = nitf_part(nitf)
        if part.error is None:
            for k, v in meta.items():
                if k == "agencies":
                    part.meta[k] = part.meta.get(k, []) + [a for a in v if a not in part.meta.get(k, [])]
                elif v:
                    part.meta.setdefault(k, v)
        yield part
    if not stories:
        yield make_part(title, "\n\n".join(_result_paragraphs(root)), meta)


def _document_meta(root) -> dict:
    """The title, date, language and agencies of <sports-metadata>."""
    head = find_first(root, "sports-metadata")
    if head is None:
        return {"language": language_code(root.get(XML_LANG))}
    codes = [c for c in find_all(head, "sports-content-code")
             if (c.get("code-type") or "").strip().lower() in PUBLISHER_CODE_TYPES]
    return {"title": text_of(find_first(head, "sports-title")),
            "published": date_value(head.get("date-time")),
            "language": language_code(head.get("language") or root.get(XML_LANG)),
            "agencies": agencies_in(*(c.get(a) for c in codes for a in ("code-name", "code-key")))}


def _result_paragraphs(root) -> Iterator[str]:
    """The events' teams with their scores ("Eintracht Frankfurt 2, FC Schalke 04 1; ..."),
    then each table's teams by rank, a paragraph each: a data-only document's text, so its
    teams can be searched. (One paragraph, not a line each: short lines atop a text are
    head furniture to the wire-copy rules, which would drop them.)"""
    results = []
    for event in find_all(root, "sports-event"):
        teams = [f"{_team_name(t)} {_score(t)}".strip() for t in children(event, "team")]
        if any(teams):
            results.append(", ".join(t for t in teams if t))
    if results:
        yield "; ".join(results) + "."
    for standing in find_all(root, "standing"):
        rows = []
        for team in children(standing, "team"):
            rank = find_first(team, "rank")
            place = rank.get("value") if rank is not None else None
            name = _team_name(team)
            if name:
                rows.append(f"{place}. {name}" if place else name)
        if rows:
            label = standing.get("content-label")
            yield (f"{label}: " if label else "") + "; ".join(rows) + "."


def _team_name(team) -> str:
    name = find_first(team, "name")
    if name is None:
        return ""
    return name.get("full") or " ".join(x for x in (name.get("first"), name.get("last")) if x) \
        or text_of(name)


def _score(team) -> str:
    stats = find_first(team, "team-stats")
    return (stats.get("score") or "") if stats is not None else ""
