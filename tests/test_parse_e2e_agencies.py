"""National agencies through the real command: datelines in their own scripts and date
shapes, sign-offs under the copy and a lead's credit, as whole stories in a folder read by
`wire parse --format jsonl` in its own process.

The per-shape rules have their rows in test_parse_tables.py (DATELINES, AGENCIES). Every
story, name and event here is invented.
"""
from __future__ import annotations


from wirerun import cli_field_tests

# (file name, text, {field: value}, why)
STORIES = [
    ("mti-hu-dateline.txt",
     "Új buszjárat indul Szegeden\n\nSzeged, 2023. június 12., hétfő (MTI) - Új buszjárat indul "
     "júliustól Szegeden, amely a pályaudvart köti össze az egyetemi negyeddel, közölte a "
     "városháza hétfőn.\n\nA járat óránként közlekedik.\n",
     {"cities": ["Szeged"], "agencies": ["MTI"]},
     "MTI: year first and a weekday between the place and the agency"),
    ("bta-bg-slash-reporter.txt",
     "Община Русе ремонтира три моста\n\nРусе, 12 юни /Веселин Колев, БТА/\nОбщина Русе "
     "започва ремонт на три моста над реката, съобщиха от общината днес.\n\nРемонтът ще "
     "продължи до есента.\n",
     {"cities": ["Русе"], "agencies": ["BTA"], "reporters": ["Веселин Колев"]},
     "BTA: the reporter and the agency in the dateline's slashes"),
    ("mena-ar-slash.txt",
     "افتتاح مدرسة جديدة في أسيوط\n\nأسيوط في 12 يونيو /أ ش أ/\nافتتح محافظ أسيوط اليوم "
     "مدرسة جديدة تضم ثلاثين فصلا دراسيا في قرية قريبة من المدينة.\n\nوقال المحافظ إن "
     "المدرسة ستستقبل الطلاب في العام الدراسي المقبل.\n\n/أ ش أ/\n",
     {"cities": ["أسيوط"], "agencies": ["MENA"]},
     "MENA's Arabic initials in slashes, in the dateline and under the copy"),
    ("greek-caps.txt",
     "Νέα γραμμή τραμ στην Πάτρα\n\nΠΑΤΡΑ (ΑΠΕ-ΜΠΕ) - Νέα γραμμή τραμ θα λειτουργήσει από "
     "τον Σεπτέμβριο στην Πάτρα, ανακοίνωσε ο δήμος την Τρίτη.\n\nΗ γραμμή θα έχει δώδεκα "
     "στάσεις.\n",
     {"cities": ["Πάτρα"], "agencies": ["ANA-MPA"]},
     "a Greek city in capitals gets its accent back"),
    ("pna-closing-bracket.txt",
     "Town opens new fish port in Samar\n\nBy Lorna Dizon\n\nCATBALOGAN CITY – The town opened "
     "a new fish port on Monday, giving 300 fishers a place to land their catch, officials "
     "said.\n\nThe port has a cold storage room for ten tonnes of fish. (PNA)\n",
     {"cities": ["Catbalogan City"], "agencies": ["PNA"], "reporters": ["Lorna Dizon"]},
     "PNA's name in brackets after the last sentence"),
    ("nzpa-signoff.txt",
     "Council backs new cycle bridge\n\nNELSON, June 12 NZPA - Nelson City Council has backed "
     "a new cycle bridge over the river, to be built next summer.\n\nThe bridge will cost "
     "$4 million.\n\nNZPA ab cd\n",
     {"cities": ["Nelson"], "agencies": ["NZPA"]},
     "NZPA after the date, and its desk's initials under the copy"),
    ("ukrinform-lead-credit.txt",
     "Lviv opens a new library for teenagers\n\n12.06.2023 10:15\n\nA new library for "
     "teenagers has opened in Lviv's Sykhiv district, with a reading room and a studio.\n\n"
     "This was reported by the city council's press office, Ukrinform reports.\n\nThe "
     "library will be open seven days a week.\n",
     {"agencies": ["Ukrinform"]},
     "Ukrinform credits itself in the lead, with no dateline"),
    ("spa-in-prose.txt",
     "Hotel reopens its spa\n\nBATH, England (AP) — The hotel reopened its spa on Friday after "
     "a year of work, its owners said.\n\nGuests said the spa, SPA-branded towels and all, "
     "was worth the wait.\n",
     {"cities": ["Bath"], "agencies": ["AP"]},
     "a spa in the prose is no agency"),
]


parsed, test_agency_fields_through_the_cli = cli_field_tests(STORIES, "agencies")



def test_sign_offs_leave_the_body(parsed):
    """An agency's sign-off under the copy is no longer part of the body."""
    assert parsed["nzpa-signoff.txt"]["body"].endswith("$4 million.")
    assert parsed["pna-closing-bracket.txt"]["body"].endswith("ten tonnes of fish.")
    assert parsed["mena-ar-slash.txt"]["body"].endswith("المقبل.")
