"""Head shapes through the real command: story files in a folder, `wire parse --format
jsonl` run as its own process, each record checked against the fields the story gives.

The per-shape rules have their table rows in test_parse_tables.py; these stories put the
shapes together as saved pages carry them. Every story is invented.
"""
from __future__ import annotations

import json

from wirerun import cli_field_tests, run_wire

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
    # the text wrapped around a story (envelope.py)
    ("forwarded-mail.txt",
     "---------- Forwarded message ---------\nFrom: Oona Pell <oona.pell@example.org>\nDate: Wed, "
     "Apr 10, 2024 at 6:55 PM\nSubject: Fwd: Glacier lake drained to ease flood risk\nTo: Desk "
     "<desk@example.org>\n\nFYI - worth a look before tomorrow. Oona\n\nGlacier lake drained to ease "
     "flood risk\n\nBy TOBIAS WENDT\nApril 9, 2024\n\nJUNEAU, Alaska (AP) — Engineers began draining a "
     "lake that swells behind a glacier each spring, hoping to spare homes downstream.\n",
     {"title": "Glacier lake drained to ease flood risk", "cities": ["Juneau"], "agencies": ["AP"],
      "reporters": ["Tobias Wendt"], "published": "2024-04-09"},
     "a forwarded mail: the headline, the byline and the story's own date under a note"),
    ("alert.eml",
     "From: Wire Alerts <alerts@example.com>\nTo: reader@example.com\nDate: Wed, 10 Apr 2024 "
     "06:02:11 +0000\nSubject: Glacier lake drained\n\nJUNEAU, April 9 (Reuters) - Engineers began "
     "draining a lake that swells behind a glacier each spring.\n\nRead more: "
     "https://news.example.com/glacier-lake\n\nUnsubscribe | Manage preferences\n",
     {"title": "Glacier lake drained", "url": "https://news.example.com/glacier-lake",
      "body": "JUNEAU, April 9 (Reuters) - Engineers began draining a lake that swells behind a "
              "glacier each spring."},
     "an alert mail's Read more: link is the story's url, its unsubscribe line no text"),
    ("cookie-page.txt",
     "We value your privacy\nWe and our partners use cookies to understand how you use the site.\n"
     "Accept all\nReject all\nCookie settings\n\nGlacier lake drained to ease flood risk\n\nBy TOBIAS "
     "WENDT\nUpdated 6:40 PM AKDT, April 9, 2024\n\nJUNEAU, Alaska (AP) — Engineers began draining "
     "a lake that swells behind a glacier each spring.\n",
     {"title": "Glacier lake drained to ease flood risk", "reporters": ["Tobias Wendt"],
      "cities": ["Juneau"]},
     "a consent banner on a saved page"),
    ("cookie-row-page.txt",
     "Markets data and news for professionals\nWe use cookies to understand how you use the site and to "
     "show you relevant ads; by pressing a button below you agree to this, or you may choose your "
     "settings later.\nAccept All Cookies | Cookie Settings\n\nWorld\n\nGlacier lake drained to ease flood risk\n\n"
     "JUNEAU, Alaska, April 9 (Reuters) - Engineers began draining a lake that swells behind a glacier "
     "each spring.\n",
     {"title": "Glacier lake drained to ease flood risk", "cities": ["Juneau"], "agencies": ["Reuters"]},
     "a consent banner whose buttons were pasted as one row"),
    ("feed-item.txt",
     "Title: Glacier lake drained to ease flood risk\nLink: https://news.example.com/item/88\n"
     "pubDate: Tue, 09 Apr 2024 22:10:00 GMT\nAuthor: By TOBIAS WENDT, Associated Press\n"
     "Category: Environment\nDescription:\nJUNEAU, Alaska (AP) — Engineers began draining a lake "
     "that swells behind a glacier each spring.\n",
     {"title": "Glacier lake drained to ease flood risk", "url": "https://news.example.com/item/88",
      "reporters": ["Tobias Wendt"], "published": "2024-04-09T22:10:00+00:00", "cities": ["Juneau"]},
     "a feed item saved as text"),
    ("export-titre.txt",
     "Titre : Le tramway de Brest prolongé jusqu'à la gare\nDate : 03/05/2023\nSource : AFP\n"
     "Auteur : Yannick Le Bihan\nRubrique : Régions\n\nBrest (AFP) - Le conseil métropolitain a "
     "voté jeudi le prolongement de la ligne de tramway.\n",
     {"title": "Le tramway de Brest prolongé jusqu'à la gare", "reporters": ["Yannick Le Bihan"]},
     "a database export's French labels"),
    ("afp-advisory.txt",
     "Glacier lake drained to ease flood risk\n\nATTENTION - ADDS details ///\n\nby Tobias WENDT\n\n"
     "JUNEAU, April 9, 2024 (AFP) - Engineers began draining a lake that swells behind a glacier "
     "each spring.\n\ntw/gv\n",
     {"title": "Glacier lake drained to ease flood risk", "cities": ["Juneau"], "agencies": ["AFP"],
      "published": "2024-04-09"},
     "an AFP advisory above the byline"),
]


parsed, test_page_fields_through_the_cli = cli_field_tests(PAGES, "pages")



FACTIVA_RECORD = ("HD\t{title}\nBY\tBy Oona Pell\nWC\t96 words\nPD\t{day} April 2024\nET\t08:{day}\n"
                  "SN\tReuters News\nLA\tEnglish\nLP\tJUNEAU, April {day} (Reuters) - Engineers began "
                  "draining a glacier lake.\nTD\tHomes downstream were spared.\nNS\tgenv : Environment\n"
                  "AN\tDocument LBA00000202404{day}ek4900{day}x\n\n")


def test_a_factiva_full_record_export_through_the_cli(tmp_path):
    """Two Factiva full records in one file: one story each, the HD code's headline, PD and
    ET's time, the LP text's dateline."""
    (tmp_path / "export.txt").write_text(
        FACTIVA_RECORD.format(title="Glacier lake drained", day=10)
        + FACTIVA_RECORD.format(title="Second glacier lake drained", day=12), encoding="utf-8")
    result = run_wire("parse", "--format", "jsonl", str(tmp_path))
    assert result.returncode == 0, result.stderr
    records = sorted((json.loads(line) for line in result.stdout.splitlines()), key=lambda r: r["path"])
    assert [(r["title"], r["published"], r["cities"], r["reporters"]) for r in records] == [
        ("Glacier lake drained", "2024-04-10T08:10:00", ["Juneau"], ["Oona Pell"]),
        ("Second glacier lake drained", "2024-04-12T08:12:00", ["Juneau"], ["Oona Pell"])]
    assert all(r["body"].endswith("Homes downstream were spared.") for r in records)
