"""Table tests for head and tail date stamps in the shapes sites and wire services set
them: a credit and a bullet before the date, a clock with seconds and p.m., Korean
a.m./p.m. words, numeric dates beside an agency's code. One row per shape; every story is
invented."""
from __future__ import annotations

from tablerows import check_story, rows

# (story text, {field: value}, why)
STAMPS = [
    ("Ferry fares to rise in Mombasa\n\nStory by AFP • 14/08/2023 09:40\n\nMombasa (AFP) - Ferry operators "
     "in the port city will raise fares next month, the county said on Monday.\n",
     {"published": "2023-08-14T09:40:00", "agencies": ["AFP"], "cities": ["Mombasa"]},
     "a portal's 'Story by' credit, a bullet, then the date"),
    ("Ferry fares to rise in Mombasa\n\nBy Jo Roe · 3 March 2021 17:02\n\nMombasa (AFP) - Ferry operators "
     "in the port city will raise fares next month, the county said on Monday.\n",
     {"published": "2021-03-03T17:02:00", "reporters": ["Jo Roe"]},
     "a byline and its date after a middle dot"),
]


@rows(STAMPS)
def test_stamps(text, expected, why):
    check_story(text, expected)
