"""Module 6 — Je ziet een signaal: wat doe je? (verplicht)."""

SEED = "Kamerbrief Minister van Veiligheid en Justitie, 1 juni 2017 (Kamerstuk 28 638, nr. 158)"
SEED_URL = "https://zoek.officielebekendmakingen.nl/kst-28638-158.html"
AW = "Aanwijzing mensenhandel van het OM (2022A002, Stcrt. 2022, 5901)"
NRC18 = "NRC, 'Kennisgebrek bij politie over mensenhandel', 21 januari 2018"
TRW18 = "Trouw, januari 2018, over de interne analyse van politie en OM na 13Oceans"
PAR17 = "Het Parool, januari 2017, over de gezamenlijke aanpak na 13Oceans"
LDH17 = "Leger des Heils, 20 november 2017, samenvatting van de Tiende rapportage van de Nationaal Rapporteur"
EMM = "Expertisecentrum Mensenhandel en Mensensmokkel (emm-online.nl); interview met EMM-medewerkers (props.fhj.nl)"
COMB_B83 = "CoMensha, 'Wat is de B8/3?' (comensha.nl)"
COMB_ROAD = "CoMensha, 'Roadshow CoMensha bij AVIM' (comensha.nl)"
VC = "Vreemdelingencirculaire 2000, hoofdstuk B8/3 (paragraaf B8/3.1)"
LOS = "Stichting LOS, 'Verblijfsvergunning mensenhandel' (stichtinglos.nl)"
TRW17 = "Trouw, november 2017, over onderzoek van de Nationaal Rapporteur naar eerste meldingen van slachtoffers"
REGIO = "Regioplan/WODC (2013), samenvatting evaluatie verblijfsregeling mensenhandel"
NL_SIG = "Nederlandse signalenlijsten mensenhandel (Veiligheidshuis Zeeland; maakhetzichtbaar.nl)"
CKM = "CKM, landelijk onderzoek criminele uitbuiting 'Changing perspectives' (2022)"
CASES = (
    "Mensenrechten.nl (2013) en Defence for Children (2020), over veroordelingen van familieleden die kinderen lieten "
    "stelen of bedelen"
)

