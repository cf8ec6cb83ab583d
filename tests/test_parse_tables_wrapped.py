"""Table tests for hard-wrapped copy: the width a text was wrapped at, and the lines its
wrapper broke joined while the lines that end short keep their breaks. Every text is invented."""
from __future__ import annotations

import pytest

from indexer.unwrap import unwrap_text
from tablerows import check_story, rows

LEAD = ("NAIROBI (AFP) - Kenya on Wednesday banned long-\ndistance buses from travelling at night after a\n"
        "series of crashes that killed more than 60 people, the\nministry said.\n")

# (text, expected text, why)
UNWRAPPED = [
    ("Kenya bans night buses\n\n" + LEAD,
     "Kenya bans night buses\n\nNAIROBI (AFP) - Kenya on Wednesday banned long-distance buses from travelling "
     "at night after a series of crashes that killed more than 60 people, the ministry said.\n",
     "a paragraph whose lines reached the width is one line; a hyphen the text never drops is kept"),
    ("Short line\nanother\nand one more\n", "Short line\nanother\nand one more\n",
     "a text with no line near a width is not wrapped"),
    ("Kenya bans night buses\n- no buses after 9pm\n\n" + LEAD,
     "Kenya bans night buses\n- no buses after 9pm\n\nNAIROBI (AFP) - Kenya on Wednesday banned long-distance "
     "buses from travelling at night after a series of crashes that killed more than 60 people, the ministry said.\n",
     "a list item keeps its own line"),
]


@pytest.mark.parametrize("text,expected,why", UNWRAPPED, ids=[r[2] for r in UNWRAPPED])
def test_unwrap_text(text, expected, why):
    assert unwrap_text(text) == expected


# (story text, {field: value}, why)
WRAPPED = [
    ("Harbour cranes idle in Antwerp\n\nANTWERP (Belga) - Dock workers in Antwerp stopped work on Monday\n"
     "over a pay offer, leaving container cranes idle at the port's main\n"
     "terminals, the union said. Ships queued at anchor off the coast.\n\n"
     "Cranes stand idle at the port of Antwerp on Monday. (Photo by Lieve\nDeckers / Belga)\n",
     {"photographers": ["Lieve Deckers"]},
     "a caption's credit cut by the wrapper after its first name"),
    ("Veerpont Kampen vaart weer na storing\n\nDoor Joost Hermans, ANP\n\n"
     "Gepubliceerd: 3 februari 2021 08:15 | Laatst bijgewerkt: 3 februari\n2021 11:40\n\n"
     "KAMPEN (ANP) - De veerpont tussen Kampen en IJsselmuiden vaart sinds\n"
     "dinsdagochtend weer, nadat een defecte schroef de boot twee dagen aan\n"
     "de kant hield. De gemeente liet weten dat de dienst volgens schema\nrijdt.\n",
     {"published": "2021-02-03T08:15:00", "updated": "2021-02-03T11:40:00"},
     "a date line's year and time carried to the next line, after the month"),
    ("Ferry back in service\n\nBy Jo Hart, AP\n\n"
     "Published: Wednesday, March 3, 2021 8:15 AM EST | Updated: March 3\n2021 11:40 AM EST\n\n"
     "KAMPEN, Netherlands (AP) - The ferry between the two river towns ran\n"
     "again on Tuesday morning after a broken propeller kept the boat tied\n"
     "up for two days, the town said in a short statement to local radio\n"
     "on Wednesday. Commuters had been sent on a long detour by bus over\n"
     "the bridge upstream.\n",
     {"updated": "2021-03-03T11:40:00-05:00"},
     "...and after a month's day"),
]


@rows(WRAPPED)
def test_wrapped_story_fields(text, expected, why):
    check_story(text, expected)
