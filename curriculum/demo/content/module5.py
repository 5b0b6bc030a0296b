"""Module 5 — Slachtoffer én verdachte: non-punishment en bejegening."""

SEED = "Kamerbrief Minister van Veiligheid en Justitie, 1 juni 2017 (Kamerstuk 28 638, nr. 158)"
SEED_URL = "https://zoek.officielebekendmakingen.nl/kst-28638-158.html"
AW = "Aanwijzing mensenhandel van het OM (2022A002, Stcrt. 2022, 5901)"
EU = "Richtlijn 2011/36/EU, art. 8"
COE = "Verdrag van de Raad van Europa inzake bestrijding van mensenhandel (2005)"
NRC18 = "NRC, 'Kennisgebrek bij politie over mensenhandel', 21 januari 2018"
TRW18 = "Trouw, januari 2018, over de interne analyse van politie en OM na 13Oceans"
CKM = "CKM, landelijk onderzoek criminele uitbuiting 'Changing perspectives' (2022)"
ZSM = "ZSM-werkwijze: strafrechtketen.nl, politie.nl en om.nl"
COMB = "CoMensha, 'Wat is de B8/3?' (comensha.nl)"
RVDK = "Raad voor de Kinderbescherming, beschrijving rondtrekkende minderjarigen (via schulinck.nl)"
NL_SIG = "Nederlandse signalenlijsten mensenhandel (Veiligheidshuis Zeeland; maakhetzichtbaar.nl)"
GOOD = "Algemene goede praktijk bij gesprekken met mogelijke slachtoffers (niet uit één specifieke bron)"

