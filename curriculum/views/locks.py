"""A lesson or quiz of a module whose prerequisites are not completed: a Dutch page (403) that says
which module comes first, instead of the content. LessonPage.serve and QuizPage.serve call this."""

from django.shortcuts import render

from curriculum.selectors.prerequisites import locked_message, module_missing_prerequisites


def locked_response(request, page):
    """The refusal page when `page` (a lesson or quiz) lies in a module this officer may not open yet."""
    if not request.user.is_authenticated:
        return None  # the page's login restriction answers first
    module = page.get_parent()  # a base page (title, url) is enough; cached by the page route
    missing = module_missing_prerequisites(user=request.user, module=module)
    if not missing:
        return None
    context = {"page": page, "module": module, "missing": missing, "message": locked_message(missing)}
    return render(request, "curriculum/locked.html", context, status=403)
