"""Module 1 — Mensenhandel: wat is het?"""

SEED = "Kamerbrief Minister van Veiligheid en Justitie, 1 juni 2017 (Kamerstuk 28 638, nr. 158)"
SEED_URL = "https://zoek.officielebekendmakingen.nl/kst-28638-158.html"
ART273F = "Art. 273f Wetboek van Strafrecht"
WEGWIJZER = "Art. 273f Wetboek van Strafrecht; wegwijzermensenhandel.nl, 'Veroordelen van verdachten van mensenhandel'"
STB2013 = "Wet van 6 november 2013, Stb. 2013, 444 (uitvoering Richtlijn 2011/36/EU)"
STB2013_URL = "https://zoek.officielebekendmakingen.nl/stb-2013-444.html"
UN = "VN-Palermo-protocol (2000), art. 3"
EU = "Richtlijn 2011/36/EU"
HR2020 = "Hoge Raad 21 april 2020, ECLI:NL:HR:2020:672"
SMOKKEL = (
    "Art. 197a Wetboek van Strafrecht; rockagainsttrafficking.nl en vandijkvandermeer.nl over het verschil met "
    "mensensmokkel"
)
COM13 = "CoMensha, 'Jaarcijfers van CoMensha 2013' (Het beeld van 2013)"
NRMON16 = (
    "Nationaal Rapporteur Mensenhandel, Monitor Mensenhandel: cijfers mogelijke slachtoffers 2011–2015 (september 2016)"
)
SM17 = (
    "Nationaal Rapporteur Mensenhandel, Slachtoffermonitor mensenhandel 2012–2016 (oktober 2017), via DutchNews en "
    "Reformatorisch Dagblad"
)
NOS18 = "NOS, 2018, interview met Nationaal Rapporteur Herman Bolhaar"
COMB = "CoMensha, 'Slachtoffermonitor 2014–2018: reactie CoMensha' (comensha.nl)"
KST161 = "Kamerbrief 25 mei 2018 (Kamerstuk 28 638, nr. 161)"
NL_SIG = "Nederlandse signalenlijsten mensenhandel (Veiligheidshuis Zeeland; maakhetzichtbaar.nl)"