MODULE = {
    "slug": "slachtoffer-en-verdachte",
    "title": "Slachtoffer én verdachte: non-punishment en bejegening",
    "summary": "Wie onder dwang een strafbaar feit pleegt, kan ook slachtoffer zijn. Je leert wat het "
    "non-punishment-beginsel voor jou betekent en hoe je een mogelijk slachtoffer benadert.",
    "objectives": [
        "Je herkent wanneer een aangehouden persoon mogelijk slachtoffer van mensenhandel is.",
        "Je kunt uitleggen wat het non-punishment-beginsel inhoudt en wat jouw rol daarin is.",
        "Je weet hoe je bij ZSM of de officier van justitie aangeeft dat een verdachte mogelijk slachtoffer is.",
        "Je voert een eerste gesprek op een manier die veiligheid en vertrouwen geeft.",
    ],
    "minutes": 14,
    "mandatory": False,
    "tags": ["non-punishment", "zsm", "bejegening", "minderjarigen"],
    "lessons": [
        # ------------------------------------------------------------------ L5.1
        {
            "slug": "non-punishment-beginsel",
            "title": "Het non-punishment-beginsel",
            "intro": "Een slachtoffer hoort niet gestraft te worden voor wat het onder dwang moest doen.",
            "minutes": 5,
            "body": [
                (
                    "paragraph",
                    "<p>Slachtoffers van mensenhandel plegen soms zelf strafbare feiten: stelen, drugs vervoeren, "
                    "met valse papieren reizen. Vaak omdat iemand hen daartoe dwingt. Het "
                    "<b>non-punishment-beginsel</b> zegt: bescherm slachtoffers tegen vervolging en straf voor "
                    "feiten die ze moesten plegen als gevolg van de mensenhandel.</p>",
                ),
                (
                    "key_fact",
                    {
                        "fact": "Volgens de huidige Aanwijzing mensenhandel van het OM moeten slachtoffers beschermd "
                        "worden tegen vervolging voor strafbare feiten die zij als slachtoffer van mensenhandel "
                        "moesten plegen.",
                        "source": AW,
                    },
                ),
                (
                    "key_fact",
                    {
                        "fact": "De Europese richtlijn tegen mensenhandel verplicht lidstaten ervoor te zorgen dat "
                        "hun autoriteiten mogen afzien van vervolging of straf van slachtoffers voor zulke "
                        "feiten. Het is dus een bevoegdheid, geen automatische vrijstelling.",
                        "source": EU,
                    },
                ),
                (
                    "paragraph",
                    "<p>Ook het Verdrag van de Raad van Europa tegen mensenhandel (2005) bevat een bepaling over het "
                    "niet straffen van slachtoffers. Het OM beslist of iemand wordt vervolgd. Jij zorgt dat het OM "
                    "de signalen kent.</p>",
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "title": "Wat betekent dit voor jou?",
                        "text": "<p>Leg het strafbare feit vast <b>én</b> de signalen van mogelijk slachtofferschap. "
                        "Meld bij ZSM of de officier van justitie dat de persoon mogelijk onder dwang handelde. "
                        "Zet het signaal ook door naar de AVIM.</p>",
                    },
                ),
                (
                    "key_fact",
                    {
                        "fact": "Volgens berichtgeving over een interne analyse van politie en OM (2016) werd het "
                        "non-punishment-beginsel toen niet standaard toegepast.",
                        "source": NRC18,
                    },
                ),
                (
                    "case",
                    {
                        "title": "Elke dag een bedrag inleveren",
                        "setting": "zsm",
                        "situation": "<p>Een vrouw van 22 is aangehouden voor winkeldiefstal. In het verhoor zegt ze "
                        "dat ze elke dag een vast bedrag moet 'inleveren' bij iemand. Ze heeft geen ID. Ze "
                        "vraagt of ze snel weg mag, anders 'wordt hij boos'.</p>",
                        "question": "Wat leg je vast, en wat meld je bij ZSM?",
                        "reflection": "<p>Leg de diefstal vast en ook de signalen: opbrengst afgeven, geen ID, angst "
                        "voor een ander. Meld bij ZSM dat zij mogelijk slachtoffer is van criminele uitbuiting. "
                        "Zet het signaal door naar de AVIM. Het OM beslist daarna over vervolging.</p>",
                    },
                ),
                (
                    "sources",
                    [
                        {"title": AW, "url": ""},
                        {"title": EU, "url": ""},
                        {"title": COE, "url": ""},
                        {"title": NRC18, "url": ""},
                    ],
                ),
            ],
        },
        # ------------------------------------------------------------------ L5.2
        {
            "slug": "in-gesprek",
            "title": "In gesprek met een mogelijk slachtoffer",
            "intro": "Een slachtoffer noemt zichzelf zelden zo. Hoe zorg je dat je het echte verhaal hoort?",
            "minutes": 5,
            "body": [
                (
                    "paragraph",
                    "<p>Slachtoffers zien zichzelf vaak niet als slachtoffer. Ze zijn bang voor represailles, of "
                    "bang om zelf vervolgd te worden. Soms is de uitbuiter een partner, ouder of 'vriend'. Verwacht "
                    "dus geen hulpvraag. Jouw houding bepaalt of iemand iets durft te vertellen.</p>",
                ),
                (
                    "key_fact",
                    {
                        "fact": "Slachtoffers van criminele uitbuiting zien zichzelf vaak niet als slachtoffer. Ze "
                        "zijn bang voor represailles of voor vervolging.",
                        "source": CKM,
                    },
                ),
                (
                    "paragraph",
                    "<h2>Zo voer je het gesprek</h2><ul><li>Spreek de persoon <b>apart</b>, niet waar een mogelijke "
                    "uitbuiter bij is.</li><li>Gebruik een <b>onafhankelijke tolk</b> als dat nodig is. Nooit de "
                    "baas, partner of 'vriend'.</li><li>Stel open vragen en neem de tijd.</li><li>Doe <b>geen "
                    "beloftes</b> die je niet kunt waarmaken, zoals een verblijfsvergunning.</li><li>Buitenlandse "
                    "persoon zonder verblijfsrecht? Vertel over aangifte en de B8/3-bedenktijd.</li></ul>",
                ),
                (
                    "callout",
                    {
                        "kind": "info",
                        "title": "Dit is goede praktijk",
                        "text": "<p>Deze gesprekstips komen niet uit één voorschrift. Het is algemene goede "
                        "praktijk. Volg daarnaast de regels voor het horen van verdachten en minderjarigen.</p>",
                    },
                ),
                (
                    "signal_list",
                    {
                        "title": "Signalen die je in het gesprek kunt horen",
                        "category": "general",
                        "intro": "Luister naar wat iemand vertelt, en naar wat hij of zij niet weet.",
                        "signals": [
                            "Weet het eigen adres of werkadres niet",
                            "Moet een schuld afbetalen aan de baas of tussenpersoon",
                            "Een ander bewaart paspoort of geld",
                            "Is bang voor uitzetting, geweld of wat er gebeurt na het gesprek",
                            "Familie wordt bedreigd",
                        ],
                    },
                ),
                (
                    "case",
                    {
                        "title": "'Er is niks aan de hand'",
                        "setting": "station",
                        "situation": "<p>Op het bureau spreek je een jonge man. Hij werkte in een kas en heeft geen "
                        "paspoort bij zich. Hij zegt steeds dat er 'niks aan de hand' is. Als je vraagt waar "
                        "hij woont, weet hij het adres niet. Hij kijkt steeds naar zijn telefoon.</p>",
                        "question": "Laat je het hierbij?",
                        "reflection": "<p>Nee. Een ontkenning is geen reden om het signaal te laten vallen. Geen "
                        "paspoort en het adres niet weten zijn signalen. Leg ze vast en zet ze door naar de "
                        "AVIM. Vertel hem over zijn rechten, zonder beloftes die je niet kunt waarmaken.</p>",
                    },
                ),
                (
                    "sources",
                    [
                        {"title": CKM, "url": ""},
                        {"title": GOOD, "url": ""},
                        {"title": NL_SIG, "url": ""},
                        {"title": COMB, "url": ""},
                    ],
                ),
            ],
        },
        # ------------------------------------------------------------------ L5.3
        {
            "slug": "zsm-en-minderjarigen",
            "title": "ZSM en minderjarigen",
            "intro": "Bij ZSM komen uitgebuite kinderen langs als verdachte. Daar kun jij het verschil maken.",
            "minutes": 4,
            "body": [
                (
                    "paragraph",
                    "<p>Bij <b>ZSM</b> beslissen OM, politie, Reclassering, Raad voor de Kinderbescherming en "
                    "Slachtofferhulp (en Halt) samen en snel over veelvoorkomende criminaliteit, zoals "
                    "winkeldiefstal. Vaak binnen een paar uur. Juist daar komen kinderen langs die voor een ander "
                    "stelen. Als niemand de signalen ziet, wordt een slachtoffer snel afgedaan als dader.</p>",
                ),
                (
                    "key_fact",
                    {
                        "fact": "In juni 2017 schreef de minister dat de leden van het 13Oceans-team 'dit jaar' "
                        "voorlichting gaan geven aan de opsporing en bij ZSM, om hun kennis over de aanpak te "
                        "delen.",
                        "source": SEED,
                    },
                ),
                (
                    "key_fact",
                    {
                        "fact": "Volgens berichtgeving over een interne analyse van politie en OM (2016) werden "
                        "uitgebuite minderjarigen eerst als jeugdige daders behandeld. Hun feiten werden "
                        "afgedaan als kleine criminaliteit of 'mobiel banditisme'.",
                        "source": NRC18 + "; " + TRW18,
                    },
                ),
                (
                    "signal_list",
                    {
                        "title": "Signalen bij een aangehouden minderjarige",
                        "category": "minors",
                        "intro": "Zie je dit bij ZSM, meld dan dat het kind mogelijk slachtoffer is.",
                        "signals": [
                            "Geen contact met ouders of voogd, of gegevens van ouders onbekend",
                            "Geen of valse identiteitspapieren",
                            "Geen vaste verblijfplaats, trekt rond zonder contact met de ouders",
                            "Vaker aangehouden voor hetzelfde feit in andere plaatsen",
                            "Een volwassene meldt zich als 'familie' en wil het kind meteen meenemen",
                            "Lijkt angstig of gedraagt zich anders dan leeftijdsgenoten",
                        ],
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": "Snel afdoen is niet altijd slim",
                        "text": "<p>ZSM is gemaakt voor snelheid. Maar zie je signalen van uitbuiting, meld dat dan "
                        "expliciet aan de officier van justitie en de Raad voor de Kinderbescherming. Zo wordt "
                        "het kind niet teruggestuurd naar de uitbuiter.</p>",
                    },
                ),
                (
                    "case",
                    {
                        "title": "'Het geld moet naar de baas'",
                        "setting": "zsm",
                        "situation": "<p>Een jongen van 15 wordt bij ZSM voorgeleid voor winkeldiefstal. Hij vertelt "
                        "dat hij 'het geld moet afgeven aan de baas'. Hij heeft geen vast adres.</p>",
                        "question": "Wat is jouw stap?",
                        "reflection": "<p>Leg het signaal vast en meld bij ZSM en de officier van justitie dat hij "
                        "mogelijk slachtoffer is van criminele uitbuiting. Zorg dat de Raad voor de "
                        "Kinderbescherming meekijkt. Zet het signaal door naar de AVIM. Geef hem niet zomaar "
                        "mee aan een volwassene: bij signalen beslist de jeugdbescherming, ook als die volwassene "
                        "echt familie is.</p>",
                    },
                ),
                (
                    "sources",
                    [
                        {"title": ZSM, "url": ""},
                        {"title": SEED, "url": SEED_URL},
                        {"title": NRC18, "url": ""},
                        {"title": TRW18, "url": ""},
                        {"title": RVDK, "url": ""},
                    ],
                ),
            ],
        },
    ],
    "quiz": {
        "title": "Toets: slachtoffer én verdachte",
        "intro": "Per poging krijg je 6 van de 8 vragen over non-punishment, ZSM en het gesprek met een mogelijk "
        "slachtoffer. Je slaagt met minstens 5 goede antwoorden van de 6 (70%).",
        "pass_mark": 70,
        "max_attempts": 0,
        "shuffle": True,
        "questions_per_attempt": 6,
        "questions": [
            {
                "key": "m5-q1",
                "kind": "single",
                "scenario": "",
                "prompt": "Wat houdt het non-punishment-beginsel in?",
                "choices": [
                    {
                        "text": "Slachtoffers van mensenhandel worden nooit als getuige of als verdachte gehoord.",
                        "correct": False,
                        "feedback": "Nee. Horen mag gewoon; het gaat om vervolging en straf.",
                    },
                    {
                        "text": "Slachtoffers worden beschermd tegen straf voor feiten die ze als slachtoffer "
                        "moesten plegen.",
                        "correct": True,
                        "feedback": "Juist. Het OM beslist, op basis van de signalen die jij vastlegt.",
                    },
                    {
                        "text": "Verdachten van mensenhandel krijgen strafvermindering als ze bekennen.",
                        "correct": False,
                        "feedback": "Nee. Het beginsel gaat over slachtoffers, niet over daders.",
                    },
                    {
                        "text": "De politie maakt geen proces-verbaal op van feiten door slachtoffers.",
                        "correct": False,
                        "feedback": "Nee. Je legt het feit juist vast, samen met de signalen.",
                    },
                ],
                "explanation": "Slachtoffers horen beschermd te worden tegen vervolging en straf voor feiten die ze "
                "als direct gevolg van de mensenhandel moesten plegen. Jij legt het feit én het mogelijke "
                "slachtofferschap vast en meldt dat bij ZSM of de officier van justitie; het OM beslist.",
                "source": AW + "; " + EU,
                "indicators": [],
            },
            {
                "key": "m5-q2",
                "kind": "single",
                "scenario": "Een jongen die bij ZSM wordt voorgeleid voor winkeldiefstal, vertelt dat hij 'het geld "
                "moet afgeven aan de baas'.",
                "prompt": "Wat is de juiste stap?",
                "choices": [
                    {
                        "text": "Snel afdoen met een strafbeschikking, want het is een eenvoudige winkeldiefstal.",
                        "correct": False,
                        "feedback": "Nee. Dan mis je een mogelijk slachtoffer.",
                    },
                    {
                        "text": "Alleen de winkel en zijn ouders informeren over de afloop, en het dossier sluiten.",
                        "correct": False,
                        "feedback": "Nee. Het signaal van uitbuiting blijft dan liggen.",
                    },
                    {
                        "text": "De 'baas' bellen om te vragen of het verhaal klopt.",
                        "correct": False,
                        "feedback": "Nee. Zo waarschuw je de mogelijke uitbuiter.",
                    },
                    {
                        "text": "Vastleggen, bij ZSM melden: mogelijk slachtoffer, en doorzetten naar de AVIM.",
                        "correct": True,
                        "feedback": "Juist. Zo kan het OM het non-punishment-beginsel toepassen.",
                    },
                ],
                "explanation": "Geld afgeven aan een 'baas' is een signaal van criminele uitbuiting. Bij ZSM komen "
                "uitgebuite minderjarigen langs; daarom zouden de 13Oceans-teamleden volgens de Kamerbrief van "
                "juni 2017 dat jaar ook daar voorlichting geven.",
                "source": SEED + "; " + AW,
                "indicators": ["crim-opbrengst-afgeven", "crim-aansturing"],
            },
            {
                "key": "m5-q3",
                "kind": "true_false",
                "scenario": "Een mogelijk slachtoffer ontkent stellig dat er iets aan de hand is.",
                "prompt": "Je legt de signalen toch vast en zet ze door.",
                "choices": [
                    {
                        "text": "Waar",
                        "correct": True,
                        "feedback": "Juist. Slachtoffers ontkennen vaak uit angst of omdat ze zich geen slachtoffer "
                        "voelen.",
                    },
                    {
                        "text": "Niet waar",
                        "correct": False,
                        "feedback": "Nee. Een ontkenning is geen reden om het signaal te laten vallen.",
                    },
                ],
                "explanation": "Slachtoffers zien zichzelf vaak niet als slachtoffer, of zijn bang voor "
                "represailles. Volgens de huidige Aanwijzing mensenhandel worden signalen in alle gevallen "
                "opgevolgd.",
                "source": CKM + "; " + AW,
                "indicators": ["alg-angst"],
            },
            {
                "key": "m5-q4",
                "kind": "multiple",
                "scenario": "Je gaat in gesprek met een vrouw die mogelijk slachtoffer is. Haar 'werkgever' staat "
                "erbij en biedt aan te tolken.",
                "prompt": "Wat hoort bij een goed eerste gesprek? Kies alle juiste.",
                "choices": [
                    {
                        "text": "Je spreekt haar apart, buiten gehoor van de werkgever.",
                        "correct": True,
                        "feedback": "Juist. Dan durft ze meer te vertellen.",
                    },
                    {
                        "text": "Je laat de werkgever tolken, dat gaat het snelst.",
                        "correct": False,
                        "feedback": "Nee. Hij is mogelijk degene die haar controleert.",
                    },
                    {
                        "text": "Je regelt zo nodig een onafhankelijke tolk.",
                        "correct": True,
                        "feedback": "Juist. Een onafhankelijke tolk geeft haar veiligheid.",
                    },
                    {
                        "text": "Je belooft haar een verblijfsvergunning als ze praat.",
                        "correct": False,
                        "feedback": "Nee. Doe geen beloftes die je niet kunt waarmaken; de IND beslist.",
                    },
                ],
                "explanation": "Spreek een mogelijk slachtoffer apart, met een onafhankelijke tolk als dat nodig is, "
                "en doe geen beloftes die je niet kunt waarmaken. Dit is algemene goede praktijk.",
                "source": GOOD,
                "indicators": ["sek-controle", "alg-afhankelijkheid"],
            },
            {
                "key": "m5-q5",
                "kind": "single",
                "scenario": "",
                "prompt": "Waarom is ZSM een belangrijk moment om criminele uitbuiting van minderjarigen te herkennen?",
                "choices": [
                    {
                        "text": "Omdat bij ZSM alleen zware zaken komen, zoals mensenhandel.",
                        "correct": False,
                        "feedback": "Nee. ZSM gaat juist over veelvoorkomende criminaliteit.",
                    },
                    {
                        "text": "Omdat de AVIM bij ZSM alle zaken zelf afhandelt.",
                        "correct": False,
                        "feedback": "Nee. De AVIM is geen vaste ZSM-partner; jij zet het signaal door.",
                    },
                    {
                        "text": "Omdat uitgebuite kinderen daar als verdachte langskomen.",
                        "correct": True,
                        "feedback": "Juist. Daar kun je zien dat een 'dader' een slachtoffer kan zijn.",
                    },
                    {
                        "text": "Omdat kinderen bij ZSM nooit vervolgd mogen worden.",
                        "correct": False,
                        "feedback": "Nee. Het OM beslist per zaak; jij zorgt dat de signalen bekend zijn.",
                    },
                ],
                "explanation": "Bij ZSM wordt snel besloten over veelvoorkomende criminaliteit, zoals "
                "winkeldiefstal. Uitgebuite kinderen komen daar als verdachte langs. Daarom kondigde de minister "
                "in juni 2017 aan dat het 13Oceans-team dat jaar ook bij ZSM voorlichting zou geven.",
                "source": ZSM + "; " + SEED,
                "indicators": ["crim-herhaalde-aanhouding", "min-geen-ouders"],
            },
            {
                "key": "m5-q6",
                "kind": "single",
                "scenario": "",
                "prompt": "Wat regelt artikel 8 van de Europese richtlijn tegen mensenhandel (2011/36/EU)?",
                "choices": [
                    {
                        "text": "Dat slachtoffers nooit meer een strafblad kunnen krijgen, wat ze ook doen.",
                        "correct": False,
                        "feedback": "Nee. Het is geen automatische vrijstelling.",
                    },
                    {
                        "text": "Dat autoriteiten mogen afzien van vervolging of straf van slachtoffers voor feiten "
                        "die een direct gevolg waren van de mensenhandel.",
                        "correct": True,
                        "feedback": "Juist. Het is een bevoegdheid van de autoriteiten.",
                    },
                    {
                        "text": "Dat elke lidstaat een eigen rechtbank voor mensenhandel moet hebben.",
                        "correct": False,
                        "feedback": "Nee. Daar gaat artikel 8 niet over.",
                    },
                    {
                        "text": "Dat de politie verdachten van mensenhandel direct mag uitzetten.",
                        "correct": False,
                        "feedback": "Nee. Artikel 8 gaat over de bescherming van slachtoffers.",
                    },
                ],
                "explanation": "Artikel 8 zegt dat autoriteiten bevoegd moeten zijn om af te zien van vervolging of "
                "straf van slachtoffers voor strafbare feiten die een direct gevolg waren van de mensenhandel. "
                "In Nederland werkt de Aanwijzing mensenhandel van het OM dit uit.",
                "source": EU + "; " + AW,
                "indicators": [],
            },
            {
                "key": "m5-q7",
                "kind": "single",
                "scenario": "Een vrouw van 19 wordt bij ZSM voorgeleid: ze had drugs in haar koffer. Ze vertelt dat "
                "een man haar reis betaalde en dreigde haar familie iets aan te doen als ze weigerde.",
                "prompt": "Wat breng je in bij ZSM?",
                "choices": [
                    {
                        "text": "Dat ze niet vervolgd mag worden, omdat ze een slachtoffer is",
                        "correct": False,
                        "feedback": "Nee. Het is geen automatische vrijstelling; het OM beslist over vervolging.",
                    },
                    {
                        "text": "Alleen het drugsvervoer; de dreiging is haar verweer en dat is een zaak voor haar "
                        "advocaat",
                        "correct": False,
                        "feedback": "Nee. Dan mist het OM de signalen die het nodig heeft om non-punishment te wegen.",
                    },
                    {
                        "text": "Het feit én de signalen: ze is mogelijk slachtoffer van mensenhandel",
                        "correct": True,
                        "feedback": "Juist. Het OM kan dan het non-punishment-beginsel wegen.",
                    },
                    {
                        "text": "Alleen de dreiging; het drugsvervoer laat je uit het proces-verbaal",
                        "correct": False,
                        "feedback": "Nee. Je legt het feit gewoon vast, samen met de signalen.",
                    },
                ],
                "explanation": "Kwetsbare mensen ronselen om drugs te smokkelen kan mensenhandel zijn (Hoge Raad "
                "2015). Bedreiging van familie is een signaal. Leg het feit én de signalen vast en meld bij ZSM of "
                "de officier van justitie dat zij mogelijk slachtoffer is. Het OM beslist of vervolging op zijn "
                "plaats is.",
                "source": AW + "; " + EU + "; Hoge Raad 2015, ECLI:NL:HR:2015:3309",
                "indicators": ["alg-bedreiging-familie", "crim-aansturing"],
            },
            {
                "key": "m5-q8",
                "kind": "multiple",
                "scenario": "Op het bureau spreek je een man die mogelijk slachtoffer is van arbeidsuitbuiting. Hij "
                "heeft geen verblijfsvergunning en spreekt weinig Nederlands. Hij vraagt of hij mag blijven als hij "
                "praat.",
                "prompt": "Wat doe je? Kies alle juiste.",
                "choices": [
                    {
                        "text": "Je belooft dat hij mag blijven als hij aangifte doet",
                        "correct": False,
                        "feedback": "Nee. Die belofte kun je niet waarmaken; de IND beslist over verblijf.",
                    },
                    {
                        "text": "Je regelt een onafhankelijke tolk",
                        "correct": True,
                        "feedback": "Juist. Zo hoor je zijn eigen verhaal.",
                    },
                    {
                        "text": "Je vraagt zijn werkgever om te tolken",
                        "correct": False,
                        "feedback": "Nee. De werkgever kan degene zijn die hem uitbuit.",
                    },
                    {
                        "text": "Je vertelt over zijn recht op aangifte en over de B8/3-bedenktijd",
                        "correct": True,
                        "feedback": "Juist. Dat doe je al bij een klein vermoeden.",
                    },
                    {
                        "text": "Je legt uit dat de IND over verblijf beslist",
                        "correct": True,
                        "feedback": "Juist. Eerlijk zijn over wat jij niet beslist, geeft vertrouwen.",
                    },
                ],
                "explanation": "Gebruik een onafhankelijke tolk, informeer een buitenlandse persoon zonder "
                "verblijfsrecht over aangifte en de B8/3-bedenktijd, en doe geen beloftes die je niet kunt "
                "waarmaken: over verblijf beslist de IND.",
                "source": COMB + "; " + GOOD,
                "indicators": ["alg-angst"],
            },
        ],
    },
}
