"""Where a clipped or pasted story came from, through the real command: one `wire parse
--format jsonl` run over a folder of reading-tool copies (OneNote, print-to-PDF text,
Instapaper, Reader view), each giving the story's address, agency and place.

The per-shape rows are in test_parse_tables_sources.py. Every story, name and event here
is invented.
"""
from __future__ import annotations

from wirerun import cli_field_tests

# (file name, text, {field: value}, why)
STORIES = [
    ("cp-en-onenote.txt",
     "Ferry pier closes after storm damage\n\nTuesday, March 5, 2019\n6:20 PM\n\n"
     "Clipped from: https://tv.example.ca/canada/ferry-pier-closes-1.4411\n\n"
     "HALIFAX -- The harbour board closed the old ferry pier on Tuesday after a storm cracked "
     "two of its pilings, a spokesman said.\n\nRepairs will take most of the spring.\n",
     {"url": "https://tv.example.ca/canada/ferry-pier-closes-1.4411", "cities": ["Halifax"]},
     "OneNote's 'Clipped from:' line is the story's address"),
    ("reuters-en-print.txt",
     "3/5/24, 9:10 AM          Harbour group weighs sale of tank unit | Reuters\n\n"
     "          Harbour group weighs sale of tank unit\n\n"
     "          ROTTERDAM, March 5 (Reuters) - A harbour services group is weighing a sale of\n"
     "          its tank storage unit, two people familiar with the matter said.\n\n"
     "          The group declined to comment.\n\n"
     "          https://news.example.com/business/harbour-tank-sale-2024-03-05/      1/1\n",
     {"url": "https://news.example.com/business/harbour-tank-sale-2024-03-05/", "agencies": ["Reuters"]},
     "a print-to-PDF footer's address, the page count after it"),
    ("cp-en-instapaper.html",
     '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Ferry pier closes after storm damage'
     '</title></head><body><div id="titlebar"><h1>Ferry pier closes after storm damage</h1>'
     '<div class="origin_line"><a href="https://www.harbourpost.example/news/ferry-pier/a4411/">'
     'harbourpost.example</a> &middot; 2 min</div></div><div id="story"><p>HALIFAX &mdash; The '
     'harbour board closed the old ferry pier on Tuesday after a storm cracked two of its pilings, '
     'a spokesman said.</p><p>Repairs will take most of the spring, he said.</p></div></body></html>',
     {"url": "https://www.harbourpost.example/news/ferry-pier/a4411/"},
     "Instapaper's origin link, named by its host, is the story's address"),
    ("cp-en-cbc-reader.txt",
     "Ambulance fees capped in rural Manitoba\nCBC | Manitoba News\nMar 5, 2024 at 5:02 PM\n\n"
     "The Canadian Press · Posted: Mar 5, 2024 6:02 PM ET | Last Updated: March 5, 2024\n\n"
     "WINNIPEG — The province will cap the fee for a ground ambulance trip from April, its health "
     "minister said on Tuesday.\n\nSome rural patients had been billed twice as much.\n",
     {"agencies": ["CP"], "cities": ["Winnipeg"], "published": "2024-03-05T18:02:00-05:00"},
     "a feed reader's copy: the agency before the site's stamps, set apart by a bullet"),
    ("cp-en-saved.html",
     '<!DOCTYPE html><html><head><title>Lobster buyers face new licence rules</title></head><body>'
     '<h1>Lobster buyers face new licence rules</h1><div id="story"><p>The Canadian Press<br>Published '
     'March 5, 2024</p><p>HALIFAX &mdash; Lobster buyers will have to renew their licences every year, '
     'the fisheries minister said on Tuesday, after complaints from harvesters about prices.</p><p>The '
     'rules take effect in November.</p></div></body></html>',
     {"agencies": ["CP"], "cities": ["Halifax"], "published": "2024-03-05"},
     "a saved page: the agency's own line over the date, above the dateline"),
    ("lusa-en-pocket.txt",
     "Lithium mine consultation extended\n\nportugal.example.com\n2 min\n\nMarch 5, 2024\n\n"
     "The environment agency extended the public consultation on a proposed mine by 30 days on "
     "Monday, after residents asked for more time.\n\nMore than 900 submissions have been received.\n\n"
     "Source material: LUSA\n",
     {"agencies": ["Lusa"]}, "a closing 'Source material:' note names the agency"),
    ("xinhua-en-chinadaily.txt",
     "Metro line opens to the airport\n\nXinhua | Updated: 2021-09-08 10:14\n\nShare - WeChat\n\n"
     "HANGZHOU -- A metro line linking the airport with the city centre opened on Wednesday, "
     "officials said.\n\nTrains run every six minutes.\n",
     {"cities": ["Hangzhou"], "agencies": ["Xinhua"]}, "a row of share buttons under the stamp is no dateline"),
]

parsed, test_fields_through_the_cli = cli_field_tests(STORIES, "sources")
