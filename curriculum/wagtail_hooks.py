"""Wagtail admin registration only; the classes live in viewsets.py and views/."""

from wagtail import hooks
from wagtail.snippets.models import register_snippet

from curriculum.views.bulk_actions import PseudonymiseBulkAction
from curriculum.viewsets import QuestionBankViewSetGroup

register_snippet(QuestionBankViewSetGroup)
hooks.register("register_bulk_action", PseudonymiseBulkAction)
