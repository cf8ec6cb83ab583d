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
]

parsed, test_fields_through_the_cli = cli_field_tests(STORIES, "sources")