MODULE = {
    "slug": "je-ziet-een-signaal-wat-doe-je",
    "title": "Je ziet een signaal: wat doe je?",
    "summary": "Veiligheid eerst, dan vastleggen en doorzetten. Je leert de stappen bij een signaal van mensenhandel "
    "en de rechten van een mogelijk slachtoffer.",
    "objectives": [
        "Je kunt de stappen bij een signaal van mensenhandel in een logische volgorde zetten, met veiligheid voorop.",
        "Je weet dat bij signalen de jeugdbescherming beslist of een kind mee kan met een volwassene, ook met familie.",
        "Je kunt uitleggen waarom opsporingsdiensten mogelijke slachtoffers melden bij CoMensha.",
        "Je kunt een buitenlands slachtoffer in gewone woorden uitleggen wat de B8/3-bedenktijd is.",
    ],
    "minutes": 15,
    "mandatory": True,
    "tags": ["handelingsperspectief", "minderjarigen", "b8-3", "comensha"],
    "lessons": [
        # ------------------------------------------------------------------ L6.1
        {
            "slug": "veiligheid-eerst",
            "title": "Veiligheid eerst",
            "intro": "Bij een signaal denk je eerst aan de veiligheid van het mogelijke slachtoffer.",
            "minutes": 5,
            "body": [
                (
                    "paragraph",
                    "<p>Je ziet signalen van mensenhandel. De eerste vraag is: is deze persoon nu veilig? Haal het "
                    "mogelijke slachtoffer zo nodig uit de situatie. Praat met de persoon <b>apart</b>, niet waar "
                    "de mogelijke uitbuiter bij is. Gebruik waar nodig een <b>onafhankelijke tolk</b>, nooit de "
                    "'baas' of 'vriend' die meekwam.</p>",
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": "Minderjarig? Niet zomaar meegeven, ook niet aan familie",
                        "text": "<p>Geef een kind niet zomaar mee aan iemand die zegt familie te zijn. Ook als "
                        "vaststaat "
                        "dat het echt familie is, ben je er niet: in zaken die rechters beoordeelden, waren het "
                        "soms juist familieleden die kinderen lieten stelen of bedelen. Zijn er signalen, dan "
                        "beslist de jeugdbescherming: betrek de Raad voor de Kinderbescherming. Bij een "
                        "alleenstaande buitenlandse minderjarige betrek je Nidos, en als het kind een voogd heeft, "
                        "ook de voogd.</p>",
                    },
                ),
                (
                    "key_fact",
                    {
                        "fact": "Volgens berichtgeving over een interne analyse van politie en OM (2016) werden "
                        "aangehouden kinderen vaak meegegeven aan iemand die zei familie te zijn. Daarna ging "
                        "de uitbuiting gewoon door.",
                        "source": NRC18 + "; " + TRW18,
                    },
                ),
                (
                    "signal_list",
                    {
                        "title": "Signalen die in elke vorm voorkomen",
                        "category": "general",
                        "intro": "Eén signaal bewijst niets. Een combinatie is reden om door te vragen.",
                        "signals": [
                            "Iemand anders voert het woord of bepaalt wat de persoon doet",
                            "Een ander bewaart het paspoort of ID-bewijs",
                            "Het geld gaat naar een ander, of er is een schuld",
                            "Dezelfde persoon regelt werk, woning en vervoer",
                            "Weet het eigen adres niet, heeft geen contact met de buitenwereld",
                            "Is bang voor uitzetting, geweld of wat er gebeurt als hij of zij praat",
                        ],
                    },
                ),
                (
                    "case",
                    {
                        "title": "Verkeerscontrole in de nacht",
                        "setting": "patrol",
                        "situation": "<p>Je houdt 's nachts een auto aan. Achterin zit een jonge vrouw. De "
                        "bestuurder beantwoordt alle vragen voor haar. Zij kijkt naar beneden en heeft geen ID "
                        "bij zich. De bestuurder zegt dat hij haar paspoort 'veilig' thuis bewaart.</p>",
                        "question": "Hoe zorg je dat je haar eigen verhaal hoort?",
                        "reflection": "<p>Neem haar apart, buiten gehoor van de bestuurder. Vraag rustig hoe het met "
                        "haar gaat en of ze kan beschikken over haar eigen paspoort. Schakel zo nodig een "
                        "onafhankelijke tolk in. Ontkent ze iets, leg de signalen dan toch vast en zet ze door. "
                        "Twijfel je over haar veiligheid, laat haar dan niet zonder meer met de bestuurder "
                        "meegaan.</p>",
                    },
                ),
                (
                    "sources",
                    [
                        {"title": NRC18, "url": ""},
                        {"title": TRW18, "url": ""},
                        {"title": PAR17, "url": ""},
                        {"title": LDH17, "url": ""},
                        {"title": CASES, "url": ""},
                        {"title": NL_SIG, "url": ""},
                    ],
                ),
            ],
        },
        # ------------------------------------------------------------------ L6.2
        {
            "slug": "vastleggen-en-doorzetten",
            "title": "Vastleggen en doorzetten",
            "intro": "Elk signaal leg je vast en zet je door, ook als de persoon ontkent.",
            "minutes": 5,
            "body": [
                (
                    "paragraph",
                    "<p>Een signaal van mensenhandel laat je niet liggen. Dit zijn de stappen, samengesteld uit de "
                    "bronnen van deze training:</p><ol><li><b>Veiligheid eerst.</b> Haal de persoon zo nodig uit de "
                    "situatie. Een kind geef je niet zomaar mee: bij signalen beslist de jeugdbescherming, ook als "
                    "de volwassene echt familie is.</li><li><b>Praat apart</b>, met een onafhankelijke tolk als dat "
                    "nodig is.</li><li><b>Buitenlandse persoon zonder verblijfsrecht?</b> Vertel meteen over het "
                    "recht op aangifte en de B8/3-bedenktijd, al bij een klein vermoeden.</li><li><b>Leg het "
                    "signaal vast</b> in het politiesysteem, met de signalen die je zag.</li><li><b>Zet het door "
                    "naar de AVIM</b>. Via de AVIM of de eenheid komt het bij het EMM.</li><li><b>Melding bij "
                    "CoMensha.</b> Dat is verplicht voor "
                    "opsporingsdiensten; meestal doet de AVIM het.</li><li><b>Ook verdachte?</b> Meld bij ZSM of de "
                    "officier van justitie dat de persoon mogelijk slachtoffer is.</li></ol>",
                ),
                (
                    "callout",
                    {
                        "kind": "info",
                        "title": "Geen vaste formulieren in deze training",
                        "text": "<p>Interne werkinstructies, formulieren en codes staan niet in deze training. Volg "
                        "de instructies van je eigen eenheid. Twijfel je, bel dan de AVIM.</p>",
                    },
                ),
                (
                    "key_fact",
                    {
                        "fact": "Volgens de huidige Aanwijzing mensenhandel van het OM worden signalen van "
                        "mensenhandel in alle gevallen opgevolgd.",
                        "source": AW,
                    },
                ),
                (
                    "key_fact",
                    {
                        "fact": "Alle politie-eenheden horen signalen van mensenhandel en mensensmokkel te melden "
                        "bij het EMM. Daar komen signalen en onderzoeken samen.",
                        "source": EMM,
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "title": "Ook als de persoon ontkent",
                        "text": "<p>Slachtoffers zien zichzelf vaak niet als slachtoffer. Ze zijn bang voor "
                        "represailles of om zelf vervolgd te worden. Een 'nee' is dus geen reden om het signaal "
                        "te laten vallen. Leg vast wat je zag en hoorde.</p>",
                    },
                ),
                (
                    "case",
                    {
                        "title": "Een paspoort bij de 'manager'",
                        "setting": "station",
                        "situation": "<p>Aan de balie van het bureau zegt een jonge vrouw dat ze haar paspoort kwijt "
                        "is. Als je doorvraagt, vertelt ze dat haar 'manager' het altijd bewaart en het nu niet "
                        "terug wil geven. Ze moet eerst nog een schuld afbetalen. Daarna wil ze er niet meer "
                        "over praten.</p>",
                        "question": "Wat leg je vast, en aan wie geef je het door?",
                        "reflection": "<p>Je ziet signalen: geen beschikking over haar paspoort, een schuld en "
                        "iemand die controle heeft. Leg die vast in het politiesysteem, ook al wil ze niet "
                        "verder praten. Zet het signaal door naar de AVIM. Is ze een buitenlandse vrouw zonder "
                        "verblijfsrecht, vertel haar dan over aangifte en de B8/3-bedenktijd.</p>",
                    },
                ),
                (
                    "sources",
                    [
                        {"title": AW, "url": ""},
                        {"title": EMM, "url": ""},
                        {"title": COMB_ROAD, "url": ""},
                        {"title": CKM, "url": ""},
                        {"title": SEED, "url": SEED_URL},
                    ],
                ),
            ],
        },
        # ------------------------------------------------------------------ L6.3
        {
            "slug": "rechten-van-het-slachtoffer",
            "title": "Rechten van het slachtoffer: B8/3 en CoMensha",
            "intro": "Een buitenlands slachtoffer hoeft niet bang te zijn voor directe uitzetting. Jij vertelt dat.",
            "minutes": 5,
            "body": [
                (
                    "paragraph",
                    "<p>Veel buitenlandse slachtoffers zonder verblijfsrecht praten niet, uit angst om te worden "
                    "uitgezet. Daarvoor is de <b>B8/3-regeling</b> (een hoofdstuk van de Vreemdelingencirculaire; "
                    "vroeger B9). Daarmee kan een slachtoffer aangifte doen zonder dreiging van directe "
                    "uitzetting.</p>",
                ),
                (
                    "key_fact",
                    {
                        "fact": "Een mogelijk slachtoffer zonder verblijfsrecht krijgt een bedenktijd van maximaal "
                        "drie maanden. In die tijd is er opvang, medische zorg en financiële steun, en wordt "
                        "het vertrek opgeschort. De persoon beslist in die tijd of hij of zij aangifte doet of "
                        "op een andere manier meewerkt.",
                        "source": VC + "; " + COMB_B83,
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "info",
                        "title": "Ook bij een klein vermoeden",
                        "text": "<p>Je hoeft geen bewijs te hebben. Al bij een klein vermoeden van mensenhandel bied "
                        "je de bedenktijd aan. De AVIM doet de intake.</p>",
                    },
                ),
                (
                    "key_fact",
                    {
                        "fact": "Is een mogelijk slachtoffer een vreemdeling zonder rechtmatig verblijf, dan moet "
                        "de politie hem of haar altijd vertellen over het recht op aangifte en over de "
                        "B8/3-regeling.",
                        "source": COMB_B83,
                    },
                ),
                (
                    "paragraph",
                    "<h2>Aangifte en verblijf</h2><ul><li>Een aangifte geldt als aanvraag voor een tijdelijke "
                    "verblijfsvergunning, zolang opsporing en vervolging lopen.</li><li>De IND beslist over die "
                    "vergunning.</li><li>Sinds 2010 kan ook iemand die niet kan meewerken door ernstige dreiging of "
                    "medische of psychische redenen een vergunning krijgen.</li></ul>",
                ),
                (
                    "key_fact",
                    {
                        "fact": "Opsporingsdiensten, zoals politie, KMar en Inspectie SZW, zijn op grond van het "
                        "Besluit politiegegevens verplicht mogelijke slachtoffers te melden bij CoMensha. "
                        "Zorgorganisaties zijn dat niet. In de praktijk doet de AVIM de melding.",
                        "source": COMB_B83 + "; " + COMB_ROAD,
                    },
                ),
                (
                    "paragraph",
                    "<p>CoMensha registreert mogelijke slachtoffers landelijk en regelt de eerste opvang en zorg. Er "
                    "zijn ook regionale zorgcoördinatoren. Zo weet het slachtoffer waar het terechtkan.</p>",
                ),
                (
                    "case",
                    {
                        "title": "Bang om uitgezet te worden",
                        "setting": "station",
                        "situation": "<p>Een vrouw zonder verblijfsvergunning vertelt op het bureau over lange dagen "
                        "zonder loon en een 'baas' die haar bedreigt. Ze wil geen aangifte doen. Ze is bang dat "
                        "ze dan meteen het land uit moet.</p>",
                        "question": "Wat vertel je haar?",
                        "reflection": "<p>Vertel haar over haar recht op aangifte en over de B8/3-bedenktijd: "
                        "maximaal drie maanden rust, met opvang, om te beslissen. Beloof niets wat je niet kunt "
                        "waarmaken, zoals een vaste verblijfsvergunning. Leg de signalen vast en zet ze door "
                        "naar de AVIM. Die doet de intake en de melding bij CoMensha.</p>",
                    },
                ),
                (
                    "sources",
                    [
                        {"title": VC, "url": ""},
                        {"title": COMB_B83, "url": ""},
                        {"title": COMB_ROAD, "url": ""},
                        {"title": LOS, "url": ""},
                        {"title": TRW17, "url": ""},
                        {"title": REGIO, "url": ""},
                    ],
                ),
            ],
        },
    ],
    "quiz": {
        "title": "Toets: je ziet een signaal, wat doe je?",
        "intro": "Per poging krijg je 6 van de 8 vragen over de stappen bij een signaal en de rechten van een "
        "slachtoffer. Je slaagt met minstens 5 goede antwoorden van de 6 (70%).",
        "pass_mark": 70,
        "max_attempts": 0,
        "shuffle": True,
        "questions_per_attempt": 6,
        "questions": [
            {
                "key": "m6-q1",
                "kind": "single",
                "scenario": "",
                "prompt": "Wat moet volgens de huidige Aanwijzing mensenhandel van het OM met signalen van "
                "mensenhandel gebeuren?",
                "choices": [
                    {
                        "text": "Ze worden alleen opgevolgd als het slachtoffer zelf aangifte doet.",
                        "correct": False,
                        "feedback": "Nee. Opvolging hangt niet af van een aangifte.",
                    },
                    {
                        "text": "Ze worden alleen opgevolgd als het om een minderjarige gaat.",
                        "correct": False,
                        "feedback": "Nee. De regel geldt voor alle slachtoffers, jong en oud.",
                    },
                    {
                        "text": "Ze worden in alle gevallen opgevolgd, ook zonder aangifte.",
                        "correct": True,
                        "feedback": "Juist. Elk signaal krijgt een vervolg.",
                    },
                    {
                        "text": "Ze gaan naar de gemeente, die beslist of er iets mee gebeurt.",
                        "correct": False,
                        "feedback": "Nee. De gemeente is een partner, maar beslist hier niet over.",
                    },
                ],
                "explanation": "Volgens de Aanwijzing mensenhandel (2022) worden signalen van mensenhandel in alle "
                "gevallen opgevolgd. Daarom leg je elk signaal vast en zet je het door.",
                "source": AW,
                "indicators": [],
            },
            {
                "key": "m6-q2",
                "kind": "single",
                "scenario": "Je vermoedt dat een vrouw zonder verblijfsvergunning slachtoffer is van mensenhandel. "
                "Ze is bang om uitgezet te worden.",
                "prompt": "Wat bied je haar aan?",
                "choices": [
                    {
                        "text": "Informatie over aangifte en de B8/3-bedenktijd van maximaal drie maanden.",
                        "correct": True,
                        "feedback": "Juist. Dat doe je al bij een klein vermoeden.",
                    },
                    {
                        "text": "De uitleg dat ze eerst aangifte moet doen voordat ze recht heeft op opvang of "
                        "bedenktijd.",
                        "correct": False,
                        "feedback": "Nee. De bedenktijd is er juist om in alle rust te beslissen óf ze aangifte doet.",
                    },
                    {
                        "text": "De uitleg dat ze pas bedenktijd krijgt als de recherche bewijs van mensenhandel "
                        "heeft.",
                        "correct": False,
                        "feedback": "Nee. Een klein vermoeden is genoeg; bewijs is niet nodig.",
                    },
                    {
                        "text": "De belofte van een vaste verblijfsvergunning als ze nu een verklaring aflegt.",
                        "correct": False,
                        "feedback": "Nee. Die belofte kun je niet doen; de IND beslist over verblijf.",
                    },
                ],
                "explanation": "Met de B8/3-regeling krijgt een mogelijk slachtoffer maximaal drie maanden "
                "bedenktijd, met opvang en zorg. Je biedt die al aan bij een klein vermoeden, en je informeert "
                "altijd over het recht op aangifte.",
                "source": VC + "; " + COMB_B83,
                "indicators": ["alg-angst"],
            },
            {
                "key": "m6-q3",
                "kind": "single",
                "scenario": "",
                "prompt": "Bij welke organisatie moeten opsporingsdiensten een mogelijk slachtoffer verplicht melden "
                "voor de landelijke registratie?",
                "choices": [
                    {
                        "text": "De Immigratie- en Naturalisatiedienst (IND)",
                        "correct": False,
                        "feedback": "Nee. De IND beslist over verblijf, maar registreert geen slachtoffers.",
                    },
                    {
                        "text": "Slachtofferhulp Nederland",
                        "correct": False,
                        "feedback": "Nee. Slachtofferhulp is een partner bij ZSM, maar niet het registratiepunt.",
                    },
                    {
                        "text": "De Raad voor de Kinderbescherming",
                        "correct": False,
                        "feedback": "Nee. De Raad speelt een rol bij minderjarigen, maar registreert geen "
                        "slachtoffers.",
                    },
                    {
                        "text": "CoMensha",
                        "correct": True,
                        "feedback": "Juist. Opsporingsdiensten zijn verplicht mogelijke slachtoffers bij CoMensha te "
                        "melden.",
                    },
                ],
                "explanation": "Politie, KMar en Inspectie SZW moeten mogelijke slachtoffers op grond van het "
                "Besluit politiegegevens melden bij CoMensha. In de praktijk doet de AVIM dat.",
                "source": COMB_B83 + "; " + COMB_ROAD,
                "indicators": [],
            },
            {
                "key": "m6-q4",
                "kind": "multiple",
                "scenario": "Bij een controle in een nagelsalon zie je een jonge medewerkster die geen ID heeft. De "
                "eigenaar zegt dat hij haar paspoort bewaart en wil voor haar tolken.",
                "prompt": "Welke stappen horen bij een goede aanpak? Kies alle juiste.",
                "choices": [
                    {
                        "text": "Je laat de eigenaar tolken, want hij kent haar het best.",
                        "correct": False,
                        "feedback": "Nee. Hij is mogelijk degene die haar controleert.",
                    },
                    {
                        "text": "Je spreekt haar apart, zo nodig met een onafhankelijke tolk.",
                        "correct": True,
                        "feedback": "Juist. Zo hoor je haar eigen verhaal.",
                    },
                    {
                        "text": "Je legt de signalen vast in het politiesysteem.",
                        "correct": True,
                        "feedback": "Juist. Ook als zij ontkent.",
                    },
                    {
                        "text": "Je laat het rusten als ze zegt dat alles in orde is.",
                        "correct": False,
                        "feedback": "Nee. Slachtoffers ontkennen vaak uit angst.",
                    },
                    {
                        "text": "Je zet het signaal door naar de AVIM.",
                        "correct": True,
                        "feedback": "Juist. De AVIM is het gespecialiseerde team.",
                    },
                ],
                "explanation": "Spreek haar apart, leg de signalen vast en zet ze door naar de AVIM. Een ingehouden "
                "paspoort en een 'baas' die het woord voert zijn signalen, ook als zij ontkent.",
                "source": NL_SIG + "; " + AW,
                "indicators": ["alg-geen-id", "arb-inhouden-id", "arb-isolatie"],
            },
            {
                "key": "m6-q5",
                "kind": "true_false",
                "scenario": "Je hebt een meisje van 13 aangehouden. Een vrouw komt naar het bureau en zegt haar "
                "tante te zijn. Het meisje knikt als je vraagt of dat klopt.",
                "prompt": "Je mag het meisje nu meegeven, want ze bevestigt zelf dat het haar tante is.",
                "choices": [
                    {
                        "text": "Waar",
                        "correct": False,
                        "feedback": "Nee. Een kind kan bang zijn of geleerd hebben wat het moet zeggen.",
                    },
                    {
                        "text": "Niet waar",
                        "correct": True,
                        "feedback": "Juist. Een knik is geen controle. En ook als ze echt haar tante is: bij "
                        "signalen beslist de jeugdbescherming.",
                    },
                ],
                "explanation": "Na 13Oceans bleek dat kinderen vaak werden meegegeven aan iemand die zich als "
                "familielid voordeed. Een knik van het kind is geen controle. Ook een echt familielid kan de "
                "uitbuiter zijn. Laat de jeugdbescherming beslissen: betrek de Raad voor de "
                "Kinderbescherming.",
                "source": NRC18,
                "indicators": ["min-onbekende-familie", "min-geintimideerd"],
            },
            {
                "key": "m6-q6",
                "kind": "single",
                "scenario": "Op straat spreek je een man die zegt dat hij voor een 'baas' werkt, op het werk slaapt "
                "en geen paspoort meer heeft. Hij heeft geen verblijfsvergunning.",
                "prompt": "Welke aanpak past het best?",
                "choices": [
                    {
                        "text": "Eerst veiligheid en meteen uitleg over aangifte en B8/3; dan vastleggen en "
                        "doorzetten naar de AVIM.",
                        "correct": True,
                        "feedback": "Juist. Veiligheid gaat voor, en een buitenlands slachtoffer hoort direct over "
                        "zijn rechten.",
                    },
                    {
                        "text": "Eerst vastleggen in het systeem. Daarna, als er tijd is, veiligheid en doorzetten "
                        "naar de AVIM.",
                        "correct": False,
                        "feedback": "Nee. Veiligheid komt altijd eerst.",
                    },
                    {
                        "text": "Eerst de 'baas' bellen voor zijn kant van het verhaal. Daarna pas de man apart "
                        "spreken.",
                        "correct": False,
                        "feedback": "Nee. Zo waarschuw je de mogelijke uitbuiter en breng je de man in gevaar.",
                    },
                    {
                        "text": "Eerst wachten tot de man aangifte doet. Daarna vastleggen en doorzetten naar de AVIM.",
                        "correct": False,
                        "feedback": "Nee. Je zet een signaal altijd door, ook zonder aangifte.",
                    },
                ],
                "explanation": "Veiligheid gaat voor. Een buitenlandse persoon zonder verblijfsrecht vertel je "
                "meteen, al bij een klein vermoeden, over aangifte en de B8/3-bedenktijd. Daarna leg je het "
                "signaal vast en zet je het door naar de AVIM (en via de eenheid naar het EMM). De volgorde is "
                "samengesteld uit de bronnen; het is geen officiële politie-instructie.",
                "source": AW + "; " + COMB_B83,
                "indicators": ["arb-wonen-op-werk-zwart", "arb-inhouden-id", "alg-afhankelijkheid"],
            },
            {
                "key": "m6-q7",
                "kind": "single",
                "scenario": "Bij een controle op een station tref je een jongen van 15 zonder papieren. Hij zegt "
                "dat hij "
                "zonder ouders uit het buitenland is gekomen en bij 'een vriend van een neef' slaapt, van wie hij "
                "het adres niet weet.",
                "prompt": "Wie betrek je voor zijn bescherming?",
                "choices": [
                    {
                        "text": "De IND, want die moet eerst over zijn verblijf beslissen",
                        "correct": False,
                        "feedback": "Nee. De IND beslist over verblijf, maar zorgt niet voor zijn bescherming.",
                    },
                    {
                        "text": "Nidos, voor de voogdij over alleenstaande buitenlandse minderjarigen, en de Raad voor "
                        "de Kinderbescherming",
                        "correct": True,
                        "feedback": "Juist. Zet het signaal daarnaast door naar de AVIM.",
                    },
                    {
                        "text": "CoMensha, dat de voogdij over hem overneemt",
                        "correct": False,
                        "feedback": "Nee. CoMensha registreert en coördineert opvang, maar is geen voogd.",
                    },
                    {
                        "text": "De 'vriend van de neef', zodat de jongen een slaapplek houdt",
                        "correct": False,
                        "feedback": "Nee. Van die volwassene weet je niet wie hij is; hij kan bij de uitbuiters horen.",
                    },
                ],
                "explanation": "Een alleenstaande buitenlandse minderjarige zonder papieren en zonder vast adres laat "
                "signalen zien. Betrek Nidos (voogdij) en de Raad voor de Kinderbescherming, leg het signaal vast "
                "en zet het door naar de AVIM.",
                "source": PAR17 + "; " + LDH17,
                "indicators": ["min-geen-ouders", "min-geen-papieren", "alg-isolatie"],
            },
            {
                "key": "m6-q8",
                "kind": "single",
                "scenario": "Bij een controle in een loods spreek je drie mogelijke slachtoffers: een Nederlandse "
                "vrouw, een man uit een ander EU-land die hier rechtmatig verblijft, en een vrouw van buiten de EU "
                "zonder verblijfsvergunning.",
                "prompt": "Wie wijs je op de B8/3-bedenktijd?",
                "choices": [
                    {
                        "text": "Alle drie, want de B8/3-regeling geldt voor elk slachtoffer",
                        "correct": False,
                        "feedback": "Nee. Alle drie vertel je over aangifte, maar B8/3 is voor vreemdelingen zonder "
                        "rechtmatig verblijf.",
                    },
                    {
                        "text": "Niemand, zolang er nog geen aangifte is gedaan",
                        "correct": False,
                        "feedback": "Nee. De bedenktijd is er juist om te beslissen óf iemand aangifte doet.",
                    },
                    {
                        "text": "De vrouw zonder verblijfsvergunning",
                        "correct": True,
                        "feedback": "Juist. B8/3 is voor vreemdelingen zonder rechtmatig verblijf.",
                    },
                    {
                        "text": "Alleen wie al bewijs van de uitbuiting kan laten zien",
                        "correct": False,
                        "feedback": "Nee. Al bij een klein vermoeden bied je de bedenktijd aan.",
                    },
                ],
                "explanation": "De B8/3-regeling is bedoeld voor vreemdelingen zonder rechtmatig verblijf die "
                "(mogelijk) slachtoffer zijn. Zij krijgen maximaal drie maanden bedenktijd. Iedereen vertel je "
                "over het recht op aangifte.",
                "source": VC + "; " + COMB_B83,
                "indicators": ["alg-angst"],
            },
        ],
    },
}
