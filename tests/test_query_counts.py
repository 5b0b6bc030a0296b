"""Each step of the officer's path costs a small, constant number of queries, whatever the quiz size (issue 19).

The versions an attempt shows are read from its snapshot, not rebuilt from revisions per question and choice.
Counted: every SQL statement except transaction control (BEGIN, COMMIT, SAVEPOINT, RELEASE), which the test's
wrapping transaction and SQLite's BEGIN IMMEDIATE add and PostgreSQL in production does not send as statements.
"""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from curriculum.models import QuizAttempt
from tests.factories import answers_for, question_create, quiz_configure, tree_create, tree_fresh

pytestmark = pytest.mark.django_db
TRANSACTION_CONTROL = ("BEGIN", "COMMIT", "ROLLBACK", "SAVEPOINT", "RELEASE SAVEPOINT")
FOUR_CHOICES = [("Optie A", True), ("Optie B", False), ("Optie C", False), ("Optie D", False)]
# What each step costs now (the budget: 15 for the quiz steps, 10 for Mijn training and a lesson); a step
# that needs more is a regression to look at, not a number to raise.
LIMITS = {
    "my_training": 4,  # the module list and every route come from the cache (curriculum/selectors/site.py)
    "lesson_complete_first": 10,  # the module's first step also creates the officer's progress row
    "lesson_complete": 7,  # the lesson was never opened: its route is not cached yet
    "quiz_start_first": 10,  # the first start after its questions were published reads their revisions once
    "quiz_start": 7,  # later starts take the revisions' snapshots from the cache (selectors/quiz_pool.py)
    "quiz_form": 3,
    "quiz_submit": 10,
    "result": 4,
}


def _quiz_tree(size: int, slug: str):
    tree = tree_create(questions=0, slug=slug)
    questions = [question_create(f"{slug}-q{i}", choices=FOUR_CHOICES) for i in range(size)]
    if size > 2:  # one multiple-answer question among them
        questions.append(
            question_create(f"{slug}-multi", kind="multiple", choices=[("Ja", True), ("Ook ja", True), ("Nee", False)])
        )
    from curriculum.models import QuizQuestion

    quiz = tree.quiz
    quiz.quiz_questions = [QuizQuestion(question=q, sort_order=i) for i, q in enumerate(questions)]
    quiz.save_revision().publish()
    tree.quiz.refresh_from_db()
    return tree


@pytest.fixture(scope="module")
def shared_quizzes(module_db):
    """A module whose quiz has 6 single-answer questions and one multiple-answer question, and one with 20 and one;
    built once for the module (tests.conftest.module_db). What a test writes (attempts, progress) rolls back."""
    with module_db.unblock():
        return {size: _quiz_tree(size, slug=f"toets-{size}") for size in (6, 20)}


@pytest.fixture
def quizzes(shared_quizzes, db):
    """The shared trees by quiz size, read anew for the test."""
    return {size: tree_fresh(tree) for size, tree in shared_quizzes.items()}


def _journey_counts(client, user, tree) -> dict[str, int]:
    """Queries per step: Mijn training, lesson complete, quiz start, form, submit and result."""
    counts = {}

    def measure(name, call):
        with CaptureQueriesContext(connection) as ctx:
            response = call()
        assert response.status_code in (200, 302), (name, response.status_code)
        counts[name] = sum(1 for q in ctx.captured_queries if not q["sql"].startswith(TRANSACTION_CONTROL))
        return response

    client.get("/")  # warm the per-process caches (content types, site) the way a running server has them
    measure("my_training", lambda: client.get("/"))
    measure("lesson_complete_first", lambda: client.post(tree.lessons[0].url + "voltooid/"))
    measure("lesson_complete", lambda: client.post(tree.lessons[1].url + "voltooid/"))
    measure("quiz_start_first", lambda: client.post(tree.quiz.url + "start/"))
    form = measure("quiz_form", lambda: client.get(tree.quiz.url))
    attempt = QuizAttempt.objects.get(user=user, quiz=tree.quiz, state="started")
    data = {"attempt": str(attempt.pk)}
    for question_id, chosen in answers_for(attempt).items():
        data[f"q-{question_id}"] = [str(c) for c in chosen]
        assert f'name="q-{question_id}"' in form.content.decode()
    submitted = measure("quiz_submit", lambda: client.post(tree.quiz.url + "inleveren/", data))
    result = measure("result", lambda: client.get(submitted["Location"]))
    assert "100%" in result.content.decode()
    measure("quiz_start", lambda: client.post(tree.quiz.url + "start/"))  # a second attempt
    assert QuizAttempt.objects.filter(user=user, quiz=tree.quiz, state="started").count() == 1
    return counts


