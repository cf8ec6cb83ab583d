"""Hard-wrapped copy through the real command: mailed and teletype stories whose every line
was broken near one width, parsed by `wire parse --format jsonl` as their own process; each
record checked against the fields the same story gives unwrapped. Every story is invented.
"""
from __future__ import annotations

from wirerun import cli_field_tests

# (file name, text, {field: value}, why)
STORIES = [
    ("wrapped-mail.eml",
     "From: Desk Relay <relay@example.org>\nTo: archive@example.org\nSubject: Lagos ferry story\nDate: Tue, 08 Oct 2024 16:40:00 +0000\nContent-Type: text/plain; charset=\"UTF-8\"\n\nLagos opens water taxi route to ease road jams\n\nLAGOS (Reuters) - Lagos state opened a new water taxi route on Tuesday\nlinking the Ikorodu jetty to the island business district, cutting a\ntwo-hour road trip to forty minutes, officials said.\n\nThe state plans six more routes by next year and has ordered twelve\nboats from a local yard, the transport commissioner told reporters at\nthe jetty.\n\nPassengers board a water taxi at the Ikorodu jetty on Tuesday. (Photo\nby Adebayo Okonkwo / Reuters)\n\n(Reporting by Chidi Nwankwo in Lagos; Additional reporting by Funke\nAdeyemi; Editing by Marguerite Holloway and Tomasz Brzezinski)\n",
     {"title": "Lagos opens water taxi route to ease road jams", "cities": ["Lagos"],
      "photographers": ["Adebayo Okonkwo"], "reporters": ["Chidi Nwankwo", "Funke Adeyemi"],
      "editors": ["Marguerite Holloway", "Tomasz Brzezinski"]},
     "a mailed story wrapped at 70 columns: the caption's credit and the closing credits run over a break"),
    ("wrapped-teletype.txt",
     "ZCZC\nFerry fares to rise on Aegean routes\n\n   ALEXANDROUPOLIS, Greece, March 12 (Agence France-\nPresse) - Ferry operators serving the northern\nAegean islands will raise fares by eight percent\nfrom April, the merchant marine ministry said on\nTuesday.\n\n   Island mayors said the increase would hurt\ntourism in the spring and asked the government to\ncover part of the cost from its transport budget.\n\nNNNN\n",
     {"title": "Ferry fares to rise on Aegean routes", "agencies": ["AFP"], "cities": ["Alexandroupolis"]},
     "teletype copy wrapped at 52 columns: its dateline's agency is cut in two"),
    ("list-reply-quoted.txt",
     "Asunto: Re: [puertos] paro de gruistas\nDe: Luis Ortega <l.ortega@example.es>\nFecha: 05/03/2024 21:10\n"
     "Para: puertos@lists.example.org\n\nGracias, Ana. Lo comentamos el jueves.\n\nLuis\n\n"
     "El 05/03/2024 a las 18:02, Ana Ruiz escribió:\n> Hola a todos, os paso la nota de esta tarde:\n>\n"
     "> Paran los gruistas del puerto de Rotterdam por las primas de noche\n>\n> 05/03/2024 16:20\n>\n"
     "> Por Marta Giraldo Ochoa\n>\n> Rotterdam, 5 mar (EFE).- Los gruistas del puerto de Rotterdam\n"
     "> pararon este martes para reclamar una prima por el turno de noche, informó\n"
     "> el sindicato.\n>\n> Los buques esperan en el estuario.\n>\n> mgo/ab\n>\n> --\n> Ana Ruiz\n",
     {"title": "Paran los gruistas del puerto de Rotterdam por las primas de noche",
      "published": "2024-03-05T16:20:00", "agencies": ["EFE"], "cities": ["Rotterdam"],
      "reporters": ["Marta Giraldo Ochoa"]},
     "a list reply saved as text quoting the story: the quote unquoted, the reply's headers and Fecha "
     "no field"),
    ("wrapped-contacts.txt",
     "Rotterdam Crane Drivers Walk Out Over Night Pay\n\n(Bloomberg) -- Crane drivers at Rotterdam's "
     "container\nterminals walked out on Tuesday over night-shift pay, leaving\nships waiting in the "
     "estuary.\n\nTo contact the reporter on this story: Lotte Ameling in\nAmsterdam at "
     "lameling@example.net To contact the editors\nresponsible for this story: Rui Matos at "
     "rmatos@example.net,\nJana\nPohl\n",
     {"reporters": ["Lotte Ameling"], "editors": ["Rui Matos", "Jana Pohl"]},
     "Bloomberg's contacts wrapped in a list mail: the editors' label mid-line, an editor's name "
     "broken over two lines"),
]


parsed, test_wrapped_fields_through_the_cli = cli_field_tests(STORIES, "wrapped")
