"""Table tests for head and tail date stamps in the shapes sites and wire services set
them: a credit and a bullet before the date, a clock with seconds and p.m., Korean
a.m./p.m. words, numeric dates beside an agency's code. One row per shape; every story is
invented."""
from __future__ import annotations

from tablerows import check_story, rows

# Copy enough to put a date line above it out of the tail's reach (TAIL_DATE_LINES).
FOUR_PARAGRAPHS = "".join(f"Paragraph {n} of the copy goes on about the works.\n\n" for n in range(1, 5))

# (story text, {field: value}, why)
STAMPS = [
    ("Es falso que el metro cierre en marzo\n\nRocío Medina Paz, AFP México Publicado el martes 4 de febrero "
     "de 2025 a las 10:40\n\nDesde el fin de semana circulan mensajes que aseguran que la línea 2 del metro "
     "cerrará todo marzo. La afirmación es falsa, según el organismo.\n\nEl servicio sigue con normalidad.\n",
     {"reporters": ["Rocío Medina Paz"], "agencies": ["AFP"], "published": "2025-02-04T10:40:00"},
     "a fact-check's bar on one line: the name, the agency's desk, then the stamp with its word"),
    ("Non, cette photo ne montre pas le pont de Tours\n\nPar Hugo Lemaire, AFP France Publié le 4 mars 2023 "
     "à 11:20 Mis à jour le 6 mars 2023 à 08:05\n\nUne photo d'un pont effondré circule depuis samedi sur les "
     "réseaux sociaux avec une légende trompeuse.\n\nMise à jour le 6 mars 2023 pour ajouter une source.\n",
     {"published": "2023-03-04T11:20:00", "updated": "2023-03-06T08:05:00", "reporters": ["Hugo Lemaire"]},
     "a fact-check's bar glued into one line: the byline, then the publication and the update apart"),
    ("أ ف ب   15/03/2019   08:45 ت غ\nتسلسل زمني\n\nأبرز محطات أزمة المياه في المدينة\n\n"
     "عمان (أ ف ب) - عقدت الحكومة الجمعة اجتماعا طارئا لبحث نقص المياه في العاصمة، وفي ما يلي أبرز المحطات:\n",
     {"published": "2019-03-15T08:45:00+00:00", "agencies": ["AFP"]},
     "AFP Arabic's header: the agency, the day and the time with GMT as its initials, set apart by gaps"),
    ("ANA FRENCH DESK          21-11-95  0935 GMT\n\nRECOLTE DE COTON EN HAUSSE\n\n   ATHENES, 21 nov (ANA) - "
     "La recolte de coton a progresse de 8 pour cent cette annee, a annonce mardi le ministere.\n",
     {"published": "1995-11-21T09:35:00+00:00"},
     "a teletype service's header: a numeric day, then the time in four figures and its zone after gaps"),
    ("افتتاح سوق جديد للسمك\n\nنشر في : الأربعاء 9 مارس 2022 - 10:15\n\nتحديث : الأربعاء 9 مارس 2022 - 13:40\n\n"
     "أكادير - افتتحت السلطات المحلية اليوم الأربعاء سوقا جديدا لبيع السمك بالجملة في الميناء.\n",
     {"published": "2022-03-09T10:15:00", "updated": "2022-03-09T13:40:00"},
     "an Arabic page's second stamp labelled 'update' alone is its update"),
    ("Barge traffic resumes\n\n5 March 2011 UTC\n\nLIMA (AP) - Barges moved again on the river on "
     "Saturday after the water rose.\n",
     {"published": "2011-03-05"},
     "...a year before the zone after a month's name is no time"),
    ("Ferry fares to rise in Mombasa\n\nStory by AFP • 14/08/2023 09:40\n\nMombasa (AFP) - Ferry operators "
     "in the port city will raise fares next month, the county said on Monday.\n",
     {"published": "2023-08-14T09:40:00", "agencies": ["AFP"], "cities": ["Mombasa"]},
     "a portal's 'Story by' credit, a bullet, then the date"),
    ("Ferry fares to rise in Mombasa\n\nBy Jo Roe · 3 March 2021 17:02\n\nMombasa (AFP) - Ferry operators "
     "in the port city will raise fares next month, the county said on Monday.\n",
     {"published": "2021-03-03T17:02:00", "reporters": ["Jo Roe"]},
     "a byline and its date after a middle dot"),
    ("The Valley Herald -- Thursday, June 2, 1994 -- Page B3\n\nCounty fair to add night rodeo\n\nBy PAT "
     "KELLER\nAssociated Press Writer\n\nDENVER (AP) -- Organizers of the county fair said Thursday they would "
     "add a night rodeo to this year's program.\n",
     {"published": "1994-06-02", "title": "County fair to add night rodeo", "cities": ["Denver"]},
     "a paper archive's running head, its parts between double dashes: the issue's day"),
    ("The Valley Herald — Thursday, June 2, 1994 — Page B3\n\nCounty fair to add night rodeo\n\nBy PAT "
     "KELLER\nAssociated Press Writer\n\nDENVER (AP) — Organizers of the county fair said Thursday they would "
     "add a night rodeo to this year's program.\n",
     {"published": "1994-06-02", "title": "County fair to add night rodeo", "cities": ["Denver"]},
     "...the same head copied from a page that sets its double dashes as em dashes"),
    ("Rates cut — what it means for you — and when\n\nBy Pat Keller\n\nDENVER (AP) — The bank cut its main "
     "rate on Thursday, its first cut in two years.\n",
     {"published": None, "title": "Rates cut — what it means for you — and when"},
     "a headline's two em dashes and no date make no running head"),
    ("Governo amplia prazo de renegociação\n\nPublicado em 27/05/2025 – 14:32 Por Carla Nunes – Repórter da "
     "Agência Brasil – Brasília\n\nO governo federal ampliou até dezembro o prazo para renegociar dívidas rurais.\n",
     {"published": "2025-05-27T14:32:00", "reporters": ["Carla Nunes"], "agencies": ["Agência Brasil"],
      "cities": ["Brasília"]},
     "a page's stamp and byline between en dashes, no page part: no running head"),
    ("Rates cut -- what it means\n\nBy Pat Keller\n\nDENVER (AP) -- The bank cut its main rate on "
     "Thursday, its first cut in two years.\n",
     {"published": None, "title": "Rates cut -- what it means"},
     "one double dash in a headline makes no running head"),
    ("EL DIARIO DE LA RIBERA  ·  Jueves, 6 de marzo de 2008  ·  Comarca  ·  Página 9\n\nEl puente de la "
     "vega reabrirá en abril\n\nREDACCIÓN | ARANDA\n\nLas obras del puente sobre el Duero terminarán el "
     "mes que viene, según informó ayer la Diputación.\n",
     {"published": "2008-03-06", "title": "El puente de la vega reabrirá en abril"},
     "a print edition's running head, its parts between spaced middle dots: the issue's day"),
    ("THE HARBOUR GAZETTE • Friday, May 9, 1997 • Page 4\n\nDock strike enters third week\n\nDock workers "
     "stayed out for a third week on Friday as talks with the port authority stalled again.\n",
     {"published": "1997-05-09", "title": "Dock strike enters third week"},
     "...or between bullets"),
    ("Dock strike enters third week\n\nBy Jo Roe · 4 min read · May 9, 1997\n\nDock workers stayed out for "
     "a third week on Friday as talks with the port authority stalled again.\n",
     {"published": "1997-05-09", "reporters": ["Jo Roe"]},
     "a byline's row between middle dots is read as the byline and its date, no running head"),
    ("मुंबई में बारिश से लोकल ट्रेनें धीमी\n\nभाषा | Updated: 14 Jul 2019, 09:25:00 AM IST\n\nमुंबई, 14 जुलाई "
     "(भाषा) शहर में रात भर हुई तेज बारिश के बाद रविवार सुबह लोकल ट्रेनें देर से चलीं और कई सड़कों पर पानी भर गया।\n",
     {"updated": "2019-07-14T09:25:00+05:30", "agencies": ["PTI"]},
     "PTI's Hindi service as a bar's credit before an update with seconds and a.m."),
    ("BELTA | Weekly roundup | 3 March 2022\n\nFlax mills report a record harvest\n\nMills in the "
     "north of the country processed more flax this season than in any year of the past decade.\n",
     {"published": "2022-03-03", "agencies": ["BelTA"], "cities": [], "title": "Flax mills report a record harvest"},
     "an agency's bar naming its product in a sentence's case, not a place, before the day"),
    ("AFP | Guwahati | 3 March 2022\n\nFlood waters recede in Assam\n\nWater levels fell in most "
     "districts of the state on Thursday, officials said, as rain eased across the region.\n",
     {"agencies": ["AFP"], "cities": ["Guwahati"]},
     "...but the desk's place beside it is the story's place"),
    ("Rain slows Mumbai trains\n\nKuna | Updated: 14 Jul 2019, 09:25 AM IST\n\nMumbai commuters faced long "
     "delays on Sunday after a night of heavy rain flooded several stretches of track.\n",
     {"updated": "2019-07-14T09:25:00+05:30", "agencies": []},
     "a short name that is also a word, not in capitals, is no agency beside the date"),
    ("El Ayuntamiento amplía el horario de las bibliotecas\n\nLucía Ferrer\nValladolid\nJueves, 7 de marzo 2024, "
     "09:40\nActualizado 12:15h.\n\nEl Ayuntamiento abrirá las bibliotecas municipales también los domingos por la "
     "mañana a partir del mes que viene, según ha anunciado este jueves la concejala de Cultura.\n",
     {"published": "2024-03-07T09:40:00", "updated": "2024-03-07T12:15:00"},
     "a Spanish update time with 'h.' after it, its day the publication's '7 de marzo 2024'"),
    ("Montréal agrandit ses pistes cyclables\n\nPublié le 12 mars 2021 à 9 h 05 HNE   Mis à jour à 11 h 40 HNE\n\n"
     "MONTRÉAL — La Ville de Montréal ajoutera 25 kilomètres de pistes cyclables cet été, a annoncé vendredi "
     "le comité exécutif.\n",
     {"published": "2021-03-12T09:05:00-05:00", "updated": "2021-03-12T11:40:00-05:00"},
     "Quebec's spaced hours ('11 h 40 HNE') in an update without its day"),
    ("Girona obre un nou carril bici fins al campus\n\nEFE\n07/03/2022 09:15  |  Actualitzat a les 13:40\n\n"
     "Girona, 7 mar (EFE).- L'Ajuntament ha obert aquest dilluns el nou carril bici que uneix el centre amb el "
     "campus universitari de Montilivi.\n",
     {"published": "2022-03-07T09:15:00", "updated": "2022-03-07T13:40:00", "agencies": ["EFE"]},
     "a Catalan update time 'Actualitzat a les' after a bar, its day the publication's"),
    ("Coimbra reforça frota de autocarros elétricos\n\nLusa 03 Mar, 2021, 16:20 | Economia\n\nCoimbra, 03 mar "
     "2021 (Lusa) - Os serviços municipalizados de Coimbra receberam hoje mais oito autocarros elétricos, "
     "anunciou a câmara.\n",
     {"published": "2021-03-03T16:20:00", "agencies": ["Lusa"], "cities": ["Coimbra"]},
     "a credit and its stamp, then the page's section after a bar: the stamp's time kept"),
    ("NOTIMEX  04-11-1999  09:35  INT-POLITICA\n\nGuadalajara estrena tren ligero\n\nGuadalajara, Jal, 4 Nov "
     "(Notimex).- El gobierno de Jalisco inauguró hoy la segunda línea del tren ligero de la ciudad.\n",
     {"published": "1999-11-04T09:35:00", "agencies": ["Notimex"], "cities": ["Guadalajara"]},
     "a teletype's header, its desk's capital slug after the time"),
    ("Guadalajara estrena tren ligero\n\nNOTIMEX 04-11-1999 09:35 Guadalajara Jalisco Hoy\n\nGuadalajara, Jal, "
     "4 Nov (Notimex).- El gobierno de Jalisco inauguró hoy la segunda línea del tren ligero de la ciudad.\n",
     {"published": None},
     "three words after the time, one space apart, are no section label"),
    ("LA PROVINCIA DIGITAL  |  Lunes, 14 de marzo de 2011\n\nSanidad abre un nuevo centro de salud en Arucas\n\n"
     "14/03/2011 - 12:35\n\nArucas (Gran Canaria), 14 mar (EFE).- El Servicio Canario de Salud abrió hoy el nuevo "
     "centro de salud de Arucas, que atenderá a unos 20.000 vecinos.\n",
     {"published": "2011-03-14T12:35:00", "updated": None},
     "a site's header day, then the story's stamp of the same day with its time: the stamp is the publication"),
    ("Gemeente opent nieuw zwembad in Zwolle\n\nANP  9 okt 2023 om 10:12   Laatste update: 11:48\n\n"
     "ZWOLLE (ANP) - De gemeente heeft maandag het nieuwe zwembad in de wijk Stadshagen geopend, na twee jaar "
     "bouwen.\n",
     {"published": "2023-10-09T10:12:00", "updated": "2023-10-09T11:48:00", "agencies": ["ANP"]},
     "a Dutch 'Laatste update' time after the credit and date, set apart by wide gaps (no page head)"),
    ("Gemeente opent nieuw zwembad in Zwolle\n\n9 okt 2023 om 10:12, laatst bijgewerkt 9 okt 2023 om 13:02\n\n"
     "ZWOLLE (ANP) - De gemeente heeft maandag het nieuwe zwembad in de wijk Stadshagen geopend, na twee jaar "
     "bouwen.\n",
     {"published": "2023-10-09T10:12:00", "updated": "2023-10-09T13:02:00"},
     "'laatst bijgewerkt', Dutch 'last updated', turns a line to its second date"),
    ("Berner Tagblatt - Archiv\nRessort: Region\nDatum: 11.02.1998\n\nAaretal erhält neue Buslinie\n\n"
     "sda  11.02.1998  09:47\n\nThun (sda) Das Aaretal erhält ab dem Fahrplanwechsel eine neue Buslinie zwischen "
     "Thun und Münsingen, wie der Kanton am Mittwoch mitteilte.\n",
     {"published": "1998-02-11T09:47:00", "updated": None},
     "an archive record's day, then the wire's stamp of the same day with its time: the time kept"),
    ("EFE NEWS SERVICE\nEFE-ING  18/06/98  13:45\n\nSPAIN TO SELL STAKE IN STEEL GROUP\n\nMADRID, Jun 18 (EFE) -- "
     "The government will sell its remaining stake in the state steel group before the end of the year, the "
     "industry minister said Thursday.\n",
     {"published": "1998-06-18T13:45:00", "title": "SPAIN TO SELL STAKE IN STEEL GROUP"},
     "a wire service's code, its desk's letters after a hyphen, before a two-digit-year stamp"),
    ("Inauguran museo del acero en la capital regiomontana\n\nNotimex / Monterrey, NL  | 07/11/2015 | 12:25\n\n"
     "El gobierno estatal inauguró este sábado un museo dedicado a la historia de la industria del acero en la "
     "ciudad, con piezas donadas por antiguos trabajadores.\n",
     {"published": "2015-11-07T12:25:00", "agencies": ["Notimex"], "cities": ["Monterrey"]},
     "a header bar opened by the agency and its desk's city, then the date and the time"),
    ("Kansas Senate backs longer hours for teen workers\n\nBy JO ROE Associated Press\nPosted Tuesday, April 4, "
     "2023 8:05 am\nUpdated 10:20 am | Updated 2:50 pm\n\nTOPEKA, Kan. (AP) — The Kansas Senate on Tuesday passed a "
     "bill that would let 16-year-olds work later on school nights.\n",
     {"published": "2023-04-04T08:05:00", "updated": "2023-04-04T14:50:00"},
     "a line of the day's update times joined by bars: the last is the latest, on the posted day"),
    ("Νέο λιμάνι στην Καβάλα\n\n03.04.2023 | 08:15 - Τελευταία ενημέρωση: 03.04.2023 | 10:40\n\nΚΑΒΑΛΑ "
     "(ΑΠΕ-ΜΠΕ) — Η περιφέρεια ανακοίνωσε τη Δευτέρα την κατασκευή νέου λιμανιού στην πόλη.\n",
     {"published": "2023-04-03T08:15:00", "updated": "2023-04-03T10:40:00"},
     "a Greek portal's bar-split stamps: each time after a bar is its date's, 'last update' the second"),
    ("Port fees to rise in Gdynia\n\n14/02/2022 | 07:30 - Updated: 14/02/2022 | 12:05\n\nThe port "
     "authority said on Monday it would raise its fees from April.\n",
     {"published": "2022-02-14T07:30:00", "updated": "2022-02-14T12:05:00"},
     "a time after a bar opens the next part, then a dash and the update's label"),
    ("Tram line extended to the stadium\n\nLeyla Demirci |07.05.2021 - Güncelleme : 07.05.2021\n\nKONYA (AA) - "
     "The city's tram line now runs as far as the new stadium after two years of building work.\n",
     {"published": "2021-05-07", "updated": None},
     "an update field printing the publication's own day again names no update"),
    ("Tram line extended to the stadium\n\n14/05/2021 | 08:40 - Updated: 14/05/2021 | 08:40\n\nThe city's "
     "tram line now runs as far as the new stadium after two years of building work.\n",
     {"published": "2021-05-14T08:40:00", "updated": None},
     "...nor one of the same minute"),
    ("EFE\nBogotá | 3 feb. 2023 | 11:20 CET\n\nColombia amplía la red de metro de Bogotá\n\nBogotá (EFE).- El "
     "Gobierno colombiano aprobó este viernes la financiación de la segunda línea del metro de la capital.\n",
     {"published": "2023-02-03T11:20:00+01:00"},
     "a time with its zone after a bar stays whole: its zone is kept with the date"),
    ("BUSINESS\n\nCotton growers seek export credit\n\nIZMIR – Daily News\nMarch 14 2022 09:05:30\n\nCotton "
     "growers in the Aegean region on Monday asked the government for cheaper export credit.\n",
     {"published": "2022-03-14T09:05:30", "cities": ["Izmir"]},
     "a dateline and credit on a line of their own, the stamp with seconds on the line under it"),
    ("Prensa Sur - Agencia Chilena de Noticias\nTuesday, May 9, 2023\n\nChile opens tender for two desalination "
     "plants\n\n09:30 | Santiago, May 9.\n\nThe public works ministry on Tuesday opened a tender for two "
     "desalination plants in the north of the country.\n",
     {"published": "2023-05-09T09:30:00"},
     "a time, a bar, the place and the day under the page's date of that day: the time is the story's"),
    ("Prensa Sur - Agencia Chilena de Noticias\nTuesday, May 9, 2023\n\nChile opens tender for two desalination "
     "plants\n\n18:10 | Santiago, May 8.\n\nThe public works ministry on Monday opened a tender for two "
     "desalination plants in the north of the country.\n",
     {"published": "2023-05-09"},
     "a time-bar-place stamp of another day than the page's date: its time is not put to that date"),
    ("Les dockers de Sète reprennent le travail\n\nAprès une semaine de blocage, les dockers ont obtenu "
     "une revalorisation de leurs primes de nuit et la promesse de deux embauches au terminal vraquier avant "
     "la fin de l'année.\n\nLa Gazette avec AFP\nPublié le 9 octobre 2020 à 08h15 - Mis à jour le 9 octobre "
     "2020 à 12h50\n\nLes dockers du port de Sète ont voté vendredi matin la fin du mouvement, a-t-on appris "
     "auprès de leur syndicat, qui réclamait depuis des mois une hausse des primes.\n\n" + FOUR_PARAGRAPHS,
     {"published": "2020-10-09T08:15:00", "updated": "2020-10-09T12:50:00",
      "title": "Les dockers de Sète reprennent le travail"},
     "a long standfirst under the headline, a credit, then the date line: the date is the story's"),
    ("Harbour dredging to start in spring\n\nThe port authority said on Monday that work to deepen the "
     "main channel would begin in April and take about eighteen months, at a cost of some forty million "
     "pounds.\n\nShipping lines had asked for deeper water for years, as larger vessels now call at the "
     "port and must wait for high tide before they can dock at the container quay.\n\n"
     "Published 3 March 2021 09:10\n\n" + FOUR_PARAGRAPHS,
     {"published": None},
     "a date line under two paragraphs of prose is no head's: the first paragraph is the copy"),
    ("افتتاح مكتبة عامة جديدة في الخور\n\nالأربعاء 14 جمادى الأولى 1445 هـ - 29 نوفمبر 2023\n٠٧:٢٠ م\n\n"
     "الخور في 29 نوفمبر /قنا/ افتتحت وزارة الثقافة اليوم مكتبة عامة جديدة في مدينة الخور تضم آلاف الكتب.\n",
     {"published": "2023-11-29T19:20:00", "agencies": ["QNA"]},
     "an Arabic page's time on a line of its own under its Hijri and Gregorian date, 'م' p.m."),
    ("الوكالة العربية السورية للأنباء\n\nترميم جسر أثري في ريف حماة\n\n21 تموز، 2022\n\nحماة-سانا\n"
     "بدأت مديرية الآثار في حماة أعمال ترميم الجسر الحجري القديم فوق نهر العاصي بعد تضرر أجزاء منه.\n",
     {"published": "2022-07-21", "cities": ["حماة"], "agencies": ["SANA"]},
     "SANA's date line: a Levantine month, Arabic's comma before the year"),
    ("العالم العربي\n\nتونس.. افتتاح خط بحري جديد نحو جربة\n\nسامي بن علي   |14.02.2024 - محدث : 15.02.2024\n\n"
     "تونس/ الأناضول\n\nأعلنت الشركة التونسية للملاحة، الأربعاء، افتتاح خط بحري جديد يربط ميناء صفاقس بجزيرة جربة.\n",
     {"published": "2024-02-14", "updated": "2024-02-15", "reporters": ["سامي بن علي"]},
     "Anadolu's Arabic name line: the author, the day, and its update after 'محدث'"),
    ("Liban\n\nLe port de Tripoli rouvre son terminal à conteneurs\n\nOLJ / AFP / le 3 mars 2021 à 09h10\n\n"
     "Le port de Tripoli, dans le nord du Liban, a rouvert mercredi son terminal à conteneurs après trois mois "
     "de travaux, a annoncé sa direction.\n\nLes premiers navires sont attendus la semaine prochaine.\n",
     {"published": "2021-03-03T09:10:00"}, "a Beirut daily's credit-and-date line, the site and the agency first"),
    ("LEFIGARO.FR\nEconomie\n\nLa SNCF commande vingt rames pour ses lignes du sud-ouest\n\n"
     "LEFIGARO.FR | 09.03.05 | 11h47  •  Mis à jour le 09.03.05 | 13h05\n\nPARIS (AFP) - La SNCF a commandé "
     "mercredi vingt nouvelles rames régionales, a indiqué un porte-parole de l'entreprise.\n",
     {"published": "2005-03-09T11:47:00", "updated": "2005-03-09T13:05:00"},
     "a 2004-era French site's bar header: two-digit years, each time after a bar, a bullet before the update"),
    ("Binnenland\n\nGentse tram rijdt vanaf maandag weer naar het station\n\n03/02/16 - 09u15  Bron: Belga\n\n"
     "De tramlijn tussen het centrum van Gent en het station Sint-Pieters rijdt vanaf maandag opnieuw, "
     "meldt De Lijn.\n\nDe werken aan de sporen duurden vier maanden.\n",
     {"published": "2016-02-03T09:15:00", "agencies": ["Belga"]},
     "a Flemish site's stamp with its source label after the time: 'Bron: Belga'"),
    ("Binnenland\n\nGentse tram rijdt vanaf maandag weer naar het station\n\n03/02/16 - 09u15  Bron: eigen redactie\n\n"
     "De tramlijn tussen het centrum van Gent en het station Sint-Pieters rijdt vanaf maandag opnieuw, "
     "meldt De Lijn.\n\nDe werken aan de sporen duurden vier maanden.\n",
     {"published": "2016-02-03T09:15:00", "agencies": []},
     "...a source that is the site's own newsroom names no agency"),
    ("استان\u200cها\n\nافتتاح کتابخانه مرکزی شیراز\n\nسه\u200cشنبه ۱۵ اسفند ۱۴۰۲، ۰۹:۳۰\n\nشیراز- ایرنا- "
     "کتابخانه مرکزی شیراز پس از پنج سال بازسازی امروز با حضور استاندار فارس بازگشایی شد.\n\n"
     "این کتابخانه بیش از دویست هزار جلد کتاب دارد.\n\nخبرنگار: علی عبدی\u200cپور\n",
     {"published": "2024-03-05T09:30:00", "reporters": ["علی عبدی\u200cپور"]},
     "IRNA's Solar Hijri stamp in Persian digits under a weekday, and its reporter with a joined family name"),
    ("होम  |  देश  |  खेल\n\nपुणे में दो नए फ्लाईओवर अगले महीने खुलेंगे\n\n"
     "प्रकाशित: 9 मार्च 2022, 11:05 IST  |  अपडेटेड: 9 मार्च 2022, 12:30 IST\n\n"
     "पुणे, 9 मार्च (भाषा) नगर निगम ने बुधवार को कहा कि शहर में दो नए फ्लाईओवर अगले महीने यातायात के लिए खोल दिए जाएंगे।\n",
     {"published": "2022-03-09T11:05:00+05:30", "updated": "2022-03-09T12:30:00+05:30", "cities": ["पुणे"]},
     "a Hindi portal's 'published' and 'updated' labels with colons are a date line, not a colon dateline's place"),
    ("KUALA LUMPUR COUNCIL TO PLANT 5,000 SHADE TREES ALONG MAIN ROADS\n\nLast update: 08/07/2023 11:20 AM\n\n"
     "KUALA LUMPUR, July 8 (Bernama) -- The city council will plant 5,000 shade trees along its main roads "
     "over the next two years, the mayor said today.\n\nThe first trees will go in next month.\n\n-- BERNAMA\n",
     {"updated": "2023-07-08T11:20:00", "published": "2023-07-08T11:20:00", "agencies": ["Bernama"]},
     "an English 'Last update:' stamp alone under the headline is the update (the publication falls back to it)"),
    ("Havana port opens new grain terminal\n\nPublished: Tuesday, 14 June 2016 09:10\n\n"
     "Havana, Jun 14 (Prensa Latina) A new grain terminal opened today at the port of Mariel, west of the "
     "capital, port officials said.\n\nThe terminal can unload two ships at once.\n\nrh/jpm\n\n"
     "Modificado el ( martes, 14 de junio de 2016 15:45 )\n\nImprimir  |  Enviar\n",
     {"published": "2016-06-14T09:10:00", "updated": "2016-06-14T15:45:00"},
     "a CMS's Spanish 'Modificado el' stamp in brackets under an English story is its update"),
    ("DJ Cocoa Futures Slip On Ivorian Crop Hopes\n\nNEW YORK (Dow Jones)--Cocoa futures eased on Thursday as "
     "traders bet on a large main crop from Ivory Coast.\n\nMay cocoa settled down $14 a ton.\n\n"
     " (END) DOW JONES NEWS  11-06-97\n\n 10:22 AM\n",
     {"published": "1997-11-06T10:22:00", "agencies": ["Dow Jones"],
      "body_has": "settled down $14 a ton."},
     "Dow Jones's closing stamp, its day month first, its 12-hour time on the line below"),
    ("DJ Cocoa Futures Slip On Ivorian Crop Hopes\n\nNEW YORK (Dow Jones)--Cocoa futures eased on Thursday as "
     "traders bet on a large main crop from Ivory Coast.\n\n(END) DOW JONES NEWS  11-06-97 02:05 PM\n",
     {"published": "1997-11-06T14:05:00", "agencies": ["Dow Jones"]},
     "...or its time on the stamp's own line"),
    ("Cocoa traders meet in Abidjan\n\nTraders from six countries met on Thursday to talk about the "
     "coming crop and the port's new rules.\n\nThe next meeting opens at\n\n 10:30 AM\n",
     {"published": None},
     "a 12-hour time alone at the end, under no stamp, dates nothing"),
    ("Markets  |  Quotes  |  Watchlist\n\nHBR  Harbour Bulk Carriers\nNYSE: HBR  18.40  +0.55 (+3.08%)\n"
     "Market Closed  Mar 8, 2024 4:00 PM\n\nHarbour Bulk Raises Dividend After Record Charter Rates\n\n"
     "By Lena Marsh\n\nHarbour Bulk Carriers raised its quarterly dividend by a fifth after charter rates for "
     "its largest ships hit a record in the first two months of the year.\n\nThe company also set aside "
     "money for four new vessels.\n\nWrite to Lena Marsh at lena.marsh@example.com\n\n(END) Dow Jones Newswires\n\n"
     "March 08, 2024 11:02 ET (16:02 GMT)\n\nCopyright (c) 2024 Dow Jones & Company, Inc.\n",
     {"published": "2024-03-08T11:02:00-05:00", "title": "Harbour Bulk Raises Dividend After Record Charter Rates",
      "reporters": ["Lena Marsh"]},
     "a quote box's 'Market Closed' time is the price's, not the story's: the wire's closing stamp dates it"),
    ("Harbour Freight Lifts Outlook on Port Volumes\n\nBy Lena Marsh\n\nHarbour Freight Corp. raised its "
     "full-year outlook on Friday after volumes at its three terminals rose faster than expected.\n\n"
     "The company now sees revenue growth of 6% to 8%.\n\nWrite to Lena Marsh at lena.marsh@example.com\n\n"
     "(END) Dow Jones Newswires\n\nMarch 08, 2024 11:02 ET (16:02 GMT)\n",
     {"title": "Harbour Freight Lifts Outlook on Port Volumes", "agencies": ["Dow Jones"],
      "published": "2024-03-08T11:02:00-05:00", "reporters": ["Lena Marsh"]},
     "a story too short to fill the head: the head stops at '(END)', so the line above the closing "
     "stamp's date is no headline; the end mark names the wire"),
    ("Market Activity  |  Stocks  |  ETFs\n\nHBR  Harbour Bulk Carriers\n$18.40  +0.55  (+3.08%)\n"
     "After hours: $18.52   Mar 8, 2024 7:41 PM ET\n\nHarbour Bulk Carriers Announces Higher Dividend\n\n"
     "March 8, 2024 — 08:00 am EST\n\nHarbour Bulk Carriers said on Friday it would raise its quarterly "
     "dividend by a fifth after record charter rates in the first two months of the year.\n",
     {"published": "2024-03-08T08:00:00-05:00", "updated": None},
     "an 'After hours' quote over the release: its own date line is the publication, no update"),
    ("Porto de Santos amplia terminal de grãos\n\nDa AFP\n03/10/2023 08h15\nAtualizada em 03/10/2023 11h40\n\n"
     "Santos, 3 Out 2023 (AFP) - O porto de Santos vai ampliar o terminal de grãos para receber navios maiores, "
     "informou a autoridade portuária nesta terça-feira.\n",
     {"published": "2023-10-03T08:15:00", "updated": "2023-10-03T11:40:00"},
     "a Brazilian portal's update word agreed in the feminine: 'Atualizada em'"),
    ("Microsoft Start\nSign in\n\nCrane drivers strike at Rotterdam terminals\n\nReuters  11/03/2022\n\n"
     "ROTTERDAM (Reuters) - Crane drivers at the container terminals walked out on Thursday over night-shift "
     "pay.\n", {"published": "2022-11-03", "title": "Crane drivers strike at Rotterdam terminals"},
     "a portal's agency name and a numeric day without a comma: a date line, no headline"),
    ("Crane drivers strike at Rotterdam terminals\n\nHarbour Weekly  11/03/2022\n\n"
     "Crane drivers at the container terminals walked out on Thursday over night-shift pay, the union said "
     "in a statement to members.\n", {"published": None},
     "...a name that is no agency's before the day dates nothing"),
    ("משרד הבריאות פותח מרפאה חדשה בעכו\n\nמאת: אורי כהן | יום חמישי, ט\"ו באב תשפ\"ד | 19.08.2024 | 10:05\n\n"
     "משרד הבריאות הודיע היום כי מרפאה חדשה תיפתח בעכו בחודש הבא ותשרת את תושבי הצפון.\n",
     {"published": "2024-08-19T10:05:00", "reporters": ["אורי כהן"]},
     "an Israeli site's header: the byline, the Hebrew-calendar date, then the Gregorian day and time"),
    ("Record: 7\nTitle:\tCrane drivers strike at Rotterdam terminals\nSource:\tReuters News; 11/03/2022\n"
     "Database:\tNewswires\n\nROTTERDAM (Reuters) - Crane drivers at the container terminals walked out on "
     "Thursday over night-shift pay.\n", {"published": "2022-11-03", "agencies": ["Reuters"]},
     "a library record's source field: the agency's service, a semicolon, the day"),
    ("Osaka port adds night ferry to Busan\n\nFriday, May 17, 2024\n\n8:40 PM\n\n"
     "Clipped from: <https://news.example.jp/2024/05/osaka-ferry.html>\n\nMay 16, 2024 - 11:20\n\n"
     "A ferry operator will add a night sailing between Osaka and Busan from July, citing strong demand from "
     "tourists on both sides.\n",
     {"published": "2024-05-16T11:20:00", "updated": None},
     "a note page's own later stamp above the story's: no update comes on an earlier day than its publication"),
    ("Osaka port adds night ferry to Busan\n\nMay 16, 2024 - 11:20\n\nMay 17, 2024 - 08:05\n\n"
     "A ferry operator will add a night sailing between Osaka and Busan from July, citing strong demand from "
     "tourists on both sides.\n",
     {"published": "2024-05-16T11:20:00", "updated": "2024-05-17T08:05:00"},
     "...two stamps in their order: the second is the update"),
    ("Lagos Daily\n\nPort workers call off strike after pay deal\n\nOn May 3, 2021 4:20 pmIn Businessby Lagos Daily\n\n"
     "Lagos, May 3, 2021 (NAN) Dock workers at the two main ports of Lagos ended a week-long strike on Monday "
     "after the terminal operators agreed to a new pay scale.\n",
     {"published": "2021-05-03T16:20:00"},
     "a WordPress meta line with its spaces lost gives the time, in the afternoon"),
    ("Home / News / Business News\n\nTema port clears backlog of containers\n\nBusiness News of Friday, 8 March 2024\n\n"
     "Source: GNA\n\nTema, March 8, GNA - The port of Tema has cleared most of the containers that piled up during "
     "the January system outage, the ports authority said on Friday.\n",
     {"published": "2024-03-08"},
     "a section's name 'of' the weekday and day under the headline is the publication's day"),
    ("Nacional\n\nAbren dos nuevas estaciones del tren ligero en Guadalajara\n\nNotimex | 20/06/2023 | 09:15 | Actualizada 11:40\n\n"
     "Guadalajara.— Dos nuevas estaciones de la línea 3 del tren ligero abrieron este martes al público, "
     "informó el gobierno del estado en un comunicado.\n",
     {"published": "2023-06-20T09:15:00", "updated": "2023-06-20T11:40:00", "agencies": ["Notimex"]},
     "an agency, the day, the time and an update's time alone, split by bars: the update is that day's"),
    ("Nacional\n\nAbren dos nuevas estaciones del tren ligero en Guadalajara\n\nNotimex | 20/06/2023 | 09:15 | 11:40\n\n"
     "Guadalajara.— Dos nuevas estaciones de la línea 3 del tren ligero abrieron este martes al público, "
     "informó el gobierno del estado en un comunicado.\n",
     {"published": "2023-06-20T09:15:00", "updated": None},
     "...a second time without an update's word is no update"),
    ("Kommunen bygger ny svømmehall i Bodø\n\nNTB\nPublisert: 14.03.2022 09:20\nSist oppdatert: 14.03.2022 11:45\n\n"
     "Bystyret vedtok torsdag å bygge en ny svømmehall ved sjøen, etter flere års debatt om plasseringen.\n",
     {"published": "2022-03-14T09:20:00", "updated": "2022-03-14T11:45:00"},
     "a Norwegian 'last' word before the updated word: the stamp is still the update's"),
    ("Lahore to widen canal road by June\n\nAyesha Malik Published April 2, 2024 Updated April 2, 2024 09:15am\n\n"
     "LAHORE: The Punjab government on Monday approved a plan to widen the canal road before the monsoon.\n",
     {"published": "2024-04-02", "updated": "2024-04-02T09:15:00", "reporters": ["Ayesha Malik"],
      "title": "Lahore to widen canal road by June"},
     "a bare byline run on into the stamps on one line (Dawn's): the reporter and both dates"),
    ("Markets calm\n\nWorld News Updated April 2, 2024 09:15am\n\nShares were steady on Tuesday in thin trade.\n",
     {"updated": "2024-04-02T09:15:00", "reporters": []},
     "...a section's name before the updated word is no byline"),
    ("Loonie edges higher\n\nThe Canadian Press Staff | Published May 3, 2022 4:40 p.m. ET\n\nTORONTO — The loonie "
     "edged higher on Tuesday as oil prices rose.\n",
     {"published": "2022-05-03T16:40:00-04:00", "reporters": [], "agencies": ["CP"]},
     "...nor an agency's staff credit, a bar between it and the stamp"),
    ("Korean Central News Agency of DPRK\n\nNews from June 3, 2006 Juche 95\n\nWheat Harvest Begins in North Hwanghae\n\n"
     "Pyongyang, June 3 (KCNA) -- Farmers in North Hwanghae Province began harvesting wheat this week.\n",
     {"published": "2006-06-03", "title": "Wheat Harvest Begins in North Hwanghae"},
     "an agency's masthead over the day's page label: the headline is under the date, the masthead none"),
    ("APA0291 5 II 0211 WI                                  Do, 11.Mär 2010\n\nVerkehr/Graz/Tram\n\n"
     "Grazer Straßenbahn fährt ab Mai bis Mitternacht =\n\n   Graz (APA) - Die Grazer Straßenbahnlinien "
     "sollen ab Mai bis Mitternacht verkehren, teilten die Verkehrsbetriebe am Donnerstag mit.\n\n"
     "(Schluss) rf/ha\n\nAPA0291    2010-03-11/09:48\n",
     {"published": "2010-03-11T09:48:00", "cities": ["Graz"]},
     "the header's day alone, the closing stamp of that day: the time it was sent"),
    ("APA0291 5 II 0211 WI                                  Do, 11.Mär 2010\n\nVerkehr/Graz/Tram\n\n"
     "Grazer Straßenbahn fährt ab Juni bis Mitternacht =\n\n   Graz (APA) - Die Grazer Straßenbahnlinien "
     "sollen ab Juni bis Mitternacht verkehren, teilten die Verkehrsbetriebe am Donnerstag mit.\n\n"
     "(Schluss) rf/ha\n\nAPA0291    2010-03-12/09:48\n",
     {"published": "2010-03-11"},
     "...a closing stamp of another day leaves the header's day alone"),
    ("PHILIPPINE NEWS AGENCY\nPetsa: Marso 8, 2022, 3:40 ng hapon\n\nBagong tulay sa Cebu, binuksan\n\n"
     "LUNGSOD NG CEBU, Marso 8 (PNA) -- Binuksan ngayong Martes ang bagong tulay na nag-uugnay sa dalawang "
     "bayan, ayon sa pamahalaang panlalawigan.\n",
     {"published": "2022-03-08T15:40:00", "title": "Bagong tulay sa Cebu, binuksan"},
     "Tagalog's 'date' label, and the afternoon's word after the time for p.m."),
    ("Jambatan baharu dibuka\n\nTarikh: 14 Mac 2023 9.05 pagi\n\nKUCHING, 14 Mac (Bernama) -- Sebuah "
     "jambatan baharu merentasi sungai dibuka kepada orang ramai hari ini.\n",
     {"published": "2023-03-14T09:05:00"}, "Malay's 'date' label, the morning's word after a dotted time"),
    ("Jambatan baharu dibuka\n\nTarikh: 14 Mac 2023 4.25 petang\n\nKUCHING, 14 Mac (Bernama) -- Sebuah "
     "jambatan baharu merentasi sungai dibuka kepada orang ramai hari ini.\n",
     {"published": "2023-03-14T16:25:00"}, "...and the afternoon's word for p.m."),
    ("İzmir'de yeni vapur seferleri başladı\n\nİzmir Büyükşehir Belediyesi, körfezde iki yeni vapur hattının "
     "pazartesi gününden itibaren hizmete girdiğini duyurdu.\n\n4:27 ÖS · 12 Eyl 2022\n",
     {"published": "2022-09-12T16:27:00"}, "Turkish's short afternoon mark after a time (a post's stamp) for p.m."),
    ("İzmir'de yeni vapur seferleri başladı\n\nİzmir Büyükşehir Belediyesi, körfezde iki yeni vapur hattının "
     "pazartesi gününden itibaren hizmete girdiğini duyurdu.\n\n9:05 ÖÖ · 12 Eyl 2022\n",
     {"published": "2022-09-12T09:05:00"}, "...and its morning mark for a.m."),
    ("SHIHATA  14/08/97  0915\n\nSHULE MPYA YAFUNGULIWA MOROGORO\n\nMOROGORO, Alhamisi (SHIHATA) - Shule "
     "mpya ya sekondari imefunguliwa leo katika kijiji cha Mkambarani baada ya ujenzi wa miaka miwili.\n",
     {"published": "1997-08-14T09:15:00", "agencies": ["Shihata"], "title": "SHULE MPYA YAFUNGULIWA MOROGORO"},
     "a teletype header whose agency's name is longer than a code: its day and time"),
    ("မြန်မာ့သတင်းစဉ်\n၂၀၁၉ ပြည့်နှစ် မတ်လ ၈ ရက်\n\nမန္တလေးတွင် ဆေးရုံသစ် ဖွင့်လှစ်\n\n"
     "မန္တလေး မတ် ၈\nမြို့၏ အရှေ့ဘက်တွင် ကုတင် ၂၀၀ ဆံ့ ဆေးရုံသစ်ကို ယနေ့ ဖွင့်လှစ်ခဲ့သည်။\n",
     {"published": "2019-03-08"}, "Burmese's 'full year' word after the year, as the state press dates its copy"),
    ("CP-Ferry-Fares, 2nd Writethru\nThu Mar 10 2005 16:42:10 ET\n\nEds: CORRECTS the ferry operator's name in "
     "3rd para. An earlier version, moved at 9:20 a.m. ET, gave it wrongly.\n\nFerry fares to rise on the "
     "Northumberland Strait\n\nBy Paul Arsenault\n\nTHE CANADIAN PRESS\n\nCHARLOTTETOWN (CP) - Fares on the "
     "ferry across the strait will rise by eight per cent in May, the operator said Thursday.\n\nThe "
     "increase is the first in four years.\n",
     {"published": "2005-03-10T09:20:00-05:00", "updated": "2005-03-10T16:42:10-05:00"},
     "a writethru's note naming when its earlier version moved: that is when the story ran, the "
     "stamp the update's"),
    ("CP-Ferry-Fares, 2nd Writethru\nThu Mar 10 2005 16:42:10 ET\n\nEds: ADDS quotes from the minister in "
     "grafs 6-8.\n\nFerry fares to rise on the Northumberland Strait\n\nBy Paul Arsenault\n\nTHE CANADIAN "
     "PRESS\n\nCHARLOTTETOWN (CP) - Fares on the ferry across the strait will rise by eight per cent in May, "
     "the operator said Thursday.\n",
     {"published": "2005-03-10T16:42:10-05:00", "updated": None},
     "...a note naming no earlier time leaves the stamp the story's"),
    ("Nei Bréck iwwer d'Sauer\n\n14.06.2023 09:12 Aktualiséiert: 14.06.2023 15:47\n\nD'Gemeng huet e "
     "Méindeg déi nei Bréck fir de Verkéier opgemaach. D'Aarbechte sinn am Zäitplang bliwwen.\n",
     {"published": "2023-06-14T09:12:00", "updated": "2023-06-14T15:47:00"},
     "Luxembourgish 'updated' labels the second stamp of a meta bar read as one line"),
    ("Tageblatt am Sonntag | Regionales | 22.03.2019\n\nNeue Brücke über die Alzette eröffnet\n\nDie Stadt hat "
     "am Freitag die neue Fußgängerbrücke freigegeben. Die Arbeiten dauerten zwei Jahre länger als geplant.\n",
     {"published": "2019-03-22", "reporters": [], "title": "Neue Brücke über die Alzette eröffnet"},
     "a paper's header bar: its name, its section, the day; neither name part is an author"),
    ("La punt nova a Tusaun\n\nPublitgà: 14-06-2023, 09:12 Actualisà: 14-06-2023, 15:47\n\nLa "
     "vischnanca ha avert glindesdi la punt nova. La lavur è vegnida terminada a temp.\n",
     {"published": "2023-06-14T09:12:00", "updated": "2023-06-14T15:47:00"},
     "Romansh 'published' and 'updated' labels on one line"),
]


