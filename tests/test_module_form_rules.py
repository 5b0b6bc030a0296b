"""The module and quiz edit forms as a trainer meets them (exploratory test findings): prerequisites without cycles
and as checkboxes, a bounded validity, the quiz's question list labels, and the chart block's first column and
figure ids."""

import json
import re

import pytest
from django.urls import reverse
from wagtail.test.utils import WagtailTestUtils

from curriculum.blocks import LessonStreamBlock
from curriculum.models import ModulePage
from curriculum.selectors.prerequisites import cycle_message, prerequisite_cycles_get
from tests.helpers import editor_data

pytestmark = pytest.mark.django_db


def module_add(tree, slug, *requires):
    """A published module under the tree's index requiring `requires`."""
    module = ModulePage(title=f"Module {slug}", slug=slug, summary="Samenvatting")
    tree.index.add_child(instance=module)
    module.prerequisites.set(requires)
    module.save_revision().publish()
    return ModulePage.objects.get(pk=module.pk)


def titles(chains):
    return [[m.title for m in chain] for chain in chains]


# ---------------------------------------------------------------- the rule


def test_the_rule_finds_a_module_requiring_itself_and_cycles_of_any_length(tree):
    a = tree.module
    b = module_add(tree, "b", a)
    c = module_add(tree, "c", b)
    assert titles(prerequisite_cycles_get(module_id=a.pk, prerequisite_ids=[a.pk])) == [["Module module-a"]]
    assert titles(prerequisite_cycles_get(module_id=a.pk, prerequisite_ids=[b.pk])) == [["Module b", "Module module-a"]]
    assert titles(prerequisite_cycles_get(module_id=a.pk, prerequisite_ids=[c.pk])) == [
        ["Module c", "Module b", "Module module-a"]
    ]
    assert len(prerequisite_cycles_get(module_id=a.pk, prerequisite_ids=[b.pk, c.pk])) == 2


def test_the_rule_allows_chains_and_shared_prerequisites(tree):
    a = tree.module
    b = module_add(tree, "b", a)
    d = module_add(tree, "d")
    module_add(tree, "e", a, d)  # two modules share a prerequisite: no cycle
    assert prerequisite_cycles_get(module_id=b.pk, prerequisite_ids=[a.pk, d.pk]) == []
    assert prerequisite_cycles_get(module_id=a.pk, prerequisite_ids=[d.pk]) == []
    assert prerequisite_cycles_get(module_id=None, prerequisite_ids=[a.pk]) == []  # a new module


def test_the_rule_reads_this_module_from_the_form_not_from_its_stored_links(tree):
    a = tree.module
    b = module_add(tree, "b", a)  # b requires a
    # b's stored link to a is replaced by b's choice: dropping a and choosing nothing else is no cycle
    assert prerequisite_cycles_get(module_id=b.pk, prerequisite_ids=[]) == []
    # and a choosing b is refused, whatever a stored before
    assert prerequisite_cycles_get(module_id=a.pk, prerequisite_ids=[b.pk])


def test_the_messages_name_the_modules(tree):
    a = tree.module
    b = module_add(tree, "b", a)
    c = module_add(tree, "c", b)
    assert cycle_message([a]) == "Een module kan niet zijn eigen voorwaarde zijn."
    assert cycle_message([b, a]) == "„Module b” vereist deze module al."
    assert cycle_message([c, b, a]) == "„Module c” vereist (via „Module b”) deze module al."


# ---------------------------------------------------------------- the module edit form


def module_post(client, module, **fields):
    url = reverse("wagtailadmin_pages:edit", args=[module.pk])
    data = editor_data(client, url, learning_objectives=[("objective", "Doel 1")])
    for name, value in fields.items():
        if isinstance(value, list):
            data.setlist(name, [str(v) for v in value])
        else:
            data[name] = str(value)
    data["action-publish"] = "1"
    return client.post(url, dict(data.lists()))  # every value of a key (a QueryDict's items() gives the last only)


