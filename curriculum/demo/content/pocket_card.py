"""Zakkaart: signalen van mensenhandel en wat je doet. Kort, want hij wordt geprint en meegenomen."""

POCKET_CARD = {
    "slug": "zakkaart",
    "title": "Zakkaart signalen mensenhandel",
    "intro": "Eén signaal bewijst niets: let op combinaties. Geen signalen betekent niet dat er geen slachtoffer is. "
    "Kijk naar gedrag en omstandigheden, nooit naar afkomst, nationaliteit of gender.",
    "body": [
        (
            "signal_list",
            {
                "title": "Algemeen",
                "category": "general",
                "intro": "",
                "signals": [
                    "Een ander bewaart paspoort of ID",
                    "Een ander houdt het geld, of er is een schuld",
                    "Eén persoon regelt werk, woning en vervoer",
                    "Geïsoleerd; weet eigen adres niet",
                    "Bang voor uitzetting, geweld of represailles",
                    "Bedreiging van persoon of familie",
                ],
            },
        ),
        (
            "signal_list",
            {
                "title": "Seksuele uitbuiting",
                "category": "sexual",
                "intro": "",
                "signals": [
                    "Moet seks hebben of het geld afgeven",
                    "Wordt steeds gebeld of gecontroleerd",
                    "Moe, mager, letsel, zelfbeschadiging",
                    "Tatoeage als merkteken, voodoo-materiaal",
                    "Plotseling geld, dure spullen, ander uiterlijk",
                    "Veel oudere 'vriend'",
                    "Advertentie '24/7 beschikbaar'; escort, woning of hotel",
                ],
            },
        ),
        (
            "signal_list",
            {
                "title": "Arbeidsuitbuiting (ILO)",
                "category": "labour",
                "intro": "",
                "signals": [
                    "Misbruik van kwetsbaarheid; misleiding",
                    "Kan niet weg; geïsoleerd",
                    "Geweld, intimidatie of bedreiging",
                    "Baas houdt papieren of loon in",
                    "Schuld die niet kleiner wordt",
                    "Onwaardig werk of wonen; slaapt op het bedrijf",
                    "Extreem lange dagen",
                ],
            },
        ),
        (
            "signal_list",
            {
                "title": "Criminele uitbuiting",
                "category": "criminal",
                "intro": "",
                "signals": [
                    "Anderen kijken toe, wachten of sturen aan",
                    "Moet buit of geld afgeven; schuld bij 'de baas'",
                    "Vaak aangehouden, steeds op andere plekken",
                    "Drugs, wapens of buit maar geen strafblad",
                    "Onverklaard geld, dure kleding, meerdere telefoons",
                    "'Alleen een pakketje' of bankpas voor een 'vriend'",
                ],
            },
        ),
        (
            "signal_list",
            {
                "title": "Minderjarigen",
                "category": "minors",
                "intro": "Bij een kind onder 18 is geen dwang nodig voor mensenhandel.",
                "signals": [
                    "Geen contact met ouders of voogd",
                    "Geen vaste verblijfplaats, trekt rond zonder contact met ouders",
                    "Geen of valse papieren",
                    "Niet naar school; geen leeftijdsgenoten",
                    "Reist met volwassenen die geen familie zijn",
                    "Angstig of gedraagt zich niet als een kind",
                    "Volwassene meldt zich als 'familie' en wil het kind meenemen",
                ],
            },
        ),
        (
            "callout",
            {
                "kind": "warning",
                "title": "Je ziet een signaal: wat doe je?",
                "text": "<ol><li><b>Veiligheid eerst.</b> Haal de persoon zo nodig uit de situatie. Praat apart, zo "
                "nodig met een onafhankelijke tolk.</li><li><b>Minderjarige?</b> Niet zomaar meegeven, ook niet "
                "aan familie: bij signalen beslist de jeugdbescherming. Betrek de Raad voor de "
                "Kinderbescherming, Nidos of de voogd.</li><li><b>Buitenlands, zonder verblijfsrecht?</b> Vertel "
                "meteen over aangifte en B8/3: maximaal 3 maanden bedenktijd, al bij een klein "
                "vermoeden.</li><li><b>Leg vast</b> in het politiesysteem, met de signalen die je zag. Ook als de "
                "persoon ontkent.</li><li><b>Zet door naar de AVIM</b>; via de eenheid naar het "
                "EMM.</li><li><b>Melding bij CoMensha</b> is verplicht voor opsporingsdiensten (meestal via de "
                "AVIM).</li><li><b>Ook verdachte?</b> Meld bij ZSM of de officier van justitie: mogelijk "
                "slachtoffer (non-punishment).</li></ol>",
            },
        ),
        (
            "sources",
            [
                {
                    "title": "Nederlandse signalenlijsten mensenhandel (Veiligheidshuis Zeeland; "
                    "informatiepuntmensenhandel.nl; maakhetzichtbaar.nl)",
                    "url": "",
                },
                {"title": "ILO, Indicators of Forced Labour (2012)", "url": ""},
                {
                    "title": "UNODC, indicatoren mensenhandel bij kinderen; Raad voor de Kinderbescherming (via "
                    "schulinck.nl)",
                    "url": "",
                },
                {"title": "Art. 273f Wetboek van Strafrecht", "url": ""},
                {"title": "Aanwijzing mensenhandel van het OM (2022A002)", "url": ""},
                {"title": "CoMensha, 'Wat is de B8/3?'; Vreemdelingencirculaire 2000, hoofdstuk B8/3", "url": ""},
                {
                    "title": "Kamerbrief Minister van Veiligheid en Justitie, 1 juni 2017 (Kamerstuk 28 638, nr. 158)",
                    "url": "https://zoek.officielebekendmakingen.nl/kst-28638-158.html",
                },
            ],
        ),
    ],
}
