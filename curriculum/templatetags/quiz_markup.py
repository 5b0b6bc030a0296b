"""The quiz's question markup, built in Python: `{% question_fieldsets questions %}`, `{% question_fieldset q 1 %}`.

One fieldset per question as an officer answers it; never carries correctness (no marker of the right option).
It was a template included once per question; on the quiz form, the page every attempt loads, those includes
cost more than the rest of the page (bench/README.md), so the markup is joined here: every value goes through
Django's escape(), as the template did (plain formatting, without format_html's per-value checks). Ids and
positions are plain numbers, never localised.
"""

from django import template
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

register = template.Library()

CHOICE = (
    '<label class="choice"><input type="{kind}" name="q-{question}" value="{value}"{required}>'
    "<span>{text}</span></label>"
)
FIELDSET = (
    '<fieldset class="question" id="vraag-{position}"><legend><span class="counter">{counter}</span></legend>'
    '{scenario}<p class="prompt"><strong>{prompt}</strong></p>{hint}<div class="choices">{choices}</div></fieldset>'
)


@register.simple_tag
def question_fieldset(question, total: int) -> str:
    """One question, numbered "Vraag n van `total`" (a trainer's preview of a single question: total=1)."""
    multiple = question.kind == "multiple"
    kind, required = ("checkbox", "") if multiple else ("radio", " required")
    name = escape(question.question_id)
    choices = "".join(
        CHOICE.format(
            kind=kind, question=name, value=escape(choice.id or number), required=required, text=escape(choice.text)
        )
        for number, choice in enumerate(question.choices, start=1)
    )
    hint = _("Meerdere antwoorden kunnen juist zijn. Kies alles wat klopt.") if multiple else None
    return mark_safe(  # nosec B308 B703: every value above and below goes through escape()
        FIELDSET.format(
            position=escape(question.position),
            counter=escape(_("Vraag %(n)s van %(total)s") % {"n": question.position, "total": total}),
            scenario=f'<p class="scenario">{escape(question.scenario)}</p>' if question.scenario else "",
            prompt=escape(question.prompt),
            hint=f'<p class="hint">{escape(hint)}</p>' if hint else "",
            choices=choices,
        )
    )


@register.simple_tag
def question_fieldsets(questions) -> str:
    """Every question of the list, numbered "Vraag n van N"."""
    total = len(questions)
    return mark_safe("\n".join(question_fieldset(q, total) for q in questions))  # nosec B308 B703: built escaped
