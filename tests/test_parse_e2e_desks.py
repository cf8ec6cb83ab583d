"""Sports, culture and science desks' copy through the real command: story files in a
folder, `wire parse --format jsonl` run as its own process. The per-shape rows are in
test_parse_tables_desks.py; these set the shapes in whole pages. Every story is invented.
"""
from __future__ import annotations

from wirerun import cli_field_tests

# (file name, text, {field: value}, why)
STORIES = [
    ("ansa-science.txt",
     "ANSA.it  >  Scienza&Tecnica  >  Terra & Poli\n\n"
     "Un ghiacciaio alpino ha perso un terzo della sua massa in dieci anni\n\n"
     "Redazione ANSA   BOLZANO   7 marzo 2022   11:25\n\n"
     "Il fronte del ghiacciaio fotografato dall'alto (fonte: Eurac) © ANSA\n\n"
     "(ANSA) - BOLZANO, 7 MAR - Un ghiacciaio delle Alpi orientali ha perso un terzo della sua massa "
     "negli ultimi dieci anni, secondo uno studio pubblicato oggi.\n\n"
     "RIPRODUZIONE RISERVATA © Copyright ANSA\n",
     {"title": "Un ghiacciaio alpino ha perso un terzo della sua massa in dieci anni",
      "published": "2022-03-07T11:25:00", "agencies": ["ANSA"]},
     "a site's one-line stamp: its time read, the headline above it the title, not the caption"),
    ("ap-live.txt",
     "LIVE\nLive updates | Tour de France: Vingegaard keeps yellow in the Alps\n\n"
     "By The Associated Press\nUpdated 11:02 AM EDT, July 18, 2023\n\nShare    Copy link\n\n"
     "The Latest on the Tour de France:\n\n___\n\n10:55 a.m.\n\n"
     "Jonas Vingegaard has kept the yellow jersey after the 16th stage, a time trial in the Alps.\n\n"
     "___\n\n9:30 a.m.\n\nRiders set off one by one from Passy this morning.\n",
     {"title": "Live updates | Tour de France: Vingegaard keeps yellow in the Alps"},
     "a live blog: its headline, not the intro over its entries nor its share buttons"),
    ("pa-sport.txt",
     "Lancashire chase down 300 to beat Yorkshire at Old Trafford\n\nBy Owen Pritchard, PA Sport\n\n"
     "Saturday 18 May 2019 19:04 BST\n\nLancashire reached their target with four balls to spare as the "
     "Roses match ended in a thrilling finish at Old Trafford.\n\nPress Association Sport\n",
     {"reporters": ["Owen Pritchard"], "agencies": ["PA"], "published": "2019-05-18T19:04:00+01:00"},
     "a byline's agency desk named for its beat is the agency"),
    ("swiss-dogs.txt",
     "Switzerland   Culture   Science   Sport\n\nSwiss ski resort tests snow made from lake water\n\n"
     "This content was published on February 2, 2022 - 16:48\n\n"
     "A ski resort in the Bernese Oberland has started testing snow cannons fed with water from a "
     "nearby lake, its operators said on Wednesday.\n\nKeystone-SDA/gw\n",
     {"published": "2022-02-02T16:48:00", "agencies": ["Keystone-SDA"]},
     "a page's stated date and time; the agency from its sign-off with the editor's initials"),
    ("belga-archive-photo.txt",
     "Veteran goalkeeper Pieter Claes retires after 21 seasons\n\n11/03/2021 09:20\n\n"
     "GHENT (Belga) - Goalkeeper Pieter Claes, who played more than 600 league games, announced his "
     "retirement on Thursday at the age of 41.\n\nHe will stay at the club as a coach of its young "
     "keepers.\n\n(Photo: BELGA PHOTO ARCHIVES / Wim Verstraete)\n",
     {"photographers": ["Wim Verstraete"], "agencies": ["Belga"], "cities": ["Ghent"]},
     "an archive picture's credit at the foot: the agency and its archive's words, then the name"),
    ("apa-expa-photo.txt",
     "Sport  >  Wintersport\n\nKriechmayr gewinnt Abfahrt in Kitzbühel\n\n21. Jänner 2022, 13:40\n\n"
     "Foto: APA/EXPA/Johann Groder\nDer Sieger im Zielraum.\n\n"
     "Kitzbühel – Vincent Kriechmayr hat am Freitag die Abfahrt auf der Streif gewonnen.\n\n"
     "(APA, 21.1.2022)\n",
     {"photographers": ["Johann Groder"], "agencies": ["APA"],
      "title": "Kriechmayr gewinnt Abfahrt in Kitzbühel"},
     "the wire, the picture agency and the photographer between slashes under the date"),
    ("culture-feed.xml",
     '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">'
     "<channel><title>Arts News</title><link>https://news.example.com/arts/</link><item>"
     "<title>Salzburg festival sells out its opening week</title>"
     "<link>https://news.example.com/arts/salzburg-festival-sells-out</link>"
     "<pubDate>Mon, 15 Jul 2019 09:05:00 GMT</pubDate><dc:creator>Reuters Staff</dc:creator>"
     "<description>SALZBURG (Reuters) - The Salzburg Festival said on Monday that every seat for its "
     "opening week had been sold. Reporting by Greta Mauser; Editing by Owen Brack</description>"
     "</item></channel></rss>\n",
     {"reporters": ["Greta Mauser"], "editors": ["Owen Brack"], "agencies": ["Reuters"]},
     "a feed item's description with the trailer run into its last sentence's paragraph"),
    ("acn-redaccio-slash.html",
     "<!DOCTYPE html>\n<html lang=\"ca\"><head><title>Lleida obrirà una nova biblioteca al barri de Pardinyes</title></head>"
     "<body><h1>Lleida obrirà una nova biblioteca al barri de Pardinyes</h1>"
     "<div class=\"autor\">Redacció / ACN | <span class=\"data\">03/05/2014 10:20</span></div>"
     "<p>Lleida (ACN).- La Paeria ha aprovat el projecte d'una biblioteca de barri que obrirà les portes "
     "l'any vinent, segons ha anunciat aquest dissabte l'alcalde.</p>"
     "<p>L'equipament tindrà una sala d'estudi i un espai infantil.</p></body></html>",
     {"reporters": [], "agencies": ["ACN"]},
     "Catalan's word for the newsroom (Redacció) before the agency's slash names no one"),
    ("blog-name-over-post.html",
     "<!DOCTYPE html>\n<html lang=\"en\"><head><title>Harbour Watch &raquo; Ferry operator adds a third "
     "crossing to the island</title></head><body><div id=\"header\"><h1><a href=\"http://harbourwatch.example.org/\">"
     "Harbour Watch</a></h1></div><div class=\"post\"><h2>Ferry operator adds a third crossing to the island</h2>"
     "<small>Tuesday, March 4th, 2008</small><div class=\"entry\"><p>PORTSMOUTH (PA) - The ferry operator will add "
     "a third daily crossing to the island from May, it said on Tuesday.</p><p>The new sailing leaves at dawn.</p>"
     "</div></div></body></html>",
     {"title": "Ferry operator adds a third crossing to the island"},
     "a blog's name as the <h1>, the <title> the name then the post's headline, the post's <h2>: the post's"),
    ("digest-mail-edition-heading.eml",
     "From: Nieuwsbrief Avond <brief@avondpost.example.nl>\nTo: lezer@example.nl\n"
     "Subject: Avondeditie woensdag 9 mei: Gemeente opent nieuw zwembad\nDate: Wed, 9 May 2012 19:10:00 +0200\n"
     "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n"
     "AVONDEDITIE - woensdag 9 mei 2012\n==================================\n\nUITGELICHT\n\n"
     "Gemeente opent nieuw zwembad in Zwolle\nGepubliceerd: 9 mei 2012, 16:25\n\n"
     "ZWOLLE (ANP) - De gemeente heeft woensdag een nieuw overdekt zwembad geopend aan de rand van de "
     "binnenstad. Het bad heeft een wedstrijdbassin en een apart instructiebad.\n\n"
     "De bouw kostte ruim twaalf miljoen euro.\n",
     {"agencies": ["ANP"], "cities": ["Zwolle"]},
     "a digest mail's edition heading (a word in capitals, a dash, the day alone) is no dateline: "
     "the story's own dateline below is read"),
    ("portal-yearless-byline-stamp.html",
     "<!DOCTYPE html>\n<html><head><title>Fishermen on the Mekong count fewer catfish - Portal News</title></head>"
     "<body><div id=\"story\"><h1>Fishermen on the Mekong count fewer catfish</h1>"
     "<div class=\"byline\">By <span class=\"fn\">Marc Olivier</span> <span class=\"provider\">AFP</span> - "
     "<abbr title=\"2009-03-03T02:15:00Z\">Mon Mar 2, 9:15 PM ET</abbr></div>"
     "<p>VIENTIANE (AFP) - Fishermen along the Mekong say their catches of giant catfish have fallen "
     "sharply over the past decade, blaming dams upstream.</p><p>The fish can grow to three metres.</p>"
     "</div></body></html>",
     {"published": "2009-03-02T21:15:00-05:00"},
     "a portal's byline stamp with no year (weekday, day, local time) takes its year from the markup's "
     "stamp of the next day in UTC, and keeps its own time"),
    ("blog-post-comments-link.html",
     "<!DOCTYPE html>\n<html lang=\"en\"><head><title>Canal Notes</title></head><body><div class=\"post\">"
     "<h2>Lock keepers to work longer hours this summer</h2><small>May 12th, 2009</small><div class=\"entry\">"
     "<p>BIRMINGHAM (PA) - Lock keepers on the busiest stretches of canal will work two extra hours a day "
     "over the summer, the waterways trust said on Tuesday.</p><p>Boaters had complained of long queues.</p>"
     "</div><p class=\"postmetadata\">Filed under <a href=\"http://canalnotes.example.org/category/locks/\">Locks</a>"
     " | <a href=\"http://canalnotes.example.org/2009/05/12/lock-keepers-longer-hours/#comments\">4 comments</a>"
     "</p></div></body></html>",
     {"url": "http://canalnotes.example.org/2009/05/12/lock-keepers-longer-hours/"},
     "a blog post whose only address is its link to its own comments: the permalink before '#comments'"),
    ("blog-posted-at-time.html",
     "<!DOCTYPE html>\n<html lang=\"fr\"><head><title>Rail Wallonie</title></head><body><div class=\"post\">"
     "<h2>La SNCB rouvre la gare de Ciney après travaux</h2><small>mercredi 7 mai 2008</small>"
     "<div class=\"entry\"><p>NAMUR (BELGA) - La gare de Ciney a rouvert ses guichets mercredi après huit "
     "mois de travaux de rénovation, a indiqué la SNCB.</p><p>Le parking a aussi été agrandi.</p></div>"
     "<p class=\"postmetadata\">Publié par admin à 11:25 dans <a href=\"/categorie/gares/\">Gares</a></p>"
     "</div></body></html>",
     {"published": "2008-05-07T11:25:00"},
     "a blog's day over the post and its 'posted by ... at' line under it: the post's time of that day"),
    ("headline-then-site-brand-h2.html",
     "<!DOCTYPE html>\n<html lang=\"en\"><head><title>Council approves new cycle lanes on the ring road - "
     "The Valley Courier</title></head><body><header><h2 class=\"brand\">The Valley Courier</h2></header>"
     "<h1>Council approves new cycle lanes on the ring road</h1><p>CARDIFF (PA) - The council approved two "
     "new cycle lanes on the ring road on Thursday after a year of consultation.</p><p>Work starts in June.</p>"
     "</body></html>",
     {"title": "Council approves new cycle lanes on the ring road"},
     "...but a headline's <h1> with the site's name after it in the <title> stays the title over a "
     "masthead's <h2>"),
]


parsed, test_desk_fields_through_the_cli = cli_field_tests(STORIES, "desks")
