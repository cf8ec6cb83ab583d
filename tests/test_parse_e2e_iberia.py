"""Iberian and Latin American desks' copy through the real command: story files in a folder,
`wire parse --format jsonl` run as its own process. The per-shape rows are in the table tests
(test_parse_tables_stamps.py, test_parse_tables_datelines.py, test_parse_tables.py); these put
the shapes where papers' pages, teletypes and forwarded mails carry them. Every story is
invented.
"""
from __future__ import annotations

from wirerun import cli_field_tests

# (file name, text, {field: value}, why)
STORIES = [
    ("catalan-update.txt",
     "DIARI DEL PORT  |  Edició digital\n\nEl port de Tarragona bat el rècord de creuers\n\nEFE\n"
     "18/09/2023 10:40  |  Actualitzat a les 12:55\n\nTarragona, 18 set (EFE).- El port de Tarragona ha rebut "
     "aquest estiu més creueristes que mai, segons ha informat l'autoritat portuària.\n\n"
     "La xifra supera en un quinze per cent la del rècord anterior.\n",
     {"published": "2023-09-18T10:40:00", "updated": "2023-09-18T12:55:00", "cities": ["Tarragona"]},
     "a Catalan page's stamp and its update time 'Actualitzat a les'"),
    ("teletype-slug.txt",
     "NOTIMEX  21-03-2001  11:05  REG-SOCIEDAD\n\nPuebla abre su primer albergue para migrantes\n\n"
     "Puebla, Pue, 21 Mar (Notimex).- El gobierno estatal abrió hoy el primer albergue para migrantes de la "
     "ciudad, con capacidad para ochenta personas.\n\nNTX/ABC/DEF\n",
     {"published": "2001-03-21T11:05:00", "agencies": ["Notimex"], "cities": ["Puebla"]},
     "a teletype's header, the desk's slug after the time"),
    ("site-day-then-stamp.txt",
     "DIARIO DE AVISOS  |  Viernes, 7 de agosto de 2009\n\nReabren la carretera del norte tras el "
     "desprendimiento\n\n07/08/2009 - 09:15 (hora canaria)\n\nSanta Cruz de Tenerife, 7 ago (EFE).- El Cabildo "
     "reabrió hoy la carretera del norte, cerrada desde el martes por un desprendimiento de rocas.\n",
     {"published": "2009-08-07T09:15:00+01:00", "updated": None},
     "a site's header day, then the story's stamp in the Canaries' time: the stamp is the publication"),
    ("credit-line.txt",
     "ABC.es\n\nDetenidos dos jóvenes por incendiar contenedores\n\nEFE  Guadalajara\n"
     "Actualizado: 11/05/2016 19:05h\n\nLa Policía Nacional ha detenido a dos jóvenes acusados de quemar "
     "contenedores en el centro de la ciudad durante el fin de semana.\n",
     {"agencies": ["EFE"], "cities": ["Guadalajara"], "reporters": []},
     "a paper's credit line, the agency and its desk's place: no reporter"),
    ("ae-forward.txt",
     "Greve de caminhoneiros atrasa entregas de grãos\n\nLondrina, 9 - A greve dos caminhoneiros no norte do "
     "Paraná atrasou hoje a entrega de grãos às cooperativas da região, segundo os sindicatos.\n\n"
     "As filas nas rodovias chegam a doze quilômetros.\n\n(Paulo Ribas Moreira, da Agência Estado)\n",
     {"agencies": ["Agência Estado"], "cities": ["Londrina"], "reporters": ["Paulo Ribas Moreira"]},
     "Agência Estado's day-and-dash dateline and its bracketed signature"),
    ("ep-caption.txt",
     "El Senado aprueba la reforma del reglamento\n\nPublicado 03/02/2022 12:10:05 CET\n\n"
     "Archivo - Vista del hemiciclo del Senado - Lucía Ortega Sanz - Europa Press - Archivo\n\n"
     "MADRID, 3 (EUROPA PRESS)\n\nEl Pleno del Senado ha aprobado este jueves la reforma de su reglamento con "
     "el apoyo de los principales grupos.\n",
     {"photographers": ["Lucía Ortega Sanz"], "agencies": ["Europa Press"]},
     "Europa Press's caption close names its photographer"),
    ("print-running-head.txt",
     "DIARIO DEL DUERO  ·  Lunes, 10 de marzo de 2008  ·  Provincia  ·  Página 12\n\n"
     "La Diputación licita la variante de Tordesillas\n\nEUROPA PRESS | VALLADOLID\n\n"
     "La Diputación sacará a concurso la variante de la carretera provincial en Tordesillas, según anunció "
     "ayer su presidente en el pleno.\n",
     {"published": "2008-03-10", "title": "La Diputación licita la variante de Tordesillas"},
     "a print edition's running head between middle dots dates the story"),
    ("pl-service-stamp.txt",
     "PRENSA LATINA - Agencia Informativa Latinoamericana\nServicio: Economía | 04/03/2011 09:40\n\n"
     "Camagüey recupera sus vaquerías tras la sequía\n\nCamagüey, 4 mar (PL) Los ganaderos de la provincia "
     "reabrieron este viernes cuarenta vaquerías cerradas durante el verano por la falta de pastos.\n\n"
     "La entrega de leche creció un doce por ciento en febrero.\n\njmb/oda\n",
     {"title": "Camagüey recupera sus vaquerías tras la sequía", "published": "2011-03-04T09:40:00",
      "agencies": ["Prensa Latina"], "cities": ["Camagüey"]},
     "Prensa Latina's masthead with its long tagline, its service's label beside the stamp, '(PL)' its short name"),
    ("xml-translation-label.xml",
     "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<notizia lingua=\"it\">\n"
     "  <titolo>Lima, riapre il mercato coperto dopo il restauro</titolo>\n"
     "  <traduzione>Traduzione di Marta Sclavi</traduzione>\n"
     "  <dataora fuso=\"+02:00\">2019-05-06T11:20:00</dataora>\n"
     "  <testo>Lima (Perù), 6 mag. (LaPresse/AP) - Il mercato coperto del centro storico ha riaperto ieri dopo "
     "due anni di lavori, con sessanta banchi nuovi e un impianto di ventilazione rifatto.</testo>\n"
     "</notizia>\n",
     {"translators": ["Marta Sclavi"], "published": "2019-05-06T11:20:00+02:00"},
     "a record's translator element holding its role's label: the label goes; the day-and-time "
     "element, its offset in an attribute named in Italian"),
    ("author-correspondent-label.html",
     "<html lang=\"it\"><head><title>Berlino, la Bundesbank taglia le stime di crescita</title></head><body>"
     "<article><h1>Berlino, la Bundesbank taglia le stime di crescita</h1>"
     "<p class=\"author\">dalla nostra inviata <em>Giulia Benvenuti</em></p>"
     "<p>BERLINO — La banca centrale tedesca ha ridotto ieri le previsioni di crescita per il prossimo anno, "
     "citando il rallentamento dell'industria e delle esportazioni verso l'Asia.</p>"
     "<p>Secondo gli economisti dell'istituto, il calo degli ordini pesa soprattutto sulla meccanica.</p>"
     "</article></body></html>\n",
     {"reporters": ["Giulia Benvenuti"]},
     "a paper's label for its own envoy before the name in the author element: no part of the name"),
    ("service-tag-subject.eml",
     "From: Mesa Internacional <mesa@diario-ejemplo.example.uy>\nTo: redaccion@diario-ejemplo.example.uy\n"
     "Subject: [EFE-AM] Uruguay amplía el puerto de Nueva Palmira\nDate: Tue, 14 Mar 2017 10:02:41 -0300\n"
     "MIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\n\n"
     "Uruguay amplía el puerto de Nueva Palmira\n\nMONTEVIDEO, 13 mar (EFE) - El Gobierno uruguayo firmó este "
     "lunes el contrato para ampliar la terminal de granos de Nueva Palmira, sobre el río Uruguay.\n\n"
     "Las obras durarán dos años.\n\nifr/jgb/lm\n",
     {"title": "Uruguay amplía el puerto de Nueva Palmira", "agencies": ["EFE"]},
     "a service's tag in brackets before the subject goes; lowercase desk initials spelling a Reuters "
     "service's alias ('ifr') name no agency"),
    ("with-agency-close.txt",
     "Chuvas atrasam a colheita de soja no Paraguai\n\nPor Renata Lins Carvalho\n\n"
     "As chuvas das últimas duas semanas atrasaram a colheita de soja no leste do Paraguai, segundo a "
     "câmara dos exportadores, que prevê perdas de até 8% na safra.\n\n"
     "\"Os caminhões não entram nas lavouras há dez dias\", disse Osvaldo Benítez, produtor de Alto Paraná, "
     "ao lado de um silo ainda vazio.\n\nOs portos fluviais também operam abaixo da capacidade.\n\n"
     "Com Reuters e AFP\n",
     {"agencies": ["Reuters", "AFP"], "reporters": ["Renata Lins Carvalho"]},
     "a paper's closing 'Com Reuters e AFP' under its own copy: the agencies it drew on"),
    ("notimex-section-stamp.txt",
     "NOTIMEX 14-02-1999 09:50 SECCION: DEPORTES\n\nREABREN EL ESTADIO DE BEISBOL DE MAZATLAN\n\n"
     "Mazatlán, Sin., 14 Feb (Notimex).- El estadio de beisbol de este puerto reabrió hoy sus puertas tras "
     "seis meses de obras en las gradas y el alumbrado.\n\nNTX/JLM/PRS\n",
     {"published": "1999-02-14T09:50:00", "agencies": ["Notimex"]},
     "a wire header's section label after its stamp is no part of the date"),
    ("belga-short-year-stamp.txt",
     "BELGA 23-11-01 08:15 BIN\nECO\nHAVEN-CONTAINERS\n\nZeebrugge verwerkt recordaantal containers\n\n"
     "   ZEEBRUGGE (BELGA/RTR) - De haven van Zeebrugge heeft in oktober meer containers verwerkt dan ooit "
     "tevoren, zo meldde het havenbedrijf donderdag.\n   De groei kwam vooral van de lijndiensten naar "
     "Scandinavië.\n",
     {"published": "2001-11-23T08:15:00", "agencies": ["Belga", "Reuters"], "cities": ["Zeebrugge"]},
     "a teletype stamp with a two-digit year between the agency and its desk code is the date; "
     "RTR beside the agency in the dateline's bracket is Reuters"),
    ("aap-wire-day-dash.txt",
     "AAP Wire -- Thursday, August 14, 2003\n\n^Ferry-Fares<\nHobart ferry fares to rise in September\n\n"
     "   HOBART (AAP) -- Fares on the Derwent River ferry will rise by 50 cents from September 1, the "
     "state government said today.\n   The rise is the first in four years.\n",
     {"published": "2003-08-14", "agencies": ["AAP"], "cities": ["Hobart"]},
     "a wire's day file heading: the agency's wire name, a spaced dash and the day with its year"),
    ("name-over-agency-line.html",
     "<html lang=\"pt-BR\"><head><title>Produção de aço bruto sobe 6% em março - UOL</title></head><body>"
     "<div id=\"conteudo\"><p class=\"data\">09/04/2010 - 11h05</p>"
     "<h1>Produção de aço bruto sobe 6% em março</h1><p class=\"autor\">Mariana Quintela Braga</p>"
     "<p class=\"fonte\">Da Agência Estado</p><div id=\"texto\">"
     "<p>RIO DE JANEIRO - A produção brasileira de aço bruto somou 2,9 milhões de toneladas em março, alta de 6% "
     "sobre o mesmo mês do ano passado, informou hoje o instituto que reúne as siderúrgicas.</p>"
     "<p>As vendas internas cresceram 9% no período, puxadas pela construção civil.</p></div></div></body></html>\n",
     {"reporters": ["Mariana Quintela Braga"], "agencies": ["Agência Estado"]},
     "a name alone over the page's 'Da Agência Estado' line: the byline in two elements"),
]


parsed, test_iberian_shapes_through_the_cli = cli_field_tests(STORIES, "iberia")
