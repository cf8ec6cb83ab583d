"""Correction marks over headlines, date lines in other scripts and print headers, agency
aliases and source labels, unlabelled reporters before an editor and translator labels,
through the real command: whole stories in a folder read by `wire parse --format jsonl`
in its own process.

The per-shape rules have their rows in test_parse_tables_marks.py. Every story, name and
event here is invented.
"""
from __future__ import annotations

from wirerun import cli_field_tests

# (file name, text, {field: value}, why)
STORIES = [
    ("afp-fr-rectificatif.txt",
     "RECTIFICATIF - Canicule: les piscines de Lille ouvertes jusqu'à minuit\n\n"
     "Par Hélène MOREAU\nPublié le 12/07/2023 à 18h40 (heure de Paris)\n\n"
     "(Corrige l'horaire au 2e paragraphe)\n\n"
     "LILLE (AFP) - Les piscines municipales resteront ouvertes jusqu'à minuit pendant la vague "
     "de chaleur, a annoncé mercredi la mairie.\n\nL'entrée sera gratuite après 21 heures.\n",
     {"title": "RECTIFICATIF - Canicule: les piscines de Lille ouvertes jusqu'à minuit",
      "cities": ["Lille"], "reporters": ["Hélène Moreau"], "published": "2023-07-12T18:40:00+02:00"},
     "a correction mark over the headline, then the byline and a Paris-time date"),
    ("ar-site-published.txt",
     "افتتاح جسر جديد فوق نهر النيل في أسوان\n\n"
     "أسوان (أ ف ب) - افتتحت السلطات المصرية الأحد جسرا جديدا فوق نهر النيل يربط ضفتي المدينة.\n\n"
     "ويبلغ طول الجسر نحو كيلومتر واحد.\n\n"
     "نشر في 9 أبريل 2023 الساعة 13:05 بتوقيت غرينتش\n",
     {"published": "2023-04-09T13:05:00+00:00", "agencies": ["AFP"]},
     "an Arabic site's published line under the copy, in GMT"),
    ("yonhap-ko-glued.txt",
     "대구 도심 공원 두 곳 새 단장…내달 개방\n\n송고시간2023-09-14 16:05\n\n"
     "(대구=연합뉴스) 이서준 기자 = 대구시는 도심 공원 두 곳의 정비를 마치고 다음 달 개방한다고 밝혔다.\n\n"
     "공원에는 산책로와 놀이터가 새로 생긴다.\n",
     {"published": "2023-09-14T16:05:00"},
     "Yonhap's sent-time label glued to the date"),
    ("ja-print.txt",
     "2023/9/15 7:02                 港の新しい防波堤が完成　国交省 | 地域ニュース\n\n"
     "港の新しい防波堤が完成　国交省\n\n2023年9月14日 08:30（共同通信）\n\n"
     "　【東京共同】国土交通省は14日、港の新しい防波堤が完成したと発表した。\n\n"
     "　工事は3年かかった。\n",
     {"published": "2023-09-14T08:30:00", "reporters": [], "agencies": ["Kyodo"]},
     "a Japanese page print: the date line with the agency in brackets; the headline is no name"),
    ("chinanews-zh.html",
     "<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>兰州新建两座过街天桥-中新网</title>"
     "<link rel=\"canonical\" href=\"https://www.example.cn/sh/2023/09-14/1234567.shtml\"></head>"
     "<body><h1>兰州新建两座过街天桥</h1><div class=\"t\">2023年09月14日 16:20　来源：中国新闻网</div>"
     "<div><p>中新网兰州9月14日电 (记者 王小川)兰州两座过街天桥14日建成通行。</p>"
     "<p>天桥配有电梯。</p></div></body></html>",
     {"published": "2023-09-14T16:20:00"},
     "a page's date line with its source label gives the time the dateline's day lacks"),
    ("bloomberg-print.txt",
     "Bloomberg                                                    Printed 09/15/2023 08:12\n"
     "--------------------------------------------------------------------------------\n"
     "BN 09/14/2023 11:30:05 [ET]\n\n"
     "Chile's Copper Output Falls for Third Month on Mine Repairs\n\n"
     "By Ana Prieto\n"
     "(Bloomberg) -- Chile's copper output fell for a third month as two large mines shut "
     "lines for repairs, the statistics office said.\n\nOutput fell 4% from a year earlier.\n",
     {"published": "2023-09-14T11:30:05-04:00", "updated": None},
     "a terminal print: the printed time is no story time; the story line is the publication"),
    ("reuters-ru.txt",
     "Омск откроет новую линию трамвая в сентябре\n\n"
     "ОМСК, 3 июля (Рейтер) - Власти Омска откроют новую линию трамвая в сентябре, "
     "сообщила мэрия в понедельник.\n\nЛиния свяжет вокзал с новым микрорайоном.\n\n"
     "(Сергей Орлов. Редактор Ирина Белова)\n",
     {"agencies": ["Reuters"], "cities": ["Омск"], "reporters": ["Сергей Орлов"],
      "editors": ["Ирина Белова"]},
     "Reuters in Russian: the agency's name and its trailer of reporter then editor"),
    ("pl-source.html",
     "<html lang=\"pl\"><head><meta charset=\"utf-8\"><title>Nowy most w Toruniu</title></head>"
     "<body><article><h1>Nowy most w Toruniu otwarty</h1>"
     "<div class=\"src\">Źródło: PAP</div><div class=\"body\">"
     "<p>Nowy most drogowy przez Wisłę w Toruniu został w poniedziałek otwarty dla ruchu. "
     "Budowa trwała trzy lata i kosztowała ponad 600 mln zł.</p>"
     "<p>Przeprawa ma odciążyć centrum miasta.</p></div></article></body></html>",
     {"agencies": ["PAP"]},
     "a Polish source label over the story names the agency"),
    ("agencia-brasil.html",
     "<html lang=\"pt-BR\"><head><meta charset=\"utf-8\"><title>Belém amplia ciclovias</title></head>"
     "<body><article><h1>Belém amplia rede de ciclovias no centro</h1>"
     "<div class=\"autor\"><span>Marta Lima - Repórter da Agência Brasil</span></div>"
     "<div class=\"data\"><span>Publicado em 14/09/2023 - 10:20</span></div>"
     "<div class=\"conteudo\"><p>A prefeitura de Belém entregou nesta quinta-feira 12 "
     "quilômetros de novas ciclovias no centro da cidade.</p>"
     "<p>As obras custaram R$ 20 milhões.</p></div></article></body></html>",
     {"reporters": ["Marta Lima"], "agencies": ["Agência Brasil"], "cities": []},
     "a reporter and her agency after a dash, no dateline"),
    ("reuters-fr-trailer.txt",
     "La Poste de Lausanne ferme deux guichets\n\n"
     "LAUSANNE, 14 septembre (Reuters) - La Poste fermera deux guichets du centre de Lausanne "
     "à la fin de l'année, a-t-elle annoncé jeudi.\n\nLes clients seront servis à la gare.\n\n"
     "(Lucie Fabre, édité par Paul Garnier)\n",
     {"reporters": ["Lucie Fabre"], "editors": ["Paul Garnier"]},
     "Reuters French trailer: the reporter unlabelled, then the editor"),
    ("reuters-de-translator.txt",
     "Hafen Rostock meldet Rekord beim Umschlag\n\n"
     "Rostock (Reuters) - Der Hafen Rostock hat im ersten Halbjahr so viel Fracht umgeschlagen "
     "wie nie zuvor.\n\nVor allem der Fährverkehr legte zu.\n\n"
     "(Bericht von Jonas Reiter; Übersetzung aus dem Englischen: Mara Lenz; redigiert von "
     "Tim Vogt. Bei Rückfragen wenden Sie sich an die Redaktion)\n",
     {"reporters": ["Jonas Reiter"], "translators": ["Mara Lenz"], "editors": ["Tim Vogt"]},
     "a translator labelled with the source language"),
    ("caption-copyright.html",
     "<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Lisbon trams return</title></head>"
     "<body><article><h1>Lisbon's old trams return to the hills</h1>"
     "<figure><img src=\"t.jpg\" alt=\"Tram\"><figcaption>A tram on the Graça hill - Copyright "
     "Tomás Reyes/AP</figcaption></figure>"
     "<p>Lisbon's yellow trams went back into service on the city's steepest routes on Monday "
     "after a year of track repairs.</p><p>The city said fares stay the same.</p>"
     "</article></body></html>",
     {"photographers": ["Tomás Reyes"]},
     "a caption's copyright credit names the photographer"),
    ("yna-reporter-page-link.html",
     '<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8"><title>대전 도시철도 2호선 착공 | 연합뉴스</title>'
     '<meta name="author" content="정하늘 기자 기자 페이지"></head><body><article>'
     "<h1>대전 도시철도 2호선 착공</h1>"
     '<div class="writer"><strong>정하늘 기자</strong> 기자 페이지</div>'
     "<p>대전시는 도시철도 2호선 공사를 이번 주에 시작해 2028년 개통할 계획이라고 밝혔다.</p>"
     "<p>시는 공사 기간 주요 도로의 차로를 일부 줄여 운영할 예정이다.</p>"
     "</article></body></html>",
     {"reporters": ["정하늘"]},
     "a Korean author field running on into its reporter-page link: the name before the role word"),
]

parsed, test_fields_through_the_cli = cli_field_tests(STORIES, "marks")