def field_errors(response, name):
    """The error messages Wagtail shows on the field `name` of a posted edit form."""
    field = WagtailTestUtils.get_soup(response.content).select_one(f'[data-field][data-contentpath="{name}"]')
    assert field is not None, name
    return [" ".join(e.get_text(" ", strip=True).split()) for e in field.select("[data-field-errors] .error-message")]


def test_the_prerequisites_are_checkboxes_without_the_module_itself(tree, client, moderator):
    other = module_add(tree, "b")
    client.force_login(moderator)
    soup = WagtailTestUtils.get_soup(client.get(reverse("wagtailadmin_pages:edit", args=[tree.module.pk])).content)
    boxes = soup.select('input[name="prerequisites"]')
    assert boxes and all(box["type"] == "checkbox" for box in boxes)
    assert {box["value"] for box in boxes} == {str(other.pk)}
    assert not soup.select('select[name="prerequisites"]')


def test_the_form_refuses_a_module_that_already_requires_this_one(tree, client, moderator):
    b = module_add(tree, "b", tree.module)
    c = module_add(tree, "c", b)
    client.force_login(moderator)
    response = module_post(client, tree.module, prerequisites=[b.pk])
    assert response.status_code == 200
    assert field_errors(response, "prerequisites") == ["„Module b” vereist deze module al."]
    response = module_post(client, tree.module, prerequisites=[c.pk])
    assert field_errors(response, "prerequisites") == ["„Module c” vereist (via „Module b”) deze module al."]
    assert not ModulePage.objects.get(pk=tree.module.pk).prerequisites.exists()


def test_the_form_refuses_the_module_itself(tree, client, moderator):
    module_add(tree, "b")
    client.force_login(moderator)
    response = module_post(client, tree.module, prerequisites=[tree.module.pk])  # not offered; posted anyway
    assert response.status_code == 200
    assert field_errors(response, "prerequisites") == [
        f"Selecteer een geldige keuze. {tree.module.pk} is geen beschikbare keuze."
    ]
    assert not ModulePage.objects.get(pk=tree.module.pk).prerequisites.exists()


def test_the_form_saves_prerequisites_without_a_cycle(tree, client, moderator):
    b = module_add(tree, "b", tree.module)
    d = module_add(tree, "d")
    client.force_login(moderator)
    assert module_post(client, b, prerequisites=[tree.module.pk, d.pk]).status_code == 302
    assert set(ModulePage.objects.get(pk=b.pk).prerequisites.values_list("pk", flat=True)) == {tree.module.pk, d.pk}


def test_the_validity_is_at_most_ten_years(tree, client, moderator):
    client.force_login(moderator)
    response = module_post(client, tree.module, validity_months=5000)
    assert response.status_code == 200
    assert field_errors(response, "validity_months") == [
        "Een afronding blijft hoogstens 120 maanden (10 jaar) geldig; 0 is onbeperkt."
    ]
    assert ModulePage.objects.get(pk=tree.module.pk).validity_months == 0
    assert module_post(client, tree.module, validity_months=120).status_code == 302
    assert ModulePage.objects.get(pk=tree.module.pk).validity_months == 120


# ---------------------------------------------------------------- the quiz edit form


def test_the_quiz_form_calls_each_item_a_question(tree, client, moderator):
    client.force_login(moderator)
    html = client.get(reverse("wagtailadmin_pages:edit", args=[tree.quiz.pk])).content.decode()
    soup = WagtailTestUtils.get_soup(html)
    children = soup.select("#id_quiz_questions-FORMS [data-inline-panel-child]")
    assert len(children) == len(tree.questions)
    headings = {" ".join(c.select_one("[data-panel-heading-text]").get_text(" ", strip=True).split()) for c in children}
    assert headings == {"Vraag"}  # the browser adds the number: "Vraag 1", "Vraag 2", ...
    button = soup.select_one("#id_quiz_questions-ADD")
    assert " ".join(button.get_text(" ", strip=True).split()) == "Voeg vraag toe"
    assert "Vragen 1" not in html and "Voeg Vragen toe" not in html
    assert "de serverklok beslist" in html and "server klok" not in html


