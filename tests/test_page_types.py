"""The page tree a trainer can build (Wagtail's page-type rules) and that every page type renders."""

import json

from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from curriculum.domain import roles
from curriculum.models import CurriculumIndexPage, LessonPage, ModulePage, PocketCardPage, QuizPage
from home.models import HomePage
from tests.factories import tree_create, user_create


class PageTypeRulesTest(WagtailPageTestCase):
    """Home → Opleiding (one) → modules (lessons and a quiz) and one pocket card; nothing else fits anywhere."""

    def test_allowed_children(self):
        self.assertAllowedSubpageTypes(HomePage, {CurriculumIndexPage})
        self.assertAllowedSubpageTypes(CurriculumIndexPage, {ModulePage, PocketCardPage})
        self.assertAllowedSubpageTypes(ModulePage, {LessonPage, QuizPage})
        for leaf in (LessonPage, QuizPage, PocketCardPage):
            self.assertAllowedSubpageTypes(leaf, set())

    def test_allowed_parents(self):
        self.assertAllowedParentPageTypes(CurriculumIndexPage, {HomePage})
        self.assertAllowedParentPageTypes(ModulePage, {CurriculumIndexPage})
        self.assertAllowedParentPageTypes(PocketCardPage, {CurriculumIndexPage})
        self.assertAllowedParentPageTypes(LessonPage, {ModulePage})
        self.assertAllowedParentPageTypes(QuizPage, {ModulePage})

    def test_a_lesson_cannot_be_created_outside_a_module(self):
        self.assertCanNotCreateAt(CurriculumIndexPage, LessonPage)
        self.assertCanNotCreateAt(HomePage, ModulePage)
        self.assertCanNotCreateAt(Page, CurriculumIndexPage)

    def test_only_one_curriculum_and_one_pocket_card(self):
        tree = tree_create()
        tree.index.add_child(instance=PocketCardPage(title="Zakkaart", slug="zakkaart", body=json.dumps([])))
        self.assertFalse(CurriculumIndexPage.can_create_at(tree.home))
        self.assertFalse(PocketCardPage.can_create_at(tree.index))
        self.assertTrue(ModulePage.can_create_at(tree.index))


class PageTypesRenderTest(WagtailPageTestCase):
    """Every page type renders for a logged-in officer (curriculum pages require login)."""

    def test_every_page_type_renders(self):
        tree = tree_create()
        card = PocketCardPage(
            title="Zakkaart",
            slug="zakkaart",
            intro="Op zak.",
            body=json.dumps([{"type": "paragraph", "value": "<p>Signalen</p>"}]),
        )
        tree.index.add_child(instance=card)
        card.save_revision().publish()
        officer = user_create("agent-render", roles.OFFICERS)
        pages = [tree.home, tree.index, tree.module, tree.lessons[0], tree.quiz, card]
        self.assertEqual({type(p.specific) for p in pages}, {HomePage, *self._curriculum_types()})
        self.client.force_login(officer)  # not user=: Wagtail would log in through the first backend (axes)
        for page in pages:
            self.assertPageIsRenderable(page.specific)

    def test_pages_need_a_login(self):
        tree = tree_create()
        response = self.client.get(tree.lessons[0].url)
        self.assertEqual(response.status_code, 302)
        self.assertIn("/login/", response["Location"])

    @staticmethod
    def _curriculum_types():
        return {CurriculumIndexPage, ModulePage, LessonPage, QuizPage, PocketCardPage}
