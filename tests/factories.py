"""Small builders for tests: a curriculum tree, published questions and users in role groups.

Tests build only what they need (the demo content is loaded only in test_load_demo.py).
"""

import json
import re
from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import connection, transaction
from django.db.models.signals import post_save
from wagtail.models import Page, PageViewRestriction, Site

from curriculum.domain import roles
from curriculum.models import Choice, CurriculumIndexPage, LessonPage, ModulePage, Question, QuizPage, QuizQuestion
from home.models import HomePage
from tests.helpers import PASSWORD


def user_create(username, *groups, password=PASSWORD, **extra):
    user = get_user_model().objects.create_user(username=username, password=password, **extra)
    if groups:
        user.groups.set(Group.objects.filter(name__in=groups))
    return user


def question_create(key, *, kind="single", choices=None, publish=True, prompt=None):
    choices = choices or [("Optie A", True), ("Optie B", False), ("Optie C", False)]
    question = Question(
        key=key,
        kind=kind,
        prompt=prompt or f"Vraag {key}?",
        scenario="Je staat op het station.",
        explanation=f"Uitleg bij {key}.",
        source="Art. 273f Sr",
    )
    question.choices = [
        Choice(text=text, is_correct=correct, feedback=f"Feedback {key} {i}", sort_order=i)
        for i, (text, correct) in enumerate(choices)
    ]
    question.save()
    revision = question.save_revision()
    if publish:
        revision.publish()
    else:
        question.live = False
        question.save()
    return question


def answers_for(attempt, *, correct=True):
    """Answer every question of an attempt correctly (or pick the first wrong choice), from the question as the
    attempt froze it (its snapshot; the revision for an attempt started before snapshots)."""
    answers = {}
    for row in attempt.answers.select_related("revision"):
        if row.shown:
            kind, choices = row.shown["kind"], [(c["id"], c["is_correct"]) for c in row.shown["choices"]]
        else:
            question = row.revision.as_object()
            kind, choices = question.kind, [(c.pk, c.is_correct) for c in question.choices.all()]
        picks = [pk for pk, is_correct in choices if is_correct == correct]
        answers[row.question_id] = picks if (correct or kind == "multiple") else picks[:1]
    return answers


@dataclass
class Tree:
    home: HomePage
    index: CurriculumIndexPage
    module: ModulePage
    lessons: list[LessonPage]
    quiz: QuizPage
    questions: list[Question]


def _publish(page):
    page.save_revision().publish()
    return page


# The quiz's settings: trees that differ only in these share one build (tree_create, quiz_configure).
QUIZ_SETTINGS = (
    "pass_mark",
    "max_attempts",
    "shuffle",
    "questions_per_attempt",
    "show_correct_answers",
    "time_limit_minutes",
)


def tree_create(**params) -> Tree:
    """A published tree: home, curriculum index, a module with `lessons` lessons and a quiz of `questions`
    questions. On SQLite inside a test's transaction the rows are built once for the same parameters and the same
    rows (and sequences) in the tables the build writes, and copied in the next time (see _TreeRows): building them
    through Wagtail's publishing took a fifth of the fast run. The copy is made the first time too, so every test
    reads rows that went through the same path. The quiz's settings (QUIZ_SETTINGS) are not part of the build: the
    tree is built with the defaults and configured (quiz_configure), on every database."""
    settings = {name: params.pop(name) for name in QUIZ_SETTINGS if name in params}
    tree = _tree_get(**params)
    return quiz_configure(tree, **settings) if settings else tree


def _tree_get(**params) -> Tree:
    if connection.vendor != "sqlite" or not connection.in_atomic_block:
        return _tree_build(**params)
    built = _TREE_ROWS.setdefault((repr(sorted(params.items())), _indexing()), [])
    for rows in built:
        if rows.tables_read() == rows.before:
            rows.write()
            rows.on_commit()
            return tree_fresh(rows.tree)
    tree, rows = _TreeRows.build(params)
    if rows is None:  # the build wrote what a copy cannot stand in for: it stays as built
        return tree
    built[:] = [rows, *built[:3]]
    return tree_fresh(tree)