@pytest.mark.parametrize("size", [6, 20])
def test_each_step_stays_within_its_query_budget(officer_client, officer, quizzes, size, django_assert_max_num_queries):
    tree = quizzes[size]
    counts = _journey_counts(officer_client, officer, tree)
    over = {step: (n, LIMITS[step]) for step, n in counts.items() if n > LIMITS[step]}
    assert not over, str(counts)
    attempt = QuizAttempt.objects.get(user=officer, state="submitted")
    with django_assert_max_num_queries(LIMITS["result"]):
        assert officer_client.get(tree.quiz.url + f"resultaat/{attempt.number}/").status_code == 200


def test_a_quiz_of_20_questions_costs_the_same_queries_as_one_of_6(client, officer, other_officer, quizzes):
    small, large = quizzes[6], quizzes[20]
    client.force_login(officer)
    small_counts = _journey_counts(client, officer, small)
    client.force_login(other_officer)
    large_counts = _journey_counts(client, other_officer, large)
    assert small_counts == large_counts


def test_the_form_carries_no_correctness_and_the_snapshot_keeps_it_server_side(officer_client, officer, quizzes):
    tree = quizzes[6]
    officer_client.post(tree.quiz.url + "start/")
    html = officer_client.get(tree.quiz.url).content.decode()
    attempt = QuizAttempt.objects.get(user=officer)
    rows = list(attempt.answers.order_by("position"))
    assert all(row.shown["choices"] and row.shown["prompt"] in html for row in rows)
    assert "Feedback toets-6" not in html and "Uitleg bij toets-6" not in html and "is_correct" not in html
    # the snapshot is what grading reads: the choice marked correct in it is the one the question had
    first = rows[0]
    correct = [c["id"] for c in first.shown["choices"] if c["is_correct"]]
    assert correct == [c.pk for c in first.revision.as_object().choices.all() if c.is_correct]


def test_an_attempt_started_before_snapshots_is_read_and_graded_from_its_revisions(officer_client, officer, quizzes):
    from curriculum.models import AttemptAnswer

    tree = quizzes[6]
    officer_client.post(tree.quiz.url + "start/")
    attempt = QuizAttempt.objects.get(user=officer)
    AttemptAnswer.objects.filter(attempt=attempt).update(shown={})  # as rows from before migration 0006
    html = officer_client.get(tree.quiz.url).content.decode()
    data = {"attempt": str(attempt.pk)}
    for question_id, chosen in answers_for(attempt).items():
        data[f"q-{question_id}"] = [str(c) for c in chosen]
        assert f'name="q-{question_id}"' in html
    submitted = officer_client.post(tree.quiz.url + "inleveren/", data)
    assert "100%" in officer_client.get(submitted["Location"]).content.decode()


def test_one_attempts_rule_for_the_service_the_quiz_page_and_the_result():
    from curriculum.domain.rules import quiz_attempt_allowed, quiz_attempts_left

    assert quiz_attempts_left(max_attempts=0, used=7) is None and quiz_attempt_allowed(max_attempts=0, used=7)
    assert quiz_attempts_left(max_attempts=3, used=1) == 2 and quiz_attempt_allowed(max_attempts=3, used=2)
    assert quiz_attempts_left(max_attempts=3, used=3) == 0 and not quiz_attempt_allowed(max_attempts=3, used=3)
    assert quiz_attempts_left(max_attempts=2, used=5) == 0


def test_the_last_attempt_used_hides_start_and_retry_and_the_service_refuses(officer_client, officer, quizzes):
    tree = quiz_configure(quizzes[6], max_attempts=1)
    officer_client.post(tree.quiz.url + "start/")
    attempt = QuizAttempt.objects.get(user=officer)
    data = {"attempt": str(attempt.pk)}
    data.update({f"q-{q}": [str(c) for c in chosen] for q, chosen in answers_for(attempt, correct=False).items()})
    result = officer_client.get(officer_client.post(tree.quiz.url + "inleveren/", data)["Location"]).content.decode()
    assert "Opnieuw proberen" not in result
    intro = officer_client.get(tree.quiz.url).content.decode()
    assert "Je hebt alle pogingen gebruikt" in intro and "Nieuwe poging" not in intro
    assert officer_client.post(tree.quiz.url + "start/").status_code == 409


