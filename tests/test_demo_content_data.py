"""Checks on the plain-Python demo content (no database): its blocks through the real StreamField blocks of
curriculum/blocks.py (to_python + clean), the choices from the models, and the content rules of the fact sheet."""

import re
from collections import Counter
from html.parser import HTMLParser

import pytest
from django.core.exceptions import ValidationError
from wagtail import blocks

from curriculum.blocks import RICH_FEATURES, LessonStreamBlock
from curriculum.demo.content import INDICATORS, MODULES, POCKET_CARD
from curriculum.models import Indicator, Question

CATEGORIES = set(Indicator.Category.values)
KINDS = set(Question.Kind.values)
SLUG_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
FEATURE_TAGS = {"h2": "h2", "h3": "h3", "h4": "h4", "bold": "b", "italic": "i", "ol": "ol", "ul": "ul", "link": "a"}
# Words that must not appear: ethnic groups or nationalities used as a profile, and unconfirmed markers.
# The one exception is the official programme name and the CCV adviser's remit, quoted from the 2017 letter
# (ALLOWED_QUOTES); see test_group_name_only_in_the_quoted_attributed_programme_name.
ALLOWED_QUOTES = ["'programma Aanpak uitbuiting Roma kinderen'", "'multi-probleemgezinnen met een Roma achtergrond'"]
FORBIDDEN = [
    "[UNCONFIRMED",
    "Roma",
    "Roemeen",
    "Roemen",
    "Bulgaar",
    "Bulgarij",
    "Marokkaan",
    "Nigeria",
    "Oost-Europ",
    "Vietnam",
    "Chinese",
    "Hongaar",
    "Pool ",
    "Poolse",
]


def _all_lessons():
    for module in MODULES:
        yield from module["lessons"]


def _all_questions():
    for module in MODULES:
        yield from module["quiz"]["questions"]


def _all_bodies():
    for lesson in _all_lessons():
        yield lesson["body"]
    yield POCKET_CARD["body"]


def _all_blocks():
    for body in _all_bodies():
        yield from body


def _strings(obj):
    """Every string anywhere in a nested structure."""
    if isinstance(obj, str):
        yield obj
    elif isinstance(obj, dict):
        for value in obj.values():
            yield from _strings(value)
    elif isinstance(obj, (list, tuple)):
        for value in obj:
            yield from _strings(value)