# ---------------------------------------------------------------- the chart block


def chart(title, **extra):
    return {
        "title": title,
        "summary": "Aantal meldingen.",
        "source": "CoMensha",
        "series_a": "Meldingen",
        "series_b": "",
        "rows": [{"label": "Noord", "a": 3, "b": None, "note": ""}, {"label": "Zuid", "a": 5, "b": None, "note": ""}],
        **extra,
    }


def first_column_headings(soup):
    return [table.select_one("thead th").get_text(strip=True) for table in soup.select("figure.chart table")]


def test_a_lesson_shows_each_charts_own_first_column_and_distinct_figure_ids(tree, officer_client):
    lesson = tree.lessons[0]
    lesson.body = json.dumps(
        [
            {"type": "chart", "value": chart("Meldingen", label_heading="Regio")},
            {"type": "chart", "value": chart("Meldingen", label_heading="")},  # emptied: the old heading
            {"type": "chart", "value": chart("Oud")},  # saved before the field existed: no label_heading
        ]
    )
    lesson.save_revision().publish()
    soup = WagtailTestUtils.get_soup(officer_client.get(lesson.url).content)
    assert first_column_headings(soup) == ["Regio", "Jaar", "Jaar"]
    figures = soup.select("figure.chart")
    ids = [figure["aria-labelledby"] for figure in figures]
    assert len(set(ids)) == 3
    for figure in figures:
        assert figure.select_one("figcaption")["id"] == figure["aria-labelledby"]
        assert soup.select(f'[id="{figure["aria-labelledby"]}"]') == [figure.select_one("figcaption")]
    assert all(th["scope"] == "row" for th in soup.select("figure.chart tbody th"))


def test_charts_without_stored_ids_still_get_distinct_figure_ids():
    stream = LessonStreamBlock().to_python([{"type": "chart", "value": chart("Zelfde")} for _ in range(2)])
    html = "".join(child.render_as_block() for child in stream)
    ids = re.findall(r'<figcaption id="([^"]+)"', html)
    assert len(ids) == 2 and len(set(ids)) == 2
    assert re.findall(r'aria-labelledby="([^"]+)"', html) == ids


def test_the_chart_editor_offers_the_first_column_heading(tree, client, moderator):
    client.force_login(moderator)
    html = client.get(reverse("wagtailadmin_pages:edit", args=[tree.lessons[0].pk])).content.decode()
    assert "Kop van de eerste kolom" in html


def test_a_draft_that_would_close_a_cycle_cannot_be_approved(tree, trainer, moderator, client):
    """Two drafts can each pass the edit form (neither sees the other's unpublished link); once one is published the
    other's draft would lock both modules. The review paths that approve without the form refuse it, saying why."""
    from curriculum.demo.site import workflow_ensure
    from curriculum.selectors.review import module_parts_blocking_get
    from curriculum.services.review import module_package_submit

    workflow_ensure(tree.index)
    a = ModulePage.objects.get(pk=tree.module.pk)
    b = module_add(tree, "b", a)  # published: b requires a
    a.prerequisites.set([b])  # a's draft requires b
    a.save_revision(user=trainer)
    reason = "Voorwaarden: „Module b” vereist deze module al."
    assert module_parts_blocking_get(module=ModulePage.objects.get(pk=a.pk)) == [reason]
    module_package_submit(module=ModulePage.objects.get(pk=a.pk), user=trainer)
    client.force_login(moderator)
    response = client.post(reverse("curriculum_review_package_approve", args=[a.pk]))
    assert response.status_code == 409 and reason in response.content.decode()
    assert list(ModulePage.objects.get(pk=a.pk).prerequisites.all()) == []  # nothing published
