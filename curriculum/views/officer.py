"""Officer-facing request handling: parse the request, call a service or selector, render.

Page routes on LessonPage/QuizPage delegate here so that pages stay about structure. Errors a
person can act on come back as 4xx pages with a clear message; nothing is written when they do. The one slip an
officer makes in an ordinary quiz (a multi-answer question left empty) gives the form back instead, at the quiz's
own address (Post/Redirect/Get). A POST-only address opened by GET (a login after the session ran out, a language
switch, a bookmark) leads to the page the form was on, never to an empty 405.
"""

from datetime import timedelta
from functools import wraps

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.http import HttpResponseNotAllowed
from django.shortcuts import redirect, render
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _

from curriculum import selectors, services
from curriculum.domain import rules
from curriculum.domain.errors import ConflictError, DomainError, NotFoundError
from curriculum.selectors.attempts import PAST_SHOWN, quiz_attempts_get
from curriculum.selectors.quiz import attempt_submitted_number_get
from curriculum.selectors.recertification import officer_cycle_get, row_cycle
from curriculum.services.quiz import LATE_GRACE_SECONDS, QuizUnansweredError, quiz_attempt_expire
from curriculum.views import http_status

# After a submit refused for an open question: the attempt and the officer's own choices, given back on the form.
REFUSED_SUBMIT = "signaal_quiz_refused"


def _error(request, page, error: DomainError, *, result_url: str | None = None):
    context = {"page": page, "message": error.message, "back_url": page.url, "result_url": result_url}
    return render(request, "curriculum/error.html", context, status=http_status(error))


def _page_post(view):
    """A logged-in officer's POST on a page (`view(request, page)`): a DomainError it raises comes back as that
    page's error page (4xx; the service wrote nothing).

    The address only takes a POST. Opened by GET (after logging in again, a language switch on its error page, a
    bookmark) it leads to the page itself, where the officer can do the step again (a quiz's choices are still on
    the device); a POST without a session goes to the login with that page as `next`, not this address."""

    @wraps(view)
    def wrapped(request, page):
        if request.method in ("GET", "HEAD"):
            return redirect(page.url)
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        if not request.user.is_authenticated:
            return redirect_to_login(page.url)
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
    """POST: mark the lesson as done, then go to the next lesson, or the quiz unless it is passed already.

    When this lesson completes the module (the quiz was passed before it), the officer goes to the module page,
    which says so and links the certificate."""
    progress = services.lesson_complete(user=request.user, lesson=lesson)
    module = lesson.get_parent()
    if getattr(progress, "completion_new", None) is not None:
        messages.success(request, _("Je hebt de module „%(title)s” afgerond.") % {"title": module.title})
        return redirect(module.url)
    messages.success(request, _("Les „%(title)s” is afgerond.") % {"title": lesson.title})
    steps = selectors.module_steps_get(module=module, user=request.user)
    target = steps.after(lesson)
    if target is not None and steps.quiz is not None and target.pk == steps.quiz.pk and steps.quiz.passed_count:
        target = None  # a passed quiz is no next step: the module page shows what is left
    return redirect((target or module).url)


@login_required
def quiz_view(request, quiz):
    """GET: the open attempt's form (no correctness in the page) or the quiz intro with past attempts (the latest
    PAST_SHOWN; `?pogingen=alle` lists them all). An open attempt whose time ran out is closed here, as the job
    would (services.quiz), and the intro says so: it is never shown as a form that can no longer count."""
    attempts = quiz_attempts_get(user=request.user, quiz=quiz)
    open_attempt = attempts.open
    expired = None
    if open_attempt is not None and open_attempt.deadline is not None and timezone.now() > open_attempt.deadline:
        expired = quiz_attempt_expire(user=request.user, attempt_id=open_attempt.pk)  # None: still within the grace
        if expired is not None:
            attempts = quiz_attempts_get(user=request.user, quiz=quiz)
            open_attempt = attempts.open
    refused = request.session.pop(REFUSED_SUBMIT, None)
    context = quiz.get_context(request)
    context.update({"open_attempt": open_attempt, "show_form": open_attempt is not None})
    base = quiz.get_url(request)
    if open_attempt is not None:
        questions = selectors.attempt_questions_get(attempt=open_attempt, reveal=False)
        context.update(
            {
                "questions": questions,
                "open_positions": _refused_choices_apply(questions, refused, attempt=open_attempt),
                "submit_before": _submit_before(open_attempt.deadline),
            }
        )
        return render(request, "curriculum/quiz_page.html", context)
    # The intro: how many questions an attempt has, the attempts left in this cycle, and the past results.
    cycle = officer_cycle_get(user=request.user, module=quiz.get_parent())
    in_cycle = attempts.in_cycle(cycle)
    passed = attempts.any_passed(in_cycle)
    past = attempts.past
    shown = past if request.GET.get("pogingen") == "alle" else past[:PAST_SHOWN]
    # Each cycle (a re-training, an expired completion) has the quiz's full number of attempts.
    attempts_rule = _attempts_rule(quiz, used=len(in_cycle))
    context.update(
        {
            "attempts": [(item, base + quiz.reverse_subpage("result", args=[item.number])) for item in shown],
            "attempts_hidden": len(past) - len(shown),
            "any_attempt": bool(attempts.rows),
            "passed": passed,
            **attempts_rule,
            "answers_rule": _answers_rule_text(quiz, passed=passed, attempts_left=attempts_rule["attempts_left"]),
            **_quiz_sizes(quiz, selectors.quiz_pool_size(quiz)),
        }
    )
    if expired is not None:
        context["expired"] = (expired, base + quiz.reverse_subpage("result", args=[expired.number]))
    return render(request, "curriculum/quiz_page.html", context)


