"""`load_demo --update-content`: bring demo pages and questions on a running site up to date with the demo content.

Only objects that no trainer touched are updated: every revision of the page or question was written by load_demo
itself (a revision without a user). Anything a person saved, as a draft or published, is left alone and listed as
skipped. Indicators have no revision history; one is updated only while its text is still what an earlier
load_demo wrote (the current text or one listed in PREVIOUS_INDICATOR_TEXT). Nothing is deleted; missing lessons,
questions and pages are created as a plain load_demo would.
"""

import json

from wagtail.models import Revision

from curriculum.models import (
    Choice,
    Indicator,
    LessonPage,
    ModulePage,
    PocketCardPage,
    Question,
    QuizPage,
    QuizQuestion,
)

# What earlier versions of load_demo wrote for indicators whose text has since been corrected
# after the content review.
PREVIOUS_INDICATOR_TEXT = {
    "sek-verborgen-werkplek": {
        "name": "Werkt op een minder zichtbare plek",
        "description": "Werkt als escort, vanuit een woning of in een hotel: plekken waar politie en hulpverlening "
        "minder zicht hebben.",
    },
    "min-geen-vaste-verblijfplaats": {"name": "Geen vaste verblijfplaats"},
}
QUIZ_SETTINGS = ("pass_mark", "max_attempts", "shuffle", "questions_per_attempt", "show_correct_answers")


def touched_by_a_person(obj) -> bool:
    """True when any revision of the page or question was saved by a user (a trainer, moderator or admin)."""
    return Revision.objects.for_instance(obj).exclude(user=None).exists()


def _stream_norm(model, field_name: str, raw) -> list:
    block = model._meta.get_field(field_name).stream_block
    value = block.to_python(raw) if isinstance(raw, list) else raw
    return [(child["type"], child["value"]) for child in block.get_prep_value(value)]


def _set_changed(obj, values: dict) -> bool:
    changed = False
    for name, value in values.items():
        if getattr(obj, name) != value:
            setattr(obj, name, value)
            changed = True
    return changed


def _page_update(page, values: dict, streams: dict, report, label: str, after=None) -> None:
    """Apply values (and stream fields) to an untouched page and publish a revision without a user."""
    if touched_by_a_person(page):
        report.skip(label)
        return
    page = page.specific
    changed = _set_changed(page, values)
    for name, blocks in streams.items():
        wanted = json.loads(json.dumps([{"type": kind, "value": value} for kind, value in blocks]))
        if _stream_norm(type(page), name, getattr(page, name)) != _stream_norm(type(page), name, wanted):
            setattr(page, name, json.dumps(wanted))
            changed = True
    if after is not None:
        changed = after(page) or changed
    if changed:
        page.save_revision().publish()
        report.update(label)


def _question_update(question, data: dict, indicators: dict, report) -> None:
    label = f"question {data['key']}"
    if touched_by_a_person(question):
        report.skip(label)
        return
    changed = _set_changed(
        question,
        {key: data.get(key, "") for key in ("kind", "scenario", "prompt", "explanation", "source")},
    )
    existing = list(question.choices.all().order_by("sort_order"))
    wanted = data["choices"]
    if [(c.text, c.is_correct, c.feedback) for c in existing] != [
        (c["text"], c["correct"], c.get("feedback", "")) for c in wanted
    ]:
        choices = []
        for i, choice_data in enumerate(wanted):
            choice = existing[i] if i < len(existing) else Choice()
            choice.text, choice.is_correct = choice_data["text"], choice_data["correct"]
            choice.feedback, choice.sort_order = choice_data.get("feedback", ""), i
            choices.append(choice)
        question.choices = choices
        changed = True
    wanted_codes = sorted(data.get("indicators", []))
    if sorted(i.code for i in question.indicators.all()) != wanted_codes:
        question.indicators = [indicators[code] for code in wanted_codes]
        changed = True
    if changed:
        question.save()
        question.save_revision().publish()
        report.update(label)


