"""Quiz answers for the load dataset (curriculum/demo/benchmark_data.py), with a realistic difficulty per indicator.

Each generated attempt (10 questions, `score` of them right) gets its 10 answer rows: 10 of the load questions, one
per indicator, drawn at random; which of them are right is drawn with each indicator's own difficulty, so a signal
like "debt bondage" is missed far more often than "passport taken" in every unit, and weak teams miss more of all.
The rows keep no snapshot (`shown` is empty: readers fall back to the revision, as for rows from before snapshots),
so 2.8 million answers stay small. A separate random stream keeps the rest of the dataset identical per seed.
"""

import json
import random

from django.db import connection
from wagtail.models import Revision

from curriculum.demo.benchmark_bulk import copy_lines
from curriculum.models import AttemptAnswer, Choice, Indicator, Question
from curriculum.services.progress import rows_insert

# (code, category, name, share of answers right): the hard ones are the subtle signals.
LOAD_INDICATORS = [
    ("ld-arb-paspoort", "labour", "Paspoort ingenomen door werkgever", 0.92),
    ("ld-arb-schuld", "labour", "Schuld bij werkgever of tussenpersoon", 0.48),
    ("ld-arb-huisvesting", "labour", "Woont op de werkplek", 0.74),
    ("ld-sex-advertentie", "sexual", "Advertentie door een ander geplaatst", 0.55),
    ("ld-sex-loverboy", "sexual", "Afhankelijk van een 'vriend' die alles regelt", 0.63),
    ("ld-sex-tatoeage", "sexual", "Merkteken of tatoeage van een pooier", 0.41),
    ("ld-crim-aansturing", "criminal", "Kind wordt aangestuurd door een volwassene", 0.58),
    ("ld-crim-drugs", "criminal", "Minderjarige vervoert drugs ver van huis", 0.37),
    ("ld-crim-winkeldiefstal", "criminal", "Groepsgewijze winkeldiefstal door kinderen", 0.52),
    ("ld-min-vermist", "minors", "Vermist of weggelopen uit jeugdzorg", 0.81),
    ("ld-min-telefoon", "minors", "Dure telefoon zonder verklaarbare herkomst", 0.66),
    ("ld-alg-angst", "general", "Angstig, laat een ander het woord doen", 0.86),
]
PER_ATTEMPT = 10
COLUMNS = ["attempt_id", "question_id", "revision_id", "position", "choice_order", "shown", "chosen", "correct"]


def load_questions_ensure() -> list[dict]:
    """One published load question per load indicator: its ids, choice ids and the indicator's difficulty."""
    pool = []
    for code, category, name, right in LOAD_INDICATORS:
        indicator, _created = Indicator.objects.get_or_create(code=code, defaults={"category": category, "name": name})
        question = Question.objects.filter(key=f"q-{code}").first()
        if question is None:
            question = Question(
                key=f"q-{code}", prompt=f"Is dit een signaal: {name.lower()}?", explanation="Ja.", source="Load"
            )
            question.choices = [
                Choice(text=text, is_correct=ok, sort_order=i)
                for i, (text, ok) in enumerate([("Ja", True), ("Nee", False), ("Alleen bij minderjarigen", False)])
            ]
            question.save()
            question.indicators.set([indicator])
            question.save_revision().publish()
            question.refresh_from_db()
        choices = list(question.choices.order_by("sort_order").values_list("pk", "is_correct"))
        content = Revision.objects.filter(pk=question.live_revision_id).values_list("content", flat=True).first()
        pool.append(
            {
                "question": question.pk,
                "revision": question.live_revision_id,
                "order": json.dumps([pk for pk, _ok in choices]),
                "right": json.dumps([pk for pk, ok in choices if ok]),
                "wrong": [json.dumps([pk]) for pk, ok in choices if not ok],
                "p": right,
                "weight": right / (1 - right),
                # what the roll-up counts an answer without a snapshot under: its revision's indicators
                "indicators": list((content or {}).get("indicators") or []),
            }
        )
    return pool


def _pick_right(rng: random.Random, drawn: list[dict], score: int) -> set[int]:
    """`score` of the drawn questions, each chosen with weight p / (1 - p): easy signals are right more often."""
    if score >= len(drawn):  # every one is picked whatever the draws: make them, so the stream stays the same
        for _ in drawn:
            rng.random()
        return set(range(len(drawn)))
    weights = [d["weight"] for d in drawn]
    positions, right = list(range(len(drawn))), set()
    for _ in range(min(score, len(drawn))):
        total = sum(weights[i] for i in positions)
        mark, acc = rng.random() * total, 0.0
        for i in positions:
            acc += weights[i]
            if acc >= mark:
                break
        right.add(i)
        positions.remove(i)
    return right


def answers_insert(*, rng: random.Random, pool: list[dict], attempts, tally=None) -> int:
    """The answer rows of these submitted attempts: (id, score, max_score, unit id, submitted_at) in id order.

    With a `tally` (benchmark_bulk.RollupTally) each answer is also counted into the signal roll-up. On PostgreSQL
    the rows go to COPY as text lines built from pieces made once per question (the same values, 2.85 million rows).
    """
    counts = tally.counts if tally is not None else None
    as_text = connection.vendor == "postgresql"

    def rows():
        for attempt_id, score, max_score, unit_id, submitted_at in attempts:
            drawn = rng.sample(pool, k=min(max_score or PER_ATTEMPT, len(pool)))
            right = _pick_right(rng, drawn, score or 0)
            month = tally.month(submitted_at) if counts is not None else None
            for position, item in enumerate(drawn):
                ok = position in right
                if counts is not None and unit_id is not None:
                    for indicator_id in item["indicators"]:
                        cell = counts.get((unit_id, indicator_id, month))
                        if cell is None:
                            cell = counts[(unit_id, indicator_id, month)] = [0, 0]
                        cell[0] += 1
                        cell[1] += ok
                if as_text:
                    tail = item["text_right"] if ok else rng.choice(item["text_wrong"])  # one draw, as below
                    yield f"{attempt_id}\t{item['text_head']}\t{position}\t{tail}"
                else:
                    chosen = item["right"] if ok else rng.choice(item["wrong"])
                    yield (attempt_id, item["question"], item["revision"], position, item["order"], "{}", chosen, ok)

    if as_text:
        for item in pool:  # COPY's text format; the JSON of a list of ids has no tab, newline or backslash
            item["text_head"] = f"{item['question']}\t{item['revision']}"
            item["text_right"] = f"{item['order']}\t{{}}\t{item['right']}\tt\n"
            item["text_wrong"] = [f"{item['order']}\t{{}}\t{chosen}\tf\n" for chosen in item["wrong"]]
        return copy_lines(AttemptAnswer, COLUMNS, rows())
    return rows_insert(AttemptAnswer, COLUMNS, rows())
