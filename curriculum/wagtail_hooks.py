"""Wagtail admin registration only; the classes live in viewsets.py."""

from wagtail.snippets.models import register_snippet

from curriculum.viewsets import QuestionBankViewSetGroup

register_snippet(QuestionBankViewSetGroup)
