"""Officer-facing request handling: parse the request, call a service or selector, render.

Page routes on LessonPage/QuizPage delegate here so that pages stay about structure. Errors a
person can act on come back as 4xx pages with a clear message; nothing is written when they do.
"""

from functools import wraps

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from curriculum import rules, selectors, services
from curriculum.errors import DomainError, NotFoundError
from curriculum.selectors.attempts import PAST_SHOWN, quiz_attempts_get
from curriculum.selectors.recertification import officer_cycle_get, row_cycle
from curriculum.views import http_status


def _error(request, page, error: DomainError):
    context = {"page": page, "message": error.message, "back_url": page.url}
    return render(request, "curriculum/error.html", context, status=http_status(error))


def _page_post(view):
    """A logged-in officer's POST on a page (`view(request, page)`): a DomainError it raises comes back as that
    page's error page (4xx; the service wrote nothing)."""

    @login_required
    @require_POST
    @wraps(view)
    def wrapped(request, page):
        try:
            return view(request, page)
        except DomainError as error:
            return _error(request, page, error)

    return wrapped


@login_required
def my_training_view(request):
    """ "Mijn training": every module with status, progress and the next step. Template: curriculum/my_training.html."""
    dashboard = selectors.officer_dashboard_get(user=request.user)
    context = {"dashboard": dashboard, "next_card": selectors.officer_next_card_get(dashboard)}
    return render(request, "curriculum/my_training.html", context)


@_page_post
def lesson_complete_view(request, lesson):
    """POST: mark the lesson as done, then go to the next lesson (or the quiz)."""
    services.lesson_complete(user=request.user, lesson=lesson)
    messages.success(request, _("Les „%(title)s” is afgerond.") % {"title": lesson.title})
    module = lesson.get_parent()
    target = selectors.module_steps_get(module=module, user=request.user).after(lesson) or module
    return redirect(target.url)


@login_required
def quiz_view(request, quiz):
    """GET: the open attempt's form (no correctness in the page) or the quiz intro with past attempts (the latest
    PAST_SHOWN; `?pogingen=alle` lists them all)."""
    attempts = quiz_attempts_get(user=request.user, quiz=quiz)
    open_attempt = attempts.open
    context = quiz.get_context(request)
    context.update({"open_attempt": open_attempt, "show_form": open_attempt is not None})
    if open_attempt is not None:
        context["questions"] = selectors.attempt_questions_get(attempt=open_attempt, reveal=False)
        return render(request, "curriculum/quiz_page.html", context)
    # The intro: how many questions an attempt has, the attempts left in this cycle, and the past results.
    cycle = officer_cycle_get(user=request.user, module=quiz.get_parent())
    past = attempts.past
    shown = past if request.GET.get("pogingen") == "alle" else past[:PAST_SHOWN]
    base = quiz.get_url(request)
    context.update(
        {
            "attempts": [(item, base + quiz.reverse_subpage("result", args=[item.number])) for item in shown],
            "attempts_hidden": len(past) - len(shown),
            "any_attempt": bool(attempts.rows),
            # Each cycle (a re-training, an expired completion) has the quiz's full number of attempts.
            **_attempts_rule(quiz, used=len(attempts.in_cycle(cycle))),
            "answers_rule": _answers_rule_text(quiz),
            **_quiz_sizes(quiz, selectors.quiz_pool_size(quiz)),
        }
    )
    return render(request, "curriculum/quiz_page.html", context)


def _attempts_rule(quiz, *, used: int) -> dict:
    """The attempts left and whether a new one may start, from the one rule the start service applies."""
    return {
        "attempts_left": rules.quiz_attempts_left(max_attempts=quiz.max_attempts, used=used),
        "can_start": rules.quiz_attempt_allowed(max_attempts=quiz.max_attempts, used=used),
    }


def _quiz_sizes(quiz, pool_size: int) -> dict:
    """How many questions an attempt has, and out of how many (equal when every attempt gets them all)."""
    per_attempt = min(quiz.questions_per_attempt, pool_size) if quiz.questions_per_attempt else pool_size
    return {"question_count": per_attempt, "pool_size": pool_size}


def _answers_rule_text(quiz) -> str:
    """One sentence for the officer: when this quiz shows the correct answers."""
    rule = quiz.ShowCorrectAnswers
    if quiz.show_correct_answers == rule.AFTER_PASSING:
        return _("De juiste antwoorden zie je zodra je geslaagd bent.")
    if quiz.show_correct_answers == rule.AFTER_LAST_ATTEMPT and quiz.max_attempts:
        return _("De juiste antwoorden zie je na je laatste poging.")
    return _("Bij deze toets worden de juiste antwoorden niet getoond; lees de lessen er nog eens op na.")


