"""Signalen (indicatoren) van mensenhandel, per vorm.

Plain data for the demo-content loader. Every entry has a short Dutch source citation.
Categories: general, sexual, labour, criminal, minors.
"""

_NL_SIG = "Nederlandse signalenlijsten mensenhandel, gebaseerd op de OM-indicatoren (o.a. HVO-Querido/ACM)"
_NL_SIG_SEK = "Signalenlijst mensenhandel Veiligheidshuis Zeeland; informatiepuntmensenhandel.nl"
_ILO = "ILO, Indicators of Forced Labour (2012)"
_INFOPUNT = "Informatiepunt Mensenhandel, 'Wat zijn de signalen' (informatiepuntmensenhandel.nl)"
_RVDK = "Raad voor de Kinderbescherming, beschrijving rondtrekkende minderjarigen (via schulinck.nl)"
_UNODC = "UNODC, indicatoren mensenhandel bij kinderen (zoals overgenomen door het Ierse ministerie van Justitie)"
_JONG = (
    "Raad voor de Kinderbescherming (via schulinck.nl); RIEC Amsterdam-Amstelland, 'Dealers in de dop' (2021); CKM; "
    "maakhetzichtbaar.nl"
)

INDICATORS = [
    # --- Algemeen -------------------------------------------------------------------------
    {
        "code": "alg-combinatie-signalen",
        "category": "general",
        "name": "Meerdere signalen tegelijk",
        "description": "Eén signaal bewijst niets. Let op combinaties. Signalen kunnen ook op een ander probleem "
        "wijzen. En zie je geen signalen, dan kan iemand toch slachtoffer zijn.",
        "source": "Signalenlijst mensenhandel Veiligheidshuis Zeeland; maakhetzichtbaar.nl",
    },
    {
        "code": "alg-afhankelijkheid",
        "category": "general",
        "name": "Afhankelijk van één persoon voor werk, woning en vervoer",
        "description": "Dezelfde persoon regelt werk, onderdak, kleding en vervoer. De reis of het visum is door een "
        "ander geregeld.",
        "source": _NL_SIG,
    },
    {
        "code": "alg-geen-id",
        "category": "general",
        "name": "Geen beschikking over eigen identiteitspapieren",
        "description": "Een ander bewaart het paspoort of ID-bewijs. Of de persoon heeft een vals document.",
        "source": _NL_SIG,
    },
    {
        "code": "alg-geen-eigen-geld",
        "category": "general",
        "name": "Geen beschikking over eigen verdiensten",
        "description": "Het verdiende geld gaat naar een ander, of er gaan onredelijk hoge bedragen af.",
        "source": _NL_SIG,
    },
    {
        "code": "alg-schuld",
        "category": "general",
        "name": "Schuld bij de uitbuiter",
        "description": "Moet een schuld afbetalen aan een werkgever, pooier of tussenpersoon. Soms is er een "
        "'overnamesom' voor de persoon betaald.",
        "source": _NL_SIG,
    },
    {
        "code": "alg-isolatie",
        "category": "general",
        "name": "Geïsoleerd en niet vrij",
        "description": "Heeft geen contact met de buitenwereld, kan niet vrij gaan en staan of krijgt geen medische "
        "zorg. Weet soms het eigen adres of werkadres niet.",
        "source": _NL_SIG,
    },
    {
        "code": "alg-angst",
        "category": "general",
        "name": "Angst voor uitzetting, geweld of represailles",
        "description": "Is bang om uitgezet of mishandeld te worden, of voor wat er gebeurt als hij of zij praat.",
        "source": _NL_SIG + "; CKM, onderzoek criminele uitbuiting (2022)",
    },
    {
        "code": "alg-bedreiging-familie",
        "category": "general",
        "name": "Bedreiging of chantage, ook van familie",
        "description": "De persoon zelf of de familie wordt bedreigd of gechanteerd.",
        "source": _NL_SIG,
    },
    # --- Seksuele uitbuiting --------------------------------------------------------------
    {
        "code": "sek-controle",
        "category": "sexual",
        "name": "Wordt gecontroleerd door een ander",
        "description": "Een ander bepaalt waar en wanneer de persoon werkt. Belt steeds, of eist dat de persoon "
        "altijd bereikbaar is.",
        "source": _NL_SIG_SEK,
    },
    {
        "code": "sek-geld-afgeven",
        "category": "sexual",
        "name": "Gedwongen seks of verdiensten afgeven",
        "description": "Wordt gedwongen tot seks, of heeft seks tegen betaling en moet het geld afgeven aan een ander.",
        "source": _NL_SIG_SEK,
    },
    {
        "code": "sek-lichamelijke-signalen",
        "category": "sexual",
        "name": "Vermoeid, mager of sporen van geweld",
        "description": "Is moe en mager, heeft sporen van geweld of beschadigt zichzelf.",
        "source": _NL_SIG_SEK,
    },
    {
        "code": "sek-merkteken",
        "category": "sexual",
        "name": "Tatoeage als merkteken of voodoo-materiaal",
        "description": "Heeft een tatoeage die werkt als brandmerk van een ander, of er is voodoo-materiaal.",
        "source": _NL_SIG_SEK,
    },
    {
        "code": "sek-gedrag",
        "category": "sexual",
        "name": "Laag zelfbeeld en wisselende stemming",
        "description": "Is teruggetrokken, makkelijk te beïnvloeden, heeft een laag zelfbeeld of wisselt sterk van "
        "stemming.",
        "source": _NL_SIG_SEK,
    },
    {
        "code": "sek-plotseling-luxe",
        "category": "sexual",
        "name": "Plotseling geld, dure spullen of ander uiterlijk",
        "description": "Heeft ineens veel geld of dure spullen, kleedt of maakt zich opeens anders op, gaat veel uit "
        "of gebruikt middelen.",
        "source": _NL_SIG_SEK,
    },
    {
        "code": "sek-oudere-partner",
        "category": "sexual",
        "name": "Veel oudere 'vriend' of nieuwe oudere contacten",
        "description": "Heeft een veel oudere partner of nieuwe contacten die veel ouder zijn.",
        "source": _NL_SIG_SEK,
    },
    {
        "code": "sek-advertentie-24-7",
        "category": "sexual",
        "name": "Online advertentie: '24/7 beschikbaar'",
        "description": "Een advertentie belooft dat de persoon dag en nacht beschikbaar is.",
        "source": "Omroep Brabant (2021); Nederlandse signalenlijsten mensenhandel",
    },
    {
        "code": "sek-verborgen-werkplek",
        "category": "sexual",
        "name": "Minder zichtbare werkplek, een ander regelt de afspraken",
        "description": "Werkt als escort, vanuit een woning of in een hotel, en een ander regelt de afspraken of het "
        "vervoer. De plek alleen is geen signaal bij één persoon: de Nationaal Rapporteur beschrijft een "
        "verschuiving naar zulke minder zichtbare sectoren, waar politie en hulpverlening minder zicht hebben.",
        "source": "Nationaal Rapporteur Mensenhandel, Slachtoffermonitor 2013–2017 (2018)",
    },
    # --- Arbeidsuitbuiting: de 11 ILO-indicatoren + Nederlandse aanvulling ------------------
    {
        "code": "arb-misbruik-kwetsbaarheid",
        "category": "labour",
        "name": "Misbruik van kwetsbaarheid (ILO 1)",
        "description": "De werkgever maakt misbruik van een zwakke positie, zoals geen verblijfsrecht, schulden of "
        "weinig andere keus.",
        "source": _ILO,
    },
    {
        "code": "arb-misleiding",
        "category": "labour",
        "name": "Misleiding (ILO 2)",
        "description": "Is met valse beloftes over werk, loon of papieren binnengehaald of naar Nederland gebracht.",
        "source": _ILO + "; " + _INFOPUNT,
    },
    {
        "code": "arb-beperking-bewegingsvrijheid",
        "category": "labour",
        "name": "Beperking van bewegingsvrijheid (ILO 3)",
        "description": "Mag de werkplek of woning niet vrij verlaten, of alleen onder toezicht.",
        "source": _ILO,
    },
    {
        "code": "arb-isolatie",
        "category": "labour",
        "name": "Isolatie (ILO 4)",
        "description": "Werkt of woont afgesloten van de buitenwereld, zonder contact met anderen.",
        "source": _ILO,
    },
    {
        "code": "arb-geweld",
        "category": "labour",
        "name": "Lichamelijk en seksueel geweld (ILO 5)",
        "description": "Wordt geslagen, mishandeld of seksueel misbruikt.",
        "source": _ILO,
    },
    {
        "code": "arb-intimidatie-bedreiging",
        "category": "labour",
        "name": "Intimidatie en bedreiging (ILO 6)",
        "description": "Wordt bedreigd of onder druk gezet, bijvoorbeeld met geweld, uitzetting of gevolgen voor "
        "familie.",
        "source": _ILO,
    },
    {
        "code": "arb-inhouden-id",
        "category": "labour",
        "name": "Inhouden van identiteitspapieren (ILO 7)",
        "description": "De werkgever of ploegbaas houdt paspoorten of ID-bewijzen vast.",
        "source": _ILO,
    },
    {
        "code": "arb-inhouden-loon",
        "category": "labour",
        "name": "Inhouden van loon (ILO 8)",
        "description": "Het loon wordt niet, te laat of maar voor een deel uitbetaald.",
        "source": _ILO,
    },
    {
        "code": "arb-schuldslavernij",
        "category": "labour",
        "name": "Schuldslavernij (ILO 9)",
        "description": "Werkt om een schuld af te lossen bij de werkgever of tussenpersoon, en komt daar niet van los.",
        "source": _ILO,
    },
    {
        "code": "arb-onwaardige-omstandigheden",
        "category": "labour",
        "name": "Onwaardige werk- en leefomstandigheden (ILO 10)",
        "description": "Werkt onder gevaarlijke of heel slechte omstandigheden, of woont overvol en zonder "
        "basisvoorzieningen.",
        "source": _ILO,
    },
    {
        "code": "arb-buitensporig-overwerk",
        "category": "labour",
        "name": "Buitensporig overwerk (ILO 11)",
        "description": "Maakt extreem lange dagen, zonder rust of vrije dagen.",
        "source": _ILO,
    },
    {
        "code": "arb-wonen-op-werk-zwart",
        "category": "labour",
        "name": "Woont op het bedrijf, werkt zwart",
        "description": "Slaapt op de werkplek of het bedrijfsterrein, werkt zwart of onverzekerd, of kan niet bij de "
        "eigen bankrekening.",
        "source": _INFOPUNT,
    },
    # --- Criminele uitbuiting -------------------------------------------------------------
    {
        "code": "crim-aansturing",
        "category": "criminal",
        "name": "Pleegt delicten onder aansturing",
        "description": "Andere, vaak oudere personen in de buurt kijken toe, wachten of geven aanwijzingen.",
        "source": _RVDK + "; maakhetzichtbaar.nl",
    },
    {
        "code": "crim-opbrengst-afgeven",
        "category": "criminal",
        "name": "Moet de opbrengst afgeven",
        "description": "Draagt buit of geld af aan een ander, of heeft een schuld bij 'de baas'.",
        "source": _RVDK + "; maakhetzichtbaar.nl",
    },
    {
        "code": "crim-herhaalde-aanhouding",
        "category": "criminal",
        "name": "Steeds opnieuw aangehouden, op steeds andere plekken",
        "description": "Wordt vaak aangehouden voor hetzelfde soort feit, in verschillende plaatsen.",
        "source": _RVDK,
    },
    {
        "code": "crim-kennis-boven-leeftijd",
        "category": "criminal",
        "name": "Kennis of gereedschap die niet bij de leeftijd passen",
        "description": "Heeft spullen of kennis voor het delict die je bij iemand van die leeftijd niet verwacht.",
        "source": _JONG,
    },
    {
        "code": "crim-onverklaard-geld",
        "category": "criminal",
        "name": "Onverklaarbaar geld of dure kleding",
        "description": "Heeft ineens geld, dure kleding of schoenen, zonder dat duidelijk is waar die vandaan komen.",
        "source": _JONG,
    },
    {
        "code": "crim-meerdere-telefoons",
        "category": "criminal",
        "name": "Meerdere telefoons",
        "description": "Heeft meer dan één telefoon, vaak zonder goede uitleg.",
        "source": _JONG,
    },
    {
        "code": "crim-klusje-voor-vriend",
        "category": "criminal",
        "name": "'Alleen een pakketje wegbrengen'",
        "description": "Zegt een klusje te doen voor een 'vriend': een pakketje bezorgen of een bankpas uitlenen.",
        "source": "CKM, onderzoeken criminele uitbuiting (2021 en 2022); maakhetzichtbaar.nl",
    },
    {
        "code": "crim-zonder-strafblad",
        "category": "criminal",
        "name": "Drugs, wapens of buit bij een kind zonder strafblad",
        "description": "Een kind zonder eerdere antecedenten heeft drugs, gestolen goederen of wapens bij zich. Denk "
        "dan aan aansturing door anderen.",
        "source": "maakhetzichtbaar.nl",
    },
    {
        "code": "crim-verzuim-laat-thuis",
        "category": "criminal",
        "name": "Spijbelt, komt laat thuis, onverklaard letsel",
        "description": "Verzuimt school, komt heel laat of niet thuis, heeft nieuwe oudere vrienden of letsel dat "
        "niet wordt uitgelegd.",
        "source": _JONG,
    },
    # --- Minderjarigen --------------------------------------------------------------------
    {
        "code": "min-geen-ouders",
        "category": "minors",
        "name": "Geen contact met ouders of voogd",
        "description": "Het kind kan niet bij zijn ouders of voogd terecht, of de gegevens van de ouders zijn "
        "onbekend.",
        "source": _UNODC + "; " + _RVDK,
    },
    {
        "code": "min-geintimideerd",
        "category": "minors",
        "name": "Lijkt geïntimideerd",
        "description": "Is angstig of gedraagt zich anders dan kinderen van die leeftijd.",
        "source": _UNODC,
    },
    {
        "code": "min-geen-school",
        "category": "minors",
        "name": "Geen school, geen leeftijdsgenoten, geen tijd om te spelen",
        "description": "Gaat niet naar school, heeft geen vrienden van de eigen leeftijd en geen vrije tijd.",
        "source": _UNODC,
    },
    {
        "code": "min-ongeschikt-werk",
        "category": "minors",
        "name": "Doet werk dat niet bij een kind past",
        "description": "Werkt, bedelt of verkoopt op straat, of woont apart van andere kinderen in slechte "
        "huisvesting.",
        "source": _UNODC,
    },
    {
        "code": "min-reist-zonder-ouders",
        "category": "minors",
        "name": "Reist zonder ouders of met niet-verwanten",
        "description": "Reist zonder volwassene, of in een groep met volwassenen die geen familie zijn.",
        "source": _UNODC,
    },
    {
        "code": "min-geen-vaste-verblijfplaats",
        "category": "minors",
        "name": "Geen vaste verblijfplaats, zonder contact met ouders",
        "description": "Trekt rond, soms jarenlang, zonder contact met de ouders.",
        "source": _RVDK,
    },
    {
        "code": "min-geen-papieren",
        "category": "minors",
        "name": "Geen of valse papieren",
        "description": "Heeft geen identiteitspapieren of vervalste papieren.",
        "source": _RVDK,
    },
    {
        "code": "min-verwaarloosd",
        "category": "minors",
        "name": "Verwaarloosd of mishandeld",
        "description": "Draagt sporen van lichamelijke of emotionele mishandeling of verwaarlozing.",
        "source": _RVDK,
    },
    {
        "code": "min-onbekende-familie",
        "category": "minors",
        "name": "Een volwassene meldt zich als 'familie'",
        "description": "Iemand zegt familie te zijn en wil het kind meenemen, maar hoort mogelijk bij de groep die "
        "het kind uitbuit. Of een volwassene zegt een kind alleen te hebben 'gevonden'.",
        "source": _RVDK + "; " + _UNODC,
    },
]
