"""Module 4 — Criminele uitbuiting van minderjarigen: lessen uit 13Oceans en uit onderzoek (verplicht)."""

SEED = "Kamerbrief Minister van Veiligheid en Justitie, 1 juni 2017 (Kamerstuk 28 638, nr. 158)"
SEED_URL = "https://zoek.officielebekendmakingen.nl/kst-28638-158.html"
POL16 = "Persbericht politie en OM over de aanhoudingen in het onderzoek 13Oceans, 22 juni 2016"
NRM16 = "Nationaal Rapporteur Mensenhandel, nieuwsbericht 'Aanhoudingen in grote zaak kinderuitbuiting', juni 2016"
LDH17 = "Leger des Heils, 20 november 2017, samenvatting van de Tiende rapportage van de Nationaal Rapporteur"
PAR17 = "Het Parool, januari 2017, over de gezamenlijke aanpak na 13Oceans"
POL18 = "Politie, 'Mensenhandel: elk slachtoffer is er één te veel', 21 januari 2018"
NRC18 = "NRC, 'Kennisgebrek bij politie over mensenhandel', 21 januari 2018"
DCI18 = "Defence for Children, 'Politie herkent onvoldoende criminele uitbuiting kinderen' (2018)"
KV18 = "Antwoorden op Kamervragen Kuik en Van der Graaf, 28 maart 2018 (Aanhangsel Handelingen 2017–2018, nr. 1195)"
ATR21 = "B. Oude Breuil, 'Little Rascals' or Not-So-Ideal Victims, Anti-Trafficking Review 16 (2021), p. 86–103"
ATR21_URL = "https://doi.org/10.14197/atr.201221166"
ART273F = "Art. 273f Wetboek van Strafrecht"
UN = "VN-Palermo-protocol (2000), art. 3"
HR2020 = "Hoge Raad 21 april 2020, ECLI:NL:HR:2020:672"
HR2015 = "Hoge Raad 2015, ECLI:NL:HR:2015:3309"
CASES_2013 = (
    "Mensenrechten.nl, 2 augustus 2013: opa veroordeeld voor mensenhandel met kleindochter (Rechtbank Midden-Nederland)"
)
CASES_2020 = (
    "Defence for Children (2020), over uitspraken van de Rechtbank Amsterdam over kinderen laten stelen en bedelen"
)
CKM = (
    "CKM, onderzoek naar criminele uitbuiting in Rotterdam (2021) en landelijk onderzoek 'Changing perspectives' (2022)"
)
MHZ = "maakhetzichtbaar.nl, signalen criminele uitbuiting"