def quiz_configure(tree: Tree, **settings) -> Tree:
    """The tree's quiz as if it had been built with these settings (QUIZ_SETTINGS): they are validated as a save
    validates them and written into the page and its one revision (live and latest). No revision or log entry is
    added: a test that needs a trainer's change publishes one itself. What a save's signals forget is forgotten."""
    from wagtail.models import Revision

    unknown = set(settings) - set(QUIZ_SETTINGS)
    assert not unknown, f"not a quiz setting: {unknown}"
    quiz = QuizPage.objects.get(pk=tree.quiz.pk)
    assert quiz.live_revision_id == quiz.latest_revision_id, "the quiz has a newer draft: publish a revision instead"
    for name, value in settings.items():
        setattr(quiz, name, value)
    quiz.full_clean()
    QuizPage.objects.filter(pk=quiz.pk).update(**settings)
    data = quiz.serializable_data()
    revision = Revision.objects.get(pk=quiz.live_revision_id)
    revision.content.update({name: data[name] for name in settings})
    revision.save(update_fields=["content"])
    _page_caches_forget()
    return tree_fresh(tree)


def _page_caches_forget():
    """What a page save's signals do outside the database (curriculum/signals.py calls the same two): forget the
    site's cached pages and the modules' prerequisite facts. For rows written without those signals."""
    from curriculum.selectors.prerequisites import module_facts_forget
    from curriculum.selectors.site import site_pages_forget

    site_pages_forget()
    module_facts_forget()


_WRITE = re.compile(r'^\s*(?:INSERT(?: OR \w+)? INTO|UPDATE|DELETE FROM)\s+"?(\w+)"?', re.IGNORECASE)
_TREE_ROWS: dict = {}


def _indexing() -> bool:
    """Whether saves update the search index now (tests.conftest._indexing_set): a tree built without it has no
    index rows to copy."""
    from modelsearch.signal_handlers import post_save_signal_handler

    return any(key[0] == id(post_save_signal_handler) for key, *_rest in post_save.receivers)


@dataclass
class _TreeRows:
    """What one tree_create() wrote: the tables, their rows before and after, the tree (its primary keys) and what
    it left for the commit (the site cache's forget callbacks: they run again, as after a real build)."""

    tables: list
    before: dict
    after: dict
    tree: Tree
    callbacks: list

    @classmethod
    def build(cls, params):
        """Build in a savepoint, noting each table a statement writes (the SQLite trace), read those tables, roll
        back, read them again and write the built rows back. Returns the tree and the rows, or None for the rows
        when the build wrote a search or reference index (a copy cannot stand in for those)."""
        raw, callbacks, written = connection.connection, len(connection.run_on_commit), set()
        savepoint = transaction.savepoint()
        raw.set_trace_callback(lambda sql: (m := _WRITE.match(sql)) and written.add(m[1]))
        try:
            tree = _tree_build(**params)
        finally:
            raw.set_trace_callback(None)
        if any(table.startswith("wagtailsearch_") or table == "wagtailcore_referenceindex" for table in written):
            transaction.savepoint_commit(savepoint)
            return tree, None
        left = [(func, robust) for _sids, func, robust in connection.run_on_commit[callbacks:]]
        rows = cls(sorted(written), {}, {}, tree, left)
        rows.after = rows.tables_read()
        transaction.savepoint_rollback(savepoint)
        rows.before = rows.tables_read()
        rows.write()
        rows.on_commit()
        return tree, rows

    def on_commit(self):
        for func, robust in self.callbacks:
            transaction.on_commit(func, robust=robust)

    def tables_read(self) -> dict:
        raw = connection.connection
        read = {table: raw.execute(f'SELECT * FROM "{table}" ORDER BY rowid').fetchall() for table in self.tables}
        marks = ",".join("?" * len(self.tables))
        read["sqlite_sequence"] = raw.execute(
            f"SELECT name, seq FROM sqlite_sequence WHERE name IN ({marks}) ORDER BY name", self.tables
        ).fetchall()
        return read

    def write(self):
        """Replace the tables' rows (and their sequences) with the built ones. The foreign keys are checked at
        the end of the transaction, as Django declares them on SQLite (deferred). What the build's page signals did
        outside the database is done again: the site's cached pages and the modules' prerequisite facts are
        forgotten (_page_caches_forget)."""
        _page_caches_forget()
        raw = connection.connection
        for table, rows in self.after.items():
            where = f" WHERE name IN ({','.join('?' * len(self.tables))})" if table == "sqlite_sequence" else ""
            raw.execute(f'DELETE FROM "{table}"{where}', self.tables if where else ())
            if rows:
                raw.executemany(f'INSERT INTO "{table}" VALUES ({",".join("?" * len(rows[0]))})', rows)


