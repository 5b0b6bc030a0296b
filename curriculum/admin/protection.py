"""Admin deletes that would destroy learning records are refused, with a Dutch reason and what to do instead.

Learning records (lesson completions, quiz attempts with their answers, module completions) are
evidence of training: deleting the officer, the page or the question they point at would either
cascade them away or fail with a ProtectedError (a 500). Instead the admin shows, before anyone
confirms, why the delete is not possible and offers the alternative: unpublish the page,
pseudonymise the officer, unpublish (retire) the question, move a unit's officers first. A question can only go
while it is a draft nobody saw: never published and in no quiz. A POST anyway redirects with the same message.
The hook functions and bulk actions below are registered in curriculum/wagtail_hooks.py.
"""

from dataclasses import dataclass

from django.contrib.admin.utils import quote
from django.db.models import Q, QuerySet
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext, ngettext_lazy
from wagtail.admin import messages
from wagtail.admin.utils import get_user_display_name, get_valid_next_url_from_request
from wagtail.admin.views.pages.bulk_actions.delete import DeleteBulkAction as PageDeleteBulkAction
from wagtail.models import Page
from wagtail.users.views.bulk_actions.delete import DeleteBulkAction as UserDeleteBulkAction

from curriculum.models import (
    AttemptAnswer,
    LessonCompletion,
    ModuleCompletion,
    Question,
    QuizAttempt,
)
from curriculum.selectors.question_bank import question_quizzes_get

TEMPLATE = "curriculum/admin/delete_protected.html"


@dataclass
class Refusal:
    """Why one object cannot be deleted, and the alternative (with a link when there is one)."""

    name: str
    reason: str
    advice: str
    action_url: str | None = None
    action_label: str | None = None
    action_target: str | None = None  # what the action opens, when it is not the object itself

    @property
    def message(self) -> str:
        return f"{self.reason} {self.advice}"


def _records_text(lessons: QuerySet, attempts: QuerySet, completions: QuerySet) -> tuple[str, int]:
    """The learning records these lesson completions, quiz attempts and module completions hold, in words, and
    how many there are in all (for the verb: "er is 1 toetspoging"); ("", 0) when there are none."""
    lessons, attempts, completions = lessons.count(), attempts.count(), completions.count()
    parts = []
    if lessons:
        parts.append(ngettext("%(n)d afgeronde les", "%(n)d afgeronde lessen", lessons) % {"n": lessons})
    if attempts:
        parts.append(ngettext("%(n)d toetspoging", "%(n)d toetspogingen", attempts) % {"n": attempts})
    if completions:
        parts.append(ngettext("%(n)d moduleafronding", "%(n)d moduleafrondingen", completions) % {"n": completions})
    total = lessons + attempts + completions
    if len(parts) <= 1:
        return "".join(parts), total
    return _("%(first)s en %(last)s") % {"first": ", ".join(parts[:-1]), "last": parts[-1]}, total


def _refuse_if(held, name: str, *, reason, params: dict, **alternative) -> Refusal | None:
    """A refusal when `held` (what keeps the object: a count, the learning records in words, the quizzes, whether
    it was published) is not empty, else None. `reason` names the object as %(name)s and takes `params` (an
    ngettext_lazy counts "n"); `alternative`: the advice and its action (see Refusal)."""
    if not held:
        return None
    return Refusal(name=name, reason=reason % {"name": name, **params}, **alternative)


def page_refusal(page) -> Refusal | None:
    """Refuse deleting a page (and its subtree) that officers' learning records point at."""
    ids = Page.objects.descendant_of(page, inclusive=True).values("id")
    records, n = _records_text(
        LessonCompletion.objects.filter(Q(lesson_id__in=ids) | Q(module_id__in=ids)),
        QuizAttempt.objects.filter(Q(quiz_id__in=ids) | Q(module_id__in=ids)),
        ModuleCompletion.objects.filter(module_id__in=ids),
    )
    return _refuse_if(
        records,
        page.get_admin_display_title(),
        params={"records": records, "n": n},
        reason=ngettext_lazy(
            "„%(name)s” kan niet worden verwijderd: agenten hebben deze pagina gevolgd en er is %(records)s aan "
            "gekoppeld. Dat zijn opleidingsgegevens die bewaard moeten blijven.",
            "„%(name)s” kan niet worden verwijderd: agenten hebben deze pagina gevolgd en er zijn %(records)s aan "
            "gekoppeld. Dat zijn opleidingsgegevens die bewaard moeten blijven.",
            "n",
        ),
        advice=_(
            "Wil je dat agenten de pagina niet meer zien? Trek dan de publicatie in: de pagina verdwijnt van de site "
            "en alle leerresultaten blijven bewaard."
        ),
        action_url=reverse("wagtailadmin_pages:unpublish", args=[page.pk]) if page.live else None,
        action_label=_("Publicatie intrekken"),
    )