@rows(STAMPS)
def test_stamps(text, expected, why):
    check_story(text, expected)


# (head line, its (kind, text) parts, why)
STAMP_PARTS = [
    ("WORLD DIGEST  04/17/1998", [("date", "04/17/1998")], "a desk's label in capitals before the day its copy moved"),
    ("PRICES CLIMB 5 PERCENT", None, "...a headline in capitals with a figure is no date"),
    ("ХОТ  ТОВЧОО  2011.09.14", [("date", "2011.09.14")],
     "...a desk's label in Cyrillic capitals, its words spaced wide as a teleprinter sets them"),
    ("Хот товчоо 2011.09.14", None, "...not in capitals: words of a line, no label"),
    ("台湾日报　2003年8月4日（星期一）　地方版", [("date", "2003年8月4日（星期一）")],
     "a Chinese paper's masthead line: its name, the day and weekday, then the page's section"),
    ("文汇报 2003年8月4日 星期一　要闻", [("date", "2003年8月4日 星期一")], "...the weekday unbracketed"),
    ("东方新闻网  2012-06-18 10:42:05  来源：东方新闻网", [("date", "2012-06-18 10:42:05")],
     "a site's masthead line: its name, the stamp, then its source label"),
    ("台湾日报　2003年8月4日 市政府宣布调整公车路线", None,
     "...a sentence after the day is no section: no date line"),
    ("입력 2023.11.21. 오전 9:05 수정 2023.11.21. 오후 2:40 기사원문",
     [("published", "입력 2023.11.21. 오전 9:05"), ("updated", "수정 2023.11.21. 오후 2:40")],
     "Naver's two stamps and its link to the original article after them"),
    ("입력 2023.11.21. 오후 2:40",
     [("published", "입력 2023.11.21. 오후 2:40")],
     "a Korean stamp with its p.m. word"),
    ("05.06.2022 09:10 - Τελευταία ενημέρωση: 05.06.2022 11:30",
     [("published", "05.06.2022 09:10"), ("updated", "Τελευταία ενημέρωση: 05.06.2022 11:30")],
     "Greek 'last update' turns a line to its second date"),
    ("14.02.2024 - محدث : 15.02.2024",
     [("published", "14.02.2024"), ("updated", "محدث : 15.02.2024")],
     "Anadolu's Arabic 'updated' after a dash"),
    ("نشر في 3 مارس 2024 - آخر تعديل: 4 مارس 2024 10:05",
     [("published", "نشر في 3 مارس 2024"), ("updated", "آخر تعديل: 4 مارس 2024 10:05")],
     "an Arabic site's 'last edited' beside its 'published in'"),
    ("Četvrtak, 12.06.2014. | 09:10 -> 11:45",
     [("published", "Četvrtak, 12.06.2014. | 09:10"), ("updated", "12.06.2014 11:45")],
     "a Serbian portal's stamp: the time, an arrow, the time of the day's update"),
    ("12.06.2014. 09:10 → 11:45",
     [("published", "12.06.2014. 09:10"), ("updated", "12.06.2014 11:45")],
     "...the arrow as one character"),
    ("On May 3, 2021 9:10 am In Politics by Ada Obi",
     [("date", "On May 3, 2021 9:10 am")],
     "a WordPress meta line: the section after 'In' and the author after 'by' follow the time"),
    ("On May 3, 2021 9:10 pmIn Local Politicsby Ada Obi",
     [("date", "On May 3, 2021 9:10 pm")],
     "...its spaces lost, 'In' glued to the p.m. and 'by' to the section"),
    ("On May 3, 2021 9:10 am In Business",
     [("date", "On May 3, 2021 9:10 am In Business")],
     "...the section alone, no author: few enough words that the line reads whole as a date"),
    ("Business News of Monday, 4 March 2024",
     [("date", "Monday, 4 March 2024")],
     "GhanaWeb's section 'of' the weekday and day the story ran: the section goes"),
    ("Minister of Defence, 4 March 2024", None,
     "a title 'of' a word no weekday is no section's stamp"),
]


