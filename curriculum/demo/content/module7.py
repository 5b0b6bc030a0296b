"""Module 7 — De keten: wie doet wat? En waarom deze training er is."""

SEED = "Kamerbrief Minister van Veiligheid en Justitie, 1 juni 2017 (Kamerstuk 28 638, nr. 158)"
SEED_URL = "https://zoek.officielebekendmakingen.nl/kst-28638-158.html"
AVIM = "Toezichttafel en Dienst Terugkeer en Vertrek over de AVIM; Kamerstuk 28 638, nr. 177"
EMM = "Expertisecentrum Mensenhandel en Mensensmokkel (emm-online.nl); wegwijzermensenhandel.nl; KMarMagazine (2021)"
ZSM = "ZSM-werkwijze: strafrechtketen.nl, politie.nl en om.nl"
AW = "Aanwijzing mensenhandel van het OM (2022A002, Stcrt. 2022, 5901)"
COMB = "CoMensha (comensha.nl): 'Wat is de B8/3?' en 'Strategisch Overleg Mensenhandel (SOM)'"
NRM = "Nationaal Rapporteur Mensenhandel en Seksueel Geweld tegen Kinderen (nationaalrapporteur.nl)"
TASK = (
    "Opennieuwsbank (2008) over de instelling van de Task Force Aanpak Mensenhandel; Instellingsbesluit Task Force "
    "(Stcrt. 2018, 2158)"
)
CCV = "Centrum voor Criminaliteitspreventie en Veiligheid (hetccv.nl)"
NLA = "Kamerstuk 35 570 XV, nr. 86 (Inspectie SZW wordt Nederlandse Arbeidsinspectie)"
POL18 = "Politie, 'Mensenhandel: elk slachtoffer is er één te veel', 21 januari 2018"
KST161 = "Kamerbrief 25 mei 2018 (Kamerstuk 28 638, nr. 161)"
KST183 = "Kamerstuk 28 638, nr. 183 (programma 'Samen tegen mensenhandel', november 2018)"