def _tree_build(*, lessons=2, questions=3, slug="module-a") -> Tree:
    root = Page.get_first_root_node()
    home = HomePage.objects.first()
    if home is None:
        for child in root.get_children():
            child.delete()
        home = HomePage(title="Signaal", slug="home")
        root.add_child(instance=home)
        _publish(home)
        Site.objects.update_or_create(
            is_default_site=True, defaults={"hostname": "localhost", "port": 80, "root_page": home}
        )
    index = CurriculumIndexPage.objects.first()
    if index is None:
        index = CurriculumIndexPage(title="Opleiding", slug="opleiding")
        home.add_child(instance=index)
        _publish(index)
        PageViewRestriction.objects.create(page=index, restriction_type=PageViewRestriction.LOGIN)
        roles.roles_sync(curriculum_root=index)
    module = ModulePage(title=f"Module {slug}", slug=slug, summary="Samenvatting", estimated_minutes=10)
    index.add_child(instance=module)
    _publish(module)
    lesson_pages = []
    for i in range(lessons):
        lesson = LessonPage(
            title=f"Les {i + 1}",
            slug=f"les-{i + 1}",
            body=json.dumps(
                [
                    {"type": "paragraph", "value": f"<p>Lestekst {i + 1}</p>"},
                    {"type": "key_fact", "value": {"fact": "Een feit", "source": "Bron X"}},
                ]
            ),
        )
        module.add_child(instance=lesson)
        lesson_pages.append(_publish(lesson))
    qs = [question_create(f"{slug}-q{i + 1}") for i in range(questions)]
    # shuffle=False by default so tests can rely on positions; the model's default (True) is tested itself.
    quiz = QuizPage(title="Toets", slug="toets", pass_mark=70, max_attempts=0, shuffle=False)
    quiz.quiz_questions = [QuizQuestion(question=q, sort_order=i) for i, q in enumerate(qs)]
    module.add_child(instance=quiz)
    _publish(quiz)
    return Tree(home=home, index=index, module=module, lessons=lesson_pages, quiz=quiz, questions=qs)


def tree_fresh(tree: Tree) -> Tree:
    """The same tree read anew from the database: a test that changes its objects leaves the next test's alone
    (for trees built once per module, tests.conftest.module_db)."""
    pages = Page.objects.specific().in_bulk(
        [tree.home.pk, tree.index.pk, tree.module.pk, tree.quiz.pk, *(p.pk for p in tree.lessons)]
    )
    questions = Question.objects.in_bulk([q.pk for q in tree.questions])
    return Tree(
        home=pages[tree.home.pk],
        index=pages[tree.index.pk],
        module=pages[tree.module.pk],
        lessons=[pages[p.pk] for p in tree.lessons],
        quiz=pages[tree.quiz.pk],
        questions=[questions[q.pk] for q in tree.questions],
    )


@dataclass
class Org:
    national: object
    regions: list
    districts: list
    teams: list