@rows(STAMP_PARTS)
def test_stamp_parts(text, expected, why):
    from indexer.fields.dates import _date_parts
    assert _date_parts(text) == expected


# (head line, its kind, why)
STAMP_KINDS = [
    ("입력 2023.11.21. 오후 2:40 수정 2023.11.21. 오후 4:02", "date",
     "two Korean stamps with p.m. words are a date line (the page's reader keeps it)"),
    ("L'Orient / AFP / le 3 mars 2021 à 09h10", "date",
     "a site's and its agency's credit, each before a slash, then the date after 'le'"),
    ("Prices rose, stocks fell, 16 Jan 2025 10:00", None, "a comma ends an outlet's credit: a sentence is none"),
    ("ረቡዕ መጋቢት 4 ቀን 2016 ዓ.ም", "date", "an Amharic date line: weekday, Ethiopian month, 'day', year, era"),
    ("APA0417 5 II 0199 Do, 21.Nov 2024", "date",
     "APA's header: the feed's slug (serial, priority, desk, words), then the day, no time"),
    ("APA0417 5 II 0199 21.11.2024", "date", "the same with a numeric day"),
    ("APA0417    5 II 0199 WI", None, "a slug line alone, no date"),
    ("ABC1234 said on 21 Nov 2024 that prices fell", None, "a slug-like word over a sentence: no header"),
    ("Senast uppdaterad 2022-03-14 11:45", "updated", "Swedish 'last' before its updated word"),
    ("Latest update: 14 March 2022 11:45", "updated", "...English 'latest' before 'update'"),
    ("Last published 14 March 2022", None, "a 'last' word before a published word opens no stamp"),
    ("News from June 3, 2006 Juche 95", "date", "a day's page label, then the date and the DPRK's era year"),
    ("News from Kaesong 3 June 2006", None, "...the label before a place is no date line"),
    ("BSS ENGLISH | 21.09.2019 | 09:40 | খেলা", "date",
     "a feed's header in parts between bars: its service, day, time and a desk named in Bangla"),
    ("UNB | 03.02.2020 | 16:05 | Business", "date", "...and the same with the desk in English"),
    ("Harbour cranes stand idle as dockers strike | 03.02.2020 | 16:05", None,
     "...a headline's many words before the bars are no feed's label"),
]


