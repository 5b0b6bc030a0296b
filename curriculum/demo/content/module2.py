"""Module 2 — Signalen van seksuele uitbuiting."""

NL_SIG = "Nederlandse signalenlijsten mensenhandel (Veiligheidshuis Zeeland; maakhetzichtbaar.nl)"
ZEELAND = "Signalenlijst mensenhandel Veiligheidshuis Zeeland; informatiepuntmensenhandel.nl, 'Wat zijn de signalen'"
OM_IND = "HVO-Querido/ACM, 'Waaraan kun je mensenhandel herkennen' (gebaseerd op de OM-indicatoren)"
SM18 = "Nationaal Rapporteur Mensenhandel, Slachtoffermonitor mensenhandel 2013–2017 (oktober 2018), via BD.nl"
OB21 = "Omroep Brabant (2021), over online advertenties met '24/7 beschikbaar'"
NU08 = "nu.nl (2008), over het voorstel om de term 'loverboy' niet meer te gebruiken"
NRM19 = "Nationaal Rapporteur Mensenhandel, schatting 2019, via Reformatorisch Dagblad en Metro"
COMB = "CoMensha, 'Wat is de B8/3?' (comensha.nl)"
AW = "Aanwijzing mensenhandel van het OM (2022A002, Stcrt. 2022, 5901)"