def user_refusal(user) -> Refusal | None:
    """Refuse deleting an account that has learning records; pseudonymising keeps them anonymously."""
    url = reverse("wagtail_bulk_action", args=[user._meta.app_label, user._meta.model_name, "pseudonymise"])
    records, n = _records_text(
        LessonCompletion.objects.filter(user=user),
        QuizAttempt.objects.filter(user=user),
        ModuleCompletion.objects.filter(user=user),
    )
    return _refuse_if(
        records,
        get_user_display_name(user),
        params={"records": records, "n": n},
        reason=ngettext_lazy(
            "%(name)s kan niet worden verwijderd: er is %(records)s van deze medewerker. Die blijft bewaard als "
            "bewijs van opleiding.",
            "%(name)s kan niet worden verwijderd: er zijn %(records)s van deze medewerker. Die blijven bewaard als "
            "bewijs van opleiding.",
            "n",
        ),
        advice=_(
            "Is deze medewerker vertrokken? Pseudonimiseer dan het account (actie Pseudonimiseren in de lijst met "
            "gebruikers): naam, e-mailadres en login worden verwijderd, de leerresultaten blijven anoniem bewaard."
        ),
        action_url=f"{url}?id={user.pk}&next={reverse('wagtailusers_users:index')}",
        action_label=_("Pseudonimiseren"),
    )


def question_refusal(question, user=None) -> Refusal | None:
    """Only a draft nobody saw can go. Refuse deleting a question that officers have answered, that is or ever was
    published, or that a quiz holds (as published, or in the quiz's draft: publishing that would bring back a
    deleted question); unpublishing retires a question instead. `user`: who asks (the advice fits what they may
    do). One reason, the first that holds: the quiz only matters for a question that may otherwise go."""
    name, answers = str(question), AttemptAnswer.objects.filter(question=question).count()
    retire = _retire(question, user)
    return (
        _refuse_if(
            answers,
            name,
            reason=ngettext_lazy(
                "Vraag %(key)s kan niet worden verwijderd: ze is gesteld in %(n)d toetspoging en de antwoorden van "
                "agenten verwijzen ernaar.",
                "Vraag %(key)s kan niet worden verwijderd: ze is gesteld in %(n)d toetspogingen en de antwoorden van "
                "agenten verwijzen ernaar.",
                "n",
            ),
            params={"key": question.key, "n": answers},
            **retire,
        )
        or _refuse_if(
            question.live or question.first_published_at is not None,
            name,
            reason=_(
                "Vraag %(key)s kan niet worden verwijderd: ze is gepubliceerd geweest. Alleen een concept dat nooit "
                "is gepubliceerd en in geen toets staat, kan worden verwijderd."
            ),
            params={"key": question.key},
            **retire,
        )
        or _quiz_refusal(question, name)
    )


def _quiz_refusal(question, name: str) -> Refusal | None:
    quizzes = question_quizzes_get(question=question)
    return _refuse_if(
        quizzes,
        name,
        reason=ngettext_lazy(
            "Vraag %(key)s kan niet worden verwijderd: ze staat in de toets %(quizzes)s.",
            "Vraag %(key)s kan niet worden verwijderd: ze staat in de toetsen %(quizzes)s.",
            "n",
        ),
        params={"key": question.key, "quizzes": ", ".join(f"„{q}”" for q in quizzes), "n": len(quizzes)},
        advice=_(
            "Haal de vraag eerst uit de toets (bij Vragen, ook uit een concept van de toets dat nog niet is "
            "gepubliceerd); daarna kun je haar verwijderen."
        ),
        action_url=reverse("wagtailadmin_pages:edit", args=[quizzes[0].quiz_id]) if quizzes else None,
        action_label=_("Toets bewerken"),
        action_target=quizzes[0].label if quizzes else None,
    )


