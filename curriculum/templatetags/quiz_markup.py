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
from django.utils.translation import get_language
from django.utils.translation import gettext as _

register = template.Library()

CHOICE = (
    '<label class="choice"><input type="{kind}" name="q-{question}" value="{value}"{required}{checked}>'
    "<span>{text}</span></label>"
)
# The group's name is its number and the question ("Vraag 1 van 6" + the prompt, aria-labelledby); the scenario, the
# hint and, when the question was left open, the note are its description (aria-describedby). The note is always
# there (hidden until needed) so that signaal.js can show it when it stops a submit with this question open.
FIELDSET = (
    '<fieldset class="question{open_class}" id="vraag-{position}" aria-labelledby="vraag-{position}-nummer '
    'vraag-{position}-vraag"{describedby}><legend><span class="counter" id="vraag-{position}-nummer">{counter}</span>'
    '</legend>{scenario}<p class="prompt" id="vraag-{position}-vraag"{lang}><strong>{prompt}</strong></p>{hint}'
    '<p class="message message-error question-open-note" id="vraag-{position}-open"{note_hidden}>{note}</p>'
    '<div class="choices"{lang}>{choices}</div></fieldset>'
)


def _content_lang() -> str:
    """Questions are written in Dutch: say so when the interface is in another language (WCAG 3.1.2)."""
    return "" if (get_language() or "nl").split("-")[0] == "nl" else ' lang="nl"'


@register.simple_tag
def question_fieldset(question, total: int, open_question: bool = False) -> str:
    """One question, numbered "Vraag n van `total`" (a trainer's preview of a single question: total=1).

    A choice the officer made (`choice.chosen`: their own answer given back after a refused submit) is checked;
    `open_question` marks a question the officer still has to answer."""
    multiple = question.kind == "multiple"
    kind, required = ("checkbox", "") if multiple else ("radio", " required")
    name = escape(question.question_id)
    position = escape(question.position)
    lang = _content_lang()
    choices = "".join(
        CHOICE.format(
            kind=kind,
            question=name,
            value=escape(choice.id or number),
            required=required,
            checked=" checked" if getattr(choice, "chosen", False) else "",
            text=escape(choice.text),
        )
        for number, choice in enumerate(question.choices, start=1)
    )
    hint = _("Meerdere antwoorden kunnen juist zijn. Kies alles wat klopt.") if multiple else None
    described = [f"vraag-{position}-casus"] if question.scenario else []
    described += [f"vraag-{position}-hint"] if hint else []
    described += [f"vraag-{position}-open"] if open_question else []
    return mark_safe(  # nosec B308 B703: every value above and below goes through escape()
        FIELDSET.format(
            position=position,
            open_class=" question-open" if open_question else "",
            describedby=f' aria-describedby="{" ".join(described)}"' if described else "",
            counter=escape(_("Vraag %(n)s van %(total)s") % {"n": question.position, "total": total}),
            scenario=(
                f'<p class="scenario" id="vraag-{position}-casus"{lang}>{escape(question.scenario)}</p>'
                if question.scenario
                else ""
            ),
            prompt=escape(question.prompt),
            lang=lang,
            hint=f'<p class="hint" id="vraag-{position}-hint">{escape(hint)}</p>' if hint else "",
            note=escape(_("Deze vraag is nog open: kies minstens één antwoord.")),
            note_hidden="" if open_question else " hidden",
            choices=choices,
        )
    )


@register.simple_tag
def question_fieldsets(questions, open_positions=()) -> str:
    """Every question of the list, numbered "Vraag n van N"; `open_positions`: the numbers to mark as open."""
    total = len(questions)
    marked = set(open_positions or ())
    return mark_safe(  # nosec B308 B703: built escaped
        "\n".join(question_fieldset(q, total, q.position in marked) for q in questions)
    )