MODULE = {
    "slug": "signalen-seksuele-uitbuiting",
    "title": "Signalen van seksuele uitbuiting",
    "summary": "Welke signalen zie je bij de persoon, en waar speelt seksuele uitbuiting zich af? Je leert signalen "
    "herkennen en wegen.",
    "objectives": [
        "Je kunt minstens vijf signalen van seksuele uitbuiting noemen.",
        "Je weet dat seksuele uitbuiting steeds vaker op minder zichtbare plekken gebeurt, zoals escort, woningen en "
        "hotels.",
        "Je begrijpt dat signalen in combinatie tellen en dat het ontbreken van signalen niets bewijst.",
        "Je weet wat je doet als je signalen ziet bij een volwassene of een minderjarige.",
    ],
    "minutes": 14,
    "mandatory": False,
    "tags": ["seksuele-uitbuiting", "signalen"],
    "lessons": [
        # ------------------------------------------------------------------ L2.1
        {
            "slug": "signalen-bij-de-persoon",
            "title": "Signalen bij de persoon",
            "intro": "Uiterlijk, gedrag, geld en telefoon: waar let je op?",
            "minutes": 5,
            "body": [
                (
                    "paragraph",
                    "<p>Bij seksuele uitbuiting wordt iemand gedwongen tot seks, of moet iemand het geld uit seks "
                    "afgeven. Slachtoffers vertellen dat zelden uit zichzelf. Je ziet het eerder aan kleine dingen: "
                    "hoe iemand eruitziet, zich gedraagt en wie er in de buurt is.</p>",
                ),
                (
                    "signal_list",
                    {
                        "title": "Signalen van seksuele uitbuiting",
                        "category": "sexual",
                        "intro": "Let op combinaties. Eén signaal bewijst niets.",
                        "signals": [
                            "Moet seks hebben, of moet het geld uit seks afgeven",
                            "Een ander bepaalt alles, belt steeds of eist dat de persoon altijd bereikbaar is",
                            "Moe, mager, sporen van geweld of zelfbeschadiging",
                            "Tatoeage als merkteken van een ander, of voodoo-materiaal",
                            "Ineens andere kleding of make-up, veel geld of dure spullen",
                            "Laag zelfbeeld, makkelijk te beïnvloeden, teruggetrokken, wisselende stemming",
                            "Gaat veel uit of gebruikt middelen",
                            "Veel oudere 'vriend' of nieuwe, veel oudere contacten",
                        ],
                    },
                ),
                (
                    "key_fact",
                    {
                        "fact": "Geen enkel signaal bewijst mensenhandel. Het gaat om combinaties. Signalen kunnen "
                        "ook op een ander probleem wijzen.",
                        "source": NL_SIG,
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "title": "Kijk naar de telefoon",
                        "text": "<p>Gaat de telefoon steeds, moet de persoon direct opnemen of heeft een ander de "
                        "telefoon? Dat kan wijzen op controle. Vraag ernaar in een rustig gesprek, apart van "
                        "anderen.</p>",
                    },
                ),
                (
                    "case",
                    {
                        "title": "De jongen met de dure jas",
                        "setting": "patrol",
                        "situation": "<p>Als wijkagent ken je een jongen van 17 uit de buurt. De laatste weken "
                        "draagt hij dure kleding. Hij ziet er moe uit en wordt steeds gebeld. Je ziet hem 's "
                        "avonds instappen bij een veel oudere man in een auto. Een buurtbewoner zegt dat hij "
                        "'van alles krijgt' van die man.</p>",
                        "question": "Welke signalen zie je?",
                        "reflection": "<p>Plotselinge luxe, vermoeidheid, steeds gebeld worden en een veel ouder, "
                        "nieuw contact zijn samen signalen van mogelijke seksuele uitbuiting. Ook jongens "
                        "kunnen slachtoffer zijn. Leg de signalen vast en overleg met de AVIM of de "
                        "zedenrecherche, en met jeugdpartners.</p>",
                    },
                ),
                (
                    "sources",
                    [
                        {"title": ZEELAND, "url": ""},
                        {"title": OM_IND, "url": ""},
                        {"title": NL_SIG, "url": ""},
                    ],
                ),
            ],
        },
        # ------------------------------------------------------------------ L2.2
        {
            "slug": "locaties-en-context",
            "title": "Waar het gebeurt: plekken en werkwijzen",
            "intro": "Uitbuiting verschuift naar plekken waar je minder ziet. Weet waar je op moet letten.",
            "minutes": 5,
            "body": [
                (
                    "paragraph",
                    "<p>Je denkt bij seksuele uitbuiting misschien aan raamprostitutie. Maar de Nationaal Rapporteur "
                    "zag dat slachtoffers steeds vaker in <b>minder zichtbare sectoren</b> werken: als escort, "
                    "vanuit een woning of in een hotel. Daar is minder toezicht, en dus minder kans dat iemand "
                    "signalen ziet.</p>",
                ),
                (
                    "key_fact",
                    {
                        "fact": "Slachtoffers van seksuele uitbuiting werken steeds vaker in minder zichtbare "
                        "sectoren, zoals escort, thuisprostitutie en prostitutie in hotels.",
                        "source": SM18,
                    },
                ),
                (
                    "signal_list",
                    {
                        "title": "Signalen in de omgeving",
                        "category": "sexual",
                        "intro": "Deze signalen zie je bij een melding, een controle of online.",
                        "signals": [
                            "Online advertentie die belooft dat iemand '24/7 beschikbaar' is",
                            "Werkt als escort, thuis of in een hotel, en een ander regelt de afspraken",
                            "Een ander neemt de telefoon over of voert het woord",
                            "Weet niet in welke stad of op welk adres hij of zij is",
                            "Een ander bewaart het paspoort",
                        ],
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "info",
                        "title": "De zogenoemde loverboymethode",
                        "text": "<p>Soms begint uitbuiting met een 'vriend' die aandacht en cadeaus geeft, en later "
                        "seks voor geld eist. Dit heet vaak de loverboymethode. Over die term is al lang "
                        "discussie: in 2008 wilden de minister en enkele partijen er al vanaf (nu.nl, 2008). "
                        "Noem het gewoon uitbuiting. Het slachtoffer kan een jongen of een meisje zijn.</p>",
                    },
                ),
                (
                    "key_fact",
                    {
                        "fact": "Het gaat niet alleen om mensen van buiten Nederland. De Nationaal Rapporteur "
                        "schatte in 2019 dat er elk jaar ongeveer 3.000 Nederlandse slachtoffers van seksuele "
                        "uitbuiting zijn, onder wie zo'n 1.300 minderjarigen. Maar een klein deel van hen is in "
                        "beeld.",
                        "source": NRM19,
                    },
                ),
                (
                    "case",
                    {
                        "title": "Dag en nacht bezoek",
                        "setting": "patrol",
                        "situation": "<p>Buren melden dat er dag en nacht verschillende mannen een appartement in- "
                        "en uitgaan. Je gaat langs. Een jonge vrouw doet open. Een man in de kamer ernaast pakt "
                        "haar telefoon af als die gaat, en zegt dat zij 'geen Nederlands spreekt'.</p>",
                        "question": "Wat doe je?",
                        "reflection": "<p>Een ander die de telefoon overneemt en voor haar praat, is een signaal van "
                        "controle. Probeer haar apart te spreken, zo nodig met een onafhankelijke tolk. Laat de "
                        "man niet tolken. Leg vast wat je ziet en zet het signaal door naar de AVIM. Is zij een "
                        "buitenlandse vrouw zonder verblijfsrecht, vertel haar dan over aangifte en de "
                        "B8/3-bedenktijd.</p>",
                    },
                ),
                (
                    "sources",
                    [
                        {"title": SM18, "url": ""},
                        {"title": OB21, "url": ""},
                        {"title": NU08, "url": ""},
                        {"title": NRM19, "url": ""},
                        {"title": COMB, "url": ""},
                    ],
                ),
            ],
        },
        # ------------------------------------------------------------------ L2.3
        {
            "slug": "signalen-wegen",
            "title": "Signalen wegen en doorzetten",
            "intro": "Wanneer is een signaal genoeg? En wat doe je ermee?",
            "minutes": 4,
            "body": [
                (
                    "paragraph",
                    "<p>Signalenlijsten helpen je, maar ze zijn geen checklist met een score. Houd vier regels "
                    "aan:</p><ol><li>Eén signaal bewijst niets.</li><li>Signalen tellen in "
                    "<b>combinatie</b>.</li><li>Een signaal kan ook op iets anders wijzen, zoals huiselijk geweld "
                    "of schulden.</li><li>Zie je geen signalen, dan kan iemand tóch slachtoffer zijn.</li></ol>",
                ),
                (
                    "key_fact",
                    {
                        "fact": "Geen signalen zien betekent niet dat er geen slachtoffer is. Combinaties van "
                        "signalen maken een vermoeden sterker.",
                        "source": NL_SIG,
                    },
                ),
                (
                    "key_fact",
                    {
                        "fact": "Signalen van mensenhandel worden volgens de huidige Aanwijzing mensenhandel in alle "
                        "gevallen opgevolgd.",
                        "source": AW,
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": "Confronteer de 'vriend' niet",
                        "text": "<p>Spreek een mogelijke uitbuiter niet aan op je vermoeden. Dan waarschuw je hem, "
                        "en loopt het slachtoffer meer risico. Leg vast en overleg met de AVIM of de "
                        "zedenrecherche.</p>",
                    },
                ),
                (
                    "case",
                    {
                        "title": "Een moeder aan de balie",
                        "setting": "station",
                        "situation": "<p>Een moeder komt naar het bureau. Haar dochter van 15 blijft steeds vaker 's "
                        "nachts weg. Ze heeft nieuwe kleding en een tweede telefoon. Ze spijbelt en praat over "
                        "een 'vriend' van 24.</p>",
                        "question": "Wat doe je met deze melding?",
                        "reflection": "<p>Dit zijn samen serieuze signalen: wegblijven, luxe, een tweede telefoon, "
                        "schoolverzuim en een veel oudere 'vriend'. Neem de melding op, leg de signalen vast en "
                        "overleg met de AVIM of de zedenrecherche en met jeugdpartners. Vertel de moeder wat je "
                        "doet, maar beloof geen uitkomst.</p>",
                    },
                ),
                (
                    "sources",
                    [
                        {"title": NL_SIG, "url": ""},
                        {"title": ZEELAND, "url": ""},
                        {"title": AW, "url": ""},
                    ],
                ),
            ],
        },
    ],
    "quiz": {
        "title": "Toets: signalen van seksuele uitbuiting",
        "intro": "Per poging krijg je 6 van de 8 vragen over signalen en wat je ermee doet. Je slaagt met minstens "
        "5 goede antwoorden van de 6 (70%).",
        "pass_mark": 70,
        "max_attempts": 0,
        "shuffle": True,
        "questions_per_attempt": 6,
        "questions": [
            {
                "key": "m2-q1",
                "kind": "single",
                "scenario": "Bij een controle in een hotel tref je een jonge vrouw aan. Haar paspoort ligt bij een "
                "man 'die alles regelt'. Ze weet niet in welke stad ze is. Ze zegt dat ze een schuld van 1.000 "
                "euro moet terugverdienen.",
                "prompt": "Wat is de beste inschatting?",
                "choices": [
                    {
                        "text": "Meerdere sterke signalen samen; je behandelt haar als mogelijk slachtoffer.",
                        "correct": True,
                        "feedback": "Juist. Geen paspoort, een schuld en niet weten waar je bent vormen samen een "
                        "sterk signaal.",
                    },
                    {
                        "text": "Geen signaal; ze is volwassen en mag zelf beslissen over haar eigen werk en leven.",
                        "correct": False,
                        "feedback": "Nee. Ook volwassenen kunnen slachtoffer zijn; toestemming telt niet bij dwang "
                        "of misleiding.",
                    },
                    {
                        "text": "Vooral een verblijfskwestie; je controleert alleen haar papieren.",
                        "correct": False,
                        "feedback": "Nee. Dan mis je de signalen van uitbuiting.",
                    },
                    {
                        "text": "Pas iets doen als zij zelf aangeeft dat ze aangifte wil doen.",
                        "correct": False,
                        "feedback": "Nee. Je legt signalen vast en zet ze door, ook zonder aangifte.",
                    },
                ],
                "explanation": "Een ingehouden paspoort, een schuld en desoriëntatie zijn bekende indicatoren. In "
                "combinatie zijn ze sterk. Spreek haar apart, leg vast en zet het signaal door naar de AVIM.",
                "source": OM_IND + "; " + ZEELAND,
                "indicators": ["alg-geen-id", "alg-schuld", "alg-isolatie"],
            },
            {
                "key": "m2-q2",
                "kind": "single",
                "scenario": "",
                "prompt": "Welke uitspraak over signalenlijsten klopt?",
                "choices": [
                    {
                        "text": "Eén duidelijk signaal, zoals een ingehouden paspoort, is al voldoende bewijs voor "
                        "mensenhandel.",
                        "correct": False,
                        "feedback": "Nee. Eén signaal bewijst niets.",
                    },
                    {
                        "text": "Zonder zichtbaar letsel of andere sporen van geweld is er geen sprake van uitbuiting.",
                        "correct": False,
                        "feedback": "Nee. Veel uitbuiting gaat zonder zichtbaar geweld.",
                    },
                    {
                        "text": "Signalenlijsten gelden alleen voor seksuele uitbuiting.",
                        "correct": False,
                        "feedback": "Nee. Er zijn lijsten voor alle vormen.",
                    },
                    {
                        "text": "Signalen tellen in combinatie, en zonder signalen kan iemand toch slachtoffer zijn.",
                        "correct": True,
                        "feedback": "Juist. Zo beschrijven Nederlandse signalenlijsten het zelf.",
                    },
                ],
                "explanation": "Signalen wijzen in combinatie op mogelijke uitbuiting. Ze kunnen ook een andere "
                "oorzaak hebben, en het ontbreken van signalen sluit slachtofferschap niet uit.",
                "source": NL_SIG,
                "indicators": ["alg-combinatie-signalen"],
            },
            {
                "key": "m2-q3",
                "kind": "single",
                "scenario": "Een jongen van 16 heeft sinds kort dure kleding en twee telefoons. Een veel oudere "
                "'vriend' belt hem steeds. Hij verzuimt school.",
                "prompt": "Wat doe je als wijkagent?",
                "choices": [
                    {
                        "text": "Je doet niets, want hij is bijna volwassen en lijkt het naar zijn zin te hebben.",
                        "correct": False,
                        "feedback": "Nee. Hij is minderjarig en laat meerdere signalen zien.",
                    },
                    {
                        "text": "Je legt de signalen vast en overlegt met de AVIM of zedenrecherche en jeugdpartners.",
                        "correct": True,
                        "feedback": "Juist. Dit zijn samen signalen van mogelijke seksuele uitbuiting.",
                    },
                    {
                        "text": "Je houdt hem direct aan voor heling, want die dure kleding heeft hij vast niet zelf "
                        "gekocht.",
                        "correct": False,
                        "feedback": "Nee. Daar is geen aanwijzing voor, en je mist de signalen van uitbuiting.",
                    },
                    {
                        "text": "Je belt alleen zijn ouders en sluit de zaak daarna af.",
                        "correct": False,
                        "feedback": "Nee. Ouders inlichten kan, maar het signaal moet ook vastgelegd en doorgezet "
                        "worden.",
                    },
                ],
                "explanation": "Plotselinge luxe, controle via de telefoon, een veel oudere 'vriend' en "
                "schoolverzuim zijn bekende signalen. Ook jongens kunnen slachtoffer zijn. Leg vast en zet door.",
                "source": ZEELAND,
                "indicators": ["sek-plotseling-luxe", "sek-oudere-partner", "sek-controle", "crim-meerdere-telefoons"],
            },
            {
                "key": "m2-q4",
                "kind": "multiple",
                "scenario": "Je ziet online een advertentie van een escort die '24/7 beschikbaar' is. Bij een "
                "controle in een hotelkamer tref je een jonge vrouw die moe en mager is. Een man belt haar elke "
                "paar minuten en ze moet steeds meteen opnemen.",
                "prompt": "Welke punten zijn signalen van mogelijke seksuele uitbuiting bij deze vrouw? Kies alle "
                "juiste.",
                "choices": [
                    {
                        "text": "Ze werkt in een hotel en niet achter een raam",
                        "correct": False,
                        "feedback": "Nee. Dat slachtoffers vaker in hotels werken, is een trend die de Nationaal "
                        "Rapporteur ziet, geen signaal bij één persoon. Waar iemand werkt, zegt op zich niets.",
                    },
                    {
                        "text": "De advertentie belooft dat ze 24/7 beschikbaar is",
                        "correct": True,
                        "feedback": "Juist. Dat is een bekend signaal in online advertenties.",
                    },
                    {
                        "text": "Ze is jong en werkt als escort",
                        "correct": False,
                        "feedback": "Nee. Leeftijd en beroep zijn geen signalen. Kijk naar gedrag en omstandigheden.",
                    },
                    {
                        "text": "Een man belt haar steeds en ze moet direct opnemen",
                        "correct": True,
                        "feedback": "Juist. Dat kan wijzen op controle door een ander.",
                    },
                    {
                        "text": "Ze ziet er moe en mager uit",
                        "correct": True,
                        "feedback": "Juist. Vermoeidheid en vermagering staan op de signalenlijsten.",
                    },
                ],
                "explanation": "De advertentie met '24/7 beschikbaar', de controle via de telefoon en vermoeidheid "
                "en vermagering zijn samen signalen. Dat het in een hotel gebeurt, is geen signaal bij deze "
                "persoon: de Nationaal Rapporteur beschrijft een verschuiving naar minder zichtbare plekken, "
                "waardoor je daar extra alert moet zijn. Leeftijd, gender of beroep zijn nooit een signaal.",
                "source": ZEELAND + "; " + OB21 + "; " + SM18,
                "indicators": ["sek-advertentie-24-7", "sek-controle", "sek-lichamelijke-signalen"],
            },
            {
                "key": "m2-q5",
                "kind": "true_false",
                "scenario": "",
                "prompt": "Zie je bij iemand in de prostitutie geen enkel signaal, dan is die persoon geen "
                "slachtoffer.",
                "choices": [
                    {
                        "text": "Waar",
                        "correct": False,
                        "feedback": "Nee. Slachtoffers verbergen signalen vaak, uit angst of schaamte.",
                    },
                    {
                        "text": "Niet waar",
                        "correct": True,
                        "feedback": "Juist. Het ontbreken van signalen sluit slachtofferschap niet uit.",
                    },
                ],
                "explanation": "Nederlandse signalenlijsten zeggen uitdrukkelijk dat de afwezigheid van signalen "
                "niet bewijst dat iemand geen slachtoffer is.",
                "source": NL_SIG,
                "indicators": ["alg-combinatie-signalen"],
            },
            {
                "key": "m2-q6",
                "kind": "single",
                "scenario": "",
                "prompt": "Welke verschuiving zag de Nationaal Rapporteur bij slachtoffers van seksuele uitbuiting?",
                "choices": [
                    {
                        "text": "Slachtoffers werken bijna alleen nog achter het raam in vergunde bedrijven.",
                        "correct": False,
                        "feedback": "Nee. De verschuiving gaat juist weg van de zichtbare plekken.",
                    },
                    {
                        "text": "Slachtoffers melden zich steeds vaker zelf bij de politie of bij de hulpverlening.",
                        "correct": False,
                        "feedback": "Nee. Slachtoffers zien zichzelf vaak niet als slachtoffer.",
                    },
                    {
                        "text": "Slachtoffers werken steeds vaker als escort, vanuit woningen of in hotels.",
                        "correct": True,
                        "feedback": "Juist. Daar is minder zicht, en dus minder kans op signalering.",
                    },
                    {
                        "text": "Slachtoffers zijn tegenwoordig bijna allemaal ouder dan dertig jaar.",
                        "correct": False,
                        "feedback": "Nee. Leeftijd is geen vast profiel; ook minderjarigen worden uitgebuit.",
                    },
                ],
                "explanation": "De Nationaal Rapporteur zag dat slachtoffers steeds vaker in minder zichtbare "
                "sectoren werken: escort, thuisprostitutie en hotels. Daar moet je actief op letten.",
                "source": SM18,
                "indicators": ["sek-verborgen-werkplek", "sek-advertentie-24-7"],
            },
            {
                "key": "m2-q7",
                "kind": "single",
                "scenario": "Na een melding over een woning spreek je een vrouw van 25. Ze zegt dat ze zelfstandig "
                "als escort werkt. Een man die erbij is, regelt haar afspraken, houdt haar telefoon en 'bewaart' "
                "het geld dat ze verdient.",
                "prompt": "Welk gegeven weegt hier het zwaarst als signaal?",
                "choices": [
                    {
                        "text": "Ze werkt vanuit een woning",
                        "correct": False,
                        "feedback": "Nee. Een woning als werkplek is geen signaal bij deze persoon; het is een "
                        "trend die de Nationaal Rapporteur ziet.",
                    },
                    {
                        "text": "Ze zegt zelf dat ze zelfstandig werkt en geen hulp nodig heeft",
                        "correct": False,
                        "feedback": "Nee. Dat sluit uitbuiting niet uit; slachtoffers zien zichzelf vaak niet zo.",
                    },
                    {
                        "text": "Een ander houdt haar telefoon, afspraken en geld",
                        "correct": True,
                        "feedback": "Juist. Controle door een ander en geld afgeven zijn sterke signalen.",
                    },
                    {
                        "text": "Ze is 25 jaar oud en mag dus zelf weten hoe ze werkt",
                        "correct": False,
                        "feedback": "Nee. Leeftijd is geen signaal; ook volwassenen worden uitgebuit.",
                    },
                ],
                "explanation": "Een ander die de telefoon en de afspraken beheert en het geld houdt, wijst op "
                "controle en op verdiensten die ze moet afgeven. Spreek haar apart, leg de signalen vast en zet "
                "ze door naar de AVIM.",
                "source": ZEELAND + "; " + OM_IND,
                "indicators": ["sek-controle", "sek-geld-afgeven", "alg-geen-eigen-geld"],
            },
            {
                "key": "m2-q8",
                "kind": "single",
                "scenario": "Een moeder meldt aan de balie dat haar dochter van 15 steeds vaker 's nachts wegblijft. "
                "Ze heeft nieuwe kleding en een tweede telefoon, en praat over een 'vriend' van 24.",
                "prompt": "Wat doe je, naast het opnemen van de melding?",
                "choices": [
                    {
                        "text": "Je spreekt de 'vriend' aan, zodat hij weet dat de politie meekijkt",
                        "correct": False,
                        "feedback": "Nee. Dan waarschuw je een mogelijke uitbuiter en loopt het meisje meer risico.",
                    },
                    {
                        "text": "Je legt de signalen vast en overlegt met de AVIM of de zedenrecherche en met "
                        "jeugdpartners",
                        "correct": True,
                        "feedback": "Juist. Samen zijn dit serieuze signalen van mogelijke seksuele uitbuiting.",
                    },
                    {
                        "text": "Je verwijst de moeder naar school, want het gaat vooral om verzuim",
                        "correct": False,
                        "feedback": "Nee. De school kan een partner zijn, maar het signaal van uitbuiting blijft dan "
                        "liggen.",
                    },
                    {
                        "text": "Je wacht tot de dochter zelf iets meldt",
                        "correct": False,
                        "feedback": "Nee. Slachtoffers melden zich zelden zelf.",
                    },
                ],
                "explanation": "Wegblijven, nieuwe spullen, een tweede telefoon en een veel oudere 'vriend' zijn "
                "samen signalen. Confronteer de 'vriend' niet. Leg vast en overleg met de AVIM of de "
                "zedenrecherche en met jeugdpartners. Beloof de moeder geen uitkomst.",
                "source": ZEELAND + "; " + NL_SIG,
                "indicators": ["sek-oudere-partner", "sek-plotseling-luxe", "crim-meerdere-telefoons"],
            },
        ],
    },
}