@rows(STAMP_KINDS)
def test_stamp_kinds(text, expected, why):
    from indexer.fields.dates import classify_date_line
    assert classify_date_line(text) == expected


# Monitoring services' templates: a block of labelled lines (source, date, time, headline)
# over the text, or the source line under it. (story text, fields, why)
MONITORING = [
    ("MONITORING ARCHIVE | Europe desk\nItem ID: EUD-20090303-0117\n"
     "Source: Channel One TV, Moscow, in Russian 1500 gmt 3 Mar 09\nTopics: Energy\n\n"
     "Headline: Gas deliveries to the Balkans to resume on Friday\n\n"
     "Text of report by Russian state-owned television channel\n\n"
     "Moscow, 3 March: Deliveries of gas to three Balkan countries will resume on Friday after repairs to a "
     "pumping station were finished ahead of time, the operator said today.\n\nThe pipeline was shut for a week.\n",
     {"title": "Gas deliveries to the Balkans to resume on Friday", "published": "2009-03-03T15:00:00+00:00",
      "cities": ["Moscow"]},
     "a monitor's source line over the text: outlet, place, 'in' a language, a four-figure GMT time and a two-digit year"),
    ("Beijing to widen its fifth ring road by two lanes - agency\n\n"
     "Excerpt from report in English by official Chinese news agency\n\n"
     "Beijing, 9 May: Work to add two lanes to the fifth ring road will start next month and take a year, "
     "the transport minister said on Sunday [9 May].\n\n[Passage omitted: the cost]\n\n"
     "Traffic will be diverted at night while the bridges are widened, he added.\n\n"
     "Source: Xinhua news agency, Beijing, in English 1320 gmt 9 May 10\n\n"
     "Monitored item ME1-100510-0021. For subscribers only.\n",
     {"published": "2010-05-09T13:20:00+00:00", "agencies": ["Xinhua"], "cities": ["Beijing"]},
     "...and under a translated excerpt, where it dates the story and names its place"),
    ("=== PRESS MONITOR: EAST AFRICA ===\nSource:     KNA\nMedium:     Wire\nDate:       07/09/2016\n"
     "Time:       09:25\nKeywords:   roads, Mombasa\nHeadline:   Mombasa bypass to open to lorries next week\n"
     "--------------------\nMOMBASA Sept 7 KNA\n\nA new bypass that keeps heavy lorries out of the centre of "
     "Mombasa will open to traffic next week, the highways authority said on Wednesday.\n",
     {"title": "Mombasa bypass to open to lorries next week", "published": "2016-09-07T09:25:00"},
     "a template's 'Time:' field on its own line, under its day-first 'Date:' field, is the date's time"),
    ("MONITOREO DE PRENSA - COLOMBIA\nFuente: Colprensa\nFecha: 05/03/2019     Hora: 18:10\n"
     "Sección: Economía\nTítulo: Bogotá abrirá dos nuevas líneas de buses eléctricos\nTexto:\n\n"
     "Bogotá, 5 Mar (Colprensa).- La alcaldía de Bogotá abrirá dos nuevas líneas de buses eléctricos "
     "antes de junio, informó este martes la empresa de transporte de la ciudad.\n",
     {"title": "Bogotá abrirá dos nuevas líneas de buses eléctricos", "published": "2019-03-05T18:10:00"},
     "...and a Spanish 'Hora:' field beside 'Fecha:' on one line, a wide gap between them"),
    ("ΑΡΧΕΙΟ ΕΙΔΗΣΕΩΝ\nΗμερομηνία: 14/05/2007   Ώρα: 10:40\nΚατηγορία: Τοπικά\n\n"
     "Νέα γραμμή λεωφορείου για το αεροδρόμιο της Πάφου\n\nΠΑΦΟΣ, 14 Μαΐου (ΚΥΠΕ) - Νέα γραμμή λεωφορείου "
     "θα συνδέει από τον Ιούνιο το κέντρο της Πάφου με το αεροδρόμιο, ανακοίνωσε σήμερα ο δήμος.\n",
     {"title": "Νέα γραμμή λεωφορείου για το αεροδρόμιο της Πάφου", "published": "2007-05-14T10:40:00"},
     "...and the Greek 'Ώρα:' (time) beside 'Ημερομηνία:' (date)"),
    ("Žilina rozšíri parkovanie pri stanici\nTASR | Spravodajstvo - Regióny | 12.04.2011 09:05\n\n"
     "ŽILINA 12. apríla (TASR) - Mesto Žilina rozšíri parkovisko pri železničnej stanici o sto miest, "
     "oznámila dnes radnica.\n",
     {"title": "Žilina rozšíri parkovanie pri stanici", "published": "2011-04-12T09:05:00", "agencies": ["TASR"]},
     "a header bar whose section and subsection a spaced dash joins, between the agency and the stamp"),
    ("Andina - Agencia Peruana de Noticias\n\nPeru: Cusco airport to add night flights from May\n\n"
     "08:40 | Cusco, Mar. 14.\n\nCusco, Mar. 14 (ANDINA). The airport of Cusco will take night flights from May "
     "once new runway lights are installed, the transport ministry said on Thursday.\n\n(END) ABC/DEF\n\n"
     "Published: 3/14/2019\n",
     {"published": "2019-03-14T08:40:00", "cities": ["Cusco"]},
     "a time, a bar and the place with no date above: the time waits for the day given under the story"),
    ("Source: the ministry, in a statement on 3 Mar 09 at 1500 gmt\n\nGas deliveries to resume\n\n"
     "Deliveries of gas to three Balkan countries will resume on Friday after repairs to a pumping station were "
     "finished ahead of time, the operator said today in a long statement to the press.\n",
     {"cities": []},
     "a source line in other words is no monitor's: it names no place"),
    ("FBIS-EAS-89-107                                              6 June 1989\n\nRail line to Lhasa surveyed\n"
     "OW0306091289 Beijing XINHUA in English 0912 GMT 3 Jun 89\n\n[Text] Chengdu, June 3 (XINHUA) -- Surveyors "
     "have finished a first route for a railway to Lhasa, the ministry said today.\n",
     {"published": "1989-06-03T09:12:00+00:00", "agencies": ["Xinhua"]},
     "the FBIS Daily Report's source line under the headline: the agency's transmission, not the issue's date"),
    ("FBIS-EAS-89-107                                              6 June 1989\n\nRail line to Lhasa surveyed\n"
     "[Chengdu Sichuan Provincial Service in Mandarin 2300 GMT 2 Jun 89]\n\n[Text] The provincial government said "
     "today that surveyors had finished a first route for a railway to Lhasa across the mountains.\n",
     {"published": "1989-06-06"},
     "...a radio service's line names no agency: the issue's date stands"),
]


@rows(MONITORING)
def test_monitoring_templates(text, expected, why):
    check_story(text, expected)
