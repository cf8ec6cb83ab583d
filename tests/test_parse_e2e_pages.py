"""Old and new web pages whose story or headline sits outside the usual places (a frameset
page's <noframes>, a headline set in <font><b> under a site's generic <title>), through the
real command: one `wire parse --format jsonl` run over a folder of them.

The per-shape rules have their rows in test_formats.py's HTML_PAGES. Every story, name and
event here is invented.
"""
from __future__ import annotations

from wirerun import cli_field_tests

# (file name, text, {field: value}, why)
STORIES = [
    ("frameset.html",
     '<HTML><HEAD><TITLE>Valley Herald Online: News</TITLE></HEAD>\n<FRAMESET ROWS="90,*">\n'
     '<FRAME SRC="/nav.html" NAME="nav">\n<FRAME SRC="/news/story.html" NAME="main">\n<NOFRAMES>\n'
     '<BODY><P><A HREF="/">Home</A> | <A HREF="/news/">News</A>\n'
     '<P>Posted at 9:05 a.m. PDT Tuesday, May 11, 1999\n'
     '<P>FRESNO, Calif. (AP) -- County supervisors agreed Tuesday to pay for a second water '
     'treatment plant after nitrate levels in three wells rose above the state limit.\n'
     '<P>The plant is to open in 2001, officials said.\n</BODY>\n</NOFRAMES>\n</FRAMESET>\n</HTML>\n',
     {"cities": ["Fresno"], "agencies": ["AP"], "published": "1999-05-11T09:05:00-07:00"},
     "a frameset page's story inside <noframes> is read: its dateline and stamp"),
    ("font-headline.html",
     '<html><head><title>Il Corriere Online - Cronaca</title></head><body><table><tr><td>'
     '<font size="1"><b>Il Corriere Online</b> | Cronaca | Sport</font><br>'
     '<font size="1">14/03/2001 ore 10:20</font><br>'
     '<font size="3"><b>Neve sull\'Appennino, chiusa la statale per tre ore</b></font><br>'
     '<font size="2">Bologna, 14 mar. (ANSA) - Una forte nevicata ha bloccato per tre ore la statale '
     'che attraversa il passo, lasciando decine di automobilisti fermi in coda nella notte.<br><br>'
     'La strada e\' stata riaperta alle sette.</font></td></tr></table></body></html>\n',
     {"title": "Neve sull'Appennino, chiusa la statale per tre ore", "cities": ["Bologna"]},
     "a headline in <font><b> above the story beats the site's <title>"),
]


parsed, test_page_fields_through_the_cli = cli_field_tests(STORIES, "pages")