def _quiz_extra(quiz_data: dict, questions: list):
    def apply(quiz) -> bool:
        changed = False
        fields = {f.name for f in QuizPage._meta.get_fields()}
        for key in QUIZ_SETTINGS:
            if key in quiz_data and key in fields and getattr(quiz, key) != quiz_data[key]:
                setattr(quiz, key, quiz_data[key])
                changed = True
        current = {qq.question_id: qq for qq in quiz.quiz_questions.all()}
        order = [qq.question_id for qq in sorted(current.values(), key=lambda qq: qq.sort_order)]
        if order != [q.pk for q in questions]:
            rows = []
            for i, question in enumerate(questions):
                row = current.get(question.pk) or QuizQuestion(question=question)
                row.sort_order = i
                rows.append(row)
            quiz.quiz_questions = rows
            changed = True
        return changed

    return apply


def indicators_update(items, indicators: dict, report) -> None:
    for item in items:
        indicator = indicators[item["code"]]
        wanted = {key: item[key] for key in ("name", "description", "source", "category")}
        current = {key: getattr(indicator, key) for key in wanted}
        if current == wanted:
            continue
        earlier = {**wanted, **PREVIOUS_INDICATOR_TEXT.get(item["code"], {})}
        if current != earlier:
            report.skip(f"indicator {item['code']}")
            continue
        Indicator.objects.filter(pk=indicator.pk).update(**wanted)
        report.update(f"indicator {item['code']}")


def module_update(index, data: dict, indicators: dict, report, question_ensure, html_intro) -> None:
    module = ModulePage.objects.child_of(index).filter(slug=data["slug"]).first()
    if module is None:
        return

    def tags(page) -> bool:
        if sorted(page.tags.names()) == sorted(data.get("tags", [])):
            return False
        page.tags.set(data.get("tags", []))
        return True

    objectives = [("objective", o) for o in data["objectives"]]
    _page_update(
        module,
        {
            "title": data["title"],
            "summary": data["summary"],
            "estimated_minutes": data["minutes"],
            "mandatory": data["mandatory"],
        },
        {"learning_objectives": objectives},
        report,
        f"module {data['slug']}",
        after=tags,
    )
    for lesson_data in data["lessons"]:
        lesson = LessonPage.objects.child_of(module).filter(slug=lesson_data["slug"]).first()
        if lesson is not None:
            _page_update(
                lesson,
                {
                    "title": lesson_data["title"],
                    "intro": lesson_data.get("intro", ""),
                    "estimated_minutes": lesson_data.get("minutes", 5),
                },
                {"body": lesson_data["body"]},
                report,
                f"lesson {data['slug']}/{lesson_data['slug']}",
            )
    quiz_data = data["quiz"]
    quiz = QuizPage.objects.child_of(module).first()
    if quiz is None:
        return
    if touched_by_a_person(quiz):
        # Leave the trainer's quiz as it is: update its questions that no one edited, add none.
        report.skip(f"quiz {data['slug']}")
        for question_data in quiz_data["questions"]:
            question = Question.objects.filter(key=question_data["key"]).first()
            if question is not None:
                _question_update(question, question_data, indicators, report)
        return
    questions = []
    for question_data in quiz_data["questions"]:
        question = question_ensure(question_data, indicators, report)
        if f"question {question_data['key']}" not in report.created:
            _question_update(question, question_data, indicators, report)
        questions.append(question)
    _page_update(
        quiz,
        {"title": quiz_data["title"], "intro": html_intro(quiz_data)},
        {},
        report,
        f"quiz {data['slug']}",
        after=_quiz_extra(quiz_data, questions),
    )


def pocket_card_update(index, data: dict, report) -> None:
    card = PocketCardPage.objects.child_of(index).first()
    if card is not None:
        values = {"title": data["title"], "intro": data.get("intro", "")}
        _page_update(card, values, {"body": data["body"]}, report, "pocket card")