def test_with_an_lrs_configured_each_learning_step_costs_one_insert_more(
    client, officer, other_officer, settings, quizzes
):
    """The xAPI statements (issue 15) are one INSERT in the learning record's transaction, however many statements
    a step queues (the last quiz submit queues the attempt and the module completion). Reads cost nothing more.
    With an LRS configured the lesson and submit steps therefore cost one query more than LIMITS allow."""
    client.force_login(officer)
    off = _journey_counts(client, officer, quizzes[6])
    settings.SIGNAAL_XAPI_ENDPOINT = "http://127.0.0.1:9/xAPI"  # configured; nothing is sent inside a request
    cache.clear()  # the second officer's journey starts from the same cache as the first's
    client.force_login(other_officer)
    on = _journey_counts(client, other_officer, quizzes[6])
    assert {step: on[step] - off[step] for step in on} == {
        "my_training": 0,
        "lesson_complete_first": 1,
        "lesson_complete": 1,
        "quiz_start_first": 0,
        "quiz_start": 0,
        "quiz_form": 0,
        "quiz_submit": 1,
        "result": 0,
    }
    from curriculum.models import XapiStatement

    assert XapiStatement.objects.count() == 4  # two lessons, the attempt, the module completion


def _submit_one(client, user, tree):
    client.post(tree.quiz.url + "start/")
    attempt = QuizAttempt.objects.get(user=user, state=QuizAttempt.State.STARTED)
    data = {"attempt": str(attempt.pk)}
    data.update({f"q-{q}": [str(c) for c in chosen] for q, chosen in answers_for(attempt).items()})
    return client.post(tree.quiz.url + "inleveren/", data)["Location"]


def test_the_result_page_costs_the_same_after_one_attempt_as_after_eight(officer_client, officer, quizzes):
    """An officer who retried often must not get a slower result page (it once read the cycle per attempt)."""
    tree = quizzes[6]

    def result_queries(location):
        with CaptureQueriesContext(connection) as ctx:
            assert officer_client.get(location).status_code == 200
        return len(ctx.captured_queries)

    first = result_queries(_submit_one(officer_client, officer, tree))
    for _ in range(6):
        _submit_one(officer_client, officer, tree)
    assert result_queries(_submit_one(officer_client, officer, tree)) == first


def test_a_start_inserts_its_answer_rows_as_plain_rows(officer_client, officer, quizzes):
    """One INSERT with a row of values per answer (RowJSONField): Django 5.2's UNNEST form sent the question
    snapshots as jsonb[] text arrays that psycopg quoted in Python, about 1 ms of a start (bench/README.md)."""
    tree = quizzes[6]
    with CaptureQueriesContext(connection) as ctx:
        assert officer_client.post(tree.quiz.url + "start/").status_code == 302
    inserts = [q["sql"] for q in ctx.captured_queries if q["sql"].startswith('INSERT INTO "curriculum_attemptanswer"')]
    assert len(inserts) == 1 and "UNNEST" not in inserts[0].upper()
    attempt = QuizAttempt.objects.get(user=officer)
    rows = list(attempt.answers.order_by("position"))
    assert len(rows) == 7 and all(row.shown["prompt"] and row.choice_order for row in rows)  # 6 + the multiple


def test_a_submit_updates_only_what_a_progress_refresh_computes(officer_client, officer, quizzes):
    """The locked progress row's unit, due dates and cycle belong to other services: a refresh leaves them out (the
    start, the officer's first record in the module, created the row and saved it whole with its placement)."""
    from curriculum.models import ModuleProgress

    tree = quizzes[6]
    officer_client.post(tree.quiz.url + "start/")
    attempt = QuizAttempt.objects.get(user=officer, state=QuizAttempt.State.STARTED)
    data = {"attempt": str(attempt.pk)}
    data.update({f"q-{q}": [str(c) for c in chosen] for q, chosen in answers_for(attempt).items()})
    with CaptureQueriesContext(connection) as ctx:
        location = officer_client.post(tree.quiz.url + "inleveren/", data)["Location"]
    updates = [q["sql"] for q in ctx.captured_queries if q["sql"].startswith('UPDATE "curriculum_moduleprogress"')]
    assert len(updates) == 1 and '"attempts"' in updates[0] and '"best_percent"' in updates[0]
    assert '"unit_id"' not in updates[0] and '"due_date"' not in updates[0] and '"cycle"' not in updates[0]
    assert "100%" in officer_client.get(location).content.decode()
    row = ModuleProgress.objects.get(user=officer, module_id=tree.module.pk)
    assert (row.attempts, row.best_percent) == (1, 100)
