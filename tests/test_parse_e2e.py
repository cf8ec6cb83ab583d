"""Head shapes through the real command: story files in a folder, `wire parse --format
jsonl` run as its own process, each record checked against the fields the story gives.

The per-shape rules have their table rows in test_parse_tables.py; these stories put the
shapes together as saved pages carry them. Every story is invented.
"""
from __future__ import annotations

import json

import pytest

from wirerun import run_wire

# (file name, text, {field: value}, why)
PAGES = [
    ("ferries-short-head.txt",
     "Lake ferries halt\n\nBy Rosa Quintral\n\nCrews on the three lake ferries walked off at dawn "
     "over rosters, leaving villagers on the far shore to wait for the road\n\nOSORNO (EFE) - Ferry "
     "crews on the southern lakes stopped work at dawn on Monday, the operator said.\n",
     {"title": "Lake ferries halt", "reporters": ["Rosa Quintral"], "cities": ["Osorno"],
      "agencies": ["EFE"]},
     "a short headline, a byline, then the standfirst without a full stop"),
    ("ferries-caption-between.txt",
     "Ferry crews on the southern lakes stop work\n(Foto: Tomas Lleu/EFE)\nCrews on the three lake "
     "ferries walked off at dawn over rosters, leaving villagers waiting\n\nOSORNO (EFE) - Ferry "
     "crews on the southern lakes stopped work at dawn on Monday.\n",
     {"title": "Ferry crews on the southern lakes stop work", "photographers": ["Tomas Lleu"]},
     "a photo credit between the headline and its standfirst"),
    ("f24-style.txt",
     "Floods cut rail line to the coast\nIssued on: 05/03/2024 - 14:32\nModified: 06/03/2024 - 09:10\n\n"
     "Paris (AFP) - Floods cut the rail line to the western coast on Tuesday, the operator said.\n",
     {"published": "2024-03-05T14:32:00", "updated": "2024-03-06T09:10:00", "language": "en"},
     "France 24's English labels over day-first dates"),
    ("harbour-uk.html",
     '<!DOCTYPE html><html lang="en"><head><title>Gales close the harbour for a second day</title>'
     '<link rel="canonical" href="https://www.harbourwatch.co.uk/news/gales-close-harbour"></head><body>'
     '<h1>Gales close the harbour for a second day</h1><p class="date">Updated: 05/03/2024 08:45</p>'
     '<div class="article-body"><p>The harbour stayed shut on Tuesday as gales kept the ferries and '
     'the fishing fleet at their moorings for a second day.</p><p>Forecasters expect the wind to ease '
     'by the weekend, the harbour master said.</p></div></body></html>',
     {"title": "Gales close the harbour for a second day", "updated": "2024-03-05T08:45:00"},
     "a British site's canonical address over an ambiguous update line"),
    ("storm-us.txt",
     "Storm knocks out power across the valley\nUpdated 3/5/2024 2:32 p.m. ET\n\nDAYTON, Ohio (AP) — "
     "A storm knocked out power to thousands of homes across the valley on Tuesday.\n",
     {"published": "2024-03-05T14:32:00-05:00", "cities": ["Dayton"]},
     "a US page keeps month first"),
    ("dpa-frankfurt-oder.txt",
     "Stadtbrücke bleibt bis Freitag gesperrt\n\nFRANKFURT (ODER), 5. März (dpa) - Die Brücke über den "
     "Grenzfluss bleibt bis Freitag gesperrt, teilte die Stadtverwaltung am Dienstag mit.\n",
     {"cities": ["Frankfurt (Oder)"], "region": None, "agencies": ["dpa"],
      "dateline": "FRANKFURT (ODER), 5. März (dpa) -"},
     "a river in brackets is part of the city's name"),
    ("efe-ronda.txt",
     "Los vecinos salen a la calle\n\nRonda (Málaga), 5 mar (EFE).- Cientos de vecinos salieron este "
     "martes a la calle para pedir un nuevo puente.\n",
     {"cities": ["Ronda"], "region": "Málaga", "agencies": ["EFE"]},
     "a province in brackets stays the region"),
]


@pytest.fixture(scope="module")
def parsed(tmp_path_factory):
    """Every page of PAGES parsed by one `wire parse` run: {file name: record}."""
    folder = tmp_path_factory.mktemp("pages")
    for name, text, _, _ in PAGES:
        (folder / name).write_text(text, encoding="utf-8")
    result = run_wire("parse", "--format", "jsonl", str(folder))
    assert result.returncode == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    return {r["path"].rsplit("/", 1)[-1]: r for r in records}


@pytest.mark.parametrize("name, text, expected, why", PAGES, ids=[p[3] for p in PAGES])
def test_page_fields_through_the_cli(parsed, name, text, expected, why):
    record = parsed[name]
    assert {k: record[k] for k in expected} == expected, why


def test_page_names_are_distinct():
    assert len({p[0] for p in PAGES}) == len(PAGES)