MODULE = {
    "slug": "de-keten-wie-doet-wat",
    "title": "De keten: wie doet wat?",
    "summary": "AVIM, EMM, CoMensha, OM en meer: wie doet wat bij de aanpak van mensenhandel? En waarom krijg jij "
    "deze training?",
    "objectives": [
        "Je kunt de belangrijkste partners in de aanpak van mensenhandel aan hun taak koppelen.",
        "Je weet bij wie jouw signaal terechtkomt na de AVIM.",
        "Je kunt uitleggen waarom deze training er is, op basis van de Kamerbrief van 1 juni 2017.",
    ],
    "minutes": 13,
    "mandatory": False,
    "tags": ["keten", "basis", "kamerbrief-2017"],
    "lessons": [
        # ------------------------------------------------------------------ L7.1
        {
            "slug": "partners-in-de-opsporing",
            "title": "Partners in politie en justitie",
            "intro": "Van jouw signaal naar een zaak: AVIM, EMM, ZSM, OM, KMar en Inspectie SZW.",
            "minutes": 5,
            "body": [
                (
                    "paragraph",
                    "<ul><li><b>AVIM</b> (Afdeling Vreemdelingenpolitie, Identificatie en Mensenhandel): onderdeel "
                    "van de regionale recherche in elke eenheid. Specialisten in mensenhandel en "
                    "migratiecriminaliteit. Hier zet jij je signaal door.</li><li><b>EMM</b> (Expertisecentrum "
                    "Mensenhandel en Mensensmokkel): opgericht in 2005, in Zwolle. Een samenwerking van politie, "
                    "KMar, IND en Inspectie SZW; sinds 2021 ook het OM. Brengt signalen en onderzoeken samen en "
                    "analyseert ze.</li><li><b>ZSM</b>: OM, politie, Reclassering, Raad voor de Kinderbescherming "
                    "en Slachtofferhulp beslissen samen snel over veelvoorkomende criminaliteit.</li><li><b>OM</b> "
                    "(Openbaar Ministerie): vervolgt, en geeft met de Aanwijzing mensenhandel de lijn "
                    "aan.</li><li><b>KMar</b> (Koninklijke Marechaussee): bewaakt onder meer de grens, zoals op "
                    "Schiphol. Partner in het EMM.</li><li><b>Inspectie SZW</b>: onderzoekt arbeidsuitbuiting met "
                    "een eigen opsporingsdienst. Heet sinds 1 januari 2022 Nederlandse Arbeidsinspectie.</li></ul>",
                ),
                (
                    "key_fact",
                    {
                        "fact": "De AVIM heeft drie taken: toezicht en handhaving op grond van de Vreemdelingenwet, "
                        "onderzoek naar identiteit, en de aanpak van migratiecriminaliteit en mensenhandel. Tot "
                        "2014 heette zij Vreemdelingenpolitie.",
                        "source": AVIM,
                    },
                ),
                (
                    "key_fact",
                    {
                        "fact": "Begin 2018 werkten bij de politie ongeveer 400 rechercheurs in 11 mensenhandelteams.",
                        "source": POL18,
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "title": "Jouw signaal in de keten",
                        "text": "<p>Jij legt vast en zet door naar de <b>AVIM</b>. Via de AVIM of de eenheid komt "
                        "het signaal bij het <b>EMM</b>. De AVIM meldt het mogelijke slachtoffer bij "
                        "<b>CoMensha</b>. Is de persoon ook verdachte, dan meld je dat bij <b>ZSM</b> of de "
                        "officier van justitie.</p>",
                    },
                ),
                (
                    "case",
                    {
                        "title": "Wie bel je?",
                        "setting": "workplace",
                        "situation": "<p>Bij een controle in een distributiecentrum vertellen twee uitzendkrachten "
                        "dat ze zestien uur per dag werken en dat het uitzendbureau hun paspoort heeft.</p>",
                        "question": "Welke partners komen in beeld?",
                        "reflection": "<p>Leg de signalen vast en zet ze door naar de AVIM. Via de eenheid komen ze "
                        "bij het EMM, waarin ook de Inspectie SZW zit. Bij arbeidsuitbuiting kan de Inspectie "
                        "SZW zelf onderzoek doen.</p>",
                    },
                ),
                (
                    "sources",
                    [
                        {"title": AVIM, "url": ""},
                        {"title": EMM, "url": ""},
                        {"title": ZSM, "url": ""},
                        {"title": AW, "url": ""},
                        {"title": NLA, "url": ""},
                        {"title": POL18, "url": ""},
                    ],
                ),
            ],
        },
        # ------------------------------------------------------------------ L7.2
        {
            "slug": "zorg-toezicht-en-beleid",
            "title": "Zorg, toezicht en beleid",
            "intro": "CoMensha, de Nationaal Rapporteur, het SOM, de Taskforce, het WODC en het CCV.",
            "minutes": 4,
            "body": [
                (
                    "paragraph",
                    "<ul><li><b>CoMensha</b> (Coördinatiecentrum Mensenhandel): registreert mogelijke slachtoffers, "
                    "regelt de eerste opvang en zorg, geeft voorlichting en zit het SOM voor.</li><li><b>Nationaal "
                    "Rapporteur</b> Mensenhandel en Seksueel Geweld tegen Kinderen: onafhankelijk. Onderzoekt aard "
                    "en omvang, volgt het beleid en adviseert de regering.</li><li><b>SOM</b> (Strategisch Overleg "
                    "Mensenhandel): sinds 2012 een overleg van organisaties die slachtoffers opvangen, steunen of "
                    "hun belangen behartigen.</li><li><b>Taskforce Mensenhandel</b>: sinds 2008, voorgezeten door "
                    "het OM. Partners van rijk, gemeenten, politie en rechtspraak pakken samen knelpunten "
                    "aan.</li><li><b>WODC</b>: het onderzoekscentrum van het ministerie. Laat beleidsonderzoek doen "
                    "en publiceert het.</li><li><b>CCV</b> (Centrum voor Criminaliteitspreventie en Veiligheid): "
                    "ondersteunt gemeenten.</li><li><b>Raad voor de Kinderbescherming</b> en <b>Nidos</b> (voogdij "
                    "voor alleenstaande buitenlandse minderjarigen): partners als het om kinderen gaat.</li></ul>",
                ),
                (
                    "key_fact",
                    {
                        "fact": "De Nationaal Rapporteur bestaat sinds 2000. Corinne Dettmeijer-Vermeulen was "
                        "rapporteur van 2006 tot 2017; Herman Bolhaar volgde haar op per 1 februari 2018.",
                        "source": NRM,
                    },
                ),
                (
                    "key_fact",
                    {
                        "fact": "De Taskforce Mensenhandel werd op 27 februari 2008 ingesteld door de minister van "
                        "Justitie en wordt voorgezeten door het OM. Op 20 april 2017 besprak de Taskforce hoe "
                        "de aanpak verder kon worden versterkt.",
                        "source": TASK + "; " + SEED,
                    },
                ),
                (
                    "key_fact",
                    {
                        "fact": "Opsporingsdiensten zijn verplicht mogelijke slachtoffers bij CoMensha te melden. "
                        "Zorgorganisaties zijn dat niet. CoMensha zit ook het SOM voor.",
                        "source": COMB,
                    },
                ),
                (
                    "signal_list",
                    {
                        "title": "Wanneer je welke partner nodig hebt",
                        "category": "minors",
                        "intro": "Bij een minderjarige komen extra partners in beeld.",
                        "signals": [
                            "Kind zonder contact met ouders of voogd: Raad voor de Kinderbescherming",
                            "Alleenstaande buitenlandse minderjarige: Nidos",
                            "Volwassene die zich als 'familie' meldt en er zijn signalen: de Raad beslist, ook bij "
                            "echte familie",
                            "Kind dat onder aansturing steelt: meld het bij ZSM als mogelijk slachtoffer",
                        ],
                    },
                ),
                (
                    "sources",
                    [
                        {"title": COMB, "url": ""},
                        {"title": NRM, "url": ""},
                        {"title": TASK, "url": ""},
                        {"title": CCV, "url": ""},
                        {"title": SEED, "url": SEED_URL},
                    ],
                ),
            ],
        },
        # ------------------------------------------------------------------ L7.3
        {
            "slug": "waarom-deze-training",
            "title": "Waarom deze training? De Kamerbrief van 1 juni 2017",
            "intro": "De minister besloot dat alle eerstelijns politiemedewerkers signalen leren herkennen. Dit is "
            "waarom.",
            "minutes": 4,
            "body": [
                (
                    "paragraph",
                    "<p>Op 23 februari 2017 nam de Tweede Kamer twee moties aan van de Kamerleden Van Nispen en "
                    "Volp. Ze vroegen de minister hoe mensenhandel effectiever kan worden aangepakt, en hoe de "
                    "kennis over uitbuiting van minderjarigen in de criminaliteit wordt vastgehouden. Op 1 juni "
                    "2017 antwoordde minister S.A. Blok van Veiligheid en Justitie met een brief.</p>",
                ),
                (
                    "key_fact",
                    {
                        "fact": "Alle eerstelijns politiemedewerkers worden getraind in het herkennen van signalen "
                        "van mensenhandel. Inzichten uit 13Oceans en het WODC-onderzoek naar uitbuiting van "
                        "minderjarigen in de criminaliteit worden in die training verwerkt.",
                        "source": SEED,
                    },
                ),
                (
                    "paragraph",
                    "<h2>Wat staat er nog meer in de brief?</h2><ul><li>1 miljoen euro extra in 2017 voor politie en "
                    "OM, en vanaf 2018 elk jaar 2 miljoen.</li><li>Meer gecertificeerde mensenhandelrechercheurs: "
                    "in januari 2017 begonnen de eerste 20 extra rechercheurs aan de opleiding. Dat is ongeveer 5% "
                    "groei per jaar.</li><li>Het EMM krijgt extra analisten en digitale specialisten.</li><li>De "
                    "webcrawler, een digitale zoektool voor internetbronnen, wordt verder ontwikkeld.</li><li>Het "
                    "OM krijgt in 2017 een landelijk zaaksturingscoördinator, en vanaf 2018 een extra officier van "
                    "justitie.</li><li>De capaciteit voor mensenhandel bij de AVIM's is weer op sterkte.</li><li>De "
                    "begeleidingscommissie van 13Oceans wordt een landelijke expertgroep.</li><li>Er is extra "
                    "budget voor diepgaand fenomeenonderzoek naar mensenhandel.</li><li>Meer analysecapaciteit bij "
                    "het EMM moet de kennis over criminele kinderuitbuiting binnen de politie vasthouden.</li><li>De "
                    "leden van het 13Oceans-team gaan in 2017 voorlichting geven aan de opsporing en bij ZSM. "
                    "Politie en OM zetten opsporing en vervolging van verdachten voort als daarover nieuwe "
                    "informatie bekend wordt.</li></ul>",
                ),
                (
                    "callout",
                    {
                        "kind": "info",
                        "title": "Kennis vasthouden na een afgerond programma",
                        "text": "<p>De Kamerbrief meldt ook dat het 'programma Aanpak uitbuiting Roma kinderen' "
                        "eind 2016 na zes jaar is afgerond. Dat is de officiële naam van het programma, zoals de "
                        "brief die noemt. 'De bestuurders van een aantal proeftuinen' vroegen de samenwerking niet "
                        "geheel los te laten. Daarom worden in 2017 elementen uit het programma geborgd: zo stelt "
                        "het CCV volgens de brief een adviseur aan op het terrein van 'multi-probleemgezinnen met "
                        "een Roma achtergrond'. Criminele uitbuiting van kinderen is niet aan één bevolkingsgroep "
                        "gebonden: kijk naar signalen, niet naar afkomst (module 4).</p>",
                    },
                ),
                (
                    "paragraph",
                    "<h2>Wat de Kamer vroeg, en wat de brief antwoordt</h2><ul><li>De motie-Volp en Van Nispen vroeg "
                    "hoe kennis en expertise over uitbuiting van minderjarigen in de criminaliteit worden geborgd, "
                    "in samenwerking met gemeenten en andere partners. De brief noemt de landelijke expertgroep, de "
                    "EMM-analysecapaciteit en de adviseur bij het CCV. Met de partners, inclusief gemeenten, worden "
                    "verdere mogelijkheden verkend binnen de bestaande budgetten.</li><li>In het AO van 16 februari "
                    "2017 had de minister vervolgstappen toegezegd op basis van drie dingen: het "
                    "WODC-onderzoek 'Uitbuiting van minderjarigen in de criminaliteit in Nederland', het project "
                    "13Oceans en het onderzoek 'Zicht op kwetsbaarheid' van de Nationaal Rapporteur. De stappen die "
                    "de brief uitwerkt, gaan vooral over 13Oceans en het WODC-onderzoek; voor 'Zicht op "
                    "kwetsbaarheid' noemt de brief geen aparte maatregel.</li></ul>",
                ),
                (
                    "key_fact",
                    {
                        "fact": "In 2015 daalde het aantal bij CoMensha geregistreerde mogelijke slachtoffers "
                        "duidelijk ten opzichte van 2014, en de voorlopige cijfers over 2016 lieten een verdere "
                        "daling zien. Bij het aantal mensenhandelzaken dat in 2016 bij het OM binnenkwam, leek "
                        "volgens voorlopige cijfers geen vergelijkbare daling te zien. De investeringen moeten "
                        "terug te zien zijn in de cijfers over 2017 en later.",
                        "source": SEED,
                    },
                ),
                (
                    "case",
                    {
                        "title": "'Waarom moet ik dit doen?'",
                        "setting": "station",
                        "situation": "<p>Een collega zucht bij het zien van deze e-learning: 'Mensenhandel is toch "
                        "werk voor de recherche?'</p>",
                        "question": "Wat zeg je?",
                        "reflection": "<p>De recherche kan alleen zaken oppakken die iemand eerst signaleert. Jij "
                        "ziet mensen op straat, bij ZSM en bij controles. Daarom besloot de minister in 2017 "
                        "dat alle eerstelijns politiemedewerkers signalen leren herkennen. Minder meldingen "
                        "betekent niet minder slachtoffers.</p>",
                    },
                ),
                (
                    "paragraph",
                    "<p><i>Wat daarna gebeurde:</i> in mei 2018 schreef de minister dat de dalende registratie niet "
                    "betekent dat er minder slachtoffers zijn. De eerste cijfers over 2017 lieten een licht herstel "
                    "zien. In november 2018 begon het programma 'Samen tegen mensenhandel'.</p>",
                ),
                (
                    "sources",
                    [
                        {"title": SEED, "url": SEED_URL},
                        {"title": KST161, "url": ""},
                        {"title": KST183, "url": ""},
                    ],
                ),
            ],
        },
    ],
    "quiz": {
        "title": "Toets: de keten",
        "intro": "Per poging krijg je 6 van de 8 vragen over de partners in de aanpak en de Kamerbrief van 2017. Je "
        "slaagt met minstens 5 goede antwoorden van de 6 (70%).",
        "pass_mark": 70,
        "max_attempts": 0,
        "shuffle": True,
        "questions_per_attempt": 6,
        "questions": [
            {
                "key": "m7-q1",
                "kind": "single",
                "scenario": "Je hebt op surveillance signalen van mensenhandel gezien en vastgelegd.",
                "prompt": "Naar wie zet je het signaal door?",
                "choices": [
                    {
                        "text": "De IND, omdat het om verblijfsrecht kan gaan",
                        "correct": False,
                        "feedback": "Nee. De IND beslist over verblijf; jouw signaal gaat eerst naar de AVIM.",
                    },
                    {
                        "text": "Het Veiligheidshuis van de gemeente",
                        "correct": False,
                        "feedback": "Nee. Dat is een samenwerkingspartner, maar niet het politieonderdeel voor "
                        "mensenhandel.",
                    },
                    {
                        "text": "De AVIM van je eenheid",
                        "correct": True,
                        "feedback": "Juist. De AVIM heeft de specialisten voor mensenhandel.",
                    },
                    {
                        "text": "De Koninklijke Marechaussee op Schiphol",
                        "correct": False,
                        "feedback": "Nee. De KMar is partner in het EMM, maar jouw signaal gaat naar de AVIM.",
                    },
                ],
                "explanation": "De AVIM (Afdeling Vreemdelingenpolitie, Identificatie en Mensenhandel) is onderdeel "
                "van de regionale recherche in elke eenheid en heeft specialisten voor mensenhandel. Via de "
                "AVIM of de eenheid komt het signaal bij het EMM.",
                "source": AVIM + "; " + EMM,
                "indicators": [],
            },
            {
                "key": "m7-q2",
                "kind": "single",
                "scenario": "",
                "prompt": "Wat is het EMM?",
                "choices": [
                    {
                        "text": "Een samenwerkingsverband dat signalen van mensenhandel samenbrengt en analyseert",
                        "correct": True,
                        "feedback": "Juist. Sinds 2021 doet ook het OM mee.",
                    },
                    {
                        "text": "Een opvanghuis voor slachtoffers van mensenhandel, dat wordt geleid door CoMensha",
                        "correct": False,
                        "feedback": "Nee. CoMensha regelt opvang, maar het EMM is een expertisecentrum.",
                    },
                    {
                        "text": "Een Europese toezichthouder die alle lidstaten controleert op hun aanpak van "
                        "mensenhandel",
                        "correct": False,
                        "feedback": "Nee. Het EMM is Nederlands en zit in Zwolle.",
                    },
                    {
                        "text": "Een speciale rechtbank die alleen zaken over mensenhandel behandelt",
                        "correct": False,
                        "feedback": "Nee. Het EMM is geen rechtbank.",
                    },
                ],
                "explanation": "Het Expertisecentrum Mensenhandel en Mensensmokkel (2005, Zwolle) is een "
                "samenwerking van politie, KMar, IND en Inspectie SZW (sinds 2021 ook het OM). Het brengt "
                "signalen en onderzoeken samen en analyseert ze.",
                "source": EMM,
                "indicators": [],
            },
            {
                "key": "m7-q3",
                "kind": "single",
                "scenario": "",
                "prompt": "Hoeveel extra geld maakte de minister volgens de Kamerbrief van 1 juni 2017 vrij voor "
                "politie en OM?",
                "choices": [
                    {
                        "text": "Eenmalig 100.000 euro in 2017",
                        "correct": False,
                        "feedback": "Nee. Het bedrag was hoger en ook structureel.",
                    },
                    {
                        "text": "10 miljoen euro per jaar vanaf 2017, vooral voor extra agenten op straat",
                        "correct": False,
                        "feedback": "Nee. Dat bedrag staat niet in de brief.",
                    },
                    {
                        "text": "Niets extra; alles moest binnen de bestaande budgetten blijven",
                        "correct": False,
                        "feedback": "Nee. Er was extra geld; alleen verdere stappen moesten binnen bestaande "
                        "budgetten.",
                    },
                    {
                        "text": "1 miljoen euro in 2017 en vanaf 2018 elk jaar 2 miljoen",
                        "correct": True,
                        "feedback": "Juist. Dat geld is onder meer voor deze training.",
                    },
                ],
                "explanation": "In de begroting voor 2017 was 1 miljoen euro vrijgemaakt voor politie en OM. Vanaf "
                "2018 is er structureel 2 miljoen euro per jaar.",
                "source": SEED,
                "indicators": [],
            },
            {
                "key": "m7-q4",
                "kind": "single",
                "scenario": "",
                "prompt": "Wat doet de Nationaal Rapporteur Mensenhandel en Seksueel Geweld tegen Kinderen?",
                "choices": [
                    {
                        "text": "Vervolgt verdachten van mensenhandel namens de Staat der Nederlanden",
                        "correct": False,
                        "feedback": "Nee. Vervolgen doet het OM.",
                    },
                    {
                        "text": "Onderzoekt onafhankelijk, volgt het beleid en adviseert de regering",
                        "correct": True,
                        "feedback": "Juist. De rapporteur is onafhankelijk.",
                    },
                    {
                        "text": "Regelt de opvang van slachtoffers in heel Nederland",
                        "correct": False,
                        "feedback": "Nee. De eerste opvang coördineert CoMensha.",
                    },
                    {
                        "text": "Beslist over verblijfsvergunningen voor slachtoffers",
                        "correct": False,
                        "feedback": "Nee. Dat doet de IND.",
                    },
                ],
                "explanation": "De Nationaal Rapporteur is sinds 2000 onafhankelijk. Hij of zij onderzoekt aard en "
                "omvang van mensenhandel, volgt het beleid en adviseert de regering.",
                "source": NRM,
                "indicators": [],
            },
            {
                "key": "m7-q5",
                "kind": "multiple",
                "scenario": "",
                "prompt": "Welke maatregelen staan in de Kamerbrief van 1 juni 2017? Kies alle juiste.",
                "choices": [
                    {
                        "text": "Elke gemeente krijgt een eigen mensenhandelrechter",
                        "correct": False,
                        "feedback": "Nee. Dat staat niet in de brief.",
                    },
                    {
                        "text": "Alle eerstelijns politiemedewerkers leren signalen van mensenhandel herkennen",
                        "correct": True,
                        "feedback": "Juist. Daarom is deze training er.",
                    },
                    {
                        "text": "De AVIM wordt opgeheven en gaat op in de KMar",
                        "correct": False,
                        "feedback": "Nee. De brief meldt juist dat de AVIM-capaciteit weer op sterkte is.",
                    },
                    {
                        "text": "Het EMM wordt uitgebreid met analisten en digitale specialisten",
                        "correct": True,
                        "feedback": "Juist. Dat versterkt de informatiepositie.",
                    },
                    {
                        "text": "De begeleidingscommissie van 13Oceans wordt een landelijke expertgroep",
                        "correct": True,
                        "feedback": "Juist. Die steunt zorg- en veiligheidspartners.",
                    },
                ],
                "explanation": "De brief noemt onder meer de training voor alle eerstelijns medewerkers, 20 extra "
                "rechercheurs, uitbreiding van het EMM, extra budget voor fenomeenonderzoek, de webcrawler, een "
                "landelijk zaaksturingscoördinator bij het OM en de landelijke expertgroep.",
                "source": SEED,
                "indicators": [],
            },
            {
                "key": "m7-q6",
                "kind": "true_false",
                "scenario": "",
                "prompt": "CoMensha registreert mogelijke slachtoffers van mensenhandel en coördineert hun eerste "
                "opvang.",
                "choices": [
                    {
                        "text": "Waar",
                        "correct": True,
                        "feedback": "Juist. Opsporingsdiensten zijn verplicht mogelijke slachtoffers daar te melden.",
                    },
                    {
                        "text": "Niet waar",
                        "correct": False,
                        "feedback": "Nee. Registratie en de coördinatie van de eerste opvang zijn juist taken van "
                        "CoMensha.",
                    },
                ],
                "explanation": "CoMensha registreert (mogelijke) slachtoffers, coördineert de eerste opvang en zorg, "
                "geeft voorlichting en zit het Strategisch Overleg Mensenhandel voor.",
                "source": COMB,
                "indicators": [],
            },
            {
                "key": "m7-q7",
                "kind": "single",
                "scenario": "Bij een buurtoverleg vraagt een wethouder wat de minister in 2017 deed om de kennis over "
                "uitbuiting van minderjarigen in de criminaliteit vast te houden, ook bij gemeenten. Daar had de "
                "Tweede Kamer in een motie van Volp en Van Nispen om gevraagd.",
                "prompt": "Wat noemt de Kamerbrief van 1 juni 2017?",
                "choices": [
                    {
                        "text": "Een eigen mensenhandelteam in elke gemeente, betaald door het Rijk",
                        "correct": False,
                        "feedback": "Nee. Dat staat niet in de brief.",
                    },
                    {
                        "text": "Niets: volgens de brief is dat alleen een taak van de politie",
                        "correct": False,
                        "feedback": "Nee. De brief noemt juist zorg- en veiligheidspartners en gemeenten.",
                    },
                    {
                        "text": "Een landelijke expertgroep, meer analysecapaciteit bij het EMM en een adviseur "
                        "bij het CCV",
                        "correct": True,
                        "feedback": "Juist. Verdere stappen worden met partners, ook gemeenten, verkend.",
                    },
                    {
                        "text": "Een verbod voor gemeenten om gegevens over kinderen te delen",
                        "correct": False,
                        "feedback": "Nee. Dat staat niet in de brief.",
                    },
                ],
                "explanation": "De motie-Volp en Van Nispen vroeg hoe kennis over uitbuiting van minderjarigen in "
                "de criminaliteit wordt geborgd, samen met gemeenten en andere partners. De brief noemt onder "
                "meer de landelijke expertgroep, meer analysecapaciteit bij het EMM, voorlichting door het "
                "13Oceans-team en een adviseur bij het CCV. Verdere mogelijkheden worden met de partners, "
                "inclusief gemeenten, verkend binnen de bestaande budgetten.",
                "source": SEED,
                "indicators": [],
            },
            {
                "key": "m7-q8",
                "kind": "single",
                "scenario": "Een collega denkt dat de versterking van de informatiepositie in de Kamerbrief van 2017 "
                "alleen over extra mensen bij het EMM ging.",
                "prompt": "Wat stond er volgens de brief nog meer in?",
                "choices": [
                    {
                        "text": "Extra budget voor diepgaand fenomeenonderzoek naar mensenhandel",
                        "correct": True,
                        "feedback": "Juist. Naast analisten en digitale specialisten bij het EMM.",
                    },
                    {
                        "text": "Een landelijke database van slachtoffers bij alle gemeenten",
                        "correct": False,
                        "feedback": "Nee. Dat staat niet in de brief.",
                    },
                    {
                        "text": "Het stopzetten van de webcrawler, omdat die te duur bleek",
                        "correct": False,
                        "feedback": "Nee. In de webcrawler werd juist verder geïnvesteerd.",
                    },
                    {
                        "text": "Een eigen opsporingsdienst voor de Nationaal Rapporteur",
                        "correct": False,
                        "feedback": "Nee. De Nationaal Rapporteur onderzoekt en adviseert, maar spoort niet op.",
                    },
                ],
                "explanation": "Om de informatiepositie te verbeteren krijgt het EMM extra analisten en digitale "
                "specialisten, en is er extra budget voor diepgaand fenomeenonderzoek. Daarnaast wordt de "
                "webcrawler verder ontwikkeld.",
                "source": SEED,
                "indicators": [],
            },
        ],
    },
}