def org_create() -> Org:
    """Nationale Politie → 2 eenheden → 1 district each → 2 basisteams each."""
    from curriculum import services

    national = services.unit_create(name="Nationale Politie", code="NP")
    regions, districts, teams = [], [], []
    for r in range(2):
        region = services.unit_create(name=f"Eenheid {r + 1}", code=f"E{r + 1}", parent=national)
        district = services.unit_create(name=f"District {r + 1}", code=f"D{r + 1}", parent=region)
        regions.append(region)
        districts.append(district)
        for t in range(2):
            teams.append(
                services.unit_create(name=f"Basisteam {r + 1}{t + 1}", code=f"BT{r + 1}{t + 1}", parent=district)
            )
    return Org(national=national, regions=regions, districts=districts, teams=teams)


def org_fresh(org: Org) -> Org:
    """The same units read anew from the database (see tree_fresh)."""
    from curriculum.models import Unit

    units = Unit.objects.in_bulk([org.national.pk, *(u.pk for u in org.regions + org.districts + org.teams)])
    return Org(
        national=units[org.national.pk],
        regions=[units[u.pk] for u in org.regions],
        districts=[units[u.pk] for u in org.districts],
        teams=[units[u.pk] for u in org.teams],
    )


def officer_in(unit, username, **extra):
    from curriculum import services

    user = user_create(username, roles.OFFICERS, **extra)
    services.officer_profile_save(user=user, unit=unit, personnel_number=f"P{username}")
    return user


def manager_of(unit, username, **extra):
    from curriculum import services

    user = user_create(username, roles.MANAGERS, **extra)
    services.unit_manager_add(user=user, unit=unit)
    return user


def module_finish(tree: Tree, user, *, correct=True):
    """Do every lesson and one quiz attempt of a tree's module through the services; return the attempt."""
    from curriculum import services

    for lesson in tree.lessons:
        services.lesson_complete(user=user, lesson=lesson)
    attempt = services.quiz_attempt_start(user=user, quiz=tree.quiz)
    return services.quiz_attempt_submit(
        user=user, attempt_id=attempt.pk, answers=answers_for(attempt, correct=correct)
    ).attempt


def mandatory_overdue_create(tree: Tree, org: Org, *, days_overdue: int, done_last_name: str = "Klaar"):
    """The tree's module made mandatory and assigned to everyone, due `days_overdue` days ago; in basisteam 11
    agent1 (`done_last_name`) finished it and agent2 (Laat) did not start, in basisteam 12 agent3 (Ookte) did not
    either. Returns (done, late)."""
    from datetime import timedelta

    from django.utils import timezone

    from curriculum import services

    tree.module.mandatory = True
    tree.module.save_revision().publish()
    due = timezone.localdate() - timedelta(days=days_overdue)
    services.assignment_save(module=tree.module, unit=org.national, due_date=due)
    done = officer_in(org.teams[0], "agent1", last_name=done_last_name)
    late = officer_in(org.teams[0], "agent2", last_name="Laat")
    officer_in(org.teams[1], "agent3", last_name="Ookte")
    module_finish(tree, done)
    return done, late


@dataclass
class ApiWorld:
    """Two modules assigned nationally; officers in every basisteam: one completed (certificate), one halfway,
    one not started but overdue, one whose completion expired. Tokens: national, Eenheid 1, one team of Eenheid 2."""

    org: Org
    trees: list
    officers: list
    completions: list
    tokens: dict


