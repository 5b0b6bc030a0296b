"""Checks on the plain-Python demo content (no database, no Django).

Run with: python -m pytest -p no:django tests/test_demo_content_data.py -q
"""

import re
from collections import Counter
from html.parser import HTMLParser

from curriculum.demo_content import INDICATORS, MODULES, POCKET_CARD

CATEGORIES = {"general", "sexual", "labour", "criminal", "minors"}
SETTINGS = {"patrol", "zsm", "station", "workplace", "other"}
CALLOUT_KINDS = {"info", "warning", "tip"}
KINDS = {"single", "multiple", "true_false"}
SLUG_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
ALLOWED_TAGS = {"p", "h3", "ul", "ol", "li", "b", "i", "a"}
BLOCK_KEYS = {
    "signal_list": {"title", "category", "intro", "signals"},
    "case": {"title", "setting", "situation", "question", "reflection"},
    "key_fact": {"fact", "source"},
    "callout": {"kind", "title", "text"},
    "chart": {"title", "summary", "source", "series_a", "series_b", "rows"},
}
# Words that must not appear: ethnic groups or nationalities used as a profile, and unconfirmed markers.
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
        assert q["indicators"], key
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


def test_correct_option_is_not_usually_the_longest():
    singles = [q for q in _all_questions() if q["kind"] == "single"]
    longest = 0
    for q in singles:
        lengths = [len(c["text"]) for c in q["choices"]]
        correct = next(i for i, c in enumerate(q["choices"]) if c["correct"])
        if lengths[correct] == max(lengths):
            longest += 1
    assert longest <= len(singles) / 2, longest


def test_each_quiz_mixes_question_kinds():
    for module in MODULES:
        kinds = {q["kind"] for q in module["quiz"]["questions"]}
        assert len(kinds) >= 2, module["slug"]


# --- blocks ---------------------------------------------------------------------------


def _check_block(block_type, value, where):
    if block_type == "paragraph":
        assert isinstance(value, str) and value.strip(), where
        assert _tags(value) <= ALLOWED_TAGS, (where, _tags(value))
        return
    if block_type == "sources":
        assert isinstance(value, list) and value, where
        for src in value:
            assert set(src) == {"title", "url"}, where
            assert src["title"].strip(), where
            assert len(src["title"]) <= 300, where
            assert src["url"] == "" or src["url"].startswith("https://"), where
        return
    assert block_type in BLOCK_KEYS, (where, block_type)
    assert isinstance(value, dict), where
    assert BLOCK_KEYS[block_type] <= set(value), (where, block_type, BLOCK_KEYS[block_type] - set(value))
    if block_type == "signal_list":
        assert value["category"] in CATEGORIES, where
        assert value["signals"] and all(s.strip() for s in value["signals"]), where
        assert len(value["title"]) <= 120, where
    elif block_type == "case":
        assert value["setting"] in SETTINGS, where
        assert len(value["title"]) <= 120, where
        for field in ("situation", "reflection"):
            assert _tags(value[field]) <= ALLOWED_TAGS, (where, field)
    elif block_type == "key_fact":
        assert value["fact"].strip(), where
        assert value["source"].strip(), where
        assert len(value["source"]) <= 300, where
    elif block_type == "callout":
        assert value["kind"] in CALLOUT_KINDS, where
        assert len(value["title"]) <= 120, where
        assert value["text"].strip() and _tags(value["text"]) <= ALLOWED_TAGS, where
    elif block_type == "chart":
        assert value["source"].strip(), where
        assert value["summary"].strip() and value["series_a"].strip(), where
        assert isinstance(value["series_b"], str), where
        assert len(value["title"]) <= 160 and len(value["source"]) <= 300, where
        assert value["rows"], where
        for row in value["rows"]:
            assert set(row) == {"label", "a", "b", "note"}, where
            assert len(row["label"]) <= 40 and len(row["note"]) <= 120, where
            for series in ("a", "b"):
                assert row[series] is None or (isinstance(row[series], int) and row[series] >= 0), where
            if not value["series_b"]:
                assert row["b"] is None, where


def test_blocks_are_valid():
    for module in MODULES:
        for lesson in module["lessons"]:
            for i, (block_type, value) in enumerate(lesson["body"]):
                _check_block(block_type, value, f"{module['slug']}/{lesson['slug']}#{i}")
    for i, (block_type, value) in enumerate(POCKET_CARD["body"]):
        _check_block(block_type, value, f"zakkaart#{i}")


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
    texts = list(_strings(MODULES)) + list(_strings(POCKET_CARD)) + list(_strings(INDICATORS))
    for text in texts:
        for word in FORBIDDEN:
            assert word not in text, (word, text[:80])
