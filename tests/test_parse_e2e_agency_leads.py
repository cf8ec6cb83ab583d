"""National agencies' own shapes and the papers running their copy, through the real
command: an agency's lead formula with no place, a bare dateline line, a closing credit with
the agency's site or its reporter, a mixed-script name, a Norwegian "last updated" stamp and
bare bylines over the date, as whole stories in a folder read by `wire parse --format jsonl`
in its own process.

The per-shape rules have their rows in the table tests (test_parse_tables_datelines.py,
test_parse_tables_stamps.py, test_parse_tables_credit_labels.py, test_parse_tables_titles.py).
Every story, name and event here is invented.
"""
from __future__ import annotations

from wirerun import cli_field_tests

# (file name, text, {field: value}, why)
STORIES = [
    ("kuna-lead.txt",
     "Cabinet approves port budget\n\nMon 06 Mar 2023 at 10:05\n\nKUNA - The cabinet approved the budget "
     "of the northern port at its weekly session on Monday, the government spokesman said.\n\nWork starts "
     "in May.\n",
     {"agencies": ["KUNA"], "cities": []},
     "an agency's short name before the lede's dash: the agency, no place"),
    ("rss-bare-dateline.txt",
     "Hydropower output rises\n\nRSS\nPublished: 10:05 am May 14, 2021\n\nPOKHARA, MAY 14\n\nPower plants "
     "on the Seti river produced a record amount of electricity last month, the authority said.\n",
     {"agencies": ["RSS"], "cities": ["Pokhara"]},
     "a paper's bare dateline line, a city in capitals and a day, between the stamp and the text"),
    ("akp-closing-byline.txt",
     "Phnom Penh adds night buses\n\nPhnom Penh, May 2, 2023 – The city will add six night bus routes "
     "from next month, the transport department said.\n\nFares stay the same.\n\n– AKP By KEO Sreymom\n",
     {"agencies": ["AKP"], "reporters": ["Keo Sreymom"]},
     "an agency's closing credit and its reporter's byline on one line"),
    ("sanews-site-credit.txt",
     "More clinics for rural districts\n\nThe health department will open 40 clinics in rural districts "
     "this year, the minister said on Tuesday.\n\nThe clinics will be staffed by nurses. – SAnews.gov.za\n",
     {"agencies": ["SAnews"]},
     "a closing dash credit with the agency's site written out"),
    ("akipress-mixed-script.txt",
     "В Караколе открыли новую школу\n\nКаракол (АКИpress) — Новую школу на 600 мест открыли в четверг, "
     "сообщили в мэрии.\n",
     {"agencies": ["AKIpress"], "cities": ["Каракол"]},
     "an agency's name mixing Cyrillic capitals and Latin letters"),
    ("ntb-sist-oppdatert.txt",
     "Ny bybro åpner i Tromsø\n\nNTB\nPublisert: 14.03.2022 09:20\nSist oppdatert: 14.03.2022 11:45\n\n"
     "Den nye bybroen åpner for trafikk mandag, opplyser kommunen.\n",
     {"published": "2022-03-14T09:20:00", "updated": "2022-03-14T11:45:00"},
     "a Norwegian 'last updated' stamp"),
    ("dawn-name-stamp.txt",
     "Lahore to widen canal road by June\n\nAyesha Malik Published April 2, 2024 Updated April 2, 2024 "
     "09:15am\n\nLAHORE: The Punjab government on Monday approved a plan to widen the canal road before "
     "the monsoon.\n",
     {"reporters": ["Ayesha Malik"], "updated": "2024-04-02T09:15:00", "cities": ["Lahore"]},
     "a bare byline run on into the stamps on one line"),
    ("hindu-name-place.txt",
     "Kerala opens three new ferry routes on Vembanad lake\n\nAnil Menon\nKOCHI\nUpdated - March 3, 2025 "
     "06:10 pm IST\n\nThe State Water Transport Department on Monday opened three ferry routes across the "
     "lake.\n",
     {"reporters": ["Anil Menon"], "cities": ["Kochi"], "title": "Kerala opens three new ferry routes on Vembanad lake"},
     "a bare byline over the place in capitals and the date"),
]

parsed, test_agency_lead_fields_through_the_cli = cli_field_tests(STORIES, "agency-leads")