def _retire(question, user) -> dict:
    """The advice (and its action) for a question that must stay: unpublish it, ask the Redactie to, or nothing
    left to do."""
    if not question.live:
        return {"advice": _("De publicatie is al ingetrokken: nieuwe toetspogingen slaan de vraag over.")}
    if user is not None and not user.has_perm("curriculum.publish_question"):
        return {
            "advice": _(
                "Wil je de vraag niet meer gebruiken? Vraag de Redactie dan de publicatie in te trekken: nieuwe "
                "toetspogingen slaan de vraag over en de gegeven antwoorden blijven bewaard."
            )
        }
    unpublish = question.snippet_viewset.get_url_name("unpublish")
    return {
        "advice": _(
            "Wil je de vraag niet meer gebruiken? Trek dan de publicatie in: nieuwe toetspogingen slaan de vraag over "
            "en de gegeven antwoorden blijven bewaard."
        ),
        "action_url": reverse(unpublish, args=[quote(question.pk)]),
        "action_label": _("Publicatie intrekken"),
    }


def unit_refusal(unit) -> Refusal | None:
    """Refuse deleting a unit (and its subtree) that officers still belong to: they would lose their unit."""
    from curriculum.models import OfficerProfile

    officers = OfficerProfile.objects.filter(unit__path__startswith=unit.path).count()
    return _refuse_if(
        officers,
        unit.name,
        reason=ngettext_lazy(
            "Eenheid %(name)s kan niet worden verwijderd: er hoort nog %(n)d agent bij (in deze eenheid of een "
            "eenheid eronder).",
            "Eenheid %(name)s kan niet worden verwijderd: er horen nog %(n)d agenten bij (in deze eenheid of een "
            "eenheid eronder).",
            "n",
        ),
        params={"n": officers},
        advice=_(
            "Zet die agenten eerst in een andere eenheid (Organisatie → Agenten, of met een nieuwe import); "
            "daarna kun je de eenheid verwijderen."
        ),
        action_url=reverse("officerprofile:index") + f"?unit={unit.pk}",
        action_label=_("Agenten van deze eenheid"),
    )


def refuse(request, refusals: list[Refusal], back_url: str):
    """GET: a page that explains (instead of the confirmation); POST anyway: back with an error message."""
    if request.method == "POST":
        for refusal in refusals:
            messages.error(request, refusal.message)
        return redirect(back_url)
    return TemplateResponse(
        request, TEMPLATE, {"refusals": refusals, "back_url": back_url, "page_title": _("Verwijderen niet mogelijk")}
    )


def _back(request, default: str) -> str:
    next_url = get_valid_next_url_from_request(request)
    return next_url if next_url and next_url != request.path else default


# Hooks (registered in wagtail_hooks.py) --------------------------------------------------------


def _guard(request, refusals: list[Refusal | None], default_back):
    """A before-delete hook's answer: None (go ahead) when nothing refuses, else `refuse`, back to ?next= or to
    `default_back()` (called only then: finding it may take a query)."""
    refusals = [r for r in refusals if r]
    if not refusals:
        return None
    return refuse(request, refusals, _back(request, default_back()))


def page_delete_guard(request, page):
    return _guard(request, [page_refusal(page)], lambda: reverse("wagtailadmin_explore", args=[page.get_parent().pk]))


def user_delete_guard(request, user):
    return _guard(request, [user_refusal(user)], lambda: reverse("wagtailusers_users:index"))


def snippet_delete_guard(request, instances):
    refusals = [question_refusal(obj, request.user) for obj in instances if isinstance(obj, Question)]
    return _guard(request, refusals, lambda: reverse(instances[0].snippet_viewset.get_url_name("list")))


def unit_delete_guard(request, unit):
    return _guard(request, [unit_refusal(unit)], lambda: reverse("unit:index"))


class _GuardedBulkDeleteMixin:
    """Wagtail's bulk deletes of pages and users run no per-object hook: check before the confirmation."""

    def refusal_for(self, obj):
        raise NotImplementedError

    def default_back_url(self):
        raise NotImplementedError

    def dispatch(self, request, *args, **kwargs):
        objects, _no_access = self.get_actionable_objects()
        refusals = [r for r in (self.refusal_for(obj) for obj in objects) if r]
        if refusals:
            back = self.next_url if self.next_url != request.path else self.default_back_url()
            return refuse(request, refusals, back)
        return super().dispatch(request, *args, **kwargs)


class ProtectedPageDeleteBulkAction(_GuardedBulkDeleteMixin, PageDeleteBulkAction):
    def refusal_for(self, obj):
        return page_refusal(obj)

    def default_back_url(self):
        return reverse("wagtailadmin_explore_root")


class ProtectedUserDeleteBulkAction(_GuardedBulkDeleteMixin, UserDeleteBulkAction):
    def refusal_for(self, obj):
        return user_refusal(obj)

    def default_back_url(self):
        return reverse("wagtailusers_users:index")
