"""Admin forms for module, lesson and quiz pages: the material-change fields and the review tick; the quiz's draw size.

"Opnieuw volgen verplicht" (MaterialChange fields on the page) is acted on once per published
revision (curriculum/signals.py). Once that happened the edit form shows the fields empty again,
so the next publish is not material unless the trainer says so. "Inhoudelijk herzien" is a form
field only: it sets "laatst herzien" to today and "volgende herziening" one interval later. The module form
also refuses prerequisites that would lock modules for good (a cycle; curriculum/selectors/prerequisites.py).
"""

from django import forms
from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from wagtail.admin.forms import WagtailAdminPageForm

from curriculum.domain.rules import add_months


def review_interval_months() -> int:
    return int(getattr(settings, "SIGNAAL_REVIEW_INTERVAL_MONTHS", 12))


class MaterialChangeFormMixin:
    """Shared by module and lesson forms (see the module docstring)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        instance = self.instance
        if instance.pk and instance.latest_revision_id:
            from curriculum.models import ModuleChange

            if ModuleChange.objects.filter(revision_id=instance.latest_revision_id).exists():
                self.initial.update({"retraining_required": False, "change_note": ""})

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("retraining_required"):
            if not (cleaned.get("change_note") or "").strip():
                self.add_error(
                    "change_note", _("Schrijf kort wat er veranderd is: de agenten zien het op „Mijn training”.")
                )
            if not cleaned.get("retraining_due_days"):
                self.add_error("retraining_due_days", _("Kies binnen hoeveel dagen (1 tot 365)."))
        return cleaned


class ModulePageForm(MaterialChangeFormMixin, WagtailAdminPageForm):
    content_reviewed = forms.BooleanField(
        label=gettext_lazy("Inhoudelijk herzien"),
        required=False,
        help_text=gettext_lazy(
            "Vink aan als je de inhoud hebt nagekeken: „laatst herzien” wordt vandaag, de volgende herziening "
            "volgt na de vaste termijn."
        ),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "prerequisites" in self.fields and self.instance.pk:  # a module is never its own prerequisite
            field = self.fields["prerequisites"]
            field.queryset = field.queryset.exclude(pk=self.instance.pk)

    def clean(self):
        cleaned = super().clean()
        self._prerequisite_cycles_refuse(cleaned)
        if cleaned.get("content_reviewed") or cleaned.get("retraining_required"):
            today = timezone.localdate()
            cleaned["last_reviewed"] = today
            cleaned["next_review"] = add_months(today, review_interval_months())
        last, following = cleaned.get("last_reviewed"), cleaned.get("next_review")
        if last and following and following <= last:
            self.add_error("next_review", _("De volgende herziening moet na „laatst herzien” liggen."))
        return cleaned

    def _prerequisite_cycles_refuse(self, cleaned):
        # Checked: this form's choice against the other modules' prerequisites as stored (their published links);
        # see prerequisite_cycles_get for what that leaves out.
        from curriculum.selectors.prerequisites import cycle_message, prerequisite_cycles_get

        chosen = cleaned.get("prerequisites")
        if not chosen:
            return
        for chain in prerequisite_cycles_get(module_id=self.instance.pk, prerequisite_ids=[m.pk for m in chosen]):
            self.add_error("prerequisites", cycle_message(chain))


class LessonPageForm(MaterialChangeFormMixin, WagtailAdminPageForm):
    pass


class QuizPageForm(WagtailAdminPageForm):
    """Checks the draw size against the questions in the inline list (only known with the formset)."""

    def clean(self):
        cleaned = super().clean()
        per_attempt = cleaned.get("questions_per_attempt") or 0
        formset = self.formsets.get("quiz_questions")
        if not per_attempt or formset is None or not formset.is_valid():
            return cleaned
        alive = [f for f in formset.forms if f.cleaned_data and not f.cleaned_data.get("DELETE")]
        if per_attempt > len(alive):
            self.add_error(
                "questions_per_attempt",
                ngettext(
                    "Deze toets heeft %(m)d vraag; je kunt er geen %(n)d per poging laten trekken. "
                    "Voeg vragen toe of kies 0 (alle vragen).",
                    "Deze toets heeft %(m)d vragen; je kunt er geen %(n)d per poging laten trekken. "
                    "Voeg vragen toe of kies 0 (alle vragen).",
                    len(alive),
                )
                % {"m": len(alive), "n": per_attempt},
            )
        return cleaned