class _TagCollector(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags = set()

    def handle_starttag(self, tag, attrs):
        self.tags.add(tag)


def _tags(html):
    parser = _TagCollector()
    parser.feed(html)
    return parser.tags


INDICATOR_CODES = {ind["code"] for ind in INDICATORS}


# --- counts and structure -------------------------------------------------------------


def test_seven_modules():
    assert len(MODULES) == 7


def test_total_lessons_and_questions():
    assert sum(len(m["lessons"]) for m in MODULES) >= 18
    assert sum(len(m["quiz"]["questions"]) for m in MODULES) >= 35


def test_mandatory_modules_are_4_and_6():
    flags = [m["mandatory"] for m in MODULES]
    assert flags == [False, False, False, True, False, True, False]


def test_each_module_shape():
    for module in MODULES:
        assert 2 <= len(module["lessons"]) <= 4, module["slug"]
        assert len(module["quiz"]["questions"]) >= 5, module["slug"]
        assert 10 <= module["minutes"] <= 20, module["slug"]
        assert 3 <= len(module["objectives"]) <= 4, module["slug"]
        assert module["title"] and module["summary"], module["slug"]
        assert module["tags"] and all(SLUG_RE.match(t) for t in module["tags"]), module["slug"]
        quiz = module["quiz"]
        assert quiz["title"] and quiz["intro"]
        assert 0 < quiz["pass_mark"] <= 100
        assert quiz["max_attempts"] >= 0
        assert isinstance(quiz["shuffle"], bool)


def test_lessons_have_required_fields():
    for module in MODULES:
        for lesson in module["lessons"]:
            assert lesson["title"] and lesson["intro"], lesson["slug"]
            assert 1 <= lesson["minutes"] <= 10, lesson["slug"]
            assert lesson["body"], lesson["slug"]


# --- uniqueness -----------------------------------------------------------------------


def test_module_slugs_unique_and_valid():
    slugs = [m["slug"] for m in MODULES]
    assert len(slugs) == len(set(slugs))
    assert all(SLUG_RE.match(s) for s in slugs)


def test_lesson_slugs_unique_within_module():
    for module in MODULES:
        slugs = [lesson["slug"] for lesson in module["lessons"]]
        assert len(slugs) == len(set(slugs)), module["slug"]
        assert all(SLUG_RE.match(s) for s in slugs), module["slug"]


def test_question_keys_unique():
    keys = [q["key"] for q in _all_questions()]
    assert len(keys) == len(set(keys))
    assert all(SLUG_RE.match(k) for k in keys)


# --- indicators -----------------------------------------------------------------------


def test_indicators_valid_and_unique():
    codes = [ind["code"] for ind in INDICATORS]
    assert len(codes) == len(set(codes))
    for ind in INDICATORS:
        assert SLUG_RE.match(ind["code"]) and len(ind["code"]) <= 50, ind["code"]
        assert ind["category"] in CATEGORIES, ind["code"]
        assert ind["name"] and ind["description"] and ind["source"], ind["code"]


def test_all_five_categories_used_by_indicators():
    assert {ind["category"] for ind in INDICATORS} == CATEGORIES


def test_eleven_ilo_labour_indicators():
    ilo = [ind for ind in INDICATORS if ind["category"] == "labour" and "(ILO " in ind["name"]]
    assert len(ilo) == 11


# --- questions ------------------------------------------------------------------------


def test_questions_are_well_formed():
    for q in _all_questions():
        key = q["key"]
        assert q["kind"] in KINDS, key
        assert q["prompt"], key
        assert isinstance(q["scenario"], str), key
        assert q["explanation"].strip(), key
        assert q["source"].strip(), key
        assert isinstance(q["indicators"], list), key
        unknown = set(q["indicators"]) - INDICATOR_CODES
        assert not unknown, (key, unknown)
        choices = q["choices"]
        for choice in choices:
            assert choice["text"].strip(), key
            assert choice["feedback"].strip(), key
            assert isinstance(choice["correct"], bool), key
        correct = sum(c["correct"] for c in choices)
        if q["kind"] == "single":
            assert 3 <= len(choices) <= 4, key
            assert correct == 1, key
        elif q["kind"] == "multiple":
            assert 4 <= len(choices) <= 5, key
            assert correct >= 2, key
            assert correct < len(choices), key
        else:
            assert [c["text"] for c in choices] == ["Waar", "Niet waar"], key
            assert correct == 1, key


def test_correct_option_position_varies():
    positions = [
        next(i for i, c in enumerate(q["choices"]) if c["correct"]) for q in _all_questions() if q["kind"] == "single"
    ]
    most_common = Counter(positions).most_common(1)[0][1]
    assert most_common <= len(positions) / 2, Counter(positions)


def _length_rank(question):
    """0 = the correct option is the longest, 1 = second-longest, …; ties count in the key's favour."""
    correct = next(c for c in question["choices"] if c["correct"])
    return sum(len(c["text"]) > len(correct["text"]) for c in question["choices"])


def test_no_length_rank_predicts_the_key():
    """'Pick the second-longest' (or any other length rank) must not beat chance by much: at most 40 %."""
    singles = [q for q in _all_questions() if q["kind"] == "single"]
    ranks = Counter(_length_rank(q) for q in singles)
    for rank, count in ranks.items():
        assert count <= 0.4 * len(singles), (rank, count, len(singles), ranks)


def test_length_rank_check_catches_the_old_pattern():
    """The check above fails on the pattern the content review measured (second-longest 17 times in 28)."""
    fake = [
        {
            "choices": [
                {"text": "x" * 50, "correct": False},
                {"text": "x" * 40, "correct": True},
                {"text": "x" * 30, "correct": False},
                {"text": "x" * 20, "correct": False},
            ]
        }
    ] * 17 + [
        {
            "choices": [
                {"text": "x" * 10, "correct": True},
                {"text": "x" * 40, "correct": False},
                {"text": "x" * 30, "correct": False},
            ]
        }
    ] * 11
    ranks = Counter(_length_rank(q) for q in fake)
    assert max(ranks.values()) > 0.4 * len(fake)


def test_multiple_answer_questions_do_not_always_start_with_a_correct_option():
    multiples = [q for q in _all_questions() if q["kind"] == "multiple"]
    first_correct = sum(q["choices"][0]["correct"] for q in multiples)
    assert multiples and first_correct <= len(multiples) / 2, (first_correct, len(multiples))
    last_correct = sum(q["choices"][-1]["correct"] for q in multiples)
    assert last_correct < len(multiples), "the last option is always correct"


def test_true_false_keys_are_balanced():
    true_false = [q for q in _all_questions() if q["kind"] == "true_false"]
    keys = Counter(next(c["text"] for c in q["choices"] if c["correct"]) for q in true_false)
    total = sum(keys.values())
    assert total >= 6
    assert abs(keys["Waar"] - keys["Niet waar"]) <= max(1, total // 5), keys


def test_each_quiz_mixes_question_kinds():
    for module in MODULES:
        kinds = {q["kind"] for q in module["quiz"]["questions"]}
        assert len(kinds) >= 2, module["slug"]


# --- blocks ---------------------------------------------------------------------------


def _unknown_keys(block, value, where):
    """to_python drops what a block does not know (a misspelt field would vanish without a word): list it."""
    if isinstance(block, blocks.StructBlock) and isinstance(value, dict):
        yield from (f"{where}.{key}" for key in set(value) - set(block.child_blocks))
        for name, child in block.child_blocks.items():
            yield from _unknown_keys(child, value.get(name), f"{where}.{name}")
    elif isinstance(block, blocks.ListBlock) and isinstance(value, list):
        for i, item in enumerate(value):
            yield from _unknown_keys(block.child_block, item, f"{where}[{i}]")


def _validated(body, where):
    """The body as the real LessonStreamBlock reads (to_python) and validates (clean) it, as the editor would."""
    stream = LessonStreamBlock()
    unknown = [f"{where}#{i} {kind}" for i, (kind, _value) in enumerate(body) if kind not in stream.child_blocks]
    for i, (kind, value) in enumerate(body):
        if kind in stream.child_blocks:
            unknown += _unknown_keys(stream.child_blocks[kind], value, f"{where}#{i}")
    if unknown:
        pytest.fail(f"not in curriculum/blocks.py: {unknown}")
    value = stream.to_python([{"type": kind, "value": value} for kind, value in body])
    try:
        stream.clean(value)
    except ValidationError as exc:
        pytest.fail(f"{where}: {exc.block_errors if hasattr(exc, 'block_errors') else exc}")
    return value


def _bodies_by_place():
    for module in MODULES:
        for lesson in module["lessons"]:
            yield f"{module['slug']}/{lesson['slug']}", lesson["body"]
    yield "zakkaart", POCKET_CARD["body"]


def test_blocks_are_valid_for_the_real_stream_block():
    for where, body in _bodies_by_place():
        assert len(_validated(body, where)) == len(body), where


def test_validation_catches_what_the_editor_refuses():
    """The check above fails for a bad block: an unknown choice, an empty required field, a misspelt key."""
    bad_category = [("signal_list", {"title": "T", "category": "unknown", "intro": "", "signals": ["s"]})]
    no_source = [("key_fact", {"fact": "Een feit", "source": ""})]
    misspelt = [("key_fact", {"fact": "Een feit", "source": "Bron", "sourse": "Bron"})]
    for body in (bad_category, no_source, misspelt):
        with pytest.raises(pytest.fail.Exception):
            _validated(body, "test")


def test_rich_text_uses_only_the_editor_features():
    """Paragraphs, case texts and callouts hold only the tags the rich-text features in blocks.py produce."""
    tags = {"p", "li", "br"} | {FEATURE_TAGS[feature] for feature in RICH_FEATURES}
    for block_type, value in _all_blocks():
        texts = [value] if block_type == "paragraph" else []
        if block_type == "case":
            texts = [value["situation"], value.get("reflection", "")]
        elif block_type == "callout":
            texts = [value["text"]]
        for text in texts:
            assert _tags(text) <= tags, (block_type, _tags(text) - tags)


def test_sources_link_over_https_and_single_series_charts_have_no_b_values():
    for block_type, value in _all_blocks():
        if block_type == "sources":
            assert all(src["url"] == "" or src["url"].startswith("https://") for src in value)
        if block_type == "chart" and not value.get("series_b"):
            assert all(row.get("b") is None for row in value["rows"]), value["title"]


def test_every_lesson_ends_with_sources_and_mixes_blocks():
    for lesson in _all_lessons():
        types = [block_type for block_type, _ in lesson["body"]]
        assert types[-1] == "sources", lesson["slug"]
        assert len(set(types)) >= 4, lesson["slug"]
        assert "key_fact" in types or "chart" in types, lesson["slug"]


def test_key_facts_and_charts_have_sources():
    for block_type, value in _all_blocks():
        if block_type in ("key_fact", "chart"):
            assert value["source"].strip()


def test_module_1_has_chart_in_lesson_3():
    lesson = MODULES[0]["lessons"][2]
    charts = [value for block_type, value in lesson["body"] if block_type == "chart"]
    assert charts
    # One labelled series per line: never the raw and the monitor series in one unlabelled line.
    assert charts[0]["series_a"]


def test_all_categories_used_in_content():
    used = {value["category"] for block_type, value in _all_blocks() if block_type == "signal_list"}
    used |= {ind["category"] for ind in INDICATORS}
    assert used == CATEGORIES


# --- pocket card ----------------------------------------------------------------------


def test_pocket_card():
    assert POCKET_CARD["slug"] == "zakkaart"
    assert POCKET_CARD["title"] and POCKET_CARD["intro"]
    categories = {value["category"] for block_type, value in POCKET_CARD["body"] if block_type == "signal_list"}
    assert categories == CATEGORIES
    types = [block_type for block_type, _ in POCKET_CARD["body"]]
    assert "callout" in types
    assert types[-1] == "sources"
    steps = " ".join(value["text"] for block_type, value in POCKET_CARD["body"] if block_type == "callout")
    for word in ("Veiligheid", "AVIM", "EMM", "CoMensha", "B8/3"):
        assert word in steps, word


# --- content rules --------------------------------------------------------------------


def test_no_forbidden_terms():
    for text in _all_texts():
        for quote in ALLOWED_QUOTES:
            text = text.replace(quote, "")
        for word in FORBIDDEN:
            assert word not in text, (word, text[:80])


def _all_texts():
    return list(_strings(MODULES)) + list(_strings(POCKET_CARD)) + list(_strings(INDICATORS))


def _module(number):
    return MODULES[number - 1]


def _question(key):
    return next(q for q in _all_questions() if q["key"] == key)


def _correct_texts(key):
    return [c["text"] for c in _question(key)["choices"] if c["correct"]]


def _lesson_text(module_number, slug):
    lesson = next(les for les in _module(module_number)["lessons"] if les["slug"] == slug)
    return " ".join(_strings(lesson))


def _callouts(body):
    return [value for block_type, value in body if block_type == "callout"]


def test_group_name_only_in_the_quoted_attributed_programme_name():
    """Correction 1: the group is named only inside the letter's quoted programme name / adviser remit, in a text
    that attributes it to the letter and says that criminal exploitation of children is tied to no group."""
    users = [text for text in _all_texts() if any(quote in text for quote in ALLOWED_QUOTES)]
    assert users, "the programme that ended in 2016 is described under its official name"
    for text in users:
        assert "Kamerbrief" in text or "brief" in text, text[:80]
        assert "niet aan één bevolkingsgroep gebonden" in text, text[:80]
    joined = " ".join(_all_texts())
    assert "proeftuinen" in joined and "deelnemende gemeenten" not in joined


# --- pools and pass marks (issue 14) ---------------------------------------------------


def _needed(pass_mark, drawn):
    """Correct answers needed with `drawn` questions, as the scoring service rounds the percentage."""
    return next(k for k in range(drawn + 1) if round(100 * k / drawn) >= pass_mark)


def test_every_quiz_shuffles_and_draws_from_a_larger_pool():
    for module in MODULES:
        quiz = module["quiz"]
        assert quiz["shuffle"] is True, module["slug"]
        assert len(quiz["questions"]) >= 8, module["slug"]
        drawn = quiz["questions_per_attempt"]
        assert isinstance(drawn, int) and 0 < drawn < len(quiz["questions"]), module["slug"]
        # Correct answers follow the model default (after passing): a demo quiz must not reveal them sooner.
        assert "show_correct_answers" not in quiz, module["slug"]


def test_pass_mark_text_says_how_many_correct_answers_are_needed():
    """Correction 11: with 6 questions, 70 % means 5 of 6; the intro says so in numbers."""
    for module in MODULES:
        quiz = module["quiz"]
        drawn, pool = quiz["questions_per_attempt"], len(quiz["questions"])
        needed = _needed(quiz["pass_mark"], drawn)
        assert f"{drawn} van de {pool} vragen" in quiz["intro"], module["slug"]
        assert f"minstens {needed} goede antwoorden van de {drawn}" in quiz["intro"], module["slug"]
    assert _needed(70, 6) == 5


# --- corrections from the content review (issue 14) ------------------------------------


def test_handing_over_a_child_is_not_just_an_identity_check():
    """Correction 2: where there are signals, youth protection decides, also when the adult really is family."""
    pattern = re.compile(r"(tot|zolang( niet)?|van wie( je)? niet) (vaststaat|weet) wie", re.IGNORECASE)
    for text in _all_texts():
        assert not pattern.search(text), text[:120]
    card_steps = " ".join(value["text"] for value in _callouts(POCKET_CARD["body"]))
    module6_callout = _callouts(_module(6)["lessons"][0]["body"])[0]["text"]
    for text in (card_steps, module6_callout, " ".join(_correct_texts("m4-q2")), " ".join(_correct_texts("m4-q7"))):
        assert "jeugdbescherming" in text or "Raad voor de Kinderbescherming" in text, text[:80]
        assert "familie" in text or "oom" in text or "vader" in text, text[:80]
    assert "familie" in _module(6)["objectives"][1]
    assert "echt haar tante" in " ".join(c["feedback"] for c in _question("m6-q5")["choices"] if c["correct"])


def test_13oceans_briefings_are_a_plan_not_a_fact():
    """Correction 3: the letter (June 2017) says the team 'gaan dit jaar voorlichting geven'."""
    pattern = re.compile(r"\bga(f|ven)\b[^.]*voorlichting", re.IGNORECASE)
    for text in _all_texts():
        assert not pattern.search(text), text[:120]


def test_b83_information_duty_is_for_foreign_nationals_without_lawful_residence():
    """Correction 4."""
    body = _module(6)["lessons"][2]["body"]
    facts = [v["fact"] for t, v in body if t == "key_fact" and "altijd vertellen" in v["fact"]]
    assert facts and all("zonder rechtmatig verblijf" in fact for fact in facts)


def test_non_punishment_answer_carries_the_direct_result_limit():
    """Correction 5."""
    assert "direct gevolg" in _correct_texts("m5-q6")[0]


def test_b83_information_comes_before_recording_and_referral():
    """Correction 6: m6-q6, lesson 6.2 and the pocket card put the B8/3 information first, not last."""
    key = _correct_texts("m6-q6")[0]
    assert key.index("B8/3") < key.index("vastleggen")
    steps = _lesson_text(6, "vastleggen-en-doorzetten")
    assert steps.index("B8/3") < steps.index("Leg het signaal vast")
    card = " ".join(value["text"] for value in _callouts(POCKET_CARD["body"]))
    assert card.index("B8/3") < card.index("Leg vast")


def test_hotel_work_is_a_trend_not_an_individual_signal():
    """Correction 7: m2-q4 keys no workplace, offers the sign its explanation cites, and has no bolted-on clauses."""
    question = _question("m2-q4")
    assert not any("hotel" in text for text in _correct_texts("m2-q4"))
    assert any("moe" in text for text in _correct_texts("m2-q4")) and "vermoeid" in question["explanation"]
    assert not any(", en een " in c["text"] or "bewijst" in c["text"] for c in question["choices"])
    indicator = next(ind for ind in INDICATORS if ind["code"] == "sek-verborgen-werkplek")
    assert "geen signaal" in indicator["description"]


def test_single_source_details_are_attributed():
    """Correction 8."""
    lesson = _lesson_text(4, "integrale-werkwijze")
    assert "Volgens het Leger des Heils (2017)" in lesson and "Het Parool (2017)" in lesson
    assert "Jolanda de Boer" in lesson
    for text in _all_texts():
        if "in alle gevallen opgevolgd" in text and text not in _correct_texts("m6-q1"):
            assert "Aanwijzing" in text, text[:80]
    assert "Aanwijzing" in _question("m6-q1")["prompt"]
    joined = " ".join(_all_texts())
    assert "kinderen</b> aan, ook buiten Nederland" not in joined
    assert "De netwerken waren ook buiten Nederland actief" in joined
    assert "tegen uitbuiters" not in joined and "het opwerpen van barrières" in _question("m4-q6")["explanation"]


def test_legal_wording():
    """Correction 9."""
    joined = " ".join(_all_texts())
    assert "misbruik van gezag" not in joined
    definition = _lesson_text(1, _module(1)["lessons"][0]["slug"])
    assert "misbruik van uit feitelijke omstandigheden voortvloeiend overwicht" in definition
    assert "oudere nieuwe contact" not in joined and "een veel ouder, nieuw contact" in joined
    card = " ".join(value["text"] for value in _callouts(POCKET_CARD["body"]))
    assert "Betrek Raad" not in card and "zo nodig met een onafhankelijke tolk" in card
    for text in _all_texts():
        if "trekt rond" in text.lower() or "vaste verblijfplaats" in text.lower():
            assert "contact met" in text, text


def test_questions_need_knowledge_and_recall_questions_carry_no_signal():
    """Correction 10."""
    assert not any("contract in het Nederlands" in c["text"] for c in _question("m3-q2")["choices"])
    assert "slachtoffer" not in _question("m1-q4")["scenario"].lower()
    recall = ["m1-q1", "m3-q5", "m4-q5", "m4-q6", "m5-q6", "m6-q1", "m6-q3"] + [f"m7-q{n}" for n in range(1, 9)]
    for key in recall:
        assert _question(key)["indicators"] == [], key


def test_what_the_letter_promises_is_covered():
    joined = " ".join(_all_texts())
    for phrase in (
        "Zicht op kwetsbaarheid",
        "fenomeenonderzoek",
        "bij het OM binnenkwam",
        "vervolging van verdachten voort",
        "criminele kinderuitbuiting",
        "Volp en Van Nispen",
    ):
        assert phrase in joined, phrase
    module7 = " ".join(_strings(_module(7)))
    assert "gemeenten" in module7 and "motie-Volp" in module7


def test_module_4_title_promises_no_wodc_findings():
    """The findings come from Oude Breuil (2021); the WODC report itself was not seen."""
    module = _module(4)
    assert "WODC" not in module["title"]
    assert "bevestigen de bronnen niet" in _lesson_text(4, "signalen-boven-profielen")