MODULE = {
    "slug": "mensenhandel-wat-is-het",
    "title": "Mensenhandel: wat is het?",
    "summary": "De basis: wat mensenhandel volgens de wet is, welke vormen er zijn, hoe het verschilt van smokkel en "
    "waarom de cijfers maar een deel laten zien.",
    "objectives": [
        "Je kunt de drie elementen van mensenhandel noemen en de uitzondering voor minderjarigen uitleggen.",
        "Je kunt mensenhandel onderscheiden van mensensmokkel.",
        "Je kunt de vormen van uitbuiting noemen, waaronder criminele uitbuiting en bedelen.",
        "Je kunt uitleggen waarom geregistreerde aantallen slachtoffers het probleem onderschatten.",
    ],
    "minutes": 15,
    "mandatory": False,
    "tags": ["basis", "273f", "cijfers"],
    "lessons": [
        # ------------------------------------------------------------------ L1.1
        {
            "slug": "definitie-en-drie-elementen",
            "title": "Definitie: drie elementen",
            "intro": "Handeling, middel en oogmerk: zo herken je mensenhandel in de wet.",
            "minutes": 5,
            "body": [
                (
                    "paragraph",
                    "<p>Mensenhandel staat in <b>artikel 273f van het Wetboek van Strafrecht</b>. Bij een volwassen "
                    "slachtoffer zoek je naar drie elementen. Zijn ze er alle drie, dan kan het mensenhandel "
                    "zijn.</p><ol><li><b>Handeling</b>: iemand werven, vervoeren, overbrengen, huisvesten of "
                    "opnemen.</li><li><b>Middel</b>: dwang, geweld of dreiging, afpersing, fraude, misleiding, "
                    "misbruik van uit feitelijke omstandigheden voortvloeiend overwicht, misbruik van een "
                    "kwetsbare positie, of betalen aan iemand die zeggenschap over "
                    "het slachtoffer heeft.</li><li><b>Oogmerk van uitbuiting</b>: de dader wil de ander "
                    "uitbuiten.</li></ol>",
                ),
                (
                    "key_fact",
                    {
                        "fact": "Is het slachtoffer jonger dan 18, dan is geen middel nodig. Een handeling met het "
                        "oogmerk van uitbuiting is dan genoeg.",
                        "source": ART273F + "; " + UN,
                    },
                ),
                (
                    "key_fact",
                    {
                        "fact": "Toestemming van het slachtoffer telt niet meer zodra er een middel is gebruikt, "
                        "zoals misleiding of misbruik van een kwetsbare positie.",
                        "source": UN,
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "info",
                        "title": "Uitbuiting hangt af van de omstandigheden",
                        "text": "<p>Rechters kijken naar de aard en duur van het werk, de beperkingen voor het "
                        "slachtoffer en wat de dader eraan verdient. Bij kinderen kan die afweging anders "
                        "uitvallen dan bij volwassenen (Hoge Raad, 2020).</p>",
                    },
                ),
                (
                    "case",
                    {
                        "title": "'Ik wist waar ik aan begon'",
                        "setting": "patrol",
                        "situation": "<p>Bij een controle spreek je een vrouw die in de prostitutie werkt. Ze zegt: "
                        "'Ik wist waar ik aan begon, ik heb zelf ja gezegd.' Later vertelt ze dat een ander "
                        "haar paspoort heeft en dat ze een reisschuld moet terugbetalen die steeds hoger "
                        "wordt.</p>",
                        "question": "Maakt haar 'ja' het verschil?",
                        "reflection": "<p>Nee. Een ingehouden paspoort en een schuld die blijft groeien kunnen "
                        "wijzen op misleiding of misbruik van een kwetsbare positie. Dan telt haar toestemming "
                        "niet meer. Leg de signalen vast en zet ze door naar de AVIM.</p>",
                    },
                ),
                (
                    "key_fact",
                    {
                        "fact": "De maximumstraf voor mensenhandel is 12 jaar. Dat wordt 15 jaar bij een minderjarig "
                        "slachtoffer of als twee of meer mensen het samen doen, 18 jaar bij zwaar lichamelijk "
                        "letsel, en 30 jaar of levenslang als het slachtoffer overlijdt.",
                        "source": WEGWIJZER,
                    },
                ),
                (
                    "sources",
                    [
                        {"title": WEGWIJZER, "url": ""},
                        {"title": UN, "url": ""},
                        {"title": EU, "url": ""},
                        {"title": HR2020, "url": ""},
                    ],
                ),
            ],
        },
        # ------------------------------------------------------------------ L1.2
        {
            "slug": "vormen-en-smokkel",
            "title": "Vormen van uitbuiting, en het verschil met smokkel",
            "intro": "Uitbuiting gaat over seks, werk, criminaliteit en meer. En mensenhandel is geen smokkel.",
            "minutes": 5,
            "body": [
                (
                    "paragraph",
                    "<p>Uitbuiting heeft veel vormen. De wet noemt onder meer:</p><ul><li><b>seksuele "
                    "uitbuiting</b>, zoals uitbuiting in de prostitutie;</li><li><b>gedwongen arbeid of "
                    "diensten</b>, waaronder <b>bedelen</b> en het <b>plegen van strafbare feiten</b> (criminele "
                    "uitbuiting);</li><li><b>slavernij</b> en dienstbaarheid;</li><li>het <b>verwijderen van "
                    "organen</b>.</li></ul>",
                ),
                (
                    "key_fact",
                    {
                        "fact": "Artikel 273f noemt gedwongen arbeid of diensten, met daarbij ook de uitbuiting van "
                        "strafbare activiteiten. Een kind laten stelen voor eigen gewin kan dus mensenhandel "
                        "zijn.",
                        "source": ART273F + "; " + HR2020,
                    },
                ),
                (
                    "paragraph",
                    "<h2>Mensenhandel is geen mensensmokkel</h2><p>Bij <b>mensensmokkel</b> helpt iemand een ander "
                    "tegen de regels over de grens. Dat raakt de grensbewaking van de staat (art. 197a Sr). Bij "
                    "<b>mensenhandel</b> draait het om <b>uitbuiting</b>. Dat raakt de vrijheid van een persoon. "
                    "Voor mensenhandel hoeft niemand een grens over.</p>",
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": "Iedereen kan slachtoffer zijn",
                        "text": "<p>Mensenhandel gebeurt ook binnen Nederland, met mensen die hier wonen en "
                        "opgroeien. Kijk dus niet naar afkomst of paspoort, maar naar signalen van "
                        "uitbuiting.</p>",
                    },
                ),
                (
                    "signal_list",
                    {
                        "title": "Signalen die bij elke vorm passen",
                        "category": "general",
                        "intro": "Deze signalen kom je bij alle vormen tegen. Eén signaal bewijst niets; let op "
                        "combinaties.",
                        "signals": [
                            "Dezelfde persoon regelt werk, woning en vervoer",
                            "Een ander bewaart paspoort of ID-bewijs",
                            "Het geld gaat naar een ander, of er is een schuld bij de uitbuiter",
                            "Geen contact met de buitenwereld, weet eigen adres niet",
                            "Bang voor uitzetting, geweld of represailles",
                            "De persoon of de familie wordt bedreigd",
                        ],
                    },
                ),
                (
                    "case",
                    {
                        "title": "Het busje op de snelweg",
                        "setting": "patrol",
                        "situation": "<p>Bij een controle op de snelweg tref je in een busje vijf volwassenen zonder "
                        "papieren. Ze hebben de chauffeur betaald om hen naar Nederland te brengen. Een van hen "
                        "zegt dat er 'werk en een slaapplek geregeld' zijn, en dat hij de reis met dat werk "
                        "moet terugbetalen.</p>",
                        "question": "Smokkel, mensenhandel of allebei?",
                        "reflection": "<p>Betalen om over de grens te komen wijst op smokkel. Maar werk en onderdak "
                        "die een ander regelt, en een reisschuld die met werk moet worden afbetaald, zijn "
                        "signalen van uitbuiting. Leg beide vast en zet de signalen door naar de AVIM.</p>",
                    },
                ),
                (
                    "sources",
                    [
                        {"title": ART273F, "url": ""},
                        {"title": STB2013, "url": STB2013_URL},
                        {"title": HR2020, "url": ""},
                        {"title": SMOKKEL, "url": ""},
                        {"title": NL_SIG, "url": ""},
                    ],
                ),
            ],
        },
        # ------------------------------------------------------------------ L1.3
        {
            "slug": "hoe-groot-is-het",
            "title": "Hoe groot is het probleem?",
            "intro": "De cijfers laten zien wie gemeld is, niet hoeveel slachtoffers er zijn.",
            "minutes": 5,
            "body": [
                (
                    "paragraph",
                    "<p>CoMensha registreert mogelijke slachtoffers van mensenhandel. Opsporingsdiensten zoals de "
                    "politie moeten mogelijke slachtoffers daar melden. De grafiek laat de ruwe registratie zien "
                    "zoals die medio 2017 bekend was.</p>",
                ),
                (
                    "chart",
                    {
                        "title": "Bij CoMensha gemelde mogelijke slachtoffers, 2012–2015",
                        "summary": "Het aantal gemelde mogelijke slachtoffers lag tussen 1.321 en 1.711 per jaar. In "
                        "2015 was het duidelijk lager dan in 2014.",
                        "source": COM13 + "; " + NRMON16,
                        "series_a": "Ruwe registratie CoMensha (mogelijke slachtoffers)",
                        "series_b": "",
                        "rows": [
                            {"label": "2012", "a": 1711, "b": None, "note": "40% meer dan in 2011"},
                            {"label": "2013", "a": 1437, "b": None, "note": "16% minder dan in 2012"},
                            {"label": "2014", "a": 1561, "b": None, "note": ""},
                            {"label": "2015", "a": 1321, "b": None, "note": "15% minder dan in 2014"},
                        ],
                    },
                ),
                (
                    "key_fact",
                    {
                        "fact": "In juni 2017 waren er voor 2016 alleen voorlopige cijfers. Die lieten een verdere "
                        "daling zien. De definitieve cijfers volgden pas in het najaar van 2017. Bij het aantal "
                        "mensenhandelzaken dat in 2016 bij het OM binnenkwam, leek volgens de voorlopige cijfers "
                        "geen vergelijkbare daling te zien.",
                        "source": SEED,
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": "Twee reeksen: niet door elkaar halen",
                        "text": "<p>Vanaf oktober 2017 gebruikt de Nationaal Rapporteur een eigen, opgeschoonde "
                        "reeks (Slachtoffermonitor mensenhandel 2012–2016). Daarin staat 2015 op 1.150 en 2016 "
                        "op 952: 17% minder. Die cijfers horen niet op één lijn met de grafiek hierboven, want "
                        "de telling is anders.</p>",
                    },
                ),
                (
                    "key_fact",
                    {
                        "fact": "In 2011–2015 ging het in 66% van de registraties om seksuele uitbuiting. In 2015 "
                        "was een kwart van de mogelijke slachtoffers minderjarig, tegen gemiddeld 16% in de "
                        "vier jaren daarvoor.",
                        "source": NRMON16,
                    },
                ),
                (
                    "key_fact",
                    {
                        "fact": "De Nationaal Rapporteur schatte in oktober 2017 dat er in Nederland elk jaar 5.000 "
                        "tot 7.500 slachtoffers zijn (ongeveer 6.250). Dat is ongeveer vijf keer zoveel als er "
                        "gemeld worden.",
                        "source": SM17,
                    },
                ),
                (
                    "paragraph",
                    "<h2>Waarom daalde de registratie?</h2><p>Een daling in de cijfers betekent niet dat er minder "
                    "slachtoffers zijn. Genoemde oorzaken:</p><ul><li>opsporingsdiensten gaven andere zaken "
                    "voorrang (CoMensha);</li><li>de reorganisatie van de politie verminderde tijdelijk het aantal "
                    "experts (CoMensha; Kamerbrief 2018);</li><li>druk op de capaciteit door de vluchtelingenstroom "
                    "en terrorismebestrijding (Kamerbrief 2018).</li></ul><p>Jouw signaal telt dus mee: wat niet "
                    "gemeld wordt, bestaat in de cijfers niet.</p>",
                ),
                (
                    "case",
                    {
                        "title": "'Het valt toch mee?'",
                        "setting": "station",
                        "situation": "<p>Een collega leest dat het aantal gemelde slachtoffers is gedaald. Hij zegt: "
                        "'Mooi, dan hoeven we er minder op te letten.'</p>",
                        "question": "Wat zeg je terug?",
                        "reflection": "<p>De cijfers laten zien wie gesignaleerd en gemeld is. Volgens de schatting "
                        "van de Nationaal Rapporteur is maar een klein deel van de slachtoffers in beeld. "
                        "Minder melden kan juist betekenen dat we minder zien.</p>",
                    },
                ),
                (
                    "sources",
                    [
                        {"title": COM13, "url": ""},
                        {"title": NRMON16, "url": ""},
                        {"title": SM17, "url": ""},
                        {"title": SEED, "url": SEED_URL},
                        {"title": COMB, "url": ""},
                        {"title": KST161, "url": ""},
                    ],
                ),
            ],
        },
    ],
    "quiz": {
        "title": "Toets: mensenhandel, wat is het?",
        "intro": "Per poging krijg je 6 van de 8 vragen over de definitie, de vormen en de cijfers. Je slaagt met "
        "minstens 5 goede antwoorden van de 6 (70%).",
        "pass_mark": 70,
        "max_attempts": 0,
        "shuffle": True,
        "questions_per_attempt": 6,
        "questions": [
            {
                "key": "m1-q1",
                "kind": "single",
                "scenario": "",
                "prompt": "Welke drie elementen vormen samen mensenhandel bij een volwassen slachtoffer (art. 273f "
                "Sr)?",
                "choices": [
                    {
                        "text": "Grensoverschrijding, betaling en prostitutie",
                        "correct": False,
                        "feedback": "Nee. Een grens is niet nodig, en uitbuiting is breder dan prostitutie.",
                    },
                    {
                        "text": "Aangifte, verdachte en een veroordeling door de rechter",
                        "correct": False,
                        "feedback": "Nee. Dat zijn stappen in het strafproces, geen elementen van het delict.",
                    },
                    {
                        "text": "Werving, vervoer en smokkel",
                        "correct": False,
                        "feedback": "Nee. Werving en vervoer zijn handelingen; smokkel is een ander delict.",
                    },
                    {
                        "text": "Handeling, middel en oogmerk van uitbuiting",
                        "correct": True,
                        "feedback": "Juist. Bij een volwassene moeten alle drie aanwezig zijn.",
                    },
                ],
                "explanation": "Mensenhandel bij een volwassene bestaat uit een handeling (zoals werven of "
                "huisvesten), een middel (zoals dwang of misleiding) en het oogmerk van uitbuiting.",
                "source": ART273F + "; " + UN,
                "indicators": [],
            },
            {
                "key": "m1-q2",
                "kind": "single",
                "scenario": "Een jongen van 15 wordt steeds door een volwassene opgehaald en naar een woning "
                "gebracht. Daar moet hij drugs verpakken. Je ziet geen dwang of bedreiging.",
                "prompt": "Kan dit mensenhandel zijn?",
                "choices": [
                    {
                        "text": "Nee, zonder dwangmiddel is het bij niemand mensenhandel, ook niet bij kinderen.",
                        "correct": False,
                        "feedback": "Nee. Bij minderjarigen is geen dwangmiddel nodig.",
                    },
                    {
                        "text": "Alleen als hij voor het werk over de grens is vervoerd.",
                        "correct": False,
                        "feedback": "Nee. Voor mensenhandel hoeft niemand een grens over.",
                    },
                    {
                        "text": "Ja, want bij een minderjarige is geen dwangmiddel nodig.",
                        "correct": True,
                        "feedback": "Juist. Het middel is bij een slachtoffer onder de 18 niet nodig.",
                    },
                    {
                        "text": "Alleen als hij zelf aangifte doet tegen de volwassene.",
                        "correct": False,
                        "feedback": "Nee. Of het mensenhandel is, hangt niet af van een aangifte.",
                    },
                ],
                "explanation": "Bij een slachtoffer onder de 18 hoeft geen middel te worden bewezen. Wel moet het "
                "oogmerk van uitbuiting aannemelijk zijn. Of het uitbuiting is, hangt af van de omstandigheden; "
                "bij minderjarigen kan die afweging anders uitvallen dan bij volwassenen (Hoge Raad 2015 en "
                "2020).",
                "source": ART273F + "; " + HR2020 + "; Hoge Raad 2015, ECLI:NL:HR:2015:3309",
                "indicators": ["crim-aansturing", "crim-zonder-strafblad"],
            },
            {
                "key": "m1-q3",
                "kind": "single",
                "scenario": "",
                "prompt": "Wat is het belangrijkste verschil tussen mensenhandel en mensensmokkel?",
                "choices": [
                    {
                        "text": "Smokkel gaat over de grens helpen; mensenhandel over uitbuiting.",
                        "correct": True,
                        "feedback": "Juist. Smokkel raakt de grensbewaking, mensenhandel de vrijheid van een persoon.",
                    },
                    {
                        "text": "Mensenhandel komt alleen voor bij mensen die uit het buitenland komen.",
                        "correct": False,
                        "feedback": "Nee. Ook mensen die hier wonen en opgroeien, worden uitgebuit.",
                    },
                    {
                        "text": "Smokkel gaat altijd om kinderen; mensenhandel altijd om volwassenen.",
                        "correct": False,
                        "feedback": "Nee. Beide kunnen volwassenen en kinderen treffen.",
                    },
                    {
                        "text": "Bij smokkel wordt altijd geweld gebruikt, bij mensenhandel vrijwel nooit.",
                        "correct": False,
                        "feedback": "Nee. Geweld is geen onderscheidend kenmerk.",
                    },
                ],
                "explanation": "Mensensmokkel (art. 197a Sr) gaat over hulp bij illegale grensoverschrijding. "
                "Mensenhandel gaat over uitbuiting en raakt de persoonlijke vrijheid. Er hoeft geen grens aan "
                "te pas te komen.",
                "source": SMOKKEL,
                "indicators": [],
            },
            {
                "key": "m1-q4",
                "kind": "true_false",
                "scenario": "Een volwassen vrouw die je bij een controle spreekt, zegt: 'Ik heb er zelf mee "
                "ingestemd.' "
                "Uit haar verhaal blijkt dat haar ander werk en een hoger loon waren beloofd dan ze nu krijgt.",
                "prompt": "Omdat ze heeft ingestemd, kan het geen mensenhandel zijn.",
                "choices": [
                    {
                        "text": "Waar",
                        "correct": False,
                        "feedback": "Nee. Misleiding is een middel; dan telt de toestemming niet meer.",
                    },
                    {
                        "text": "Niet waar",
                        "correct": True,
                        "feedback": "Juist. Toestemming is niet relevant zodra er een middel is gebruikt.",
                    },
                ],
                "explanation": "Volgens het Palermo-protocol telt toestemming niet zodra een middel zoals misleiding "
                "is gebruikt. Bij minderjarigen speelt toestemming helemaal geen rol.",
                "source": UN,
                "indicators": ["arb-misleiding"],
            },
            {
                "key": "m1-q5",
                "kind": "single",
                "scenario": "De Kamerbrief van 1 juni 2017 meldt dat het aantal bij CoMensha geregistreerde "
                "mogelijke slachtoffers in 2015 duidelijk lager was dan in 2014.",
                "prompt": "Wat betekent zo'n daling?",
                "choices": [
                    {
                        "text": "Er zijn minder slachtoffers, want de politie registreert alle gevallen.",
                        "correct": False,
                        "feedback": "Nee. Veel slachtoffers worden nooit gesignaleerd of gemeld.",
                    },
                    {
                        "text": "Vooral dat er minder is gemeld; het werkelijke aantal ligt veel hoger.",
                        "correct": True,
                        "feedback": "Juist. De cijfers laten zien wie gemeld is, niet hoeveel slachtoffers er zijn.",
                    },
                    {
                        "text": "Dat de aanpak zijn werk heeft gedaan en deze training dus overbodig wordt.",
                        "correct": False,
                        "feedback": "Nee. De minister wilde juist meer signalen en zaken.",
                    },
                    {
                        "text": "Dat slachtoffers vaker zelf naar de politie stappen.",
                        "correct": False,
                        "feedback": "Nee. Slachtoffers zien zichzelf vaak niet als slachtoffer.",
                    },
                ],
                "explanation": "Registratie is niet hetzelfde als omvang. De Nationaal Rapporteur schatte in oktober "
                "2017 dat er elk jaar 5.000 tot 7.500 slachtoffers zijn, ongeveer vijf keer het aantal "
                "meldingen. Ruwe cijfers CoMensha: 1.561 (2014) en 1.321 (2015).",
                "source": SEED + "; " + NRMON16 + "; " + SM17,
                "indicators": [],
            },
            {
                "key": "m1-q6",
                "kind": "multiple",
                "scenario": "",
                "prompt": "Welke vormen van uitbuiting vallen onder mensenhandel (art. 273f Sr)? Kies alle juiste.",
                "choices": [
                    {
                        "text": "Iemand tegen betaling de grens over helpen",
                        "correct": False,
                        "feedback": "Nee. Dat is mensensmokkel, een ander delict.",
                    },
                    {
                        "text": "Seksuele uitbuiting",
                        "correct": True,
                        "feedback": "Juist. Uitbuiting in de prostitutie valt eronder.",
                    },
                    {
                        "text": "Iemand dwingen te bedelen of strafbare feiten te plegen",
                        "correct": True,
                        "feedback": "Juist. Dat is gedwongen arbeid of diensten, ook criminele uitbuiting genoemd.",
                    },
                    {
                        "text": "Zwart werken zonder dwang of misleiding",
                        "correct": False,
                        "feedback": "Nee. Zwart werken alleen is geen mensenhandel; het kan wel een signaal zijn.",
                    },
                    {
                        "text": "Het verwijderen van organen",
                        "correct": True,
                        "feedback": "Juist. Ook dat noemt de wet.",
                    },
                ],
                "explanation": "Uitbuiting omvat onder meer seksuele uitbuiting, gedwongen arbeid of diensten (met "
                "bedelen en strafbare activiteiten), slavernij en orgaanverwijdering. Smokkel is een apart "
                "delict.",
                "source": ART273F,
                "indicators": ["sek-geld-afgeven", "crim-aansturing", "arb-wonen-op-werk-zwart"],
            },
            {
                "key": "m1-q7",
                "kind": "single",
                "scenario": "Bij een controle vertelt een man dat hij iemand betaalde om hem Nederland in te "
                "brengen. Nu werkt hij bij een bedrijf dat hij zelf koos. Zijn paspoort en zijn loon heeft hij "
                "zelf, en hij kan gaan wanneer hij wil.",
                "prompt": "Aan welk delict denk je bij degene die hem Nederland in bracht?",
                "choices": [
                    {
                        "text": "Mensenhandel, omdat de man voor de reis heeft moeten betalen",
                        "correct": False,
                        "feedback": "Nee. Betalen voor de reis maakt het nog geen uitbuiting. Een schuld die hij moet "
                        "afwerken zou wel een signaal zijn.",
                    },
                    {
                        "text": "Mensensmokkel: hij werd tegen betaling over de grens geholpen",
                        "correct": True,
                        "feedback": "Juist. Smokkel raakt de grensbewaking; van uitbuiting blijkt hier niets.",
                    },
                    {
                        "text": "Mensenhandel, omdat er een grens is overgestoken",
                        "correct": False,
                        "feedback": "Nee. Een grens is geen element van mensenhandel, en mensenhandel kan ook zonder "
                        "grens.",
                    },
                    {
                        "text": "Geen enkel delict, zolang de man in Nederland werk heeft",
                        "correct": False,
                        "feedback": "Nee. Iemand tegen betaling illegaal over de grens helpen is strafbaar (art. 197a "
                        "Sr).",
                    },
                ],
                "explanation": "Mensensmokkel (art. 197a Sr) is een delict tegen de grensbewaking van de staat. "
                "Mensenhandel is gericht op uitbuiting en hoeft geen grens te passeren. Blijf wel letten op "
                "signalen: een reisschuld die afgewerkt moet worden of een ingehouden paspoort verandert het "
                "beeld.",
                "source": SMOKKEL,
                "indicators": [],
            },
            {
                "key": "m1-q8",
                "kind": "true_false",
                "scenario": "Een collega zegt: 'Er worden steeds minder slachtoffers bij CoMensha geregistreerd, dus "
                "er komen ook minder mensenhandelzaken bij het OM.'",
                "prompt": "Volgens de Kamerbrief van 1 juni 2017 daalde het aantal mensenhandelzaken dat in 2016 bij "
                "het OM binnenkwam niet op dezelfde manier als de registraties bij CoMensha.",
                "choices": [
                    {
                        "text": "Waar",
                        "correct": True,
                        "feedback": "Juist. Op basis van voorlopige cijfers leek de instroom bij het OM in 2016 niet "
                        "vergelijkbaar te dalen.",
                    },
                    {
                        "text": "Niet waar",
                        "correct": False,
                        "feedback": "Nee. De brief meldt dat de instroom bij het OM in 2016 niet vergelijkbaar "
                        "daalde, hoewel de registraties wel daalden.",
                    },
                ],
                "explanation": "De registraties bij CoMensha daalden in 2015 en (voorlopig) in 2016. Bij de "
                "mensenhandelzaken die in 2016 bij het OM binnenkwamen, leek volgens voorlopige cijfers geen "
                "vergelijkbare daling te zien. Minder registraties betekent dus niet vanzelf minder zaken, en "
                "zeker niet minder slachtoffers.",
                "source": SEED,
                "indicators": [],
            },
        ],
    },
}
