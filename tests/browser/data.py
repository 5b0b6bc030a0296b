"""A small, realistic training for the browser journeys: one module with two lessons built from every
common block, a three-question quiz, a pocket card, indicators and the five role accounts.

Built with the test factories (not load_demo) so the journeys stay fast and independent of demo content.
"""

import json

from curriculum.domain import roles
from curriculum.models import Indicator, LessonPage, PocketCardPage, QuizPage, QuizQuestion
from tests.factories import question_create, tree_create, user_create
from tests.helpers import PASSWORD

LESSON_1 = [
    (
        "paragraph",
        "<p>Mensenhandel is het uitbuiten van mensen. Je komt het tegen op straat, bij een controle of op "
        "het bureau. Eén signaal bewijst niets; let op <b>combinaties</b> van signalen.</p>",
    ),
    (
        "signal_list",
        {
            "title": "Signalen bij arbeidsuitbuiting",
            "category": "labour",
            "intro": "Zie je er een paar tegelijk? Vraag door en leg vast.",
            "signals": [
                "Paspoort of identiteitsbewijs is ingenomen door de werkgever",
                "Werkt zeer lange dagen voor weinig of geen loon",
                "Woont op of bij de werkplek, met veel mensen in één ruimte",
                "Heeft een schuld bij de werkgever of tussenpersoon",
            ],
        },
    ),
    (
        "case",
        {
            "title": "Controle bij een nagelstudio",
            "setting": "workplace",
            "situation": "<p>Bij een bedrijfscontrole tref je drie vrouwen aan. "
            "Geen van hen heeft een paspoort bij zich; "
            "de eigenaar zegt dat hij ze 'veilig bewaart'. Eén vrouw kijkt steeds naar hem voordat ze antwoordt.</p>",
            "question": "Welke signalen zie je, en wat doe je nu?",
            "reflection": "<p>Ingenomen documenten en angst om zelf te praten zijn signalen. Spreek de vrouw apart, "
            "met een tolk, en meld het bij de recherche mensenhandel.</p>",
        },
    ),
    (
        "key_fact",
        {
            "fact": "Bij minderjarigen is geen dwangmiddel nodig voor mensenhandel.",
            "source": "Art. 273f Wetboek van Strafrecht",
        },
    ),
]
LESSON_2 = [
    ("paragraph", "<p>Bij een signaal handel je: je legt vast wat je zag, en je meldt het. Ook als je twijfelt.</p>"),
    (
        "callout",
        {
            "kind": "tip",
            "title": "Altijd vastleggen",
            "text": "<p>Leg signalen vast in een mutatie met de code mensenhandel, ook als er geen aangifte komt.</p>",
        },
    ),
    (
        "signal_list",
        {
            "title": "Signalen bij criminele uitbuiting",
            "category": "criminal",
            "signals": [
                "Kind wordt steeds op dezelfde plek aangehouden voor diefstal",
                "Een volwassene in de buurt lijkt aanwijzingen te geven",
            ],
        },
    ),
]
INDICATORS = [
    (
        "arb-paspoort-ingenomen",
        "labour",
        "Paspoort ingenomen door werkgever",
        "De werkgever of tussenpersoon houdt het identiteitsbewijs vast.",
        "ILO, Indicators of Forced Labour (2012)",
    ),
    (
        "crim-aansturing",
        "criminal",
        "Kind wordt aangestuurd door een volwassene",
        "Een volwassene geeft aanwijzingen of vangt de buit op.",
        "Politie, 13Oceans (2016)",
    ),
]
QUESTIONS = [
    (
        "b-q1",
        "single",
        "Een werkgever bewaart de paspoorten van zijn personeel 'voor de veiligheid'. Is dat een signaal?",
        [
            ("Ja, ingenomen documenten zijn een signaal van uitbuiting", True),
            ("Nee, dat is gebruikelijk", False),
            ("Alleen als het personeel minderjarig is", False),
        ],
    ),
    (
        "b-q2",
        "multiple",
        "Welke signalen wijzen op criminele uitbuiting van een kind?",
        [
            ("Steeds op dezelfde plek aangehouden", True),
            ("Een volwassene geeft aanwijzingen", True),
            ("Het kind draagt een schooluniform", False),
        ],
    ),
    (
        "b-q3",
        "true_false",
        "Eén signaal is genoeg om van mensenhandel uit te gaan.",
        [("Waar", False), ("Niet waar", True)],
    ),
]


def _stream(blocks):
    return json.dumps([{"type": kind, "value": value} for kind, value in blocks])


def base_state_ensure():
    """What the migrations create and a transactional test's flush removes: root page and collection,
    the default locale, the role groups and their permissions. (live_server tests run on a flushed DB.)"""
    from django.conf import settings
    from django.contrib.auth.models import Group
    from wagtail.models import Collection, Locale, Page

    Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)
    if Page.get_first_root_node() is None:
        Page.add_root(instance=Page(title="Root", slug="root"))
    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")
    for name in roles.ALL_GROUPS:
        Group.objects.get_or_create(name=name)
    roles.group_model_permissions_sync()


def training_create():
    """The module "Signalen herkennen" with two lessons and a quiz, plus pocket card, indicators, accounts."""
    base_state_ensure()
    tree = tree_create(lessons=2, questions=0, slug="signalen-herkennen")
    module = tree.module
    module.title, module.summary, module.mandatory = (
        "Signalen herkennen",
        "Wat zijn signalen van mensenhandel, en wat doe je als je er een ziet?",
        True,
    )
    module.save_revision().publish()
    for lesson, title, intro, body in [
        (tree.lessons[0], "Wat is een signaal?", "Signalen per vorm van uitbuiting, en een casus.", LESSON_1),
        (tree.lessons[1], "Wat doe je bij een signaal?", "Vastleggen en melden.", LESSON_2),
    ]:
        lesson = LessonPage.objects.get(pk=lesson.pk)
        lesson.title, lesson.intro, lesson.body = title, intro, _stream(body)
        lesson.save_revision().publish()
    questions = []
    for key, kind, prompt, choices in QUESTIONS:
        question = question_create(key, kind=kind, choices=choices, prompt=prompt)
        question.scenario = ""
        question.explanation = f"Uitleg: {prompt[:40]}…"
        question.save()
        question.save_revision().publish()
        questions.append(question)
    quiz = QuizPage.objects.get(pk=tree.quiz.pk)
    quiz.title = "Toets: signalen herkennen"
    quiz.quiz_questions = [QuizQuestion(question=q, sort_order=i) for i, q in enumerate(questions)]
    quiz.save_revision().publish()
    for code, category, name, description, source in INDICATORS:
        Indicator.objects.get_or_create(
            code=code, defaults={"category": category, "name": name, "description": description, "source": source}
        )
    card = PocketCardPage(
        title="Zakkaart signalen mensenhandel",
        slug="zakkaart",
        intro="Signalen en stappen op zak.",
        body=_stream(LESSON_1[1:2] + LESSON_2[1:]),
    )
    tree.index.add_child(instance=card)
    card.save_revision().publish()
    users = {
        "officer": user_create("officer", roles.OFFICERS, password=PASSWORD, first_name="Sanne", last_name="de Vries"),
        "trainer": user_create("trainer", roles.TRAINERS, password=PASSWORD, first_name="Youssef"),
        "manager": user_create("manager", roles.MANAGERS, password=PASSWORD, first_name="Marco"),
    }
    return tree, users