def quiz_preview_view(request, quiz, mode_name):
    """The trainer's preview (Wagtail side panel): one draw of questions as an officer gets them, or
    the start screen. Nothing is written: no attempt, no progress, no learning record of any kind."""
    preview = selectors.quiz_preview_get(quiz=quiz)
    context = quiz.get_context(request)
    context.update(
        {
            "preview": preview,
            "attempts": [],
            "attempts_hidden": 0,
            "any_attempt": False,
            "open_attempt": None,
            **_attempts_rule(quiz, used=0),
            "show_form": mode_name != "start",
            "questions": preview.questions,
            **_quiz_sizes(quiz, preview.pool_size),
            "answers_rule": _answers_rule_text(quiz),
        }
    )
    return TemplateResponse(request, "curriculum/quiz_page.html", context)


@_page_post
def quiz_start_view(request, quiz):
    """POST: open an attempt (or continue the open one)."""
    services.quiz_attempt_start(user=request.user, quiz=quiz)
    return redirect(quiz.url)


def _parse_answers(post) -> tuple[int, dict[int, list[int]]]:
    try:
        attempt_id = int(post.get("attempt", ""))
        answers = {int(key[2:]): [int(v) for v in post.getlist(key)] for key in post if key.startswith("q-")}
    except ValueError as exc:
        raise services.QuizError(_("Het formulier is niet goed verstuurd. Laad de toets opnieuw.")) from exc
    return attempt_id, answers


@_page_post
def quiz_submit_view(request, quiz):
    """POST: score the attempt on the server and show the result; a repeat shows the stored result."""
    attempt_id, answers = _parse_answers(request.POST)
    result = services.quiz_attempt_submit(
        user=request.user, attempt_id=attempt_id, answers=answers, module=quiz.get_parent(), quiz=quiz
    )
    if result.attempt.quiz_id != quiz.pk:
        quiz = result.attempt.quiz
    if result.late:
        messages.warning(request, _("De tijd was om: antwoorden na de tijdslimiet tellen niet mee."))
    return redirect(quiz.url + quiz.reverse_subpage("result", args=[result.attempt.number]))


@login_required
def quiz_result_view(request, quiz, number):
    """GET: score, pass/fail and, per question, what was right or wrong and why (own attempts only)."""
    mine = quiz_attempts_get(user=request.user, quiz=quiz)
    attempt = mine.submitted(number)
    if attempt is None:
        return _error(request, quiz, NotFoundError(_("Dit resultaat bestaat niet of is niet van jou.")))
    module = quiz.get_parent()
    # Both rules count attempts per cycle: the answers rule those of this attempt's cycle, a retry the current one.
    same_cycle = mine.in_cycle(attempt.cycle)
    progress, certificate_id = selectors.module_progress_get(user=request.user, module=module)
    current = mine.in_cycle(row_cycle(progress))
    attempt_open = mine.any_open(mine.rows)
    show_correct = quiz.correct_answers_visible(
        passed=mine.any_passed(same_cycle),
        attempts_used=len(same_cycle) - mine.any_open(same_cycle),
        attempt_open=attempt_open,
    )
    answers_rule = _answers_rule_text(quiz)
    if attempt_open:
        answers_rule = _("De juiste antwoorden zie je niet zolang je een poging open hebt.")
    context = quiz.get_context(request)
    context.update(
        {
            "attempt": attempt,
            "module": module,
            "questions": selectors.attempt_questions_get(attempt=attempt, reveal=True, show_correct=show_correct),
            "show_correct": show_correct,
            "answers_rule": answers_rule,
            "can_retry": rules.quiz_attempt_allowed(max_attempts=quiz.max_attempts, used=len(current)),
            "progress": progress,
            "certificate_id": certificate_id if attempt.passed else None,
        }
    )
    return render(request, "curriculum/quiz_result.html", context)


@login_required
def my_record_view(request):
    """GET: the officer's own learning record as a JSON download (AVG right of access)."""
    from django.http import JsonResponse

    from curriculum.selectors.privacy import learning_record_get

    response = JsonResponse(
        learning_record_get(user=request.user), json_dumps_params={"ensure_ascii": False, "indent": 2}
    )
    response["Content-Disposition"] = 'attachment; filename="mijn-leergegevens.json"'
    return response