def api_world_create(*, teams=(0, 1, 2, 3)) -> ApiWorld:
    from datetime import timedelta

    from django.utils import timezone

    from curriculum import services
    from curriculum.models import ModuleCompletion, ModulePage
    from curriculum.services.api_clients import api_client_create

    org = org_create()
    trees = [tree_create(slug="signalen"), tree_create(slug="uitbuiting", lessons=1)]
    ModulePage.objects.filter(pk=trees[0].module.pk).update(validity_months=12)
    for tree in trees:
        tree.module.refresh_from_db()
        services.assignment_save(module=tree.module, unit=org.national, due_date=timezone.localdate() + timedelta(30))
    services.assignment_save(
        module=trees[1].module, unit=org.teams[0], due_date=timezone.localdate() - timedelta(days=3)
    )  # overdue in team 1
    officers = []
    long_ago = timezone.now() - timedelta(days=400)
    for t, team in enumerate(org.teams):
        if t not in teams:
            continue
        done = officer_in(team, f"klaar{t}")
        module_finish(trees[0], done)
        half = officer_in(team, f"half{t}")
        services.lesson_complete(user=half, lesson=trees[0].lessons[0])
        idle = officer_in(team, f"nog{t}")
        old = officer_in(team, f"oud{t}")
        for lesson in trees[0].lessons:
            services.lesson_complete(user=old, lesson=lesson, now=long_ago)
        attempt = services.quiz_attempt_start(user=old, quiz=trees[0].quiz, now=long_ago)
        services.quiz_attempt_submit(user=old, attempt_id=attempt.pk, answers=answers_for(attempt), now=long_ago)
        officers += [done, half, idle, old]
    tokens = {
        "national": api_client_create(name="Datawarehouse", national=True, units=[])[1],
        "region": api_client_create(name="HR Eenheid 1", national=False, units=[org.regions[0]])[1],
        "team": api_client_create(name="Basisteam 21", national=False, units=[org.teams[2]])[1],
    }
    return ApiWorld(org, trees, officers, list(ModuleCompletion.objects.order_by("pk")), tokens)


def api_world_fresh(world: ApiWorld) -> ApiWorld:
    """The same world read anew from the database (see tree_fresh)."""
    from django.contrib.auth import get_user_model

    from curriculum.models import ModuleCompletion

    users = get_user_model().objects.in_bulk([u.pk for u in world.officers])
    completions = ModuleCompletion.objects.in_bulk([c.pk for c in world.completions])
    return ApiWorld(
        org=org_fresh(world.org),
        trees=[tree_fresh(t) for t in world.trees],
        officers=[users[u.pk] for u in world.officers],
        completions=[completions[c.pk] for c in world.completions],
        tokens=dict(world.tokens),
    )


def indicators_create(tree: Tree):
    """Three indicators on a tree's questions, republished: q1 tests A (labour), q2 A and B (labour), q3 C
    (criminal). Returns (A, B, C)."""
    from curriculum.models import Indicator

    a = Indicator.objects.create(code="arb-paspoort", category="labour", name="Paspoort ingenomen")
    b = Indicator.objects.create(code="arb-schuld", category="labour", name="Schuld bij werkgever")
    c = Indicator.objects.create(code="crim-drugs", category="criminal", name="Minderjarige vervoert drugs")
    for question, tested in zip(tree.questions, ([a], [a, b], [c]), strict=True):
        question.indicators.set(tested)
        question.save_revision().publish()
    return a, b, c


def answer_positions(tree: Tree, user, right: set[int]):
    """One attempt in which exactly the questions at the positions in `right` are answered correctly."""
    from curriculum import services

    attempt = services.quiz_attempt_start(user=user, quiz=tree.quiz)
    good, bad = answers_for(attempt, correct=True), answers_for(attempt, correct=False)
    positions = {row.question_id: row.position for row in attempt.answers.all()}
    answers = {q: (good[q] if positions[q] in right else bad[q]) for q in good}
    return services.quiz_attempt_submit(user=user, attempt_id=attempt.pk, answers=answers).attempt


def module_package_draft(tree, trainer, *, summary: str) -> dict:
    """A trainer's changes to a module that go for review together: a new draft lesson, the quiz with a new
    unpublished question, and a changed module summary, each saved as a revision by the trainer (nothing live)."""
    lesson = LessonPage(title="Nieuwe les", slug="nieuwe-les", body="[]")
    tree.module.add_child(instance=lesson)
    lesson.save_revision(user=trainer)
    LessonPage.objects.filter(pk=lesson.pk).update(live=False)
    question = question_create("nieuw", publish=False)
    question.save_revision(user=trainer)
    quiz = QuizPage.objects.get(pk=tree.quiz.pk)
    quiz.quiz_questions.add(QuizQuestion(question=question, sort_order=9))
    quiz.save_revision(user=trainer)
    module = ModulePage.objects.get(pk=tree.module.pk)
    module.summary = summary
    module.save_revision(user=trainer)
    return {"module": module, "lesson": lesson, "quiz": quiz, "question": question}