MODULE = {
    "slug": "criminele-uitbuiting-minderjarigen",
    "title": "Criminele uitbuiting van minderjarigen: lessen uit 13Oceans en uit onderzoek",
    "summary": "Een kind dat steelt, kan een slachtoffer zijn. Je leert van de zaak 13Oceans, herkent signalen van "
    "criminele uitbuiting en kijkt naar gedrag in plaats van naar afkomst of gender.",
    "objectives": [
        "Je kunt uitleggen waarom een kind dat onder aansturing steelt een slachtoffer van mensenhandel kan zijn.",
        "Je kunt minstens vier signalen van criminele uitbuiting van minderjarigen noemen.",
        "Je kunt beschrijven hoe zorg- en veiligheidspartners samenwerkten in 13Oceans.",
        "Je beoordeelt een situatie op signalen, niet op afkomst, nationaliteit of gender.",
    ],
    "minutes": 20,
    "mandatory": True,
    "tags": ["13oceans", "onderzoek", "minderjarigen", "criminele-uitbuiting"],
    "lessons": [
        # ------------------------------------------------------------------ L4.1
        {
            "slug": "de-zaak-13oceans",
            "title": "De zaak 13Oceans",
            "intro": "Steeds dezelfde kinderen, steeds volwassenen in de buurt: zo begon een landelijk onderzoek.",
            "minutes": 5,
            "body": [
                (
                    "paragraph",
                    "<p>Voorjaar 2015, Amsterdam. Zakkenrollersteams houden steeds dezelfde kinderen aan voor "
                    "diefstal. Bij observaties zien ze telkens volwassenen die de kinderen lijken te sturen. De "
                    "politie start een onderzoek: worden deze kinderen gebruikt om te stelen?</p>",
                ),
                (
                    "key_fact",
                    {
                        "fact": "Het onderzoek 13Oceans begon in het voorjaar van 2015 in Amsterdam. "
                        "Zakkenrollersteams hielden steeds dezelfde kinderen aan en zagen volwassenen die hen "
                        "leken aan te sturen.",
                        "source": POL16,
                    },
                ),
                (
                    "paragraph",
                    "<h2>Van Amsterdam naar heel Nederland</h2><p>De kinderen waren in het hele land actief. Daarom "
                    "kwam er een landelijk team, geleid door het Parket Amsterdam en het Landelijk Parket, met "
                    "rechercheurs uit meerdere eenheden. Het team kreeg <b>vier netwerken</b> in beeld die in "
                    "Nederland actief waren. Die stuurden samen <b>zeker twintig kinderen</b> aan. De netwerken "
                    "waren ook buiten Nederland actief.</p>",
                ),
                (
                    "paragraph",
                    "<h2>De aanhoudingen</h2><p>Op 15 juni 2016 werden de eerste twee verdachten in Spanje "
                    "aangehouden. De verdenking: mensenhandel, deelname aan een criminele organisatie, gebruik van "
                    "valse identiteiten en het onttrekken van minderjarigen aan het gezag. Er werden zes "
                    "minderjarige slachtoffers gevonden. Ze stonden onder toezicht van de Nederlandse "
                    "jeugdbescherming, maar reisden met volwassenen door Europa. Ze zijn teruggebracht naar "
                    "Nederland.</p>",
                ),
                (
                    "signal_list",
                    {
                        "title": "Wat je in 13Oceans had kunnen zien",
                        "category": "minors",
                        "intro": "Deze signalen kwamen in de zaak naar voren. Ze zeggen iets over gedrag en "
                        "omstandigheden, niet over wie het kind is.",
                        "signals": [
                            "Steeds dezelfde kinderen aangehouden voor winkeldiefstal en zakkenrollen",
                            "Volwassenen in de buurt die de kinderen lijken aan te sturen",
                            "Kinderen onder toezicht van jeugdbescherming die met volwassenen door Europa reizen",
                            "Kinderen die vaak niet naar school gaan",
                            "Vermoedens van misbruik en zwangerschappen op jonge leeftijd",
                        ],
                    },
                ),
                (
                    "key_fact",
                    {
                        "fact": "De Nationaal Rapporteur zei in 2016: de opgave is om stelende kinderen te zien als "
                        "slachtoffer, niet als dader. Echt effect bereik je pas als je de volwassenen aanpakt "
                        "die hen tot criminaliteit dwingen.",
                        "source": NRM16,
                    },
                ),
                (
                    "case",
                    {
                        "title": "Hetzelfde meisje, een andere stad",
                        "setting": "patrol",
                        "situation": "<p>Je loopt 's middags over een druk station. Je ziet een meisje van een jaar "
                        "of twaalf dicht achter reizigers lopen. Uit het systeem blijkt dat ze vorige week in "
                        "een andere stad is aangehouden voor zakkenrollen. Een volwassen man op afstand kijkt "
                        "steeds haar kant op.</p>",
                        "question": "Welke signalen zie je, en wat doe je?",
                        "reflection": "<p>Je ziet twee signalen: een herhaalde aanhouding voor hetzelfde feit op een "
                        "andere plek, en een volwassene die toekijkt. Zo begon 13Oceans ook. Leg vast wat je "
                        "ziet, ook de volwassene. Grijp je in, zorg dan eerst voor de veiligheid van het kind. "
                        "Geef het kind niet zomaar mee aan een volwassene: bij signalen beslist de "
                        "jeugdbescherming, ook als de volwassene echt familie is. Zet het signaal door naar de "
                        "AVIM.</p>",
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "info",
                        "title": "Over de afloop bij de rechter",
                        "text": "<p>De bronnen van deze training bevestigen geen uitspraken in de zaak 13Oceans. Ga "
                        "dus niet uit van veroordelingen als je over deze zaak praat. Wel schreef de minister in "
                        "juni 2017 dat politie en OM opsporing en vervolging van verdachten voortzetten als "
                        "daarover nieuwe informatie bekend wordt (Kamerbrief 1 juni 2017). Nieuwe signalen blijven "
                        "dus belangrijk.</p>",
                    },
                ),
                (
                    "sources",
                    [
                        {"title": POL16, "url": ""},
                        {"title": NRM16, "url": ""},
                        {"title": LDH17, "url": ""},
                        {"title": POL18, "url": ""},
                        {"title": SEED, "url": SEED_URL},
                    ],
                ),
            ],
        },
        # ------------------------------------------------------------------ L4.2
        {
            "slug": "stelend-kind-als-slachtoffer",
            "title": "Waarom een stelend kind slachtoffer kan zijn",
            "intro": "Bij een kind is geen dwang nodig voor mensenhandel. Wat zegt de wet, en wat zeiden rechters?",
            "minutes": 5,
            "body": [
                (
                    "paragraph",
                    "<p>Een kind dat steelt, lijkt een dader. Maar misschien stuurt een volwassene het kind aan en "
                    "strijkt hij de opbrengst op. Dan kan het kind een slachtoffer van mensenhandel zijn. "
                    "Uitbuiting is volgens de wet namelijk ook: iemand dwingen tot werk of diensten, waaronder "
                    "<b>bedelen</b> en het <b>plegen van strafbare feiten</b>.</p>",
                ),
                (
                    "key_fact",
                    {
                        "fact": "Bij een slachtoffer onder de 18 hoeft geen dwangmiddel bewezen te worden. Werven, "
                        "vervoeren, overbrengen, huisvesten of opnemen met het oogmerk van uitbuiting is genoeg.",
                        "source": ART273F + "; " + UN,
                    },
                ),
                (
                    "key_fact",
                    {
                        "fact": "Of er sprake is van uitbuiting, hangt af van de omstandigheden: de aard en duur van "
                        "de activiteit, de beperkingen voor het slachtoffer en het voordeel voor de dader. Bij "
                        "kinderen kan die afweging anders uitvallen dan bij volwassenen.",
                        "source": HR2020,
                    },
                ),
                (
                    "paragraph",
                    "<h2>Wat rechters oordeelden</h2><ul><li>2013: de Rechtbank Midden-Nederland veroordeelde een "
                    "opa voor mensenhandel. Hij liet zijn kleindochter van tien eten stelen uit een "
                    "supermarkt.</li><li>2020: de Rechtbank Amsterdam veroordeelde drie volwassenen tot 7 à 8 "
                    "maanden. Zij lieten vier kinderen van 5 tot 11 jaar winkeldiefstallen en zakkenrollerij "
                    "plegen. Vijf diefstallen in een paar uur telden als 'stelselmatig'.</li><li>2020: dezelfde "
                    "rechtbank veroordeelde ouders tot 5 maanden onvoorwaardelijk. Zij lieten hun dochter van 14 "
                    "bedelen in de trein.</li></ul>",
                ),
                (
                    "key_fact",
                    {
                        "fact": "Kwetsbare mensen ronselen om drugs te smokkelen kan mensenhandel zijn, door "
                        "misleiding of misbruik van een kwetsbare positie. Bij minderjarigen kan de toets "
                        "anders uitvallen dan bij volwassenen.",
                        "source": HR2015,
                    },
                ),
                (
                    "case",
                    {
                        "title": "De auto op de parkeerplaats",
                        "setting": "patrol",
                        "situation": "<p>Een supermarkt belt: een meisje van een jaar of tien heeft eten gestolen. "
                        "Als je aankomt, zie je een volwassene in een auto op de parkeerplaats die snel "
                        "wegrijdt. Het meisje zegt dat ze 'het moest halen'.</p>",
                        "question": "Is dit alleen een winkeldiefstal?",
                        "reflection": "<p>Misschien niet. 'Het moest' en een volwassene die wegrijdt zijn signalen "
                        "van aansturing. Bij een kind hoeft geen dwang te blijken. Leg de diefstal vast én de "
                        "signalen van mogelijke uitbuiting, met het kenteken als je dat hebt. Zorg dat het "
                        "meisje veilig is en zet het signaal door naar de AVIM.</p>",
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "title": "Eerst mogelijk slachtoffer",
                        "text": "<p>Een kind dat onder aansturing steelt, is in de eerste plaats een mogelijk "
                        "slachtoffer. Leg het feit vast én de signalen. Het OM beslist daarna over vervolging "
                        "en weegt die signalen mee.</p>",
                    },
                ),
                (
                    "sources",
                    [
                        {"title": ART273F, "url": ""},
                        {"title": UN, "url": ""},
                        {"title": HR2020, "url": ""},
                        {"title": HR2015, "url": ""},
                        {"title": CASES_2013, "url": ""},
                        {"title": CASES_2020, "url": ""},
                    ],
                ),
            ],
        },
        # ------------------------------------------------------------------ L4.3
        {
            "slug": "integrale-werkwijze",
            "title": "De integrale werkwijze: hulp vanaf het begin",
            "intro": "In 13Oceans stonden zorgpartners klaar vanaf de start van het onderzoek. Wat kun jij daarvan "
            "leren?",
            "minutes": 5,
            "body": [
                (
                    "paragraph",
                    "<p>13Oceans was meer dan een opsporingsonderzoek. Er was ook een <b>begeleidingscommissie</b>, "
                    "waarin politie en OM samenwerkten met onder meer hulpverleningsinstanties (Kamerbrief 2017). "
                    "Volgens het Leger des Heils (2017) zaten daarin het OM, de politie, de Raad voor de "
                    "Kinderbescherming, Nidos en het Leger des Heils; Het Parool (2017) noemt ook de gemeente "
                    "Amsterdam en CoMensha. Zij zorgden samen voor hulp en opvang voor de kinderen die in beeld "
                    "kwamen.</p>",
                ),
                (
                    "key_fact",
                    {
                        "fact": "Volgens de Nationaal Rapporteur stond de begeleidingscommissie vanaf het begin van "
                        "het opsporingsonderzoek klaar met hulp en opvang voor de kinderen.",
                        "source": LDH17,
                    },
                ),
                (
                    "paragraph",
                    "<h2>Kinderen als slachtoffer behandeld</h2><p>Officier van justitie Jolanda de Boer beschreef in "
                    "Het Parool (2017) hoe dat ging:</p><ul><li>De kinderen werden gezien als slachtoffer, niet als "
                    "dader.</li><li>Het OM vroeg via de kinderrechter (een civiele procedure) plaatsing in een "
                    "gesloten instelling of pleeggezin.</li><li>Daar gingen de kinderen naar school en kregen ze "
                    "perspectief. Het Leger des Heils regelde opvang.</li></ul>",
                ),
                (
                    "callout",
                    {
                        "kind": "info",
                        "title": "Eén paraplu boven alle partners",
                        "text": "<p>Officier van justitie Warner ten Kate zei in Het Parool (2017) dat organisaties "
                        "vaak langs elkaar heen werken. In 13Oceans werkte de aanpak als een paraplu boven "
                        "iedereen die betrokken was. Defence for Children zag een omslag: van een aanpak "
                        "gericht op de dader naar een aanpak gericht op het slachtoffer.</p>",
                    },
                ),
                (
                    "key_fact",
                    {
                        "fact": "De minister meldde op 1 juni 2017 dat de begeleidingscommissie een landelijke "
                        "expertgroep wordt. Die steunt zorg- en veiligheidspartners. Voorop staat dat kinderen "
                        "uit de uitbuiting worden gehaald.",
                        "source": SEED,
                    },
                ),
                (
                    "key_fact",
                    {
                        "fact": "In 2018 zaten in de expertgroep: OM, politie, CoMensha, Fier Fryslân, Leger des "
                        "Heils, Raad voor de Kinderbescherming, Defence for Children en gemeenten.",
                        "source": POL18,
                    },
                ),
                (
                    "case",
                    {
                        "title": "Drie steden in één maand",
                        "setting": "zsm",
                        "situation": "<p>Bij ZSM ligt de zaak van een jongen van 13. Hij is aangehouden voor "
                        "winkeldiefstal. Hij heeft geen ID en geen vast adres. Deze maand is hij al drie keer "
                        "aangehouden, in drie verschillende steden.</p>",
                        "question": "Wat breng je in bij ZSM?",
                        "reflection": "<p>Breng in dat hij mogelijk slachtoffer is van criminele uitbuiting: "
                        "herhaalde aanhoudingen op steeds andere plekken, geen ID, geen vast adres. Zorg dat de "
                        "Raad voor de Kinderbescherming meekijkt. De les van 13Oceans: regel bescherming vanaf "
                        "het begin, en wacht daar niet mee tot het strafdossier klaar is.</p>",
                    },
                ),
                (
                    "sources",
                    [
                        {"title": LDH17, "url": ""},
                        {"title": PAR17, "url": ""},
                        {"title": DCI18, "url": ""},
                        {"title": SEED, "url": SEED_URL},
                        {"title": POL18, "url": ""},
                    ],
                ),
            ],
        },
        # ------------------------------------------------------------------ L4.4
        {
            "slug": "signalen-boven-profielen",
            "title": "Wat het onderzoek leert: signalen boven profielen",
            "intro": "Wie zoekt naar een 'typisch' slachtoffer, mist de anderen. Kijk naar signalen.",
            "minutes": 5,
            "body": [
                (
                    "paragraph",
                    "<p>De minister noemde in 2017 het WODC-onderzoek 'Uitbuiting van minderjarigen in de "
                    "criminaliteit in Nederland'. Volgens de Kamerbrief worden inzichten daaruit en uit 13Oceans "
                    "verwerkt in de training voor alle eerstelijns medewerkers. Het WODC-rapport zelf is voor deze "
                    "training niet ingezien. De bevindingen hieronder komen daarom uit een artikel van onderzoeker "
                    "Brenda Oude Breuil (2021). Zij beschrijft verkennend onderzoek uit 2015–2016 naar hetzelfde "
                    "onderwerp. Of dat artikel op het WODC-rapport steunt, bevestigen de bronnen niet.</p>",
                ),
                (
                    "paragraph",
                    "<h2>Wat het onderzoek zag bij professionals</h2><ul><li>Professionals in de eerste lijn "
                    "herkenden criminele uitbuiting van minderjarigen vaak niet.</li><li>Er waren toen pas vijf "
                    "zaken met succes voor de rechter gebracht.</li><li>Men zag het als het probleem van één "
                    "etnische groep. Daardoor bleven slachtoffers met een andere achtergrond buiten beeld, ook "
                    "jongeren die hier opgroeien.</li><li>Meisjes werden eerder als slachtoffer gezien en "
                    "beschermd. Jongens werden eerder als 'kwajongens' gestraft.</li></ul>",
                ),
                (
                    "key_fact",
                    {
                        "fact": "Advies uit het onderzoek: kijk naar indicatoren van uitbuiting, niet naar een "
                        "slachtofferprofiel. Dan worden beslissingen duidelijker en neutraal wat betreft "
                        "afkomst en gender.",
                        "source": ATR21,
                    },
                ),
                (
                    "key_fact",
                    {
                        "fact": "Het extra geld voor politie en OM is ook bedoeld voor de aanpak van uitbuiting van "
                        "minderjarigen in de criminaliteit. Meer analysecapaciteit bij het EMM moet de kennis over "
                        "criminele kinderuitbuiting binnen de politie vasthouden en versterken.",
                        "source": SEED,
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": "Signalen, geen profielen",
                        "text": "<p>Afkomst, nationaliteit of gender zeggen niet of iemand slachtoffer is. Kijk naar "
                        "gedrag en omstandigheden. Een jongen die steelt, kan net zo goed slachtoffer zijn als "
                        "een meisje. Politie en OM registreren ook geen etniciteit.</p>",
                    },
                ),
                (
                    "signal_list",
                    {
                        "title": "Signalen van criminele uitbuiting",
                        "category": "criminal",
                        "intro": "Eén signaal bewijst niets. Let op combinaties.",
                        "signals": [
                            "Pleegt delicten terwijl anderen toekijken, wachten of aanwijzingen geven",
                            "Moet de buit of het geld afgeven, of heeft een schuld bij 'de baas'",
                            "Is vaak aangehouden voor hetzelfde soort feit, op steeds andere plekken",
                            "Heeft drugs, wapens of buit bij zich, maar geen strafblad",
                            "Heeft ineens geld, dure kleding of meerdere telefoons",
                            "Zegt 'alleen een pakketje weg te brengen' of een bankpas uit te lenen voor een 'vriend'",
                            "Spijbelt, komt laat of niet thuis, heeft onverklaard letsel",
                        ],
                    },
                ),
                (
                    "paragraph",
                    "<h2>Ook jongeren uit de buurt</h2><p>Later onderzoek van het CKM (2021 en 2022) beschrijft hoe "
                    "jongeren worden geronseld: eerst vriendschap, dan een gunst. Dat gebeurt op scholen, in "
                    "zorginstellingen, op hangplekken en via sociale media. Jongeren moeten dan drugs vervoeren, "
                    "hun bankrekening uitlenen of als katvanger dienen. Daders maken misbruik van bijvoorbeeld "
                    "schulden, eenzaamheid, verslaving of een lichte verstandelijke beperking.</p>",
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": "Een kind niet zomaar meegeven, ook niet aan familie",
                        "text": "<p>Volgens berichtgeving over een interne analyse van politie en OM (2016) werden "
                        "aangehouden kinderen vaak meegegeven aan een familielid of iemand die zei familie te "
                        "zijn. Daarna ging de uitbuiting door. Ook echte familie kan uitbuiten: rechters "
                        "veroordeelden een opa en ouders. Zijn er signalen, dan beslist de jeugdbescherming (Raad "
                        "voor de Kinderbescherming) wat er met het kind gebeurt, ook als de volwassene echt "
                        "familie is.</p>",
                    },
                ),
                (
                    "case",
                    {
                        "title": "Een pakketje voor een vriend",
                        "setting": "station",
                        "situation": "<p>Collega's brengen een jongen van 14 binnen. Hij had een pakketje drugs bij "
                        "zich. Hij heeft geen strafblad. Hij draagt nieuwe dure sneakers en heeft twee "
                        "telefoons. Hij zegt dat hij het pakketje 'voor een vriend' wegbracht.</p>",
                        "question": "Hoe kijk je naar deze jongen?",
                        "reflection": "<p>Zie hem ook als mogelijk slachtoffer van criminele uitbuiting. Drugs "
                        "zonder strafblad, onverklaarde luxe, twee telefoons en een klusje voor een 'vriend' "
                        "zijn bekende signalen. Leg ze vast, geef in het verhoor binnen de gewone regels "
                        "aandacht aan mogelijke aansturing, en meld bij ZSM dat hij mogelijk slachtoffer is.</p>",
                    },
                ),
                (
                    "sources",
                    [
                        {"title": SEED, "url": SEED_URL},
                        {"title": ATR21, "url": ATR21_URL},
                        {"title": KV18, "url": ""},
                        {"title": NRC18, "url": ""},
                        {"title": CKM, "url": ""},
                        {"title": MHZ, "url": ""},
                        {"title": CASES_2013, "url": ""},
                        {"title": CASES_2020, "url": ""},
                    ],
                ),
            ],
        },
    ],
    "quiz": {
        "title": "Toets: criminele uitbuiting van minderjarigen",
        "intro": "Per poging krijg je 6 van de 8 vragen over 13Oceans, de wet en signalen van criminele uitbuiting. "
        "Je slaagt met minstens 5 goede antwoorden van de 6 (70%).",
        "pass_mark": 70,
        "max_attempts": 0,
        "shuffle": True,
        "questions_per_attempt": 6,
        "questions": [
            {
                "key": "m4-q1",
                "kind": "single",
                "scenario": "",
                "prompt": "Hoe begon het onderzoek 13Oceans in het voorjaar van 2015?",
                "choices": [
                    {
                        "text": "Zakkenrollersteams zagen steeds dezelfde kinderen, met sturende volwassenen.",
                        "correct": True,
                        "feedback": "Juist. Herhaalde aanhoudingen en sturende volwassenen waren de aanleiding.",
                    },
                    {
                        "text": "Een school meldde dat een groep leerlingen al maanden niet meer in de klas was "
                        "geweest.",
                        "correct": False,
                        "feedback": "Nee. Schoolverzuim speelde wel, maar het onderzoek begon bij de "
                        "zakkenrollersteams.",
                    },
                    {
                        "text": "De Spaanse politie vroeg Nederland om hulp bij een onderzoek naar een jeugdbende.",
                        "correct": False,
                        "feedback": "Nee. In Spanje werden in 2016 verdachten aangehouden, maar het onderzoek begon "
                        "in Amsterdam.",
                    },
                    {
                        "text": "Een winkelketen deed aangifte van een reeks diefstallen door dezelfde volwassenen.",
                        "correct": False,
                        "feedback": "Nee. Het ging om kinderen die stalen, terwijl volwassenen op de achtergrond "
                        "bleven.",
                    },
                ],
                "explanation": "Zakkenrollersteams in Amsterdam hielden steeds dezelfde kinderen aan. Bij "
                "observaties zagen ze volwassenen die de kinderen leken aan te sturen. Daarop startte het "
                "onderzoek.",
                "source": POL16,
                "indicators": ["crim-herhaalde-aanhouding", "crim-aansturing"],
            },
            {
                "key": "m4-q2",
                "kind": "single",
                "scenario": "Je houdt op het station een meisje van ongeveer twaalf aan voor zakkenrollen. Ze heeft "
                "geen ID. Na tien minuten meldt een man zich als haar oom. Hij wil haar direct meenemen en "
                "wordt ongeduldig.",
                "prompt": "Wat doe je?",
                "choices": [
                    {
                        "text": "Je geeft haar mee als zijn naam en adres kloppen met wat het meisje zelf vertelt.",
                        "correct": False,
                        "feedback": "Nee. Een kind kan hebben geleerd wat het moet zeggen. Dat is geen controle van "
                        "wie hij is.",
                    },
                    {
                        "text": "Je geeft haar mee en stuurt later een brief naar het adres dat de man opgeeft.",
                        "correct": False,
                        "feedback": "Nee. Dan kan de uitbuiting gewoon doorgaan, zoals na 13Oceans is gebleken.",
                    },
                    {
                        "text": "Je geeft haar niet mee; bij deze signalen beslist de jeugdbescherming, ook als hij "
                        "echt haar oom blijkt.",
                        "correct": True,
                        "feedback": "Juist. Veiligheid eerst. Ook een echt familielid kan de uitbuiter zijn.",
                    },
                    {
                        "text": "Je laat haar gaan met een waarschuwing, omdat ze jong is en er geen aangifte ligt.",
                        "correct": False,
                        "feedback": "Nee. Je laat een mogelijk slachtoffer dan zonder bescherming achter.",
                    },
                ],
                "explanation": "Volgens berichtgeving over een interne analyse van politie en OM (2016) werden "
                "aangehouden kinderen vaak meegegeven aan een familielid of iemand die zich zo voordeed. Daarna "
                "ging de uitbuiting door. Ook echte familieleden zijn voor mensenhandel veroordeeld. Geef haar "
                "dus niet mee: bij signalen beslist de jeugdbescherming (Raad voor de Kinderbescherming), ook als "
                "de man echt familie is. Leg het signaal vast en zet het door naar de AVIM.",
                "source": NRC18 + "; " + CASES_2013,
                "indicators": ["min-onbekende-familie", "min-geen-papieren"],
            },
            {
                "key": "m4-q3",
                "kind": "multiple",
                "scenario": "Een jongen van 14 zonder strafblad heeft een pakketje drugs bij zich. Hij heeft sinds "
                "kort dure sneakers en twee telefoons. Hij zegt dat hij het pakketje 'voor een vriend' "
                "wegbracht. Hij woont bij zijn ouders.",
                "prompt": "Welke van deze punten zijn signalen van mogelijke criminele uitbuiting? Kies alle juiste.",
                "choices": [
                    {
                        "text": "Hij heeft sinds kort twee telefoons.",
                        "correct": True,
                        "feedback": "Juist. Meerdere telefoons is een bekend signaal.",
                    },
                    {
                        "text": "Hij is 14 jaar oud.",
                        "correct": False,
                        "feedback": "Nee. Leeftijd alleen is geen signaal; het gaat om gedrag en omstandigheden.",
                    },
                    {
                        "text": "Hij heeft drugs bij zich, maar geen strafblad.",
                        "correct": True,
                        "feedback": "Juist. Bij een kind zonder antecedenten denk je aan aansturing door anderen.",
                    },
                    {
                        "text": "Hij woont bij zijn ouders.",
                        "correct": False,
                        "feedback": "Nee. Dat zegt op zich niets; ook thuiswonende jongeren kunnen worden uitgebuit.",
                    },
                    {
                        "text": "Hij bracht het pakketje weg 'voor een vriend'.",
                        "correct": True,
                        "feedback": "Juist. Ronselen gaat vaak via vriendschap en dan een klusje.",
                    },
                ],
                "explanation": "Drugs bij een kind zonder strafblad, onverklaarde luxe, meerdere telefoons en een "
                "klusje voor een 'vriend' zijn samen sterke signalen. Zie hem ook als mogelijk slachtoffer en "
                "meld dat bij ZSM.",
                "source": MHZ + "; " + CKM,
                "indicators": [
                    "crim-meerdere-telefoons",
                    "crim-zonder-strafblad",
                    "crim-klusje-voor-vriend",
                    "crim-onverklaard-geld",
                ],
            },
            {
                "key": "m4-q4",
                "kind": "true_false",
                "scenario": "",
                "prompt": "Bij een slachtoffer onder de 18 moet je dwang of bedreiging zien, anders kan het geen "
                "mensenhandel zijn.",
                "choices": [
                    {
                        "text": "Waar",
                        "correct": False,
                        "feedback": "Nee. Bij minderjarigen is een dwangmiddel niet nodig.",
                    },
                    {
                        "text": "Niet waar",
                        "correct": True,
                        "feedback": "Juist. Werven, vervoeren of onderbrengen met het oogmerk van uitbuiting is "
                        "genoeg.",
                    },
                ],
                "explanation": "Bij minderjarigen hoeft geen dwangmiddel bewezen te worden. Wel moet het oogmerk van "
                "uitbuiting aannemelijk zijn. Of het om uitbuiting gaat, hangt af van de omstandigheden; bij "
                "kinderen kan die afweging anders uitvallen dan bij volwassenen (Hoge Raad 2020).",
                "source": ART273F + "; " + HR2020,
                "indicators": ["crim-aansturing"],
            },
            {
                "key": "m4-q5",
                "kind": "single",
                "scenario": "",
                "prompt": "Welke valkuil bij professionals in de eerste lijn beschrijft onderzoek naar criminele "
                "uitbuiting van minderjarigen (Oude Breuil, 2021)?",
                "choices": [
                    {
                        "text": "Ze zagen bijna elk stelend kind als slachtoffer, waardoor daders vrijuit gingen.",
                        "correct": False,
                        "feedback": "Nee. Het onderzoek zag juist dat uitbuiting vaak niet werd herkend.",
                    },
                    {
                        "text": "Ze meldden zo veel signalen bij CoMensha dat de registratie vastliep.",
                        "correct": False,
                        "feedback": "Nee. Het probleem was te weinig herkenning, niet te veel meldingen.",
                    },
                    {
                        "text": "Ze keken vooral naar indicatoren en te weinig naar het strafblad van het kind.",
                        "correct": False,
                        "feedback": "Nee. Het advies is juist om naar indicatoren te kijken.",
                    },
                    {
                        "text": "Ze zagen het als probleem van één groep en zagen jongens als 'kwajongens'.",
                        "correct": True,
                        "feedback": "Juist. Een etnisch beeld en een genderbeeld zorgden voor blinde vlekken.",
                    },
                ],
                "explanation": "Het onderzoek zag een etnisch beeld (slachtoffers met een andere achtergrond bleven "
                "buiten beeld) en een genderbeeld (meisjes beschermd, jongens gestraft). Het advies: kijk naar "
                "indicatoren, niet naar profielen.",
                "source": ATR21,
                "indicators": [],
            },
            {
                "key": "m4-q6",
                "kind": "single",
                "scenario": "",
                "prompt": "Wat gebeurt er volgens de Kamerbrief van 1 juni 2017 met de begeleidingscommissie van "
                "13Oceans?",
                "choices": [
                    {
                        "text": "Ze wordt opgeheven zodra het opsporingsonderzoek is afgerond.",
                        "correct": False,
                        "feedback": "Nee. De werkwijze krijgt juist een vervolg.",
                    },
                    {
                        "text": "Ze wordt een landelijke expertgroep voor zorg- en veiligheidspartners.",
                        "correct": True,
                        "feedback": "Juist. Voorop staat dat kinderen uit de uitbuiting worden gehaald.",
                    },
                    {
                        "text": "Ze gaat op in de Koninklijke Marechaussee als apart grensteam.",
                        "correct": False,
                        "feedback": "Nee. De KMar wordt in dit verband niet genoemd.",
                    },
                    {
                        "text": "Ze wordt een landelijk parket dat zelf strafzaken tegen de uitbuiters vervolgt.",
                        "correct": False,
                        "feedback": "Nee. Vervolgen blijft de taak van het OM; de expertgroep ondersteunt.",
                    },
                ],
                "explanation": "De minister schrijft dat de commissie een landelijke expertgroep wordt. Die steunt "
                "zorg- en veiligheidspartners; voorop staat dat kinderen uit uitbuitingssituaties worden "
                "gehaald. De expertgroep speelt ook een rol bij 'het signaleren van obstakels in de aanpak en "
                "het opwerpen van barrières' (Kamerbrief).",
                "source": SEED,
                "indicators": [],
            },
            {
                "key": "m4-q7",
                "kind": "single",
                "scenario": "Een jongen van 12 is deze maand voor de derde keer aangehouden voor zakkenrollen, steeds "
                "in een andere stad. Op het bureau meldt zich een man met een geldig paspoort. Uit de gegevens "
                "blijkt dat hij echt de vader is. Hij wil zijn zoon meteen meenemen.",
                "prompt": "Wat doe je?",
                "choices": [
                    {
                        "text": "Je geeft de jongen mee, want nu staat vast wie de man is",
                        "correct": False,
                        "feedback": "Nee. Ook een echte ouder kan degene zijn die het kind laat stelen.",
                    },
                    {
                        "text": "Je geeft hem niet zomaar mee: bij deze signalen beslist de jeugdbescherming, ook nu "
                        "het echt zijn vader is",
                        "correct": True,
                        "feedback": "Juist. Betrek de Raad voor de Kinderbescherming en zet het signaal door naar de "
                        "AVIM.",
                    },
                    {
                        "text": "Je houdt de vader direct aan voor mensenhandel",
                        "correct": False,
                        "feedback": "Nee. Een signaal is nog geen verdenking die een aanhouding draagt; leg vast en "
                        "zet door.",
                    },
                    {
                        "text": "Je geeft hem mee en legt alleen de zakkenrollerij vast",
                        "correct": False,
                        "feedback": "Nee. Dan blijven de signalen van uitbuiting liggen en gaat de jongen terug naar "
                        "een mogelijke uitbuiter.",
                    },
                ],
                "explanation": "Herhaalde aanhoudingen op steeds andere plekken zijn een signaal van criminele "
                "uitbuiting. Rechters veroordeelden familieleden, zoals een opa en ouders, voor mensenhandel "
                "omdat zij kinderen lieten stelen of bedelen. Dat iemand echt familie is, zegt dus niet dat het "
                "kind veilig is. Bij signalen beslist de jeugdbescherming (Raad voor de Kinderbescherming) mee "
                "over wat er met het kind gebeurt.",
                "source": CASES_2013 + "; " + CASES_2020 + "; " + NRC18,
                "indicators": ["crim-herhaalde-aanhouding", "min-onbekende-familie"],
            },
            {
                "key": "m4-q8",
                "kind": "true_false",
                "scenario": "Een collega zegt: '13Oceans is afgelopen. Nieuwe informatie over die netwerken hoeven we "
                "niet meer door te geven.'",
                "prompt": "Volgens de Kamerbrief van 1 juni 2017 zetten politie en OM opsporing en vervolging van "
                "verdachten voort als daarover nieuwe informatie bekend wordt.",
                "choices": [
                    {
                        "text": "Waar",
                        "correct": True,
                        "feedback": "Juist. Nieuwe informatie over verdachten leg je dus vast en zet je door.",
                    },
                    {
                        "text": "Niet waar",
                        "correct": False,
                        "feedback": "Nee. De minister schreef dat politie en OM dan stappen zetten om opsporing en "
                        "vervolging voort te zetten.",
                    },
                ],
                "explanation": "De minister schreef dat politie en OM adequate stappen zetten om opsporing en "
                "vervolging van verdachten voort te zetten als daarover informatie bekend wordt. Jouw signaal "
                "kan dus ook na het einde van een onderzoek verschil maken.",
                "source": SEED,
                "indicators": [],
            },
        ],
    },
}
