"""Table tests for plain wire transmissions, database exports and mailed newsletters: the
service header lines above a headline, the end stamps below the copy, an export's source
and byline lines, a newsletter's banner. One row per shape; every story is invented."""
from __future__ import annotations

from tablerows import check_story, rows

# (story text, {field: value}, why)
TRANSMISSIONS = [
    ("AFP-EN 0412 4 EUX /AFP-KT21\nPortugal-fishing-quotas\nSardine boats stay in port over quota row\n"
     "   LISBON, March 3, 2011 (AFP) - Sardine boats along the Portuguese coast stayed in port on Thursday "
     "in a row over catch limits.\nrb/jm\nAFP 031422 GMT MAR 11\n",
     {"title": "Sardine boats stay in port over quota row", "published": "2011-03-03T14:22:00+00:00"},
     "an AFP 7901 header with its service before the number ('AFP-EN 0412'), no ZCZC: no title"),
    ("UK-US 200 JOBS GO AT PLANT\n\nLONDON, March 3 (Reuters) - Two hundred jobs will go at the plant.\n",
     {"title": "UK-US 200 JOBS GO AT PLANT"},
     "...but a caps headline with a figure, and no slash code at its end, stays the title"),
]


@rows(TRANSMISSIONS)
def test_transmissions(text, expected, why):
    check_story(text, expected)