def _refused_choices_apply(questions, refused, *, attempt) -> list[int]:
    """After a submit refused for an open question: tick the officer's own choices again (only options the question
    shows) and return the numbers of the questions still open. Nothing when the refusal was for another attempt."""
    if not refused or refused.get("attempt") != attempt.pk:
        return []
    answers = refused.get("answers") or {}
    for question in questions:
        chosen = set(answers.get(str(question.question_id)) or ())
        for choice in question.choices:
            choice.chosen = choice.id in chosen
    return [question.position for question in questions if not any(choice.chosen for choice in question.choices)]


def _submit_before(deadline):
    """The time the form names: the deadline plus the grace, rounded down to the minute, so a submit before it
    always counts and the officer is not told less time than they have by a whole minute (18:40:50 reads 18:41)."""
    if deadline is None:
        return None
    return (deadline + timedelta(seconds=LATE_GRACE_SECONDS)).replace(second=0, microsecond=0)


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


def _answers_rule_text(quiz, *, passed: bool = False, attempts_left: int | None = None) -> str:
    """One sentence for the officer: when this quiz shows the correct answers, given where they stand in this cycle
    (`passed`; `attempts_left`: 0 when all are used, None when unlimited or not known). Empty when nothing is true
    to say (all attempts used without passing, for a quiz that shows them only after passing)."""
    rule = quiz.ShowCorrectAnswers
    if quiz.show_correct_answers == rule.AFTER_PASSING:
        if passed:
            return _("Bij je resultaten zie je nu ook de juiste antwoorden.")
        return "" if attempts_left == 0 else _("De juiste antwoorden zie je zodra je geslaagd bent.")
    if quiz.show_correct_answers == rule.AFTER_LAST_ATTEMPT and quiz.max_attempts:
        if attempts_left == 0:
            return _("Bij je resultaten zie je nu ook de juiste antwoorden.")
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
    """POST: score the attempt on the server and show the result; a repeat shows the stored result.

    A question left open: back to the form at the quiz's address with the officer's choices and the open question
    marked (its anchor in the address). Already submitted with other answers (a second tab): 409 with a link to the
    stored result. Anything a form cannot send (an option of another question, garbage): 400."""
    attempt_id, answers = _parse_answers(request.POST)
    try:
        result = services.quiz_attempt_submit(
            user=request.user, attempt_id=attempt_id, answers=answers, module=quiz.get_parent(), quiz=quiz
        )
    except QuizUnansweredError as error:
        request.session[REFUSED_SUBMIT] = {
            "attempt": attempt_id,
            "answers": {str(question): chosen for question, chosen in answers.items()},
        }
        return redirect(f"{quiz.url}#vraag-{error.position}")
    except ConflictError as error:
        number = attempt_submitted_number_get(user=request.user, quiz=quiz, attempt_id=attempt_id)
        result_url = quiz.url + quiz.reverse_subpage("result", args=[number]) if number else None
        return _error(request, quiz, error, result_url=result_url)
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
            # Passed, but the module still waits for lessons: say how many, so "Geslaagd" is not read as done.
            "lessons_open": _lessons_open(progress) if attempt.passed and attempt.cycle == row_cycle(progress) else 0,
            "certificate_id": certificate_id if attempt.passed else None,
        }
    )
    return render(request, "curriculum/quiz_result.html", context)


def _lessons_open(progress) -> int:
    """The lessons still to do in a module that is not completed (0 when it is, or nothing is known yet)."""
    if progress is None or progress.status == progress.Status.COMPLETED:
        return 0
    return max(progress.lessons_total - progress.lessons_done, 0)


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
