"""Module 3 — Signalen van arbeidsuitbuiting (de 11 ILO-indicatoren toegepast)."""

ILO = "ILO, Indicators of Forced Labour (2012)"
INFOPUNT = "Informatiepunt Mensenhandel, 'Wat zijn de signalen' (informatiepuntmensenhandel.nl)"
OM_IND = "HVO-Querido/ACM, 'Waaraan kun je mensenhandel herkennen' (gebaseerd op de OM-indicatoren)"
RBAMS18 = "Rechtbank Amsterdam 22 maart 2018, ECLI:NL:RBAMS:2018:1637"
EMM = "Expertisecentrum Mensenhandel en Mensensmokkel (emm-online.nl); wegwijzermensenhandel.nl"
NLA = "Kamerstuk 35 570 XV, nr. 86 (Inspectie SZW wordt Nederlandse Arbeidsinspectie)"
COMB = "CoMensha, 'Wat is de B8/3?' (comensha.nl)"
VC = "Vreemdelingencirculaire 2000, hoofdstuk B8/3"
NL_SIG = "Nederlandse signalenlijsten mensenhandel (Veiligheidshuis Zeeland; maakhetzichtbaar.nl)"

MODULE = {
    "slug": "signalen-arbeidsuitbuiting",
    "title": "Signalen van arbeidsuitbuiting",
    "summary": "Met de elf ILO-indicatoren voor dwangarbeid herken je arbeidsuitbuiting op straat en bij een "
    "bedrijfscontrole.",
    "objectives": [
        "Je kunt de elf ILO-indicatoren voor dwangarbeid herkennen in een casus.",
        "Je kunt uitleggen waarom soms één indicator genoeg is en vaak een combinatie nodig is.",
        "Je weet welke vragen je stelt en waar je op let bij een controle op een werkplek.",
        "Je weet wanneer je de AVIM en de Inspectie SZW betrekt.",
    ],
    "minutes": 14,
    "mandatory": False,
    "tags": ["arbeidsuitbuiting", "ilo", "signalen"],
    "lessons": [
        # ------------------------------------------------------------------ L3.1
        {
            "slug": "de-elf-ilo-indicatoren",
            "title": "De elf ILO-indicatoren",
            "intro": "De Internationale Arbeidsorganisatie (ILO) geeft elf signalen van dwangarbeid. Ken ze.",
            "minutes": 5,
            "body": [
                (
                    "paragraph",
                    "<p>Bij arbeidsuitbuiting moet iemand werken onder dwang of onder omstandigheden die niemand "
                    "vrijwillig accepteert. De ILO, de arbeidsorganisatie van de Verenigde Naties, beschrijft elf "
                    "indicatoren. Je gebruikt ze als bril bij elke situatie waarin mensen werken.</p>",
                ),
                (
                    "signal_list",
                    {
                        "title": "De elf ILO-indicatoren van dwangarbeid",
                        "category": "labour",
                        "intro": "In de volgorde van de ILO.",
                        "signals": [
                            "Misbruik van kwetsbaarheid",
                            "Misleiding",
                            "Beperking van de bewegingsvrijheid",
                            "Isolatie",
                            "Lichamelijk en seksueel geweld",
                            "Intimidatie en bedreiging",
                            "Inhouden van identiteitspapieren",
                            "Inhouden van loon",
                            "Schuldslavernij",
                            "Onwaardige werk- en leefomstandigheden",
                            "Buitensporig overwerk",
                        ],
                    },
                ),
                (
                    "key_fact",
                    {
                        "fact": "Soms is één ILO-indicator al genoeg om aan dwangarbeid te denken. In andere "
                        "gevallen zoek je naar meerdere indicatoren die samen een beeld geven.",
                        "source": ILO,
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "title": "Een ezelsbruggetje",
                        "text": "<p>Denk in drie vragen: <b>Kan deze persoon weg?</b> (beweging, papieren, schuld) "
                        "<b>Krijgt deze persoon wat hem toekomt?</b> (loon, uren, woonruimte) <b>Wordt deze "
                        "persoon onder druk gezet?</b> (geweld, bedreiging, misleiding, isolatie).</p>",
                    },
                ),
                (
                    "case",
                    {
                        "title": "Twaalf in een schuur",
                        "setting": "workplace",
                        "situation": "<p>Bij een controle in een kwekerij zie je dat twaalf arbeiders in een schuur "
                        "op het terrein slapen, zonder sanitair. De ploegbaas bewaart hun paspoorten 'voor de "
                        "zekerheid'. Ze hebben al maanden geen loon gehad: de ploegbaas betaalt 'na het "
                        "seizoen'.</p>",
                        "question": "Welke ILO-indicatoren herken je?",
                        "reflection": "<p>Drie: onwaardige leefomstandigheden, het inhouden van identiteitspapieren "
                        "en het inhouden van loon. Leg ze vast en zet het signaal door naar de AVIM. Overleg "
                        "over de Inspectie SZW.</p>",
                    },
                ),
                (
                    "sources",
                    [
                        {"title": ILO, "url": ""},
                        {"title": INFOPUNT, "url": ""},
                    ],
                ),
            ],
        },
        # ------------------------------------------------------------------ L3.2
        {
            "slug": "indicatoren-in-de-praktijk",
            "title": "De indicatoren in de praktijk",
            "intro": "Hoe zien de ILO-indicatoren eruit in een Nederlandse werkplaats, kas of wasserij?",
            "minutes": 5,
            "body": [
                (
                    "paragraph",
                    "<p>Nederlandse signalenlijsten vullen de ILO-lijst aan met signalen die je hier vaak "
                    "ziet:</p><ul><li>zwart betaald of niet verzekerd;</li><li>wonen in het bedrijfspand of op het "
                    "terrein, of slapen op de werkplek;</li><li>geen toegang tot de eigen bankrekening;</li><li>met "
                    "valse beloftes naar Nederland gehaald;</li><li>de werkgever regelt ook woning, vervoer en "
                    "kleding;</li><li>weet het adres van het werk niet.</li></ul>",
                ),
                (
                    "key_fact",
                    {
                        "fact": "Arbeidsuitbuiting speelt ook in gewone bedrijven. Een zaak bij de Rechtbank "
                        "Amsterdam (2018) ging over een wasserij in Zaandam met pas erkende vluchtelingen: "
                        "lange dagen, laag loon en beloofde contracten die er niet kwamen.",
                        "source": RBAMS18,
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": "Niet elke inhouding is dwang",
                        "text": "<p>Een werkgever die huur inhoudt op het loon, buit daarmee nog niet uit. Kijk of "
                        "er meer is: te hoge bedragen, een schuld die niet kleiner wordt, papieren die de baas "
                        "houdt, of angst om weg te gaan.</p>",
                    },
                ),
                (
                    "signal_list",
                    {
                        "title": "Aanvullende signalen uit Nederlandse lijsten",
                        "category": "labour",
                        "intro": "Deze signalen wegen mee naast de ILO-indicatoren.",
                        "signals": [
                            "Werkt zwart of is niet verzekerd",
                            "Woont of slaapt op het bedrijf",
                            "Kan niet bij de eigen bankrekening",
                            "Kwam met valse beloftes over werk of loon",
                            "Weet het adres van het werk niet",
                        ],
                    },
                ),
                (
                    "case",
                    {
                        "title": "De wasstraat",
                        "setting": "patrol",
                        "situation": "<p>Op surveillance zie je om elf uur 's avonds nog drie mannen werken bij een "
                        "wasstraat. Een van hen vertelt dat hij elke dag van zes uur 's ochtends werkt, en dat "
                        "hij boven de zaak slaapt. Zijn loon gaat 'naar de schuld voor de reis'.</p>",
                        "question": "Welke indicatoren zie je, en wat doe je?",
                        "reflection": "<p>Buitensporig overwerk, wonen op het bedrijf en schuldslavernij. Leg de "
                        "signalen vast en zet ze door naar de AVIM. Heeft hij geen verblijfsrecht, vertel hem "
                        "dan over aangifte en de B8/3-bedenktijd.</p>",
                    },
                ),
                (
                    "sources",
                    [
                        {"title": ILO, "url": ""},
                        {"title": INFOPUNT, "url": ""},
                        {"title": OM_IND, "url": ""},
                        {"title": RBAMS18, "url": ""},
                    ],
                ),
            ],
        },
        # ------------------------------------------------------------------ L3.3
        {
            "slug": "controle-op-de-werkplek",
            "title": "Controle op de werkplek",
            "intro": "Waar let je op bij een controle, welke vragen stel je en wie schakel je in?",
            "minutes": 4,
            "body": [
                (
                    "paragraph",
                    "<p>Bij een controle op een werkplek heb je weinig tijd. Richt je op de ILO-indicatoren. Spreek "
                    "werknemers apart van de baas, zo nodig met een onafhankelijke tolk. Vragen die "
                    "helpen:</p><ul><li>Wie heeft je paspoort?</li><li>Waar slaap je, en wie regelt "
                    "dat?</li><li>Hoeveel uur werk je, en hoeveel vrije dagen heb je?</li><li>Hoe krijg je je loon, "
                    "en moet je iets terugbetalen?</li><li>Kun je weg als je dat wilt?</li></ul>",
                ),
                (
                    "key_fact",
                    {
                        "fact": "De Inspectie SZW heeft een eigen opsporingsdienst voor arbeidsuitbuiting en is "
                        "partner in het EMM. Sinds 1 januari 2022 heet zij Nederlandse Arbeidsinspectie.",
                        "source": NLA + "; " + EMM,
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "info",
                        "title": "Wie schakel je in?",
                        "text": "<p>Zet elk signaal door naar de <b>AVIM</b>; via de eenheid komt het bij het "
                        "<b>EMM</b>. Bij signalen van arbeidsuitbuiting speelt ook de <b>Inspectie SZW</b> een "
                        "rol. Een buitenlandse werknemer zonder verblijfsrecht vertel je over aangifte en de "
                        "B8/3-bedenktijd.</p>",
                    },
                ),
                (
                    "case",
                    {
                        "title": "De baas die wil tolken",
                        "setting": "workplace",
                        "situation": "<p>Samen met de gemeente controleer je een bedrijfspand. Een werknemer zit op "
                        "een matras in een opslagruimte. De eigenaar zegt dat de man 'alleen even uitrust' en "
                        "biedt aan om te tolken.</p>",
                        "question": "Hoe pak je dit aan?",
                        "reflection": "<p>Laat de eigenaar niet tolken: hij kan degene zijn die controleert. Regel "
                        "een onafhankelijke tolk en spreek de man apart. Vraag naar slapen, loon, papieren en "
                        "uren. Leg vast wat je ziet, ook als de man zegt dat alles goed is, en zet het signaal "
                        "door naar de AVIM.</p>",
                    },
                ),
                (
                    "sources",
                    [
                        {"title": ILO, "url": ""},
                        {"title": EMM, "url": ""},
                        {"title": NLA, "url": ""},
                        {"title": COMB, "url": ""},
                        {"title": VC, "url": ""},
                    ],
                ),
            ],
        },
    ],
    "quiz": {
        "title": "Toets: signalen van arbeidsuitbuiting",
        "intro": "Per poging krijg je 6 van de 8 vragen over de ILO-indicatoren en de controle op een werkplek. Je "
        "slaagt met minstens 5 goede antwoorden van de 6 (70%).",
        "pass_mark": 70,
        "max_attempts": 0,
        "shuffle": True,
        "questions_per_attempt": 6,
        "questions": [
            {
                "key": "m3-q1",
                "kind": "multiple",
                "scenario": "Bij een controle in een kwekerij slapen twaalf arbeiders in een schuur zonder sanitair. "
                "De ploegbaas bewaart hun paspoorten 'voor de zekerheid'. Ze hebben al maanden geen loon gehad: "
                "hij betaalt 'na het seizoen'.",
                "prompt": "Welke ILO-indicatoren herken je? Kies alle juiste.",
                "choices": [
                    {
                        "text": "Lichamelijk en seksueel geweld",
                        "correct": False,
                        "feedback": "Nee. Daar staat in deze casus niets over.",
                    },
                    {
                        "text": "Onwaardige werk- en leefomstandigheden",
                        "correct": True,
                        "feedback": "Juist. Met twaalf in een schuur zonder sanitair.",
                    },
                    {
                        "text": "Inhouden van identiteitspapieren",
                        "correct": True,
                        "feedback": "Juist. De ploegbaas houdt de paspoorten vast.",
                    },
                    {
                        "text": "Inhouden van loon",
                        "correct": True,
                        "feedback": "Juist. Maandenlang geen loon is een duidelijke indicator.",
                    },
                ],
                "explanation": "Dit zijn drie van de elf ILO-indicatoren. Soms wijst één indicator al op "
                "dwangarbeid; vaak gaat het om een combinatie zoals hier.",
                "source": ILO,
                "indicators": ["arb-onwaardige-omstandigheden", "arb-inhouden-id", "arb-inhouden-loon"],
            },
            {
                "key": "m3-q2",
                "kind": "single",
                "scenario": "",
                "prompt": "Welk signaal staat wel op Nederlandse signalenlijsten, maar is GEEN van de elf "
                "ILO-indicatoren van dwangarbeid?",
                "choices": [
                    {
                        "text": "Zwart uitbetaald worden, zonder verzekering",
                        "correct": True,
                        "feedback": "Juist. Dat staat wel op Nederlandse signalenlijsten, maar niet tussen de elf "
                        "ILO-indicatoren.",
                    },
                    {
                        "text": "Isolatie van familie en buitenwereld",
                        "correct": False,
                        "feedback": "Nee. Isolatie is indicator 4 van de ILO.",
                    },
                    {
                        "text": "Schuldslavernij",
                        "correct": False,
                        "feedback": "Nee. Schuldslavernij is indicator 9 van de ILO.",
                    },
                    {
                        "text": "Buitensporig overwerk",
                        "correct": False,
                        "feedback": "Nee. Buitensporig overwerk is indicator 11 van de ILO.",
                    },
                ],
                "explanation": "De elf ILO-indicatoren: misbruik van kwetsbaarheid, misleiding, beperking van "
                "bewegingsvrijheid, isolatie, lichamelijk en seksueel geweld, intimidatie en bedreiging, "
                "inhouden van identiteitspapieren, inhouden van loon, schuldslavernij, onwaardige werk- en "
                "leefomstandigheden en buitensporig overwerk. Zwart werken zonder verzekering is een "
                "Nederlandse aanvulling op die lijst: een signaal, maar geen ILO-indicator.",
                "source": ILO + "; " + INFOPUNT,
                "indicators": ["arb-wonen-op-werk-zwart", "arb-isolatie", "arb-schuldslavernij"],
            },
            {
                "key": "m3-q3",
                "kind": "true_false",
                "scenario": "",
                "prompt": "Volgens de ILO moet je altijd minstens drie indicatoren zien voordat je aan dwangarbeid "
                "mag denken.",
                "choices": [
                    {
                        "text": "Waar",
                        "correct": False,
                        "feedback": "Nee. Er is geen vast minimum.",
                    },
                    {
                        "text": "Niet waar",
                        "correct": True,
                        "feedback": "Juist. Soms is één indicator genoeg; anders kijk je naar een combinatie.",
                    },
                ],
                "explanation": "De ILO noemt geen vast aantal. Soms wijst één indicator al op dwangarbeid, in andere "
                "gevallen zoek je naar meerdere indicatoren.",
                "source": ILO,
                "indicators": ["alg-combinatie-signalen"],
            },
            {
                "key": "m3-q4",
                "kind": "single",
                "scenario": "Op surveillance spreek je om elf uur 's avonds een man bij een wasstraat. Hij werkt "
                "elke dag vanaf zes uur 's ochtends en slaapt boven de zaak. Zijn loon gaat 'naar de schuld "
                "voor de reis'.",
                "prompt": "Welke combinatie van indicatoren zie je?",
                "choices": [
                    {
                        "text": "Misleiding, lichamelijk geweld en isolatie",
                        "correct": False,
                        "feedback": "Nee. Daar zegt de man niets over.",
                    },
                    {
                        "text": "Inhouden van identiteitspapieren, bedreiging en lichamelijk geweld",
                        "correct": False,
                        "feedback": "Nee. Hij noemt geen papieren, bedreiging of geweld.",
                    },
                    {
                        "text": "Buitensporig overwerk, wonen op het werk en schuldslavernij",
                        "correct": True,
                        "feedback": "Juist. Lange dagen, slapen boven de zaak en loon dat naar een schuld gaat.",
                    },
                    {
                        "text": "Geen enkele; hij werkt gewoon hard en woont lekker dicht bij zijn werk",
                        "correct": False,
                        "feedback": "Nee. Loon dat naar een reisschuld gaat, is een duidelijke indicator.",
                    },
                ],
                "explanation": "Extreem lange dagen, wonen op het bedrijf en een reisschuld die met loon wordt "
                "afgelost zijn samen sterke signalen. Leg vast en zet door naar de AVIM.",
                "source": ILO + "; " + INFOPUNT,
                "indicators": ["arb-buitensporig-overwerk", "arb-wonen-op-werk-zwart", "arb-schuldslavernij"],
            },
            {
                "key": "m3-q5",
                "kind": "single",
                "scenario": "",
                "prompt": "Welke dienst heeft een eigen opsporingsdienst voor arbeidsuitbuiting en heet sinds 1 "
                "januari 2022 Nederlandse Arbeidsinspectie?",
                "choices": [
                    {
                        "text": "De Koninklijke Marechaussee",
                        "correct": False,
                        "feedback": "Nee. De KMar is partner in het EMM, maar heeft een andere naam en taak.",
                    },
                    {
                        "text": "De Inspectie SZW",
                        "correct": True,
                        "feedback": "Juist. In content over 2017 heet zij nog Inspectie SZW.",
                    },
                    {
                        "text": "De Immigratie- en Naturalisatiedienst",
                        "correct": False,
                        "feedback": "Nee. De IND beslist over verblijf.",
                    },
                    {
                        "text": "Het Expertisecentrum Mensenhandel en Mensensmokkel",
                        "correct": False,
                        "feedback": "Nee. Het EMM is een samenwerkingsverband, geen inspectie.",
                    },
                ],
                "explanation": "De Inspectie SZW onderzoekt arbeidsuitbuiting en is partner in het EMM. Sinds 1 "
                "januari 2022 heet zij Nederlandse Arbeidsinspectie.",
                "source": NLA,
                "indicators": [],
            },
            {
                "key": "m3-q6",
                "kind": "single",
                "scenario": "Bij een bedrijfscontrole vertelt een werknemer dat de werkgever elke maand een bedrag "
                "voor huur inhoudt op zijn loon. Verder zie je nog niets bijzonders.",
                "prompt": "Hoe beoordeel je dit?",
                "choices": [
                    {
                        "text": "Dit is schuldslavernij; je houdt de werkgever direct aan.",
                        "correct": False,
                        "feedback": "Nee. Een inhouding alleen is nog geen schuldslavernij.",
                    },
                    {
                        "text": "Dit is altijd toegestaan, dus je hoeft verder niet naar andere signalen te kijken.",
                        "correct": False,
                        "feedback": "Nee. Je kijkt of er andere signalen zijn.",
                    },
                    {
                        "text": "Je belt de Inspectie SZW en vertrekt, zonder verder met de werknemer te praten.",
                        "correct": False,
                        "feedback": "Nee. Eerst zelf goed kijken en de werknemer apart spreken.",
                    },
                    {
                        "text": "Op zich geen dwang; je vraagt door naar schuld, papieren en vrijheid.",
                        "correct": True,
                        "feedback": "Juist. Een inhouding voor huur is op zichzelf geen dwang.",
                    },
                ],
                "explanation": "Een inhouding voor huisvesting is op zichzelf geen dwang. Let op onredelijk hoge "
                "bedragen, een schuld die niet kleiner wordt, ingehouden papieren of angst om te vertrekken.",
                "source": ILO + "; " + OM_IND,
                "indicators": ["arb-inhouden-loon", "alg-geen-eigen-geld"],
            },
            {
                "key": "m3-q7",
                "kind": "single",
                "scenario": "Een vrouw vertelt dat haar in haar eigen land een baan in de zorg met een contract was "
                "beloofd. In Nederland werkt ze in een wasserij, elke dag veertien uur. Het contract is er nooit "
                "gekomen. Ze heeft haar paspoort zelf en woont bij een kennis.",
                "prompt": "Welke ILO-indicatoren herken je in haar verhaal?",
                "choices": [
                    {
                        "text": "Schuldslavernij en isolatie",
                        "correct": False,
                        "feedback": "Nee. Ze noemt geen schuld, en ze woont bij een kennis.",
                    },
                    {
                        "text": "Inhouden van identiteitspapieren en lichamelijk geweld",
                        "correct": False,
                        "feedback": "Nee. Ze heeft haar paspoort zelf en noemt geen geweld.",
                    },
                    {
                        "text": "Misleiding en buitensporig overwerk",
                        "correct": True,
                        "feedback": "Juist. Ander werk dan beloofd, geen contract, en extreem lange dagen.",
                    },
                    {
                        "text": "Geen; een contract dat uitblijft is alleen een arbeidsconflict voor de rechter",
                        "correct": False,
                        "feedback": "Nee. Valse beloften over werk en contract zijn misleiding, een ILO-indicator.",
                    },
                ],
                "explanation": "Misleiding (valse beloften over werk, loon of contract) en buitensporig overwerk "
                "zijn twee van de elf ILO-indicatoren. In een zaak over een wasserij in Zaandam ging het om "
                "lange dagen, laag loon en beloofde contracten die niet kwamen (Rechtbank Amsterdam 2018). Leg "
                "vast en zet door naar de AVIM.",
                "source": ILO + "; " + RBAMS18,
                "indicators": ["arb-misleiding", "arb-buitensporig-overwerk"],
            },
            {
                "key": "m3-q8",
                "kind": "true_false",
                "scenario": "Bij een controle op een akker zegt de ploegbaas dat de arbeiders 'vrij zijn om te gaan'. "
                "Hun paspoorten liggen in zijn kluis en ze hebben elk een reisschuld bij hem die niet kleiner "
                "wordt. De arbeiders zeggen zelf dat ze vrijwillig blijven.",
                "prompt": "Het vasthouden van de paspoorten en de reisschuld zijn ILO-indicatoren van dwangarbeid, "
                "ook als de arbeiders zeggen dat ze vrijwillig blijven.",
                "choices": [
                    {
                        "text": "Waar",
                        "correct": True,
                        "feedback": "Juist. Inhouden van identiteitspapieren en schuldslavernij staan op de lijst "
                        "van elf, wat de arbeiders er zelf ook over zeggen.",
                    },
                    {
                        "text": "Niet waar",
                        "correct": False,
                        "feedback": "Nee. Wat iemand over vrijwilligheid zegt, maakt de indicatoren niet ongedaan.",
                    },
                ],
                "explanation": "Inhouden van identiteitspapieren (ILO 7) en schuldslavernij (ILO 9) zijn "
                "indicatoren van dwangarbeid. Slachtoffers noemen zichzelf vaak niet zo. Spreek de arbeiders "
                "apart, zo nodig met een onafhankelijke tolk, leg vast en zet door naar de AVIM.",
                "source": ILO,
                "indicators": ["arb-inhouden-id", "arb-schuldslavernij"],
            },
        ],
    },
}
