"""The quiz's question markup, built in Python: `{% question_fieldsets questions %}`, `{% question_fieldset q 1 %}`.

One fieldset per question as an officer answers it; never carries correctness (no marker of the right option).
It was a template included once per question; on the quiz form, the page every attempt loads, those includes
cost more than the rest of the page (bench/README.md), so the markup is joined here with format_html, which
escapes every value as the template did. Ids and positions are plain numbers, never localised.
"""

from django import template
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext as _

register = template.Library()


def _choice(question, number: int, choice) -> tuple:
    multiple = question.kind == "multiple"
    return (
        "checkbox" if multiple else "radio",
        question.question_id,
        choice.id or number,
        "" if multiple else " required",
        choice.text,
    )


@register.simple_tag
def question_fieldset(question, total: int) -> str:
    """One question, numbered "Vraag n van `total`" (a trainer's preview of a single question: total=1)."""
    choices = format_html_join(
        "",
        '<label class="choice"><input type="{}" name="q-{}" value="{}"{}><span>{}</span></label>',
        (_choice(question, number, choice) for number, choice in enumerate(question.choices, start=1)),
    )
    return format_html(
        '<fieldset class="question" id="vraag-{}"><legend><span class="counter">{}</span></legend>{}'
        '<p class="prompt"><strong>{}</strong></p>{}<div class="choices">{}</div></fieldset>',
        question.position,
        _("Vraag %(n)s van %(total)s") % {"n": question.position, "total": total},
        format_html('<p class="scenario">{}</p>', question.scenario) if question.scenario else "",
        question.prompt,
        format_html('<p class="hint">{}</p>', _("Meerdere antwoorden kunnen juist zijn. Kies alles wat klopt."))
        if question.kind == "multiple"
        else "",
        choices,
    )


@register.simple_tag
def question_fieldsets(questions) -> str:
    """Every question of the list, numbered "Vraag n van N"."""
    return format_html_join("\n", "{}", ((question_fieldset(q, len(questions)),) for q in questions))
