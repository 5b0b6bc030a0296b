"""Trainers' item analysis: % correct, discrimination, distractors; trainers only; no officer names."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from curriculum import services
from curriculum.domain import roles
from tests.factories import answers_for, tree_create, tree_fresh, user_create

pytestmark = pytest.mark.django_db
URL = "/admin/reports/questions/"


def answer(tree, user, *, right: set[int]):
    """Submit one attempt answering the questions at the given positions correctly, the rest wrong."""
    attempt = services.quiz_attempt_start(user=user, quiz=tree.quiz)
    good, bad = answers_for(attempt), answers_for(attempt, correct=False)
    picks = {q.pk: (good if i in right else bad)[q.pk] for i, q in enumerate(tree.questions)}
    services.quiz_attempt_submit(user=user, attempt_id=attempt.pk, answers=picks)


@pytest.fixture(scope="module")
def shared_answers(module_db, shared_tree):
    """Four officers: the two strongest get question 1 right; nobody gets question 3 right. Built once for the
    module (tests.conftest.module_db)."""
    if shared_tree is None:
        return
    with module_db.unblock():
        tree = tree_fresh(shared_tree)
        answer(tree, user_create("sterk1", roles.OFFICERS, last_name="Geheim"), right={0, 1})
        answer(tree, user_create("sterk2", roles.OFFICERS), right={0, 1})
        answer(tree, user_create("zwak1", roles.OFFICERS), right={1})
        answer(tree, user_create("zwak2", roles.OFFICERS), right=set())


@pytest.fixture
def answered(tree, shared_answers):
    """The default tree with shared_answers' four attempts."""
    return tree


def test_trainer_sees_facility_discrimination_and_flags(answered, trainer, client):
    client.force_login(trainer)
    response = client.get(URL)
    assert response.status_code == 200
    stats = {s.key: s for s in response.context["object_list"]}
    q1, q2, q3 = (stats[f"module-a-q{i}"] for i in (1, 2, 3))
    assert (q1.answered, q1.facility, q2.facility, q3.facility) == (4, 50, 75, 0)
    # Q1: right = mean score 67%, wrong = mean (33+0)/2 ≈ 17% → ≈0.5. Q3: nobody right → no discrimination.
    assert q1.discrimination == pytest.approx(0.5, abs=0.02) and q3.discrimination is None
    assert [s.key for s in response.context["object_list"]][0] == "module-a-q3"  # weakest first
    assert all(s.flag == "Te weinig antwoorden" for s in stats.values())  # only 4 answers each
    assert "Geheim" not in response.content.decode() and "sterk1" not in response.content.decode()


def test_distractor_counts_per_choice(answered, trainer, client):
    client.force_login(trainer)
    question = answered.questions[0]
    response = client.get(f"{URL}{question.pk}/")
    counts = {c.text: (c.chosen, c.is_correct) for c in response.context["versions"][0].choices}
    assert response.context["total"] == 4
    assert counts == {"Optie A": (2, True), "Optie B": (2, False), "Optie C": (0, False)}


def test_export_and_module_filter(answered, trainer, client):
    client.force_login(trainer)
    csv = b"".join(client.get(URL, {"export": "csv"}).streaming_content).decode()
    assert "module-a-q1" in csv and "Goed (%)" in csv
    other = tree_create(slug="andere")
    answer(other, user_create("x1"), right={0})
    keys = {s.key for s in client.get(URL, {"module": other.module.pk}).context["object_list"]}
    assert keys == {"andere-q1", "andere-q2", "andere-q3"}


@pytest.mark.parametrize("role", [roles.OFFICERS, roles.MANAGERS])
def test_only_trainers_see_the_analysis(answered, role, client):
    client.force_login(user_create("niet-opleider", role))
    for url in [URL, f"{URL}{answered.questions[0].pk}/", URL + "?export=csv"]:
        response = client.get(url)
        assert response.status_code in (302, 403) and b"module-a-q1" not in response.content


def test_query_count_does_not_grow_with_attempts(answered, trainer, client):
    client.force_login(trainer)
    client.get(URL)
    with CaptureQueriesContext(connection) as few:
        client.get(URL)
    for i in range(5):
        answer(answered, user_create(f"extra{i}"), right={0})
    with CaptureQueriesContext(connection) as many:
        client.get(URL)
    assert len(many) == len(few)


@pytest.mark.parametrize(
    "query", ["ordering=-facility", "ordering=bogus", "p=-1", "p=99999", "module=abc", "module=999999"]
)
def test_bad_parameters_do_not_fail(answered, trainer, client, query):
    client.force_login(trainer)
    assert client.get(f"{URL}?{query}").status_code in (200, 400, 404)
