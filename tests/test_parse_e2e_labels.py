"""Credit labels, service notes under headlines and nested JSON items through the real
command: whole stories in a folder read by `wire parse --format jsonl` in its own process.

The per-shape rules have their rows in test_parse_tables.py (CREDITS, NOT_CREDITS, PHOTOS,
NOTES_UNDER_HEADLINES, CITY_SIGNOFFS, SLASH_CREDITS) and test_formats.py (nested JSON).
Every story, name and event here is invented.
"""
from __future__ import annotations

import json

from wirerun import cli_field_tests, run_wire

# (file name, text, {field: value}, why)
STORIES = [
    ("antara-id-labels.txt",
     "Pemkot Malang buka dua pasar malam baru\n\nMalang (ANTARA) - Pemerintah Kota Malang membuka "
     "dua pasar malam baru di kawasan alun-alun untuk menampung pedagang kaki lima.\n\n"
     "Pasar buka setiap Jumat dan Sabtu malam.\n\nFoto: ANTARA/Gede Arya Saputra\n"
     "Pewarta: Rina Kusumawati\nEditor: Joko Prasetyo\n",
     {"reporters": ["Rina Kusumawati"], "editors": ["Joko Prasetyo"],
      "photographers": ["Gede Arya Saputra"], "agencies": ["Antara"]},
     "Antara's foot: photo with the agency first, reporter and editor labels"),
    ("vna-vi-labels.txt",
     "Cần Thơ mở thêm tuyến xe buýt ven sông\n\nCần Thơ (TTXVN) - Thành phố Cần Thơ đưa vào "
     "hoạt động tuyến xe buýt mới chạy dọc bờ sông Hậu từ sáng thứ Hai.\n\n"
     "Giá vé là 7.000 đồng mỗi lượt.\n\nẢnh: Vũ Thị Mai\nPhóng viên: Trần Minh Khoa\n"
     "Biên tập: Phạm Quang Huy\n",
     {"reporters": ["Trần Minh Khoa"], "editors": ["Phạm Quang Huy"], "photographers": ["Vũ Thị Mai"]},
     "Vietnamese photo, reporter and editor labels"),
    ("agerpres-ro-closing.txt",
     "Primăria extinde programul bibliotecilor de cartier\n\nCluj-Napoca, 4 apr /Agerpres/ - "
     "Primăria a anunţat joi că bibliotecile de cartier vor fi deschise şi duminica.\n\n"
     "Programul nou începe luna viitoare. AGERPRES/(B - autor: Ilinca Stan, editor: Radu Marin)\n",
     {"reporters": ["Ilinca Stan"], "editors": ["Radu Marin"]},
     "Agerpres's credits at the end of the last paragraph"),
    ("agerpres-ro-foreign-agency-trailer.txt",
     "Germania: Trenurile regionale vor circula mai des\n\nBerlin, 4 mar /Agerpres/ - Trenurile regionale "
     "din Germania vor circula mai des de la 1 aprilie, a anunţat ministerul transporturilor.\n\n"
     "Măsura vizează liniile din jurul marilor oraşe.\n\nAGERPRES/AFP (AS - traducere: Ioana Pop, editor: Radu Mihai)\n",
     {"agencies": ["Agerpres", "AFP"], "translators": ["Ioana Pop"], "editors": ["Radu Mihai"]},
     "Agerpres's trailer over a foreign agency's copy: both agencies, slash-joined, then the credits' bracket"),
    ("efe-es-feature.txt",
     "Las garzas vuelven al lago de Maraví\n\nReportaje: Nicolás Ferrán Vidal\n\n"
     "Maraví, 4 abr (EFE).- Los guardas del lago contaron cuarenta garzas el jueves, "
     "el doble que el año pasado.\n\nLas aves anidan en los juncos del norte.\n\n"
     "Fotos: Julia Ferreyra Soto\n",
     {"title": "Las garzas vuelven al lago de Maraví", "reporters": ["Nicolás Ferrán Vidal"],
      "photographers": ["Julia Ferreyra Soto"]},
     "a feature's credit under the headline is no title; a photo label at the foot"),
    ("yonhap-en-attn.txt",
     "(LEAD) Harbour cranes idle as dock strike enters third day\n"
     "(ATTN: ADDS union remarks in paras 3-4)\n\nBy Kim Soo-ah\n\n"
     "BUSAN, April 2 (Yonhap) -- Cranes at the port stood idle for a third day on Tuesday as "
     "dock workers kept up a strike over night shifts.\n\nThe union said talks would resume.\n\n(END)\n",
     {"title": "(LEAD) Harbour cranes idle as dock strike enters third day", "reporters": ["Kim Soo-ah"]},
     "Yonhap's service note is no title"),
    ("tr-et-lt-foot.txt",
     "Tallinn avab kolm uut jalgrattaparklat\n\nTallinna linn avab aprillis kolm uut valvega "
     "jalgrattaparklat, teatas linnavalitsus teisipäeval.\n\nParklad on avatud iga päev.\n\n"
     "Toimetaja: Liis Kask\n",
     {"editors": ["Liis Kask"], "reporters": []},
     "Estonian editor label"),
    ("aa-item.json",
     json.dumps({"item": {"lang": "en", "agency": "Anadolu Agency",
                          "title": "Ferry line to the islands gets two new boats",
                          "authors": [{"name": "Deniz Korkmaz", "role": "reporter"},
                                      {"name": "Ali Vural", "role": "editor"}],
                          "dates": {"published": "2024-04-02T08:10:00Z", "modified": None},
                          "link": "https://news.example/en/ferry-line/77",
                          "content": "The ferry operator added two boats to the island line on "
                                     "Tuesday, officials said."}}),
     {"title": "Ferry line to the islands gets two new boats", "reporters": ["Deniz Korkmaz"],
      "editors": ["Ali Vural"], "published": "2024-04-02T08:10:00+00:00",
      "url": "https://news.example/en/ferry-line/77"},
     "a nested JSON item with role-tagged authors"),
    ("ap-editors-note.txt",
     "EDITORS: Adds quote from the mayor in 6th paragraph, updates power outage figures.\n"
     "Ice storm knocks out power across central Oklahoma\n"
     "By RUTH OKAFOR Associated Press\n\n"
     "OKLAHOMA CITY (AP) — An ice storm coated power lines and trees across central Oklahoma on "
     "Thursday, leaving tens of thousands of homes without electricity.\n\n"
     "Crews from three states were on their way to help, the utility said.\n",
     {"title": "Ice storm knocks out power across central Oklahoma", "cities": ["Oklahoma City"],
      "agencies": ["AP"]},
     "AP's note to editors over the headline is a label, neither title nor dateline"),
    ("list-item-count-sapa.txt",
     "FARM-NEWS - item 4 of 7\n\nWHEAT PRICES EXPECTED TO RISE\n\nKIMBERLEY Aug 4 Sapa\n\nWheat prices "
     "are expected to rise by up to eight percent this season because of the drought in the "
     "Northern Cape, grain traders said on Monday.\n\nSapa\n",
     {"cities": ["Kimberley"], "agencies": ["SAPA"]},
     "under a list header, Sapa's teletype dateline with its short form in title case"),
    ("list-item-count.txt",
     "FARM-NEWS - item 2 of 7\n\nMAIZE FARMERS WAIT FOR LATE RAINS\n\nBLOEMFONTEIN - Maize "
     "farmers in the Free State have delayed planting by up to three weeks because the summer "
     "rains came late, the farmers' union said on Monday.\n\nThe union expects a smaller crop.\n",
     {"cities": ["Bloemfontein"]},
     "a mailing list's name and its count of items is no dateline: the story's own is read"),
]


parsed, test_label_fields_through_the_cli = cli_field_tests(STORIES, "labels")



def test_credit_labels_leave_the_body(parsed):
    body = parsed["antara-id-labels.txt"]["body"]
    assert "Pewarta" not in body and "Foto:" not in body and "Pasar buka setiap" in body
    assert "autor:" not in parsed["agerpres-ro-closing.txt"]["body"]


def test_a_file_without_a_story_fails_the_run_after_the_others(tmp_path):
    """The documented contract: the other files are printed, the bad one is named on
    stderr, and the exit code is 1."""
    (tmp_path / "good.txt").write_text(STORIES[4][1], encoding="utf-8")
    (tmp_path / "settings.json").write_text(json.dumps({"name": "x", "version": "1"}), encoding="utf-8")
    result = run_wire("parse", "--format", "jsonl", str(tmp_path))
    assert result.returncode == 1
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["path"].rsplit("/", 1)[-1] for r in records] == ["good.txt"]
    assert "settings.json" in result.stderr and "no title or text" in result.stderr
