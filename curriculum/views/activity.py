"""The stable address of a module, lesson or quiz: the xAPI activity id (curriculum/domain/xapi.py)."""

from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import redirect
from wagtail.models import Page

from curriculum.models import LessonPage, ModulePage, QuizPage


@login_required
def activity_view(request, page_id):
    """Redirect to the page wherever a trainer has moved or renamed it; 404 for anything not live."""
    page = Page.objects.live().type(ModulePage, LessonPage, QuizPage).filter(pk=page_id).first()
    if page is None:
        raise Http404
    return redirect(page.get_url(request))
